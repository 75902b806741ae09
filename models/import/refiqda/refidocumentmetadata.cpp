#include "models/import/refiqda/refidocumentmetadata.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QUrl>

namespace bitext {

namespace {

QJsonObject variableValues(const QList<RefiVariableValue> &values, const RefiProject &project)
{
    QJsonObject object;
    for (const RefiVariableValue &value : values) {
        for (const RefiVariable &variable : project.variables) {
            if (variable.guid == value.variableRef)
                object.insert(variable.name, value.value);
        }
    }
    return object;
}

bool inCase(const RefiCase &c, const RefiSource &source)
{
    if (c.sourceRefs.contains(source.guid))
        return true;
    for (const RefiSelection &selection : source.selections) {
        if (c.selectionRefs.contains(selection.guid))
            return true;
    }
    return false;
}

} // namespace

void RefiDocumentMetadata::fillFromBitextDescription(Document &document, const QString &description)
{
    // Bitext writes the source URL, file name and date that are set, one a line.
    static const QRegularExpression date(QStringLiteral("^\\d{4}(-\\d{2}(-\\d{2})?)?([T ][0-9:.]+Z?)?$"));
    for (const QString &raw : description.split(QLatin1Char('\n'))) {
        const QString line = raw.trimmed();
        const QUrl url(line, QUrl::StrictMode);
        if (line.isEmpty())
            continue;
        if (document.sourceUrl.isEmpty() && url.isValid()
            && (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https")))
            document.sourceUrl = line;
        else if (document.date.isEmpty() && date.match(line).hasMatch())
            document.date = line;
        else if (document.sourceFile.isEmpty())
            document.sourceFile = line;
    }
}

void RefiDocumentMetadata::fill(
    Document &document, const RefiProject &project, const QList<const RefiSource *> &sources)
{
    if (sources.isEmpty())
        return;
    const RefiSource &first = *sources.first();
    if (project.isBitextExport()) {
        fillFromBitextDescription(document, first.description);
    } else {
        document.sourceFile = first.name;
        document.summary = first.description;
    }
    QJsonArray cases;
    for (const RefiSource *source : sources) {
        const QJsonObject variables = variableValues(source->variables, project);
        for (auto it = variables.begin(); it != variables.end(); ++it)
            document.metadata.insert(it.key(), it.value());
        for (const RefiCoding &coding : source->codings) {
            for (const RefiCode &code : project.codes) {
                if (code.guid == coding.codeRef && !document.keywords.contains(code.path))
                    document.keywords << code.path;
            }
        }
        for (const RefiCase &c : project.cases) {
            if (!inCase(c, *source))
                continue;
            QJsonObject entry {{QStringLiteral("name"), c.name}};
            if (!c.description.isEmpty())
                entry.insert(QStringLiteral("description"), c.description);
            const QJsonObject caseVariables = variableValues(c.variables, project);
            if (!caseVariables.isEmpty())
                entry.insert(QStringLiteral("variables"), caseVariables);
            if (!cases.contains(entry))
                cases.append(entry);
        }
    }
    if (!cases.isEmpty())
        document.metadata.insert(QStringLiteral("cases"), cases);
    if (!project.name.isEmpty() && !project.isBitextExport())
        document.metadata.insert(QStringLiteral("project"), project.name);
}

} // namespace bitext
