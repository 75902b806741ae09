#include "models/import/refiqda/reficodeimporter.h"

#include "models/store/tagrepository.h"

namespace bitext {

RefiCodeImporter::Result RefiCodeImporter::import(TagRepository &tags, const QList<RefiCode> &codes)
{
    Result result;
    for (const RefiCode &code : codes) {
        std::optional<Tag> existing = tags.findByPath(code.path);
        if (!existing) {
            // A new tag takes the code's colour and description (TagRepository's one
            // path rule makes the missing parents too).
            result.tagIds.insert(code.guid, tags.ensurePath(code.path, nullptr, code.color, code.description));
            ++result.created;
            continue;
        }
        // An existing tag keeps its colour; an empty description is filled.
        result.tagIds.insert(code.guid, existing->id);
        ++result.merged;
        if (existing->description.isEmpty() && !code.description.isEmpty()) {
            existing->description = code.description;
            tags.update(*existing);
        }
    }
    return result;
}

} // namespace bitext
