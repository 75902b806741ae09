#pragma once

#include "models/core/preferences.h"

#include <QDialog>

class QDialogButtonBox;
class QTabWidget;

namespace bitext::ui {

class AppearancePage;
class GeneralPage;
class ReadingPage;

// Edit › Preferences: General, Appearance and Reading pages. Every change applies at once
// (a live preview) and is kept on OK; Cancel puts back the values the dialog opened with;
// Restore Defaults resets them all.
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(QWidget *parent = nullptr);

    void reject() override;
    void restoreDefaults();

private:
    void load();

    Preferences::Snapshot m_before;
    QTabWidget *m_tabs;
    GeneralPage *m_general;
    AppearancePage *m_appearance;
    ReadingPage *m_reading;
    QDialogButtonBox *m_buttons;
};

} // namespace bitext::ui
