#include "tests/support/annotatedseeds.h"

#include "models/annotate/anchor.h"
#include "models/import/importservice.h"
#include "models/store/annotationrepository.h"
#include "models/store/documentrepository.h"
#include "models/store/noterepository.h"
#include "models/store/tagrepository.h"

#include <QDir>

#include <stdexcept>

namespace bitext::test {

const QString AnnotatedSeeds::kClaude = QStringLiteral("让 Claude 变好");
const QString AnnotatedSeeds::kPlane = QStringLiteral("我正在飞机上用 Starlink 上网");
const QString AnnotatedSeeds::kAtAll = QStringLiteral("which ones haven't translated at all");
const QString AnnotatedSeeds::kTool = QStringLiteral("一个你无法控制的工具，是坏的");
const QString AnnotatedSeeds::kClaudeNote = QStringLiteral("Her job, in her own words.");

qint64 annotateQuote(Library &library, qint64 documentId, int segment, const QString &quote, Side side,
    const QList<qint64> &tags, const QString &note)
{
    const SideText text(library.documents().segments(documentId), side);
    const int index = text.segmentText(segment).indexOf(quote);
    if (index < 0)
        throw std::runtime_error("quote not in segment: " + quote.toStdString());
    const int at = text.position(segment, 0) + index;
    Annotation annotation = Anchor::createFromPositions(text, documentId, at, at + int(quote.size()));
    annotation.tagIds = tags;
    annotation.author = QStringLiteral("Ana");
    const qint64 id = library.annotations().create(annotation);
    if (!note.isEmpty())
        library.notes().setAnnotationNote(id, note);
    return id;
}

AnnotatedSeeds::AnnotatedSeeds()
{
    Library &library = lib.library();
    ImportService service(library);
    for (const auto &entry :
        {qMakePair(QStringLiteral("000"), &article), qMakePair(QStringLiteral("001"), &interview)}) {
        const ImportResult result = service.importFile(seedFileByPrefix(entry.first), ImportService::Options());
        if (result.failed())
            throw std::runtime_error("seed import failed: " + entry.first.toStdString());
        *entry.second = result.documentId;
    }
    ethics = library.tags().create(0, QStringLiteral("Ethics"), QColor(QStringLiteral("#e76f51")));
    honesty = library.tags().create(ethics, QStringLiteral("Honesty"), QColor(QStringLiteral("#2a9d8f")));
    safety = library.tags().create(0, QStringLiteral("Safety research"), QColor(QStringLiteral("#8ecae6")));
    annotateQuote(library, interview, 0, kPlane, Side::Zh, {safety});
    annotateQuote(library, interview, 4, kClaude, Side::Zh, {honesty}, kClaudeNote);
    annotateQuote(library, interview, 11, kAtAll, Side::En, {});
    annotateQuote(library, article, 3, kTool, Side::Zh, {ethics});
}

} // namespace bitext::test
