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

QStringList RefiNotes::gather(const QString &description, const QStringList &noteRefs, const QString &guid)
{
    QStringList parts;
    if (!description.isEmpty())
        parts << description;
    for (const QString &note : noteRefs)
        add(parts, note);
    addLinked(parts, guid);
    return parts;
}

QString RefiNotes::forSelection(const RefiSelection &selection)
{
    // Bitext writes a quote's note twice: as its Note (the Markdown Bitext reads back)
    // and, for tools that read only that, as a plain-text Description.
    const bool copy = m_project.isBitextExport() && !selection.noteRefs.isEmpty();
    QStringList parts = gather(copy ? QString() : selection.description, selection.noteRefs, selection.guid);
    for (const RefiCoding &coding : selection.codings) {
        for (const QString &note : gather(QString(), coding.noteRefs, coding.guid)) {
            if (!parts.contains(note))
                parts << note;
        }
    }
    return join(parts);
}

QString RefiNotes::forCode(const RefiCode &code)
{
    return join(gather(code.description, code.noteRefs, code.guid));
}

QString RefiNotes::forSource(const RefiSource &source)
{
    return join(gather(QString(), source.noteRefs, source.guid));
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
