#include "models/analysis/analysisscope.h"

#include "models/domain/document.h"
#include "models/store/documentrepository.h"
#include "models/store/library.h"

namespace bitext::AnalysisScope {

QList<qint64> documents(Library &library, const AnalysisFilter &filter)
{
    if (!filter.documentIds.isEmpty())
        return filter.documentIds;
    QList<qint64> ids;
    const QList<DocumentSummary> all = library.documents().list();
    for (const DocumentSummary &summary : all)
        ids << summary.document.id;
    return ids;
}

QList<Side> sides(const AnalysisFilter &filter)
{
    return filter.side ? QList<Side> {*filter.side} : QList<Side> {Side::Zh, Side::En};
}

bool hasSpeaker(const AnalysisFilter &filter, qint64 speakerId)
{
    return filter.speakerIds.isEmpty() || filter.speakerIds.contains(speakerId);
}

bool insideQuotes(const AnalysisFilter &filter)
{
    return !filter.tagIds.isEmpty() || !filter.authors.isEmpty();
}

} // namespace bitext::AnalysisScope
