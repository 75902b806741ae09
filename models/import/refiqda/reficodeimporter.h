#pragma once

#include "models/import/refiqda/refiproject.h"

#include <QHash>

namespace bitext {

class TagRepository;

// Brings REFI-QDA codes into the codebook, merged by path: a code whose path is
// already a tag uses that tag (keeping its colour, filling an empty description);
// a new one is created with the code's colour and description, missing parents
// included. Runs inside the caller's transaction.
class RefiCodeImporter
{
public:
    struct Result
    {
        QHash<QString, qint64> tagIds; // code GUID -> tag id
        int created = 0;
        int merged = 0;
    };

    static Result import(TagRepository &tags, const QList<RefiCode> &codes);
};

} // namespace bitext
