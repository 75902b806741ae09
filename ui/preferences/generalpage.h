#pragma once

#include <QWidget>

class QComboBox;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace bitext::ui {

// Preferences › General: the interface language, the author name of new annotations and
// where the library lives, how many backups of it are kept. Each edit is stored (and applied) at once.
class GeneralPage : public QWidget
{
    Q_OBJECT

public:
    explicit GeneralPage(QWidget *parent = nullptr);
    // Shows the stored values (after Restore Defaults or Cancel).
    void load();

private:
    void browseLibrary();

    QComboBox *m_language;
    QLineEdit *m_author;
    QLineEdit *m_library;
    QPushButton *m_browse;
    QSpinBox *m_backupsKept;
};

} // namespace bitext::ui
