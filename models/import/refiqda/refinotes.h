#pragma once

#include "models/import/refiqda/refiproject.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <functional>

namespace bitext {

// The memos of a project gathered where Bitext keeps them: a selection's note joins
// its Description (QualCoder, MAXQDA), the Notes its NoteRefs and its codings'
// NoteRefs name, and the Notes linked to it (NVivo's Links); a document's note joins
// its sources' Notes. The same text reached two ways is kept once.
class RefiNotes
{
    Q_DECLARE_TR_FUNCTIONS(RefiNotes)

public:
    // noteText: the text of a Note (its PlainTextContent or its file).
    RefiNotes(const RefiProject &project, std::function<QString(const RefiNote &)> noteText);

    QString forSelection(const RefiSelection &selection);
    // A code's Description with its Notes: what Bitext keeps as the tag's description.
    QString forCode(const RefiCode &code);
    QString forSource(const RefiSource &source);
    // Notes that reached nothing imported (project memos, notes on codes or pictures).
    QStringList unused() const;

private:
    // A Description, the Notes named and the Notes linked to the object `guid`.
    QStringList gather(const QString &description, const QStringList &noteRefs, const QString &guid);
    void add(QStringList &parts, const QString &noteGuid);
    void addLinked(QStringList &parts, const QString &objectGuid);
    static QString join(const QStringList &parts);

    const RefiProject &m_project;
    std::function<QString(const RefiNote &)> m_noteText;
    QHash<QString, const RefiNote *> m_notes;
    QHash<QString, QStringList> m_linked; // object GUID -> note GUIDs linked to it
    QSet<QString> m_used;
};

} // namespace bitext
