#pragma once

#include "models/analysis/codingtarget.h"
#include "ui/annotate/tagpicker.h"

#include <QList>
#include <QObject>
#include <QPointer>

class QWidget;

namespace bitext {
class Library;
}

namespace bitext::ui {

class UndoController;

// Auto-coding from the window: asks for the tag (the tag picker, which can also make a
// new one), then codes the passages (AutoCoder) as one undo step (AutoCodeCommand; a tag
// made in the picker is part of the same step). The library search panel's "Auto-code
// Results…" uses it, and so does the concordance's autoCodeRequested.
class AutoCodeRunner : public QObject
{
    Q_OBJECT

public:
    AutoCodeRunner(Library &library, UndoController *undo, QObject *parent = nullptr);

    // The picker asking for the tag, while one is open (for tests).
    TagPicker *picker() const { return m_picker; }

public slots:
    // Shows the tag picker beside `anchor` (a button, a view; its window when null); the
    // picked tag codes `targets`. Nothing to code: says so at once.
    void run(const QList<bitext::CodingTarget> &targets, QWidget *anchor);
    // Codes `targets` with the tag now; returns (and reports) what was done.
    QString code(const QList<bitext::CodingTarget> &targets, qint64 tagId);

signals:
    // A line for the status bar: what was coded, or why nothing was.
    void reported(const QString &message);

private:
    Library &m_library;
    UndoController *m_undo;
    QPointer<TagPicker> m_picker;
};

} // namespace bitext::ui
