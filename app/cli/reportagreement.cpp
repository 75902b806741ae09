#include "app/cli/reportagreement.h"

#include "app/cli/command.h"
#include "app/cli/reportfilter.h"
#include "models/analysis/coderagreement.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

namespace bitext::cli {

namespace {

// The translation context of this report's texts.
struct AgreementReport
{
    Q_DECLARE_TR_FUNCTIONS(AgreementReport)
};

// The options this kind reads: the shared filters, --json and the global ones. Any other
// (another kind's, e.g. --columns) is a mistake the user should hear about.
void rejectOtherOptions(QCommandLineParser &parser)
{
    static const QStringList accepted {QStringLiteral("document"), QStringLiteral("speaker"), QStringLiteral("tag"),
        QStringLiteral("author"), QStringLiteral("side"), QStringLiteral("json"), QStringLiteral("library")};
    const QStringList given = parser.optionNames();
    for (const QString &name : given) {
        if (!accepted.contains(name))
            throw UsageProblem(AgreementReport::tr("report agreement does not take --%1.").arg(name));
    }
}

QJsonObject rowJson(const AgreementRow &row)
{
    QJsonArray passages;
    for (const Disagreement &d : row.disagreements) {
        passages.append(
            QJsonObject {{QStringLiteral("coder"), d.coder}, {QStringLiteral("segment_id"), d.passage.segmentId},
                {QStringLiteral("side"), sideName(d.passage.side)}, {QStringLiteral("start"), d.passage.start},
                {QStringLiteral("length"), d.passage.length}, {QStringLiteral("text"), d.text}});
    }
    return QJsonObject {{QStringLiteral("document"), row.documentTitle},
        {QStringLiteral("document_id"), row.documentId}, {QStringLiteral("code"), row.tagPath},
        {QStringLiteral("coder_a"), row.coderA}, {QStringLiteral("coder_b"), row.coderB},
        {QStringLiteral("agreement"), row.agreement()}, {QStringLiteral("kappa"), row.kappa()},
        {QStringLiteral("a_only"), row.aOnly}, {QStringLiteral("b_only"), row.bOnly},
        {QStringLiteral("both"), row.both}, {QStringLiteral("neither"), row.neither},
        {QStringLiteral("disagreements"), passages}};
}

} // namespace

int runAgreementReport(CommandContext &context, const QStringList &arguments)
{
    if (!arguments.isEmpty())
        throw UsageProblem(AgreementReport::tr("report agreement takes no argument, not '%1'.").arg(arguments.first()));
    rejectOtherOptions(context.parser());
    const AnalysisFilter filter = reportFilter(context.parser(), context.library());
    const QList<AgreementRow> rows = CoderAgreement(context.library()).compute(filter);
    if (context.json()) {
        QJsonArray array;
        for (const AgreementRow &row : rows)
            array.append(rowJson(row));
        context.printJson(array);
        return Success;
    }
    if (rows.isEmpty()) {
        context.out() << AgreementReport::tr("No document within these filters is coded by two or more people "
                                             "(annotation authors): there is nothing to compare.")
                      << '\n';
        return Success;
    }
    const QStringList header {AgreementReport::tr("Document"), AgreementReport::tr("Code"),
        AgreementReport::tr("Coder A"), AgreementReport::tr("Coder B"), AgreementReport::tr("Agreement"),
        AgreementReport::tr("Kappa"), AgreementReport::tr("A only"), AgreementReport::tr("B only")};
    QList<QStringList> table {header};
    for (const AgreementRow &row : rows) {
        table << QStringList {row.documentTitle, row.tagPath, row.coderA, row.coderB,
            QString::number(row.agreement() * 100, 'f', 1) + QLatin1Char('%'), QString::number(row.kappa(), 'f', 3),
            QString::number(row.aOnly), QString::number(row.bOnly)};
    }
    QVector<int> widths(header.size(), 0);
    for (const QStringList &line : std::as_const(table)) {
        for (int i = 0; i < line.size(); ++i)
            widths[i] = std::max(widths.at(i), int(line.at(i).size()));
    }
    for (const QStringList &line : std::as_const(table)) {
        QStringList cells;
        for (int i = 0; i < line.size(); ++i)
            cells << (i >= 4 ? line.at(i).rightJustified(widths.at(i)) : line.at(i).leftJustified(widths.at(i)));
        context.out() << cells.join(QStringLiteral("  ")).trimmed() << '\n';
    }
    return Success;
}

} // namespace bitext::cli
