#include "models/export/qdpxexporter.h"

#include "models/export/exporttext.h"
#include "models/export/notehtml.h"
#include "models/export/qdpxmediasource.h"
#include "models/export/refiqdalayout.h"
#include "models/export/refiqdawriter.h"
#include "models/export/ziparchive.h"
#include "models/import/refiqda/refibitextlayout.h"

#include <QFile>
#include <QHash>
#include <QXmlStreamWriter>

#include <algorithm>

namespace bitext {

namespace {

QString userGuid(const QString &author)
{
    return RefiQdaWriter::guid(QStringLiteral("user"), author.trimmed());
}

// creatingUser="..." for a quote's author; nothing when it has none (no made-up user).
void writeCreatingUser(
    QXmlStreamWriter &xml, const QString &author, const QString &attribute = QStringLiteral("creatingUser"))
{
    if (!author.trimmed().isEmpty())
        xml.writeAttribute(attribute, userGuid(author));
}

QString annotationNoteGuid(qint64 annotationId)
{
    return RefiQdaWriter::guid(QStringLiteral("annotation-note"), annotationId);
}

QString documentNoteGuid(qint64 documentId)
{
    return RefiQdaWriter::guid(QStringLiteral("document-note"), documentId);
}

// A short selection name: tools list selections by name.
QString selectionName(const QString &quote)
{
    QString name = quote.simplified();
    if (name.size() > 60)
        name = name.left(59) + QChar(0x2026);
    return name;
}

} // namespace

QStringList QdpxExporter::users(const ExportData &data)
{
    // QualCoder takes the first User as the current coder: the one who made most codings.
    QStringList names;
    QHash<QString, int> codings;
    for (const ExportQuote &q : data.quotes) {
        const QString name = q.annotation.author.trimmed();
        if (name.isEmpty())
            continue;
        if (!names.contains(name))
            names << name;
        codings[name] += int(q.tags.size());
    }
    std::stable_sort(names.begin(), names.end(),
        [&](const QString &a, const QString &b) { return codings.value(a) > codings.value(b); });
    return names;
}

QString QdpxExporter::sourceGuid(const Document &document, Side side)
{
    return RefiQdaWriter::guid(
        QStringLiteral("source"), QString::number(document.id) + QLatin1Char(':') + sideName(side));
}

QByteArray QdpxExporter::render(const ExportData &data) const
{
    ZipArchive zip;
    zip.add(QStringLiteral("project.qde"), projectXml(data));
    for (const ExportDocument &doc : data.documents) {
        for (const Side side : {Side::Zh, Side::En}) {
            if (RefiQdaLayout::hasText(doc, side))
                zip.add(QStringLiteral("sources/") + sourceGuid(doc.document, side) + QStringLiteral(".txt"),
                    doc.text(side).toUtf8());
        }
    }
    for (const ExportDocument &doc : data.documents) {
        const QString media = QdpxMediaSource::archiveEntry(doc);
        QFile file(doc.mediaFile);
        if (!media.isEmpty() && file.open(QIODevice::ReadOnly))
            zip.add(media, file.readAll());
    }
    zip.add(QString::fromLatin1(RefiBitextLayout::kEntry), RefiQdaLayout::json(data));
    return zip.finish();
}

QByteArray QdpxExporter::projectXml(const ExportData &data) const
{
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeDefaultNamespace(QStringLiteral("urn:QDA-XML:project:1.0"));
    xml.writeStartElement(QStringLiteral("Project"));
    const QString title = data.documents.size() == 1 ? data.documents.first().document.title : tr("Bitext export");
    RefiQdaWriter::attribute(xml, QStringLiteral("name"), title);
    xml.writeAttribute(
        QStringLiteral("origin"), QStringLiteral("Bitext %1").arg(QCoreApplication::applicationVersion()));
    const QStringList coders = users(data);
    if (!coders.isEmpty())
        xml.writeAttribute(QStringLiteral("creatingUserGUID"), userGuid(coders.first()));
    xml.writeAttribute(QStringLiteral("creationDateTime"), exporttext::isoUtc(data.exportedAt));
    // Element order is the schema's xs:sequence: Users, CodeBook, Sources, Notes.
    writeUsers(xml, coders);
    if (!data.tags.isEmpty()) {
        xml.writeStartElement(QStringLiteral("CodeBook"));
        RefiQdaWriter::writeCodes(xml, data.tags);
        xml.writeEndElement();
    }
    writeSources(xml, data);
    writeNotes(xml, data);
    writeLinks(xml, data);
    xml.writeEndElement();
    xml.writeEndDocument();
    return bytes;
}

void QdpxExporter::writeUsers(QXmlStreamWriter &xml, const QStringList &names)
{
    if (names.isEmpty())
        return;
    xml.writeStartElement(QStringLiteral("Users"));
    for (const QString &name : names) {
        xml.writeStartElement(QStringLiteral("User"));
        xml.writeAttribute(QStringLiteral("guid"), userGuid(name));
        RefiQdaWriter::attribute(xml, QStringLiteral("name"), name);
        xml.writeEndElement();
    }
    xml.writeEndElement();
}

void QdpxExporter::writeSources(QXmlStreamWriter &xml, const ExportData &data) const
{
    // The quotes of each document and side, in export order: one pass over the quotes,
    // not one per source (10,000 quotes in 200 sources were 2 million visits).
    QHash<QPair<int, int>, QList<int>> quotesOf;
    for (int i = 0; i < data.quotes.size(); ++i) {
        const ExportQuote &q = data.quotes.at(i);
        quotesOf[qMakePair(q.documentIndex, int(q.annotation.side))] << i;
    }
    bool open = false;
    for (int d = 0; d < data.documents.size(); ++d) {
        const ExportDocument &doc = data.documents.at(d);
        for (const Side side : {Side::Zh, Side::En}) {
            if (!RefiQdaLayout::hasText(doc, side))
                continue;
            if (!open) {
                xml.writeStartElement(QStringLiteral("Sources"));
                open = true;
            }
            const QString guid = sourceGuid(doc.document, side);
            xml.writeStartElement(QStringLiteral("TextSource"));
            xml.writeAttribute(QStringLiteral("guid"), guid);
            RefiQdaWriter::attribute(xml, QStringLiteral("name"),
                doc.document.title + QStringLiteral(" (") + sideName(side) + QLatin1Char(')'));
            xml.writeAttribute(
                QStringLiteral("plainTextPath"), QStringLiteral("internal://") + guid + QStringLiteral(".txt"));
            if (doc.document.importedAt.isValid())
                xml.writeAttribute(QStringLiteral("creationDateTime"), exporttext::isoUtc(doc.document.importedAt));
            QStringList description;
            for (const QString &field : {doc.document.sourceUrl, doc.document.sourceFile, doc.document.date}) {
                if (!field.isEmpty())
                    description << field;
            }
            if (!description.isEmpty())
                RefiQdaWriter::textElement(xml, QStringLiteral("Description"), description.join(QLatin1Char('\n')));
            for (int i : quotesOf.value(qMakePair(d, int(side)))) {
                const ExportQuote &q = data.quotes.at(i);
                const Annotation &a = q.annotation;
                quoteRendered();
                // An orphaned quote has no place in the text: it cannot be a selection.
                if (!q.hasPosition())
                    continue;
                xml.writeStartElement(QStringLiteral("PlainTextSelection"));
                xml.writeAttribute(QStringLiteral("guid"), RefiQdaWriter::guid(QStringLiteral("annotation"), a.id));
                RefiQdaWriter::attribute(xml, QStringLiteral("name"), selectionName(a.quote));
                xml.writeAttribute(QStringLiteral("startPosition"), QString::number(q.start));
                xml.writeAttribute(QStringLiteral("endPosition"), QString::number(q.end));
                writeCreatingUser(xml, a.author);
                if (a.created.isValid())
                    xml.writeAttribute(QStringLiteral("creationDateTime"), exporttext::isoUtc(a.created));
                // QualCoder reads a coding memo, MAXQDA an annotation, from the Description;
                // NVivo and Bitext follow the NoteRef below and the Link (writeLinks).
                const QString description = NoteHtml::plainText(q.note);
                if (!description.isEmpty())
                    RefiQdaWriter::textElement(xml, QStringLiteral("Description"), description);
                for (const Tag &t : q.tags) {
                    xml.writeStartElement(QStringLiteral("Coding"));
                    xml.writeAttribute(QStringLiteral("guid"),
                        RefiQdaWriter::guid(QStringLiteral("coding"),
                            QString::number(a.id) + QLatin1Char(':') + QString::number(t.id)));
                    writeCreatingUser(xml, a.author);
                    if (a.created.isValid())
                        xml.writeAttribute(QStringLiteral("creationDateTime"), exporttext::isoUtc(a.created));
                    xml.writeEmptyElement(QStringLiteral("CodeRef"));
                    xml.writeAttribute(QStringLiteral("targetGUID"), RefiQdaWriter::guid(QStringLiteral("tag"), t.id));
                    xml.writeEndElement();
                }
                if (!q.note.trimmed().isEmpty()) {
                    xml.writeEmptyElement(QStringLiteral("NoteRef"));
                    xml.writeAttribute(QStringLiteral("targetGUID"), annotationNoteGuid(a.id));
                }
                xml.writeEndElement();
            }
            if (!doc.note.trimmed().isEmpty()) {
                xml.writeEmptyElement(QStringLiteral("NoteRef"));
                xml.writeAttribute(QStringLiteral("targetGUID"), documentNoteGuid(doc.document.id));
            }
            xml.writeEndElement();
        }
        if (open)
            QdpxMediaSource::write(xml, doc);
    }
    if (open)
        xml.writeEndElement();
}

void QdpxExporter::writeNotes(QXmlStreamWriter &xml, const ExportData &data)
{
    bool open = false;
    const auto note = [&](const QString &guid, const QString &name, const QString &author, const QDateTime &created,
                          const QString &body) {
        if (!open) {
            xml.writeStartElement(QStringLiteral("Notes"));
            open = true;
        }
        xml.writeStartElement(QStringLiteral("Note"));
        xml.writeAttribute(QStringLiteral("guid"), guid);
        RefiQdaWriter::attribute(xml, QStringLiteral("name"), name);
        writeCreatingUser(xml, author);
        if (created.isValid())
            xml.writeAttribute(QStringLiteral("creationDateTime"), exporttext::isoUtc(created));
        RefiQdaWriter::textElement(xml, QStringLiteral("PlainTextContent"), body);
        xml.writeEndElement();
    };
    for (const ExportDocument &doc : data.documents) {
        if (!doc.note.trimmed().isEmpty())
            note(documentNoteGuid(doc.document.id), doc.document.title, QString(), doc.document.importedAt, doc.note);
    }
    for (const ExportQuote &q : data.quotes) {
        if (!q.note.trimmed().isEmpty() && q.hasPosition())
            note(annotationNoteGuid(q.annotation.id), tr("Note: %1").arg(selectionName(q.annotation.quote)),
                q.annotation.author, q.annotation.created, q.note);
    }
    if (open)
        xml.writeEndElement();
}

void QdpxExporter::writeLinks(QXmlStreamWriter &xml, const ExportData &data)
{
    // NVivo finds a note through a Link between it and what it is about (its own exports
    // write them so); the NoteRefs say the same for the other tools.
    bool open = false;
    const auto link = [&](const QString &guid, const QString &note, const QString &object) {
        if (!open) {
            xml.writeStartElement(QStringLiteral("Links"));
            open = true;
        }
        xml.writeEmptyElement(QStringLiteral("Link"));
        xml.writeAttribute(QStringLiteral("guid"), guid);
        xml.writeAttribute(QStringLiteral("direction"), QStringLiteral("OneWay"));
        xml.writeAttribute(QStringLiteral("originGUID"), note);
        xml.writeAttribute(QStringLiteral("targetGUID"), object);
    };
    for (const ExportDocument &doc : data.documents) {
        if (doc.note.trimmed().isEmpty())
            continue;
        for (const Side side : {Side::Zh, Side::En}) {
            if (RefiQdaLayout::hasText(doc, side))
                link(RefiQdaWriter::guid(QStringLiteral("document-note-link"),
                         QString::number(doc.document.id) + QLatin1Char(':') + sideName(side)),
                    documentNoteGuid(doc.document.id), sourceGuid(doc.document, side));
        }
    }
    for (const ExportQuote &q : data.quotes) {
        if (!q.note.trimmed().isEmpty() && q.hasPosition())
            link(RefiQdaWriter::guid(QStringLiteral("annotation-note-link"), q.annotation.id),
                annotationNoteGuid(q.annotation.id),
                RefiQdaWriter::guid(QStringLiteral("annotation"), q.annotation.id));
    }
    if (open)
        xml.writeEndElement();
}

} // namespace bitext
