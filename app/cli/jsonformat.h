#pragma once

#include "models/domain/document.h"
#include "models/domain/section.h"
#include "models/domain/segment.h"

#include <QJsonObject>
#include <QList>

namespace bitext::cli {

// The JSON shapes of the command line; their keys are a public interface
// (README, "Command line"). Add keys, never rename or remove them.
QJsonObject documentSummaryJson(const DocumentSummary &summary);
QJsonObject documentJson(const Document &document);
QJsonObject segmentJson(const Segment &segment, const QList<Section> &sections);

} // namespace bitext::cli
