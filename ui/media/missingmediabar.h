#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace bitext::ui {

// The strip over the reader that says the open document's media file is not where it
// was stored (moved, renamed, on a disk not mounted), with Locate… and Detach. It is the
// one report of a missing file: no message box interrupts opening the document, and
// once closed it stays closed for that document until the window is restarted.
class MissingMediaBar : public QFrame
{
    Q_OBJECT

public:
    explicit MissingMediaBar(QWidget *parent = nullptr);

    // Shows the bar naming `file` (the absolute path stored for the document).
    void showMissing(const QString &file);
    QString file() const { return m_file; }
    QString message() const;

signals:
    void locateRequested();
    void detachRequested();
    // The user closed the bar.
    void dismissed();

private:
    void retranslate();

    QLabel *m_label;
    QPushButton *m_locate;
    QPushButton *m_detach;
    QString m_file;
};

} // namespace bitext::ui
