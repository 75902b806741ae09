#include "models/media/mediarepository.h"

#include "models/core/error.h"
#include "models/media/medialocation.h"
#include "models/store/database.h"
#include "models/store/library.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace bitext {

MediaRepository::MediaRepository(Library &library)
    : m_library(library)
{
}

void MediaRepository::attach(qint64 documentId, const QString &file)
{
    if (file.isEmpty()) {
        detach(documentId);
        return;
    }
    const QFileInfo info(file);
    if (!info.isFile())
        throw Error(QCoreApplication::translate("MediaRepository", "There is no media file %1.")
                        .arg(QDir::toNativeSeparators(info.absoluteFilePath())));
    store(documentId, MediaLocation::storedPath(m_library, info.absoluteFilePath()));
}

void MediaRepository::detach(qint64 documentId)
{
    store(documentId, QString());
}

QString MediaRepository::absolutePath(qint64 documentId)
{
    return MediaLocation::resolve(m_library, storedPath(documentId));
}

bool MediaRepository::isMissing(qint64 documentId)
{
    const QString path = absolutePath(documentId);
    return !path.isEmpty() && !QFileInfo(path).isFile();
}

QString MediaRepository::storedPath(qint64 documentId)
{
    return m_library.database()
        .scalar(QStringLiteral("SELECT media_path FROM documents WHERE id = ?"), {documentId})
        .toString();
}

void MediaRepository::restore(qint64 documentId, const QString &storedPath)
{
    store(documentId, storedPath);
}

void MediaRepository::store(qint64 documentId, const QString &stored)
{
    Database &db = m_library.database();
    db.write([&] {
        if (!db.scalar(QStringLiteral("SELECT id FROM documents WHERE id = ?"), {documentId}).isValid())
            throw Error(QCoreApplication::translate("MediaRepository", "There is no document %1.").arg(documentId));
        db.exec(QStringLiteral("UPDATE documents SET media_path = ? WHERE id = ?"), {stored, documentId});
        db.record({Change::Kind::Document, Change::Op::Updated, documentId, documentId});
    });
}

} // namespace bitext
