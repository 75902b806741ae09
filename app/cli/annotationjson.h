#pragma once

#include "models/domain/annotation.h"
#include "models/domain/tag.h"

#include <QHash>
#include <QJsonObject>

namespace bitext::cli {

// The JSON shapes of `annotations --json`, `annotate --json` and `tags --json`
// (README, "Command line"). Add keys, never rename or remove them.
QJsonObject annotationJson(const Annotation &annotation, const QString &documentTitle,
                           const QHash<qint64, Tag> &tags, const QString &note);
QJsonObject tagJson(const Tag &tag, int count);

} // namespace bitext::cli
