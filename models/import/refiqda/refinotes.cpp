#include "models/import/refiqda/refinotes.h"

namespace bitext {

RefiNotes::RefiNotes(const RefiProject &project, std::function<QString(const RefiNote &)> noteText)
    : m_project(project)
    , m_noteText(std::move(noteText))
{
    for (const RefiNote &note : project.notes)
        m_notes.insert(note.guid, &note);
    for (const RefiLink &link : project.links) {
        // Either end may be the note: NVivo writes them both ways round.
        if (m_notes.contains(link.origin) && !link.target.isEmpty())
            m_linked[link.target] << link.origin;
        else if (m_notes.contains(link.target) && !link.origin.isEmpty())
            m_linked[link.origin] << link.target;
    }
}

void RefiNotes::add(QStringList &parts, const QString &noteGuid)
{
    const RefiNote *note = m_notes.value(noteGuid);
    if (!note)
        return;
    m_used.insert(noteGuid);
    const QString text = m_noteText(*note).trimmed();
    if (!text.isEmpty() && !parts.contains(text))
        parts << text;
}

void RefiNotes::addLinked(QStringList &parts, const QString &objectGuid)
{
    for (const QString &note : m_linked.value(objectGuid))
        add(parts, note);
}

QString RefiNotes::join(const QStringList &parts)
{
    return parts.join(QStringLiteral("\n\n"));
}

QString RefiNotes::forSelection(const RefiSelection &selection)
{
    QStringList parts;
    if (!selection.description.isEmpty())
        parts << selection.description;
    for (const QString &note : selection.noteRefs)
        add(parts, note);
    for (const RefiCoding &coding : selection.codings) {
        for (const QString &note : coding.noteRefs)
            add(parts, note);
        addLinked(parts, coding.guid);
    }
    addLinked(parts, selection.guid);
    return join(parts);
}

QString RefiNotes::forCode(const RefiCode &code)
{
    QStringList parts;
    if (!code.description.isEmpty())
        parts << code.description;
    for (const QString &note : code.noteRefs)
        add(parts, note);
    addLinked(parts, code.guid);
    return join(parts);
}

QString RefiNotes::forSource(const RefiSource &source)
{
    QStringList parts;
    for (const QString &note : source.noteRefs)
        add(parts, note);
    addLinked(parts, source.guid);
    return join(parts);
}

QStringList RefiNotes::unused() const
{
    QStringList names;
    for (const RefiNote &note : m_project.notes) {
        if (!m_used.contains(note.guid))
            names << (note.name.isEmpty() ? note.guid : note.name);
    }
    return names;
}

} // namespace bitext
