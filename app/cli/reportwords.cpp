#include "app/cli/reportwords.h"

#include "app/cli/command.h"
#include "app/cli/reportfilter.h"
#include "models/analysis/concordance.h"
#include "models/analysis/wordfrequency.h"
#include "models/text/displaywidth.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>
#include <climits>

namespace bitext::cli {

namespace {

const QString kBy = QStringLiteral("by");
const QString kMinLength = QStringLiteral("min-length");
const QString kContext = QStringLiteral("context");

int positiveNumber(QCommandLineParser &parser, const QString &option, int fallback)
{
    if (!parser.isSet(option))
        return fallback;
    bool ok = false;
    const int value = parser.value(option).toInt(&ok);
    if (!ok || value < 0)
        throw UsageProblem(
            ReportWords::tr("--%1 expects a number of 0 or more, not '%2'.").arg(option, parser.value(option)));
    return value;
}

void refuse(QCommandLineParser &parser, const QStringList &options, const QString &kind)
{
    for (const QString &option : options) {
        if (parser.isSet(option))
            throw UsageProblem(ReportWords::tr("--%1 does not apply to `report %2`.").arg(option, kind));
    }
}

WordGrouping grouping(QCommandLineParser &parser)
{
    if (!parser.isSet(kBy))
        return WordGrouping::None;
    const QString by = parser.value(kBy).trimmed().toLower();
    if (by == QLatin1String("document"))
        return WordGrouping::Document;
    if (by == QLatin1String("speaker"))
        return WordGrouping::Speaker;
    if (by == QLatin1String("code"))
        return WordGrouping::Code;
    throw UsageProblem(ReportWords::tr("--by expects document, speaker or code, not '%1'.").arg(parser.value(kBy)));
}

QString groupKey(WordGrouping grouping)
{
    switch (grouping) {
    case WordGrouping::Document:
        return QStringLiteral("document");
    case WordGrouping::Speaker:
        return QStringLiteral("speaker");
    case WordGrouping::Code:
        return QStringLiteral("code");
    case WordGrouping::None:
        break;
    }
    return QString();
}

void printTable(QTextStream &out, const QList<WordFrequencyGroup> &groups, WordGrouping by)
{
    for (const WordFrequencyGroup &group : groups) {
        if (by != WordGrouping::None)
            out << group.label << QLatin1Char('\n');
        out << fitToWidth(ReportWords::tr("Word"), 20) << QLatin1Char(' ') << ReportWords::tr("Count").rightJustified(8)
            << QLatin1Char(' ') << ReportWords::tr("Per 10,000").rightJustified(12) << QLatin1Char('\n');
        for (const WordFrequencyRow &row : group.rows) {
            out << fitToWidth(row.word, 20) << QLatin1Char(' ') << QString::number(row.count).rightJustified(8)
                << QLatin1Char(' ') << QString::number(row.rate, 'f', 1).rightJustified(12) << QLatin1Char('\n');
        }
        out << ReportWords::tr("%n unit(s) of text", nullptr, int(std::min<qint64>(group.units, INT_MAX)))
            << QLatin1String("\n\n");
    }
}

} // namespace

void ReportWords::addOptions(QCommandLineParser &parser)
{
    parser.addOption({kBy, tr("report frequency: one table per document, speaker or code."),
        QStringLiteral("document|speaker|code")});
    parser.addOption(
        {kMinLength, tr("report frequency: leave out words shorter than N characters."), QStringLiteral("N")});
    parser.addOption({kContext, tr("report concordance: words or characters of context on each side (default 30)."),
        QStringLiteral("N")});
}

int ReportWords::runFrequency(CommandContext &context, const QStringList &arguments)
{
    QCommandLineParser &parser = context.parser();
    refuse(parser, {kContext}, QStringLiteral("frequency"));
    if (!arguments.isEmpty())
        throw UsageProblem(
            tr("`report frequency` takes no word; did you mean `report concordance %1`?").arg(arguments.first()));
    WordFrequencyOptions options;
    options.grouping = grouping(parser);
    options.minimumLength = positiveNumber(parser, kMinLength, 1);
    options.stopWords = StopWords::current();
    const AnalysisFilter filter = reportFilter(parser, context.library());
    // Counts kept in the user's cache folder by an earlier run or the Words view.
    WordCountCache cache(context.library());
    const QList<WordFrequencyGroup> groups = WordFrequency::compute(context.library(), filter, options, &cache);
    if (!context.json()) {
        printTable(context.out(), groups, options.grouping);
        return Success;
    }
    QJsonArray rows;
    for (const WordFrequencyGroup &group : groups) {
        for (const WordFrequencyRow &row : group.rows) {
            QJsonObject object {{QStringLiteral("word"), row.word}, {QStringLiteral("count"), row.count},
                {QStringLiteral("rate"), row.rate}};
            if (options.grouping != WordGrouping::None)
                object.insert(groupKey(options.grouping), group.label);
            rows.append(object);
        }
    }
    context.printJson(rows);
    return Success;
}

int ReportWords::runConcordance(CommandContext &context, const QStringList &arguments)
{
    QCommandLineParser &parser = context.parser();
    refuse(parser, {kBy, kMinLength}, QStringLiteral("concordance"));
    if (arguments.size() != 1 || arguments.first().trimmed().isEmpty())
        throw UsageProblem(tr("`report concordance` expects one WORD (in either script)."));
    const int contextUnits = positiveNumber(parser, kContext, Concordance::kDefaultContext);
    const AnalysisFilter filter = reportFilter(parser, context.library());
    const QList<ConcordanceLine> lines = Concordance::find(context.library(), arguments.first(), filter, contextUnits);
    if (!context.json()) {
        QTextStream &out = context.out();
        for (const ConcordanceLine &line : lines) {
            out << line.document << QStringLiteral(" #") << line.segmentOrdinal << QLatin1Char(' ')
                << sideName(line.side) << QLatin1Char(' ') << line.speaker << QStringLiteral(": ") << line.left
                << QLatin1Char('[') << line.word << QLatin1Char(']') << line.right << QLatin1Char('\n');
        }
        if (lines.isEmpty())
            context.err() << tr("'%1' does not occur in the text reported on.").arg(arguments.first()) << '\n';
        return Success;
    }
    QJsonArray rows;
    for (const ConcordanceLine &line : lines) {
        rows.append(QJsonObject {{QStringLiteral("document"), line.document},
            {QStringLiteral("document_id"), line.documentId}, {QStringLiteral("segment"), line.segmentOrdinal},
            {QStringLiteral("segment_id"), line.segmentId}, {QStringLiteral("side"), sideName(line.side)},
            {QStringLiteral("speaker"), line.speaker.isEmpty() ? QJsonValue() : QJsonValue(line.speaker)},
            {QStringLiteral("left"), line.left}, {QStringLiteral("word"), line.word},
            {QStringLiteral("right"), line.right}, {QStringLiteral("start"), line.start},
            {QStringLiteral("length"), line.length}});
    }
    context.printJson(rows);
    return Success;
}

} // namespace bitext::cli
