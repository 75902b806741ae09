#pragma once

#include "models/domain/segment.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace bitext {

// One annotation of a W3C Web Annotation or Hypothesis file, as read: where it
// points (the source and its selectors) and what it carries.
struct WebAnnotationItem
{
    QString id;
    QString source; // target.source IRI (Bitext: urn:uuid of a document side; Hypothesis: the page URL)
    QString sourceTitle; // target.source.title (Bitext) or document.title (Hypothesis)
    QString scope; // target.scope or Hypothesis's uri: the page the text came from
    std::optional<Side> side; // target.source.language
    QString exact; // TextQuoteSelector
    QString prefix;
    QString suffix;
    int start = -1; // TextPositionSelector, code points
    int end = -1;
    QStringList tags; // tagging bodies (Bitext: tag paths) or Hypothesis tags
    QStringList notes; // commenting bodies, bodyValue, or Hypothesis text
    QString author;
    QDateTime created;
    QDateTime modified;
};

} // namespace bitext
