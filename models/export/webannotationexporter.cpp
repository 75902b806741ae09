#include "models/export/webannotationexporter.h"

#include "models/export/exporttext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QStringList>
#include <QUrl>

namespace bitext {

namespace {

QJsonObject textBody(const QString &purpose, const QString &value)
{
    return QJsonObject {{QStringLiteral("type"), QStringLiteral("TextualBody")}, {QStringLiteral("purpose"), purpose},
        {QStringLiteral("value"), value}};
}

} // namespace

QString WebAnnotationExporter::sourceId(const Document &document, Side side)
{
    return QStringLiteral("urn:uuid:")
        + exporttext::uuidText(exporttext::stableUuid(
            QStringLiteral("document-side"), QString::number(document.id) + QLatin1Char(':') + sideName(side)));
}

QByteArray WebAnnotationExporter::render(const ExportData &data) const
{
    QJsonArray items;
    for (const ExportQuote &quote : data.quotes) {
        items.append(annotation(data, quote));
        quoteRendered();
    }
    const QString title = exporttext::exportTitle(data);
    // Named by the annotations it holds: exporting the same quotes again gives the
    // same collection (like every other id of the export), and the same page. The
    // page is embedded, but the model still requires its own id (5.2).
    QStringList ids;
    for (const ExportQuote &quote : data.quotes)
        ids << QString::number(quote.annotation.id);
    const QUuid collectionUuid
        = exporttext::stableUuid(QStringLiteral("annotation-collection"), ids.join(QLatin1Char(',')));
    const QString pageId = QStringLiteral("urn:uuid:")
        + exporttext::uuidText(exporttext::stableUuid(QStringLiteral("annotation-page"), collectionUuid.toString()));
    QJsonObject collection {
        {QStringLiteral("@context"), QStringLiteral("http://www.w3.org/ns/anno.jsonld")},
        {QStringLiteral("id"), QString(QStringLiteral("urn:uuid:") + exporttext::uuidText(collectionUuid))},
        {QStringLiteral("type"), QStringLiteral("AnnotationCollection")},
        {QStringLiteral("label"), title},
        {QStringLiteral("generated"), exporttext::isoUtc(data.exportedAt)},
        {QStringLiteral("generator"),
            QJsonObject {{QStringLiteral("type"), QStringLiteral("Software")},
                {QStringLiteral("name"), QStringLiteral("Bitext")}}},
        {QStringLiteral("total"), int(items.size())},
        {QStringLiteral("first"),
            QJsonObject {{QStringLiteral("id"), pageId}, {QStringLiteral("type"), QStringLiteral("AnnotationPage")},
                {QStringLiteral("startIndex"), 0}, {QStringLiteral("items"), items}}},
    };
    return QJsonDocument(collection).toJson(QJsonDocument::Indented);
}

QJsonObject WebAnnotationExporter::annotation(const ExportData &data, const ExportQuote &quote)
{
    const Annotation &a = quote.annotation;
    const Document &document = data.documents.at(quote.documentIndex).document;
    const Side other = a.side == Side::Zh ? Side::En : Side::Zh;

    QJsonArray bodies;
    for (const Tag &t : quote.tags)
        bodies.append(textBody(QStringLiteral("tagging"), t.path));
    if (!quote.note.trimmed().isEmpty()) {
        QJsonObject note = textBody(QStringLiteral("commenting"), quote.note);
        note.insert(QStringLiteral("format"), QStringLiteral("text/markdown"));
        bodies.append(note);
    }
    const QString &passage = other == Side::Zh ? quote.zh : quote.en;
    if (!passage.isEmpty()) {
        QJsonObject body = textBody(QStringLiteral("describing"), passage);
        body.insert(QStringLiteral("language"), sideName(other));
        bodies.append(body);
    }

    QJsonArray selectors {
        QJsonObject {{QStringLiteral("type"), QStringLiteral("TextQuoteSelector")}, {QStringLiteral("exact"), a.quote},
            {QStringLiteral("prefix"), a.prefix}, {QStringLiteral("suffix"), a.suffix}}};
    if (quote.hasPosition())
        selectors.append(QJsonObject {{QStringLiteral("type"), QStringLiteral("TextPositionSelector")},
            {QStringLiteral("start"), quote.start}, {QStringLiteral("end"), quote.end}});
    QJsonObject source {{QStringLiteral("id"), sourceId(document, a.side)},
        {QStringLiteral("type"), QStringLiteral("Text")}, {QStringLiteral("format"), QStringLiteral("text/plain")},
        {QStringLiteral("language"), sideName(a.side)}, {QStringLiteral("title"), document.title}};
    QJsonObject target {{QStringLiteral("source"), source},
        {QStringLiteral("selector"), selectors.size() == 1 ? QJsonValue(selectors.first()) : QJsonValue(selectors)}};
    if (!document.sourceUrl.isEmpty())
        target.insert(QStringLiteral("scope"), document.sourceUrl);
    // Where the quote is heard: a second target on the document's media file, its time
    // range as a Media Fragments selector (Web Annotation model 4.2.4).
    QJsonValue targets = target;
    const QString &media = data.documents.at(quote.documentIndex).mediaFile;
    if (!media.isEmpty() && quote.hasTimes()) {
        const QJsonObject mediaSource {
            {QStringLiteral("id"), QString::fromUtf8(QUrl::fromLocalFile(media).toEncoded())},
            {QStringLiteral("type"), exporttext::isVideo(media) ? QStringLiteral("Video") : QStringLiteral("Sound")},
            {QStringLiteral("format"), exporttext::mediaMimeType(media)}};
        const QJsonObject fragment {{QStringLiteral("type"), QStringLiteral("FragmentSelector")},
            {QStringLiteral("conformsTo"), QStringLiteral("http://www.w3.org/TR/media-frags/")},
            {QStringLiteral("value"), exporttext::mediaFragment(quote)}};
        targets = QJsonArray {
            target, QJsonObject {{QStringLiteral("source"), mediaSource}, {QStringLiteral("selector"), fragment}}};
    }

    QJsonObject result {
        {QStringLiteral("id"),
            QString(QStringLiteral("urn:uuid:")
                + exporttext::uuidText(exporttext::stableUuid(QStringLiteral("annotation"), QString::number(a.id))))},
        {QStringLiteral("type"), QStringLiteral("Annotation")},
        {QStringLiteral("motivation"),
            quote.note.trimmed().isEmpty() ? QStringLiteral("highlighting") : QStringLiteral("commenting")},
        {QStringLiteral("target"), targets},
    };
    if (!bodies.isEmpty())
        result.insert(QStringLiteral("body"), bodies);
    if (a.created.isValid())
        result.insert(QStringLiteral("created"), exporttext::isoUtc(a.created));
    if (a.modified.isValid())
        result.insert(QStringLiteral("modified"), exporttext::isoUtc(a.modified));
    if (!a.author.isEmpty())
        result.insert(QStringLiteral("creator"),
            QJsonObject {{QStringLiteral("type"), QStringLiteral("Person")}, {QStringLiteral("name"), a.author}});
    return result;
}

} // namespace bitext
