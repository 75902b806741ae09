#include "models/domain/segment.h"

namespace bitext {

std::optional<Side> sideFromName(const QString &name)
{
    if (name == QLatin1String("zh"))
        return Side::Zh;
    if (name == QLatin1String("en"))
        return Side::En;
    return std::nullopt;
}

} // namespace bitext
