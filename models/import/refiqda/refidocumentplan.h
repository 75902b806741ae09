#pragma once

#include "models/domain/annotation.h"
#include "models/domain/parseddocument.h"
#include "models/import/refiqda/refisourcelayout.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace bitext {

struct RefiSelection;
struct RefiSource;

// One selection of a source as it will be stored: placed on the document (segment
// ids are the stand-ins row + 1 until the document is stored) or, when its text
// cannot be found there, an orphaned annotation that keeps quote and context.
struct RefiPlacedSelection
{
    const RefiSelection *selection = nullptr;
    Annotation annotation;
    bool placed = false;
};

// A document to create from one source (or, for Bitext's own export, from the
// Chinese and English sources of one document) with its selections.
struct RefiDocumentPlan
{
    ParsedDocument parsed;
    QList<const RefiSource *> sources;
    QList<RefiPlacedSelection> selections;
    QString contentHash; // of the source texts: importing the same project twice skips it
};

} // namespace bitext
