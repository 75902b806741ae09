#include "models/import/refiqda/refiprojectchecker.h"

#include "models/core/error.h"

namespace bitext {

namespace {

const QStringList kNote {QStringLiteral("Note")};
const QStringList kCode {QStringLiteral("Code")};
const QStringList kVariable {QStringLiteral("Variable")};

} // namespace

void RefiProjectChecker::check(const RefiProject &project, const QString &fileName)
{
    RefiProjectChecker checker(project, fileName);
    for (const RefiCode &code : project.codes) {
        for (const QString &note : code.noteRefs)
            checker.ref(note, kNote, code.line, tr("the code \"%1\"").arg(code.path), tr("note"));
    }
    for (const RefiSource &source : project.sources)
        checker.checkSource(source);
    for (const RefiNote &note : project.notes)
        checker.user(note.creatingUser, note.line, tr("the note \"%1\"").arg(note.label()));
    for (const RefiLink &link : project.links) {
        const QString who = tr("the link %1").arg(link.guid);
        checker.ref(link.origin, {}, link.line, who, tr("object"));
        checker.ref(link.target, {}, link.line, who, tr("object"));
        for (const QString &note : link.noteRefs)
            checker.ref(note, kNote, link.line, who, tr("note"));
    }
    for (const RefiCase &c : project.cases) {
        const QString who = tr("the case \"%1\"").arg(c.name);
        for (const RefiVariableValue &value : c.variables)
            checker.ref(value.variableRef, kVariable, value.line, who, tr("variable"));
        for (const QString &source : c.sourceRefs)
            checker.ref(source, {}, c.line, who, tr("source"));
        for (const QString &selection : c.selectionRefs)
            checker.ref(selection, {}, c.line, who, tr("selection"));
        for (const QString &code : c.codeRefs)
            checker.ref(code, kCode, c.line, who, tr("code"));
    }
    for (const QString &note : project.noteRefs)
        checker.ref(note, kNote, 0, tr("the project"), tr("note"));
}

void RefiProjectChecker::checkSource(const RefiSource &source)
{
    const QString who = tr("the source \"%1\"").arg(source.label());
    user(source.creatingUser, source.line, who);
    for (const QString &note : source.noteRefs)
        ref(note, kNote, source.line, who, tr("note"));
    for (const RefiVariableValue &value : source.variables)
        ref(value.variableRef, kVariable, value.line, who, tr("variable"));
    for (const RefiCoding &coding : source.codings)
        checkCoding(coding);
    for (const RefiSelection &selection : source.selections) {
        const QString selectionWho = tr("the selection \"%1\"").arg(selection.label());
        user(selection.creatingUser, selection.line, selectionWho);
        for (const QString &note : selection.noteRefs)
            ref(note, kNote, selection.line, selectionWho, tr("note"));
        for (const RefiCoding &coding : selection.codings)
            checkCoding(coding);
    }
}

void RefiProjectChecker::checkCoding(const RefiCoding &coding)
{
    const QString who = tr("the coding %1").arg(coding.guid);
    ref(coding.codeRef, kCode, coding.line, who, tr("code"));
    user(coding.creatingUser, coding.line, who);
    for (const QString &note : coding.noteRefs)
        ref(note, kNote, coding.line, who, tr("note"));
}

void RefiProjectChecker::user(const QString &guid, int line, const QString &who)
{
    if (!guid.isEmpty() && !m_project.users.contains(guid))
        throw Error(tr("%1:%2: %3 names the user %4, whom the project does not list under <Users>.")
                        .arg(m_fileName)
                        .arg(line)
                        .arg(who, guid));
}

void RefiProjectChecker::ref(
    const QString &guid, const QStringList &kinds, int line, const QString &who, const QString &what)
{
    if (guid.isEmpty())
        return;
    const auto it = m_project.defined.constFind(guid);
    if (it == m_project.defined.constEnd())
        throw Error(tr("%1:%2: %3 refers to the %4 %5, which the project does not define.")
                        .arg(m_fileName)
                        .arg(line)
                        .arg(who, what, guid));
    if (!kinds.isEmpty() && !kinds.contains(*it))
        throw Error(tr("%1:%2: %3 refers to %4 as a %5, but it is a <%6>.")
                        .arg(m_fileName)
                        .arg(line)
                        .arg(who, guid, what, *it));
}

} // namespace bitext
