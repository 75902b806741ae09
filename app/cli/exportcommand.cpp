#include "app/cli/exportcommand.h"

#include "app/cli/documentref.h"
#include "models/core/error.h"
#include "models/export/exportcollector.h"
#include "models/export/exporter.h"
#include "models/export/textdocumentbuilder.h"
#include "models/store/library.h"
#include "models/store/tagrepository.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonObject>

namespace bitext::cli {

namespace {

const QString kFormat = QStringLiteral("format");
const QString kOutput = QStringLiteral("output");
const QString kDocument = QStringLiteral("document");
const QString kTag = QStringLiteral("tag");
const QString kGroupBy = QStringLiteral("group-by");
const QString kWith = QStringLiteral("with-translation");
const QString kWithout = QStringLiteral("without-translation");

} // namespace

QString ExportCommand::summary() const
{
    return tr("Export annotated notes (md, html, csv, pdf, odt, json, qdc, qdpx)");
}

void ExportCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOption(
        {kFormat, tr("Output format: %1.").arg(exportFormatNames().join(QStringLiteral(", "))), tr("FORMAT")});
    parser.addOption({kOutput, tr("File to write (replaced atomically)."), tr("FILE")});
    parser.addOption(
        {kDocument, tr("Export this document (id or title); repeat for several. Default: all."), tr("DOC")});
    parser.addOption(
        {kTag, tr("Export the quotes with this tag (path or id) or a tag below it; repeat for several."), tr("TAG")});
    parser.addOption({kGroupBy, tr("Group quotes by 'document' (default) or 'tag'."), tr("GROUP")});
    parser.addOption({kWith, tr("Print the aligned passage of the other language with each quote (default).")});
    parser.addOption({kWithout, tr("Print only the quoted side.")});
}

int ExportCommand::run(CommandContext &context)
{
    QCommandLineParser &parser = context.parser();
    if (!parser.positionalArguments().isEmpty())
        throw UsageProblem(tr("takes no positional arguments."));
    if (!parser.isSet(kFormat))
        throw UsageProblem(tr("needs --format (%1).").arg(exportFormatNames().join(QLatin1Char('|'))));
    const auto format = exportFormatFromName(parser.value(kFormat));
    if (!format)
        throw UsageProblem(
            tr("unknown format '%1' (use %2).").arg(parser.value(kFormat), exportFormatNames().join(QLatin1Char('|'))));
    const QString output = parser.value(kOutput);
    if (output.isEmpty())
        throw UsageProblem(tr("needs --output FILE."));
    if (parser.isSet(kWith) && parser.isSet(kWithout))
        throw UsageProblem(tr("--with-translation and --without-translation exclude each other."));

    ExportRequest request;
    request.withTranslation = !parser.isSet(kWithout);
    const QString groupBy = parser.value(kGroupBy);
    if (groupBy == QLatin1String("tag"))
        request.grouping = ExportGrouping::ByTag;
    else if (!groupBy.isEmpty() && groupBy != QLatin1String("document"))
        throw UsageProblem(tr("--group-by takes 'document' or 'tag', not '%1'.").arg(groupBy));

    if (exportFormatNeedsGui(*format))
        TextDocumentBuilder::requireGuiApplication();

    Library &library = context.library();
    for (const QString &doc : parser.values(kDocument)) {
        const qint64 id = resolveDocument(library, doc).id;
        if (!request.documentIds.contains(id))
            request.documentIds << id;
    }
    for (const QString &tag : parser.values(kTag))
        request.tagIds << resolveTag(library, tag);

    const ExportData data = ExportCollector(library).collect(request);
    Exporter::create(*format)->write(data, output);

    const QString path = QFileInfo(output).absoluteFilePath();
    if (context.json()) {
        context.printJson(
            QJsonObject {{QStringLiteral("output"), path}, {QStringLiteral("format"), exportFormatName(*format)},
                {QStringLiteral("documents"), int(data.documents.size())},
                {QStringLiteral("quotes"), int(data.quotes.size())}});
    } else {
        context.out() << tr("Exported %1 from %2 to %3")
                             .arg(tr("%n quote(s)", nullptr, int(data.quotes.size())),
                                 tr("%n document(s)", nullptr, int(data.documents.size())),
                                 QDir::toNativeSeparators(path))
                      << '\n';
    }
    return Success;
}

bool ExportCommand::needsGuiApplication(const QStringList &arguments)
{
    if (!arguments.contains(QStringLiteral("export")))
        return false;
    for (int i = 1; i < arguments.size(); ++i) {
        QString value;
        if (arguments.at(i) == QLatin1String("--format") && i + 1 < arguments.size())
            value = arguments.at(i + 1);
        else if (arguments.at(i).startsWith(QLatin1String("--format=")))
            value = arguments.at(i).mid(9);
        const auto format = exportFormatFromName(value);
        if (format && exportFormatNeedsGui(*format))
            return true;
    }
    return false;
}

} // namespace bitext::cli
