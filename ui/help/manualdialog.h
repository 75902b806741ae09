#pragma once

#include "ui/help/manualtext.h"

#include <QDialog>
#include <QList>
#include <QTextCursor>

class QLabel;
class QLineEdit;
class QListWidget;
class QTextBrowser;
class QUrl;

namespace bitext::ui {

// Help › Manual: a window beside the main one (not modal) with the contents on the left,
// the manual rendered from Markdown on the right and a find field that marks every match
// and keeps only the sections that have one. Shown in the interface language, and
// reloaded at the same section when it changes.
class ManualDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ManualDialog(QWidget *parent);

    // The window's one manual, made or raised, at `section` (an id) when given.
    static ManualDialog *showManual(QWidget *window, const QString &section = QString());

    const ManualText &manual() const { return m_manual; }
    QString language() const { return m_manual.language(); }
    void showSection(const QString &id);
    QString currentSection() const;
    // The matches of the find field (the marked ranges, in document order).
    const QList<QTextCursor> &matches() const { return m_matches; }

    QTextBrowser *browser() const { return m_browser; }
    QListWidget *contents() const { return m_contents; }
    QLineEdit *findEdit() const { return m_find; }

private:
    void retranslate();
    void load(const QString &language);
    void find(const QString &text);
    void findNext();
    void openLink(const QUrl &url);
    void followScroll();
    int sectionAt(int position) const;

    ManualText m_manual;
    QList<int> m_headings; // document position of each section's heading
    QList<QTextCursor> m_matches;
    int m_currentMatch = -1;
    bool m_jumping = false;
    QListWidget *m_contents;
    QTextBrowser *m_browser;
    QLineEdit *m_find;
    QLabel *m_findLabel;
    QLabel *m_matchCount;
};

} // namespace bitext::ui
