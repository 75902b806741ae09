#pragma once

#include "models/domain/segment.h"

#include <QList>

#include <optional>

namespace bitext {

// Collects speaker turns into bilingual segments: a labelled line opens a turn
// unless it is the same speaker's translation of the open turn (its side still
// empty, the other side filled); unlabelled lines continue the open turn on the
// side their script says, as further paragraphs.
class TurnBuilder
{
public:
    void setSection(int sectionOrdinal) { m_section = sectionOrdinal; }
    void addLabelled(const QString &speaker, const QString &text, int line, std::optional<qint64> startMs = {});
    void addContinuation(const QString &text, int line);
    // Ends the open turn, so the next line starts a new one (e.g. at a heading).
    void close() { m_open = false; }
    const QList<Segment> &segments() const { return m_segments; }

private:
    struct Parts
    {
        QString zh;
        QString en;
    };
    static Parts split(const QString &text);
    static void appendParagraph(QString &side, const QString &text);

    QList<Segment> m_segments;
    bool m_open = false;
    int m_section = -1;
};

} // namespace bitext
