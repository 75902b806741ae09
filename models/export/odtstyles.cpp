#include "models/export/odtstyles.h"

#include "models/core/error.h"

#include <QRegularExpression>
#include <QString>

#include <zip.h>

namespace bitext {

namespace {

const char kContent[] = "content.xml";

// Reads one entry of an open archive; empty on failure.
QByteArray readEntry(zip_t *archive, const char *name)
{
    zip_stat_t stat;
    zip_stat_init(&stat);
    if (zip_stat(archive, name, 0, &stat) < 0 || !(stat.valid & ZIP_STAT_SIZE))
        return {};
    zip_file_t *file = zip_fopen(archive, name, 0);
    if (!file)
        return {};
    QByteArray bytes(int(stat.size), Qt::Uninitialized);
    const zip_int64_t read = zip_fread(file, bytes.data(), stat.size);
    zip_fclose(file);
    return read == zip_int64_t(stat.size) ? bytes : QByteArray();
}

} // namespace

QByteArray OdtStyles::addScriptProperties(const QByteArray &contentXml)
{
    // Qt's writer puts each style's properties in one empty element; attribute
    // values are escaped, so neither '<' nor '>' occurs inside one.
    static const QRegularExpression element(QStringLiteral("<style:text-properties\\b([^>]*?)\\s*(/?)>"));
    static const QRegularExpression fontAttribute(QStringLiteral("\\bfo:font-(family|weight|size|style)=\"([^\"]*)\""));
    const QString xml = QString::fromUtf8(contentXml);
    QString result;
    result.reserve(xml.size() + xml.size() / 4);
    qsizetype last = 0;
    QRegularExpressionMatchIterator elements = element.globalMatch(xml);
    while (elements.hasNext()) {
        const QRegularExpressionMatch match = elements.next();
        const QString attributes = match.captured(1);
        QString added;
        QRegularExpressionMatchIterator fonts = fontAttribute.globalMatch(attributes);
        while (fonts.hasNext()) {
            const QRegularExpressionMatch font = fonts.next();
            for (const QString &script : {QStringLiteral("asian"), QStringLiteral("complex")}) {
                const QString name = QStringLiteral("style:font-%1-%2").arg(font.captured(1), script);
                if (!attributes.contains(name + QLatin1Char('=')))
                    added += QStringLiteral(" %1=\"%2\"").arg(name, font.captured(2));
            }
        }
        result += xml.mid(last, match.capturedStart(0) - last);
        result += QStringLiteral("<style:text-properties") + attributes + added + match.captured(2) + QLatin1Char('>');
        last = match.capturedEnd(0);
    }
    result += xml.mid(last);
    return result.toUtf8();
}

QByteArray OdtStyles::completePackage(const QByteArray &odt)
{
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t *memory = zip_source_buffer_create(odt.constData(), zip_uint64_t(odt.size()), 0, &error);
    if (!memory)
        throw Error(tr("Cannot read the ODF package: %1").arg(QString::fromUtf8(zip_error_strerror(&error))));
    zip_t *archive = zip_open_from_source(memory, 0, &error);
    if (!archive) {
        zip_source_free(memory);
        throw Error(tr("Cannot read the ODF package: %1").arg(QString::fromUtf8(zip_error_strerror(&error))));
    }
    // zip_close() frees the source; keep it to read the rewritten archive back.
    zip_source_keep(memory);
    const zip_int64_t index = zip_name_locate(archive, kContent, 0);
    const QByteArray content = index < 0 ? QByteArray() : readEntry(archive, kContent);
    if (content.isEmpty()) {
        zip_discard(archive);
        zip_source_free(memory);
        throw Error(tr("The ODF writer wrote no content.xml."));
    }
    // Kept alive until zip_close(), which reads it.
    const QByteArray completed = addScriptProperties(content);
    zip_source_t *source = zip_source_buffer(archive, completed.constData(), zip_uint64_t(completed.size()), 0);
    const bool replaced = source && zip_file_replace(archive, zip_uint64_t(index), source, 0) >= 0;
    if (!replaced && source)
        zip_source_free(source); // not taken by the archive
    if (!replaced || zip_close(archive) < 0) {
        const QString reason = QString::fromUtf8(zip_strerror(archive));
        zip_discard(archive);
        zip_source_free(memory);
        throw Error(tr("Cannot rewrite the ODF package: %1").arg(reason));
    }
    QByteArray bytes;
    if (zip_source_open(memory) == 0) {
        zip_source_seek(memory, 0, SEEK_END);
        const zip_int64_t size = zip_source_tell(memory);
        zip_source_seek(memory, 0, SEEK_SET);
        bytes.resize(int(size));
        if (zip_source_read(memory, bytes.data(), zip_uint64_t(size)) != size)
            bytes.clear();
        zip_source_close(memory);
    }
    zip_source_free(memory);
    if (bytes.isEmpty())
        throw Error(tr("Cannot read the rewritten ODF package back."));
    return bytes;
}

} // namespace bitext
