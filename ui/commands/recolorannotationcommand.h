#pragma once

#include "ui/commands/librarycommand.h"

#include <QColor>

namespace bitext::ui {

// Changes the highlight colour of an annotation.
class RecolorAnnotationCommand : public LibraryCommand
{
    Q_DECLARE_TR_FUNCTIONS(RecolorAnnotationCommand)

public:
    RecolorAnnotationCommand(Library &library, qint64 annotationId, const QColor &color);

protected:
    void apply() override;
    void revert() override;

private:
    void write(const QColor &color);

    qint64 m_id;
    QColor m_color;
    QColor m_oldColor;
};

} // namespace bitext::ui
