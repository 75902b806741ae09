#include "app/cli/aligncommand.h"

#include "app/cli/documentref.h"
#include "app/cli/jsonformat.h"
#include "models/align/alignmentquality.h"
#include "models/align/alignservice.h"
#include "models/store/documentrepository.h"
#include "models/store/library.h"
#include "models/text/displaywidth.h"

#include <QJsonArray>

namespace bitext::cli {

namespace {

// Columns of the text form: wide enough to recognise a pair, the whole text is in `show`.
constexpr int kZhColumns = 40;
constexpr int kEnColumns = 60;

} // namespace

QString AlignCommand::summary() const
{
    return tr("Pair a Chinese and an English transcript into one document, or give a one-language document its "
              "other language (--document)");
}

void AlignCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOption(QCommandLineOption(QStringLiteral("document"),
        tr("Attach FILE as the other language of document DOC (id or title), which has only one; its annotations "
           "stay on their text."),
        QStringLiteral("DOC")));
}

int AlignCommand::run(CommandContext &context)
{
    const QStringList files = context.parser().positionalArguments();
    const bool attaching = context.parser().isSet(QStringLiteral("document"));
    if (attaching && files.size() != 1)
        throw UsageProblem(tr("with --document, expects one FILE: the other language of that document."));
    if (!attaching && files.size() != 2)
        throw UsageProblem(tr("expects two files, the Chinese one first (ZH_FILE EN_FILE), or --document DOC FILE."));

    Library &library = context.library();
    AlignService service(library);
    const AlignService::Result result = attaching
        ? service.attach(resolveDocument(library, context.parser().value(QStringLiteral("document"))).id, files.first())
        : service.alignFiles(files.at(0), files.at(1));

    const std::optional<Document> document = library.documents().find(result.documentId);
    const QString title = document ? document->title : QString();
    const QList<Section> sections = library.documents().sections(result.documentId);
    const QList<Segment> segments = library.documents().segments(result.documentId);
    if (context.json()) {
        QJsonArray array;
        for (const Segment &s : segments)
            array.append(segmentJson(s, sections));
        context.printJson(QJsonObject {{QStringLiteral("document"), result.documentId},
            {QStringLiteral("title"), title}, {QStringLiteral("pairs"), result.pairs},
            {QStringLiteral("low_confidence"), result.lowConfidence}, {QStringLiteral("segments"), array}});
        return Success;
    }

    QTextStream &out = context.out();
    out << tr("Document %1 \"%2\": %n pair(s)", nullptr, result.pairs).arg(result.documentId).arg(title) << ", "
        << tr("%n to review (confidence below %1, marked !)", nullptr, result.lowConfidence)
               .arg(AlignmentQuality::kReviewBelow)
        << '\n';
    for (const Segment &s : segments) {
        const bool low = s.confidence && AlignmentQuality::needsReview(*s.confidence);
        // A pair the source or a person made has no confidence: shown as "-".
        const QString confidence = s.confidence ? QString::number(*s.confidence, 'f', 2) : QStringLiteral("-");
        out << fitToWidth(QString::number(s.ordinal), 5) << ' ' << (low ? '!' : ' ') << fitToWidth(confidence, 4)
            << "  " << fitToWidth(s.zh, kZhColumns) << "  " << fitToWidth(s.en, kEnColumns).trimmed() << '\n';
    }
    return Success;
}

} // namespace bitext::cli
