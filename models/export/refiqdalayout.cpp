#include "models/export/refiqdalayout.h"

#include "models/export/exporttext.h"
#include "models/export/qdpxexporter.h"
#include "models/export/refiqdawriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace bitext {

namespace {

QJsonValue optionalMs(const std::optional<qint64> &ms)
{
    return ms ? QJsonValue(double(*ms)) : QJsonValue();
}

QJsonObject documentJson(const ExportDocument &doc)
{
    const Document &d = doc.document;
    QJsonObject sources;
    for (const Side side : {Side::Zh, Side::En}) {
        if (RefiQdaLayout::hasText(doc, side))
            sources.insert(sideName(side), QdpxExporter::sourceGuid(d, side));
    }
    QJsonArray sections;
    for (const Section &s : doc.sections)
        sections.append(QJsonObject {{QStringLiteral("title"), s.title}, {QStringLiteral("level"), s.level}});
    QJsonArray rows;
    for (const Segment &s : doc.segments) {
        rows.append(QJsonObject {{QStringLiteral("zh"), exporttext::codePointCount(s.zh)},
            {QStringLiteral("en"), exporttext::codePointCount(s.en)},
            {QStringLiteral("speaker"), s.speaker.isEmpty() ? QJsonValue() : QJsonValue(s.speaker)},
            {QStringLiteral("section"), s.sectionOrdinal < 0 ? QJsonValue() : QJsonValue(s.sectionOrdinal)},
            {QStringLiteral("start_ms"), optionalMs(s.startMs)}, {QStringLiteral("end_ms"), optionalMs(s.endMs)}});
    }
    return QJsonObject {{QStringLiteral("sources"), sources}, {QStringLiteral("title"), d.title},
        {QStringLiteral("format"), d.format}, {QStringLiteral("source_file"), d.sourceFile},
        {QStringLiteral("source_url"), d.sourceUrl}, {QStringLiteral("date"), d.date},
        {QStringLiteral("summary"), d.summary}, {QStringLiteral("people"), QJsonArray::fromStringList(d.people)},
        {QStringLiteral("keywords"), QJsonArray::fromStringList(d.keywords)}, {QStringLiteral("metadata"), d.metadata},
        {QStringLiteral("sections"), sections}, {QStringLiteral("segments"), rows}};
}

} // namespace

bool RefiQdaLayout::hasText(const ExportDocument &document, Side side)
{
    for (const Segment &s : document.segments) {
        if (!s.text(side).isEmpty())
            return true;
    }
    return false;
}

QByteArray RefiQdaLayout::json(const ExportData &data)
{
    QJsonObject codes;
    for (const Tag &t : data.tags)
        codes.insert(RefiQdaWriter::guid(QStringLiteral("tag"), t.id), t.path);
    QJsonArray documents;
    for (const ExportDocument &doc : data.documents)
        documents.append(documentJson(doc));
    return QJsonDocument(QJsonObject {{QStringLiteral("version"), 1}, {QStringLiteral("codes"), codes},
                             {QStringLiteral("documents"), documents}})
        .toJson();
}

} // namespace bitext
