#pragma once

#include "ui/commands/librarycommand.h"

#include <QColor>

#include <optional>

namespace bitext::ui {

// Changes the highlight colour of an annotation. basedOn: the annotation's version the
// user saw (when someone changed it since, this colour wins and theirs is kept in its
// note). Undo and redo refuse to overwrite a change someone made after this command.
class RecolorAnnotationCommand : public LibraryCommand
{
    Q_DECLARE_TR_FUNCTIONS(RecolorAnnotationCommand)

public:
    RecolorAnnotationCommand(
        Library &library, qint64 annotationId, const QColor &color, std::optional<int> basedOn = std::nullopt);

protected:
    void apply() override;
    void revert() override;

private:
    void write(const QColor &color, bool first);

    qint64 m_id;
    QColor m_color;
    QColor m_oldColor;
    std::optional<int> m_basedOn;
};

} // namespace bitext::ui
