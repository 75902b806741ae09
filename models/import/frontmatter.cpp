#include "models/import/frontmatter.h"

#include "models/import/documentparser.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <yaml-cpp/yaml.h>

namespace bitext {

namespace {

// Front matter is a few fields; but YAML's aliases (*name) repeat what an anchor
// (&name) names, so a few lines can stand for billions of values ("billion laughs").
// Converting stops at this many.
constexpr int kMaxValues = 100000;

struct TooManyValues
{
};

QJsonValue toJson(const YAML::Node &node, int &values)
{
    if (++values > kMaxValues)
        throw TooManyValues();
    switch (node.Type()) {
    case YAML::NodeType::Sequence: {
        QJsonArray array;
        for (const YAML::Node &item : node)
            array.append(toJson(item, values));
        return array;
    }
    case YAML::NodeType::Map: {
        QJsonObject object;
        for (const auto &item : node)
            object.insert(QString::fromStdString(item.first.as<std::string>()), toJson(item.second, values));
        return object;
    }
    case YAML::NodeType::Scalar:
        // Kept as text: YAML's implicit typing would turn "2025-11-17" or "0012" into
        // something else than the author wrote.
        return QString::fromStdString(node.Scalar());
    default:
        return QJsonValue();
    }
}

QStringList toStringList(const QJsonValue &value)
{
    QStringList result;
    if (value.isArray()) {
        for (const QJsonValue &v : value.toArray())
            if (!v.toString().trimmed().isEmpty())
                result << v.toString().trimmed();
    } else if (!value.toString().trimmed().isEmpty()) {
        result << value.toString().trimmed();
    }
    return result;
}

QString tr(const char *text)
{
    return QCoreApplication::translate("FrontMatter", text);
}

} // namespace

bool FrontMatter::startsAt(const QStringList &lines)
{
    return !lines.isEmpty() && lines.first().trimmed() == QLatin1String("---");
}

int FrontMatter::read(const QStringList &lines, const QString &fileName, Document &document)
{
    int end = -1;
    for (int i = 1; i < lines.size(); ++i) {
        const QString t = lines.at(i).trimmed();
        if (t == QLatin1String("---") || t == QLatin1String("...")) {
            end = i;
            break;
        }
    }
    if (end < 0)
        throw DocumentParser::error(fileName, 1, tr("the front matter opened here is never closed with \"---\"."));

    const QString yaml = lines.mid(1, end - 1).join(QLatin1Char('\n'));
    YAML::Node root;
    try {
        root = YAML::Load(yaml.toStdString());
    } catch (const YAML::Exception &e) {
        throw DocumentParser::error(fileName, 2 + qMax(0, e.mark.line),
                                    tr("the front matter is not valid YAML: %1").arg(QString::fromStdString(e.msg)));
    }
    if (root.IsNull())
        return end + 1;
    if (!root.IsMap())
        throw DocumentParser::error(fileName, 2, tr("the front matter is not a YAML mapping of fields."));
    try {
        int values = 0;
        document.metadata = toJson(root, values).toObject();
    } catch (const YAML::Exception &e) {
        throw DocumentParser::error(fileName, 2 + qMax(0, e.mark.line),
                                    tr("the front matter has an unusable key: %1").arg(QString::fromStdString(e.msg)));
    } catch (const TooManyValues &) {
        throw DocumentParser::error(fileName, 2,
            tr("the front matter stands for more than %1 values (through aliases, \"*name\"); "
               "it is refused.")
                .arg(kMaxValues));
    }
    const QJsonObject &m = document.metadata;
    document.title = m.value(QStringLiteral("title")).toString().trimmed();
    document.date = m.value(QStringLiteral("date")).toString().trimmed();
    for (const char *key : {"source", "url", "source_url", "link"}) {
        const QString url = m.value(QLatin1String(key)).toString().trimmed();
        if (document.sourceUrl.isEmpty() && url.contains(QLatin1String("://")))
            document.sourceUrl = url;
    }
    document.people = toStringList(m.value(QStringLiteral("people")));
    document.keywords = toStringList(m.value(QStringLiteral("tags")));
    document.summary = m.value(QStringLiteral("summary")).toString().trimmed();
    return end + 1;
}

} // namespace bitext
