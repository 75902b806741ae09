#include "models/import/refiqda/reficodeimporter.h"

#include "models/store/tagrepository.h"

namespace bitext {

RefiCodeImporter::Result RefiCodeImporter::import(TagRepository &tags, const QList<RefiCode> &codes)
{
    Result result;
    for (const RefiCode &code : codes) {
        const std::optional<Tag> existing = tags.findByPath(code.path);
        const qint64 id = existing ? existing->id : tags.ensurePath(code.path);
        result.tagIds.insert(code.guid, id);
        Tag tag = existing ? *existing : *tags.find(id);
        if (existing) {
            ++result.merged;
            if (!tag.description.isEmpty() || code.description.isEmpty())
                continue;
        } else {
            ++result.created;
            if (code.color.isValid())
                tag.color = code.color;
        }
        if (tag.description.isEmpty())
            tag.description = code.description;
        tags.update(tag);
    }
    return result;
}

} // namespace bitext
