#pragma once

#include "models/import/importresult.h"

#include <QCoreApplication>
#include <QList>

namespace bitext {

// What an import of several files came to, counted by outcome, and the one line the
// window's status bar, its import report and `bitext import` show, so a re-import of
// files already there says so ("Nothing imported: 5 already in the library.").
class ImportSummary
{
    Q_DECLARE_TR_FUNCTIONS(ImportSummary)

public:
    explicit ImportSummary(const QList<ImportResult> &results);

    int imported = 0;
    int replaced = 0;
    int alreadyThere = 0; // same bytes already in the library: skipped
    int changedVersion = 0; // a changed version of a document already there: not imported
    int failed = 0;
    int cancelled = 0;
    int quotes = 0; // from REFI-QDA and Web Annotation files
    int tags = 0; // created by them

    QString text() const;
};

} // namespace bitext
