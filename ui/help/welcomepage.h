#pragma once

#include <QWidget>

class QAction;
class QLabel;
class QPushButton;

namespace bitext::ui {

// What the central area shows while the open library has no documents: the next steps
// as buttons that trigger the window's own actions (so they are enabled, and named by
// shortcut, exactly as in the menus), a line on drag and drop and the files Bitext reads,
// and a link to the manual.
class WelcomePage : public QWidget
{
    Q_OBJECT

public:
    struct Actions
    {
        QAction *import = nullptr;
        QAction *openLibrary = nullptr;
        QAction *newLibrary = nullptr;
        QAction *manual = nullptr;
    };

    WelcomePage(const Actions &actions, QWidget *parent);

    QPushButton *importButton() const { return m_import; }
    QPushButton *openButton() const { return m_open; }
    QPushButton *newButton() const { return m_new; }
    // "*.txt, *.md, …": the patterns of File › Import's file filter.
    static QStringList importPatterns();
    // The manual link's colour: the palette's, unless it is too dark to read on the
    // window (a dark palette that leaves Link at its light-theme blue).
    QColor linkColour() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    QPushButton *addButton(QAction *action);

    Actions m_actions;
    QLabel *m_title;
    QLabel *m_intro;
    QPushButton *m_import = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_new = nullptr;
    QLabel *m_drop;
    QLabel *m_manual;
};

} // namespace bitext::ui
