#pragma once

#include "models/import/refiqda/refiproject.h"

#include <QCoreApplication>

namespace bitext {

// Checks that every reference of a project names something the project defines:
// codings name codes, NoteRefs name notes, creatingUser names a user, links and
// cases name existing objects. A broken reference throws Error "FILE:LINE: ...":
// importing around it would attach memos and codes to the wrong things or drop them.
class RefiProjectChecker
{
    Q_DECLARE_TR_FUNCTIONS(RefiProjectChecker)

public:
    static void check(const RefiProject &project, const QString &fileName);

private:
    RefiProjectChecker(const RefiProject &project, const QString &fileName)
        : m_project(project)
        , m_fileName(fileName)
    {
    }

    void checkSource(const RefiSource &source);
    void checkCoding(const RefiCoding &coding);
    void user(const QString &guid, int line, const QString &who);
    // `kinds` empty: any defined object.
    void ref(const QString &guid, const QStringList &kinds, int line, const QString &who, const QString &what);

    const RefiProject &m_project;
    const QString &m_fileName;
};

} // namespace bitext
