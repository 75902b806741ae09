#include "models/media/medialocation.h"

#include "models/store/library.h"

#include <QDir>
#include <QFileInfo>

namespace bitext {

namespace {

// The folder a library file lies in; empty for a server library, whose media paths are
// always absolute (the server has no folder the user's files lie below).
QString libraryFolder(const Library &library)
{
    const QString location = library.location();
    if (location.startsWith(QStringLiteral("postgres"), Qt::CaseInsensitive) || !QFileInfo(location).isAbsolute())
        return {};
    return QFileInfo(location).absolutePath();
}

} // namespace

QString MediaLocation::storedPath(const Library &library, const QString &file)
{
    if (file.isEmpty())
        return {};
    const QString absolute = QDir::cleanPath(QFileInfo(file).absoluteFilePath());
    const QString folder = libraryFolder(library);
    if (folder.isEmpty())
        return absolute;
    const QString relative = QDir(folder).relativeFilePath(absolute);
    // Below the folder only: "../" paths break as soon as the library moves alone.
    if (relative == QLatin1String("..") || relative.startsWith(QLatin1String("../"))
        || QFileInfo(relative).isAbsolute())
        return absolute;
    return relative;
}

QString MediaLocation::resolve(const Library &library, const QString &stored)
{
    if (stored.isEmpty())
        return {};
    if (QFileInfo(stored).isAbsolute())
        return QDir::cleanPath(stored);
    const QString folder = libraryFolder(library);
    return QDir::cleanPath(QDir(folder.isEmpty() ? QDir::currentPath() : folder).absoluteFilePath(stored));
}

QString MediaLocation::besideTranscript(const QString &transcript)
{
    const QFileInfo info(transcript);
    if (transcript.isEmpty() || !info.exists())
        return {};
    const QDir dir = info.absoluteDir();
    const QString base = info.completeBaseName();
    for (const QString &extension : extensions()) {
        const QFileInfo candidate(dir.filePath(base + QLatin1Char('.') + extension));
        if (candidate.isFile())
            return candidate.absoluteFilePath();
    }
    return {};
}

QStringList MediaLocation::extensions()
{
    return {QStringLiteral("wav"), QStringLiteral("mp3"), QStringLiteral("m4a"), QStringLiteral("aac"),
        QStringLiteral("ogg"), QStringLiteral("oga"), QStringLiteral("opus"), QStringLiteral("flac"),
        QStringLiteral("mp4"), QStringLiteral("m4v"), QStringLiteral("webm"), QStringLiteral("mkv"),
        QStringLiteral("mov")};
}

} // namespace bitext
