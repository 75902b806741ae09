#include "models/search/searchresult.h"

namespace bitext {

QString searchSourceName(SearchSource source)
{
    switch (source) {
    case SearchSource::Segment:
        return QStringLiteral("segment");
    case SearchSource::Annotation:
        return QStringLiteral("annotation");
    case SearchSource::Note:
        return QStringLiteral("note");
    case SearchSource::Title:
        return QStringLiteral("title");
    }
    return {};
}

} // namespace bitext
