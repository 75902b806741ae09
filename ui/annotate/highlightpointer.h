#pragma once

#include <QObject>

#include <functional>

namespace bitext::ui {

class HighlightDecorator;
class ReaderView;

// Watches the mouse over the reader's panes for highlights: a click (or right-click)
// that selects no text reports the highlight under it (0 for none), and hovering one
// shows the tool tip its provider gives.
class HighlightPointer : public QObject
{
    Q_OBJECT

public:
    HighlightPointer(ReaderView *reader, HighlightDecorator *decorator, QObject *parent = nullptr);

    void setToolTipProvider(std::function<QString(qint64 annotationId)> provider) { m_toolTip = std::move(provider); }

signals:
    void pointed(qint64 annotationId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    HighlightDecorator *m_decorator;
    std::function<QString(qint64)> m_toolTip;
};

} // namespace bitext::ui
