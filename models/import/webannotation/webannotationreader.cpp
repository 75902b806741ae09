#include "models/import/webannotation/webannotationreader.h"

#include "models/core/boundedjson.h"
#include "models/core/error.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace bitext {

namespace {

// JSON-LD lets most properties be one value or an array of them.
QJsonArray asArray(const QJsonValue &value)
{
    if (value.isArray())
        return value.toArray();
    if (value.isUndefined() || value.isNull())
        return {};
    return QJsonArray {value};
}

bool hasType(const QJsonObject &object, const QString &type)
{
    for (const QString &key : {QStringLiteral("type"), QStringLiteral("@type")}) {
        for (const QJsonValue &value : asArray(object.value(key))) {
            if (value.toString() == type)
                return true;
        }
    }
    return false;
}

// An IRI given as a string or as an object with an id.
QString iri(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    const QJsonObject object = value.toObject();
    return object.value(QStringLiteral("id")).toString(object.value(QStringLiteral("@id")).toString());
}

QString personName(const QJsonValue &value)
{
    for (const QJsonValue &each : asArray(value)) {
        if (each.isString())
            return each.toString();
        const QJsonObject person = each.toObject();
        for (const char *key : {"name", "nickname", "id"}) {
            const QString name = person.value(QLatin1String(key)).toString().trimmed();
            if (!name.isEmpty())
                return name;
        }
    }
    return {};
}

QDateTime timestamp(const QJsonValue &value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

} // namespace

QList<WebAnnotationItem> WebAnnotationReader::parse(const QByteArray &bytes, const QString &fileName)
{
    const QJsonDocument document = BoundedJson::parse(bytes, fileName);
    const QJsonValue root = document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
    const QJsonArray annotations = annotationsOf(root, fileName);
    if (annotations.size() > kMaxAnnotations)
        throw Error(tr("%1: the file holds %2 annotations; Bitext imports at most %3 from one file. Split it into "
                       "smaller files and import them one by one.")
                        .arg(fileName)
                        .arg(annotations.size())
                        .arg(kMaxAnnotations));
    QList<WebAnnotationItem> items;
    for (const QJsonValue &value : annotations)
        items << read(value.toObject());
    if (items.isEmpty())
        throw Error(tr("%1: the file holds no annotations.").arg(fileName));
    return items;
}

QJsonArray WebAnnotationReader::annotationsOf(const QJsonValue &root, const QString &fileName)
{
    if (root.isArray())
        return root.toArray();
    const QJsonObject object = root.toObject();
    if (hasType(object, QStringLiteral("Annotation")) || object.contains(QStringLiteral("target")))
        return QJsonArray {object};
    if (hasType(object, QStringLiteral("AnnotationPage")))
        return object.value(QStringLiteral("items")).toArray();
    if (hasType(object, QStringLiteral("AnnotationCollection"))) {
        const QJsonValue first = object.value(QStringLiteral("first"));
        if (first.isString())
            throw Error(tr("%1: the collection's pages are elsewhere (%2); Bitext reads annotations from the file "
                           "only.")
                            .arg(fileName, first.toString()));
        // Bitext writes one page; a page's "next" would be another fetch.
        return first.toObject().value(QStringLiteral("items")).toArray();
    }
    for (const char *key : {"annotations", "rows"}) {
        if (object.value(QLatin1String(key)).isArray())
            return object.value(QLatin1String(key)).toArray();
    }
    throw Error(tr("%1: this JSON is neither a Web Annotation collection nor a Hypothesis export.").arg(fileName));
}

WebAnnotationItem WebAnnotationReader::read(const QJsonObject &annotation)
{
    WebAnnotationItem item;
    item.id = iri(annotation.value(QStringLiteral("id")));
    if (item.id.isEmpty())
        item.id = iri(annotation.value(QStringLiteral("@id")));
    // The first target that says where in a text it points.
    const QJsonArray targets = asArray(annotation.value(QStringLiteral("target")));
    for (const QJsonValue &target : targets) {
        readTarget(target.isObject() ? target.toObject() : QJsonObject {{QStringLiteral("source"), target}}, item);
        if (!item.exact.isEmpty())
            break;
    }
    readBody(annotation.value(QStringLiteral("body")), item);
    const QString bodyValue = annotation.value(QStringLiteral("bodyValue")).toString().trimmed();
    if (!bodyValue.isEmpty())
        item.notes << bodyValue;
    // Hypothesis: the comment, the tags, the page and its title.
    const QString text = annotation.value(QStringLiteral("text")).toString().trimmed();
    if (!text.isEmpty())
        item.notes << text;
    for (const QJsonValue &tag : annotation.value(QStringLiteral("tags")).toArray()) {
        if (!tag.toString().trimmed().isEmpty())
            item.tags << tag.toString().trimmed();
    }
    if (item.scope.isEmpty())
        item.scope = annotation.value(QStringLiteral("uri")).toString();
    if (item.sourceTitle.isEmpty())
        item.sourceTitle
            = asArray(annotation.value(QStringLiteral("document")).toObject().value(QStringLiteral("title")))
                  .at(0)
                  .toString();

    item.author = personName(annotation.value(QStringLiteral("creator")));
    if (item.author.isEmpty()) {
        const QString display
            = annotation.value(QStringLiteral("user_info")).toObject().value(QStringLiteral("display_name")).toString();
        // "acct:ana@hypothes.is" -> "ana"
        QString user = annotation.value(QStringLiteral("user")).toString();
        user = user.mid(user.indexOf(QLatin1Char(':')) + 1).section(QLatin1Char('@'), 0, 0);
        item.author = display.isEmpty() ? user : display;
    }
    item.created = timestamp(annotation.value(QStringLiteral("created")));
    item.modified = timestamp(annotation.value(QStringLiteral("modified")));
    if (!item.modified.isValid())
        item.modified = timestamp(annotation.value(QStringLiteral("updated")));
    return item;
}

void WebAnnotationReader::readTarget(const QJsonObject &target, WebAnnotationItem &item)
{
    const QJsonValue source = target.value(QStringLiteral("source"));
    item.source = iri(source);
    const QJsonObject sourceObject = source.toObject();
    item.sourceTitle = sourceObject.value(QStringLiteral("title")).toString();
    item.side = sideFromName(sourceObject.value(QStringLiteral("language")).toString());
    item.scope = iri(target.value(QStringLiteral("scope")));
    for (const QJsonValue &value : asArray(target.value(QStringLiteral("selector")))) {
        const QJsonObject selector = value.toObject();
        if (hasType(selector, QStringLiteral("TextQuoteSelector"))) {
            item.exact = selector.value(QStringLiteral("exact")).toString();
            item.prefix = selector.value(QStringLiteral("prefix")).toString();
            item.suffix = selector.value(QStringLiteral("suffix")).toString();
        } else if (hasType(selector, QStringLiteral("TextPositionSelector"))) {
            item.start = selector.value(QStringLiteral("start")).toInt(-1);
            item.end = selector.value(QStringLiteral("end")).toInt(-1);
        }
    }
}

void WebAnnotationReader::readBody(const QJsonValue &body, WebAnnotationItem &item)
{
    for (const QJsonValue &value : asArray(body)) {
        const QJsonObject part = value.toObject();
        const QString text = part.value(QStringLiteral("value")).toString().trimmed();
        if (text.isEmpty())
            continue;
        QStringList purposes;
        for (const QJsonValue &purpose : asArray(part.value(QStringLiteral("purpose"))))
            purposes << purpose.toString();
        if (purposes.contains(QStringLiteral("tagging")))
            item.tags << text;
        else if (purposes.contains(QStringLiteral("describing")) && part.contains(QStringLiteral("language")))
            continue; // Bitext's aligned passage in the other language: the text, not a note
        else
            item.notes << text;
    }
}

} // namespace bitext
