#pragma once

#include "models/store/library.h"

#include <QList>
#include <QStringList>

namespace bitext::test {

// A tiny library for the word counts, with figures worked out by hand (units by
// TextUnits: every Han character one, every English word one):
//  "Talk"  #0 Ana: 我们研究对齐。 (6)              | We study alignment. (3)
//          #1 Ben: 對齊很難，对齐很重要。 (9)       | Alignment is hard; alignment matters. (5)
//  "Notes" #0 -:   价值观 (3)                      | Values and alignment. (3)
// Units: zh 18, en 11, all 29. 对齐 3 times (once Traditional), alignment 4 times.
// One quote by Ana with the tag "Values": 对齐很重要 of Talk #1 (5 units).
struct WordSamples
{
    explicit WordSamples(Library &library);

    qint64 talk = 0;
    qint64 notes = 0;
    qint64 values = 0;

private:
    static qint64 insert(Library &library, const QString &title, const QList<QStringList> &rows);
};

} // namespace bitext::test
