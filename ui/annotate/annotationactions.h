#pragma once

#include <QColor>
#include <QObject>

class QAction;
class QActionGroup;
class QMenu;
class QToolBar;

namespace bitext::ui {

class ReaderView;

// The actions of the Annotate menu with their texts, icons and shortcuts, and the
// highlight colour menu (the palette from Preferences; the last colour chosen is remembered). AnnotationController
// connects them and enables them.
class AnnotationActions : public QObject
{
    Q_OBJECT

public:
    explicit AnnotationActions(QObject *parent = nullptr);

    // Puts the actions in the Annotate menu, the main tool bar and the reader's context menu.
    void install(QMenu *menu, QToolBar *toolBar, ReaderView *reader);

    // The colour new highlights get.
    QColor color() const { return m_color; }
    void setColor(const QColor &color);

    QAction *highlight;
    QMenu *colorMenu;
    QAction *tag;
    QAction *note;
    QAction *removeHighlight;
    QAction *manageTags;
    QAction *documentNote;

signals:
    // A colour was chosen in the colour menu (it is also the new colour).
    void colorChosen(const QColor &color);

private:
    QAction *make(const QString &icon, const QKeySequence &shortcut);
    // One checkable entry per colour of the highlight palette (Preferences), named in
    // the interface language.
    void fillColorMenu();
    void retranslate();

    QActionGroup *m_colors;
    QColor m_color;
};

} // namespace bitext::ui
