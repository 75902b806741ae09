#include "models/import/refiqda/refibitextlayout.h"

#include "models/core/boundedjson.h"
#include "models/core/error.h"
#include "models/import/refiqda/refixmlreader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace bitext {

const char *const RefiBitextLayout::kEntry = "bitext/documents.json";

namespace {

QStringList strings(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &each : value.toArray())
        list << each.toString();
    return list;
}

std::optional<qint64> optionalMs(const QJsonValue &value)
{
    return value.isDouble() ? std::optional<qint64>(qint64(value.toDouble())) : std::nullopt;
}

} // namespace

RefiBitextLayout RefiBitextLayout::parse(const QByteArray &bytes, const QString &label)
{
    const QJsonObject root = BoundedJson::parse(bytes, label).object();
    if (root.value(QStringLiteral("version")).toInt() != 1)
        throw Error(tr("%1: layout version %2 is not one this Bitext reads (1).")
                        .arg(label)
                        .arg(root.value(QStringLiteral("version")).toInt()));
    RefiBitextLayout layout;
    const QJsonObject codes = root.value(QStringLiteral("codes")).toObject();
    for (auto it = codes.begin(); it != codes.end(); ++it) {
        const QString guid = RefiXmlReader::normalisedGuid(it.key());
        if (!guid.isEmpty() && !it.value().toString().trimmed().isEmpty())
            layout.codePaths.insert(guid, it.value().toString().trimmed());
    }
    for (const QJsonValue &value : root.value(QStringLiteral("documents")).toArray()) {
        const QJsonObject object = value.toObject();
        RefiBitextDocument d;
        const QJsonObject sources = object.value(QStringLiteral("sources")).toObject();
        d.zhSource = RefiXmlReader::normalisedGuid(sources.value(QStringLiteral("zh")).toString());
        d.enSource = RefiXmlReader::normalisedGuid(sources.value(QStringLiteral("en")).toString());
        Document &doc = d.document;
        doc.title = object.value(QStringLiteral("title")).toString();
        doc.format = object.value(QStringLiteral("format")).toString();
        doc.sourceFile = object.value(QStringLiteral("source_file")).toString();
        doc.sourceUrl = object.value(QStringLiteral("source_url")).toString();
        doc.date = object.value(QStringLiteral("date")).toString();
        doc.summary = object.value(QStringLiteral("summary")).toString();
        doc.people = strings(object.value(QStringLiteral("people")));
        doc.keywords = strings(object.value(QStringLiteral("keywords")));
        doc.metadata = object.value(QStringLiteral("metadata")).toObject();
        for (const QJsonValue &s : object.value(QStringLiteral("sections")).toArray()) {
            Section section;
            section.ordinal = int(d.sections.size());
            section.title = s.toObject().value(QStringLiteral("title")).toString();
            section.level = s.toObject().value(QStringLiteral("level")).toInt(1);
            d.sections << section;
        }
        for (const QJsonValue &s : object.value(QStringLiteral("segments")).toArray()) {
            const QJsonObject segment = s.toObject();
            RefiBitextDocument::Row row;
            row.zh = qint64(segment.value(QStringLiteral("zh")).toDouble());
            row.en = qint64(segment.value(QStringLiteral("en")).toDouble());
            row.speaker = segment.value(QStringLiteral("speaker")).toString();
            row.section = segment.value(QStringLiteral("section")).toInt(-1);
            row.startMs = optionalMs(segment.value(QStringLiteral("start_ms")));
            row.endMs = optionalMs(segment.value(QStringLiteral("end_ms")));
            if (row.zh < 0 || row.en < 0 || row.section >= d.sections.size())
                throw Error(tr("%1: the document \"%2\" has a segment with a negative length or an unknown section.")
                                .arg(label, doc.title));
            d.rows << row;
        }
        if ((d.zhSource.isEmpty() && d.enSource.isEmpty()) || doc.title.trimmed().isEmpty())
            throw Error(tr("%1: a document names no source or has no title.").arg(label));
        layout.documents << d;
    }
    return layout;
}

} // namespace bitext
