#include "models/import/importresult.h"

namespace bitext {

QString ImportResult::statusName(Status status)
{
    switch (status) {
    case Status::Imported:
        return QStringLiteral("imported");
    case Status::Replaced:
        return QStringLiteral("replaced");
    case Status::SkippedDuplicate:
        return QStringLiteral("skipped-duplicate");
    case Status::ChangedVersionExists:
        return QStringLiteral("changed-version-exists");
    case Status::Failed:
        return QStringLiteral("failed");
    case Status::Cancelled:
        return QStringLiteral("cancelled");
    }
    return QString();
}

} // namespace bitext
