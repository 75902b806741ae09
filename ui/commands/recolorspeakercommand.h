#pragma once

#include "ui/commands/librarycommand.h"

#include <QColor>

namespace bitext::ui {

// Gives a speaker another colour; consecutive changes of one speaker merge into one step.
class RecolorSpeakerCommand : public LibraryCommand
{
public:
    RecolorSpeakerCommand(Library &library, qint64 speakerId, const QColor &color);

    int id() const override { return 1001; }
    bool mergeWith(const QUndoCommand *other) override;

protected:
    void apply() override;
    void revert() override;

private:
    qint64 m_speakerId;
    QColor m_oldColor;
    QColor m_newColor;

    void write(const QColor &color);
};

} // namespace bitext::ui
