#include "models/export/qdpxmediasource.h"

#include "models/export/exporttext.h"
#include "models/export/qdpxexporter.h"
#include "models/export/refiqdalayout.h"
#include "models/export/refiqdawriter.h"

#include <QDir>
#include <QFileInfo>
#include <QXmlStreamWriter>

namespace bitext {

namespace {

// One SyncPoint: a time in the media and the code point of the side's text it belongs to.
void syncPoint(QXmlStreamWriter &xml, const QString &guid, qint64 ms, int position)
{
    xml.writeEmptyElement(QStringLiteral("SyncPoint"));
    xml.writeAttribute(QStringLiteral("guid"), guid);
    xml.writeAttribute(QStringLiteral("timeStamp"), QString::number(ms));
    xml.writeAttribute(QStringLiteral("position"), QString::number(position));
}

} // namespace

bool QdpxMediaSource::applies(const ExportDocument &document)
{
    return !document.mediaFile.isEmpty() && QFileInfo(document.mediaFile).isFile();
}

QString QdpxMediaSource::guid(const Document &document)
{
    return RefiQdaWriter::guid(QStringLiteral("media"), document.id);
}

QString QdpxMediaSource::archiveEntry(const ExportDocument &document)
{
    const QFileInfo info(document.mediaFile);
    if (!applies(document) || info.size() > kMaxEmbeddedBytes)
        return {};
    return QStringLiteral("sources/") + guid(document.document) + QLatin1Char('.') + info.suffix().toLower();
}

void QdpxMediaSource::write(QXmlStreamWriter &xml, const ExportDocument &document)
{
    if (!applies(document))
        return;
    const Document &d = document.document;
    const QString entry = archiveEntry(document);
    xml.writeStartElement(
        exporttext::isVideo(document.mediaFile) ? QStringLiteral("VideoSource") : QStringLiteral("AudioSource"));
    xml.writeAttribute(QStringLiteral("guid"), guid(d));
    RefiQdaWriter::attribute(xml, QStringLiteral("name"), QFileInfo(document.mediaFile).fileName());
    // internal:// for a file in the archive, absolute:// (the standard's form) for one too
    // large to copy.
    xml.writeAttribute(QStringLiteral("path"),
        entry.isEmpty() ? QStringLiteral("absolute://") + QDir::fromNativeSeparators(document.mediaFile)
                        : QStringLiteral("internal://") + entry.mid(entry.indexOf(QLatin1Char('/')) + 1));
    if (d.importedAt.isValid())
        xml.writeAttribute(QStringLiteral("creationDateTime"), exporttext::isoUtc(d.importedAt));
    for (const Side side : {Side::Zh, Side::En}) {
        if (!RefiQdaLayout::hasText(document, side))
            continue;
        const QString sideKey = QString::number(d.id) + QLatin1Char(':') + sideName(side);
        const QString textGuid = QdpxExporter::sourceGuid(d, side);
        xml.writeStartElement(QStringLiteral("Transcript"));
        xml.writeAttribute(QStringLiteral("guid"), RefiQdaWriter::guid(QStringLiteral("transcript"), sideKey));
        RefiQdaWriter::attribute(
            xml, QStringLiteral("name"), d.title + QStringLiteral(" (") + sideName(side) + QLatin1Char(')'));
        xml.writeAttribute(
            QStringLiteral("plainTextPath"), QStringLiteral("internal://") + textGuid + QStringLiteral(".txt"));
        // Each timed segment's start at its first code point, and its end at its last where
        // the next segment does not start then.
        int position = 0;
        for (int i = 0; i < document.segments.size(); ++i) {
            const Segment &s = document.segments.at(i);
            const int length = exporttext::codePointCount(s.text(side));
            const QString key = sideKey + QLatin1Char(':') + QString::number(s.id);
            if (s.startMs)
                syncPoint(xml, RefiQdaWriter::guid(QStringLiteral("sync-start"), key), *s.startMs, position);
            const Segment *next = i + 1 < document.segments.size() ? &document.segments.at(i + 1) : nullptr;
            if (s.endMs && (!next || next->startMs != s.endMs))
                syncPoint(xml, RefiQdaWriter::guid(QStringLiteral("sync-end"), key), *s.endMs, position + length);
            position += length + 1;
        }
        xml.writeEndElement();
    }
    xml.writeEndElement();
}

} // namespace bitext
