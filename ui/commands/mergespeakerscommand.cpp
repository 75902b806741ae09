#include "ui/commands/mergespeakerscommand.h"

#include "models/store/database.h"
#include "models/store/library.h"
#include "models/store/speakerrepository.h"

#include <QCoreApplication>

namespace bitext::ui {

MergeSpeakersCommand::MergeSpeakersCommand(Library &library, qint64 fromId, qint64 intoId)
    : LibraryCommand(library, QString())
    , m_intoId(intoId)
{
    const auto from = library.speakers().find(fromId);
    const auto into = library.speakers().find(intoId);
    if (from)
        m_from = *from;
    m_from.id = fromId;
    if (into)
        m_intoAliases = into->aliases;
    setText(QCoreApplication::translate("MergeSpeakersCommand", "Merge %1 into %2")
                .arg(m_from.name, into ? into->name : QString()));
}

void MergeSpeakersCommand::apply()
{
    m_segments.clear();
    const QList<qint64> segments = m_library.speakers().segmentsOf(m_from.id);
    for (qint64 segment : segments)
        m_segments.insert(segment, m_from.id);
    m_library.speakers().merge(m_from.id, m_intoId);
}

void MergeSpeakersCommand::revert()
{
    Transaction tx(m_library.database());
    m_library.speakers().restore(m_from);
    m_library.speakers().setAliases(m_intoId, m_intoAliases);
    m_library.speakers().restoreAssignment(m_segments);
    tx.commit();
}

} // namespace bitext::ui
