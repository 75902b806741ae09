#include "app/cli/jsonformat.h"

#include <QJsonArray>

namespace bitext::cli {

QJsonObject documentJson(const Document &d)
{
    return QJsonObject {
        {QStringLiteral("id"), d.id},
        {QStringLiteral("title"), d.title},
        {QStringLiteral("format"), d.format},
        {QStringLiteral("source"), d.sourceFile},
        {QStringLiteral("url"), d.sourceUrl},
        {QStringLiteral("date"), d.date},
        {QStringLiteral("languages"), QJsonArray::fromStringList(d.languages)},
        {QStringLiteral("encoding"), d.encoding},
        {QStringLiteral("imported_at"), d.importedAt.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("people"), QJsonArray::fromStringList(d.people)},
        {QStringLiteral("tags"), QJsonArray::fromStringList(d.keywords)},
        {QStringLiteral("summary"), d.summary},
        {QStringLiteral("metadata"), d.metadata},
    };
}

QJsonObject documentSummaryJson(const DocumentSummary &s)
{
    const Document &d = s.document;
    return QJsonObject {
        {QStringLiteral("id"), d.id},
        {QStringLiteral("title"), d.title},
        {QStringLiteral("format"), d.format},
        {QStringLiteral("segments"), s.segmentCount},
        {QStringLiteral("speakers"), QJsonArray::fromStringList(s.speakers)},
        {QStringLiteral("languages"), QJsonArray::fromStringList(d.languages)},
        {QStringLiteral("date"), d.date},
        {QStringLiteral("source"), d.sourceFile},
        {QStringLiteral("url"), d.sourceUrl},
        {QStringLiteral("tags"), QJsonArray::fromStringList(d.keywords)},
        {QStringLiteral("codes"), QJsonArray::fromStringList(s.tags)},
    };
}

QJsonObject segmentJson(const Segment &s, const QList<Section> &sections)
{
    const bool hasSection = s.sectionOrdinal >= 0 && s.sectionOrdinal < sections.size();
    return QJsonObject {
        {QStringLiteral("index"), s.ordinal},
        {QStringLiteral("section"), hasSection ? QJsonValue(sections.at(s.sectionOrdinal).title) : QJsonValue()},
        {QStringLiteral("speaker"), s.speaker.isEmpty() ? QJsonValue() : QJsonValue(s.speaker)},
        {QStringLiteral("zh"), s.zh},
        {QStringLiteral("en"), s.en},
        {QStringLiteral("start_ms"), s.startMs ? QJsonValue(double(*s.startMs)) : QJsonValue()},
        {QStringLiteral("end_ms"), s.endMs ? QJsonValue(double(*s.endMs)) : QJsonValue()},
        {QStringLiteral("line"), s.sourceLine},
        {QStringLiteral("confidence"), s.confidence ? QJsonValue(*s.confidence) : QJsonValue()},
        {QStringLiteral("untranslated"), s.untranslated},
    };
}

} // namespace bitext::cli
