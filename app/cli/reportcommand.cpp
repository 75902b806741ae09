#include "app/cli/reportcommand.h"

#include "app/cli/reportagreement.h"
#include "app/cli/reportfilter.h"
#include "app/cli/reportkinds.h"
#include "app/cli/reportmatrix.h"
#include "app/cli/reportwords.h"

#include <QCommandLineParser>

namespace bitext::cli {

QList<ReportKind> reportKinds()
{
    // One line per kind; its function lives in its own report*.cpp.
    return {
        {QStringLiteral("matrix"), &runMatrixReport},
        {QStringLiteral("frequency"), &ReportWords::runFrequency},
        {QStringLiteral("concordance"), &ReportWords::runConcordance},
        {QStringLiteral("agreement"), &runAgreementReport},
    };
}

QString ReportCommand::summary() const
{
    return tr("Look across the coding: code matrices, word frequencies, concordances and agreement between coders");
}

QString ReportCommand::arguments() const
{
    QStringList names;
    const QList<ReportKind> kinds = reportKinds();
    for (const ReportKind &kind : kinds)
        names << kind.name;
    return names.join(QLatin1Char('|')) + QStringLiteral(" [ARG]");
}

void ReportCommand::addOptions(QCommandLineParser &parser)
{
    addReportFilterOptions(parser);
    addMatrixReportOptions(parser);
    ReportWords::addOptions(parser);
}

int ReportCommand::run(CommandContext &context)
{
    QStringList args = context.parser().positionalArguments();
    if (args.isEmpty())
        throw UsageProblem(tr("expects what to report: %1.").arg(arguments()));
    const QString kindName = args.takeFirst();
    const QList<ReportKind> kinds = reportKinds();
    for (const ReportKind &kind : kinds) {
        if (kind.name == kindName)
            return kind.run(context, args);
    }
    throw UsageProblem(tr("cannot report '%1'; it reports %2.").arg(kindName, arguments()));
}

} // namespace bitext::cli
