#include "ui/preferences/preferencesdialog.h"

#include "ui/common/languagechange.h"
#include "ui/preferences/appearancepage.h"
#include "ui/preferences/generalpage.h"
#include "ui/preferences/readingpage.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace bitext::ui {

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent)
    , m_before(Preferences::snapshot())
    , m_tabs(new QTabWidget(this))
    , m_general(new GeneralPage(this))
    , m_appearance(new AppearancePage(this))
    , m_reading(new ReadingPage(this))
    , m_buttons(new QDialogButtonBox(
          QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults, this))
{
    setObjectName(QStringLiteral("preferencesDialog"));
    m_tabs->addTab(m_general, QString());
    m_tabs->addTab(m_appearance, QString());
    m_tabs->addTab(m_reading, QString());
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addWidget(m_buttons);
    onLanguageChange(this, [this] {
        setWindowTitle(tr("Preferences"));
        m_tabs->setTabText(0, tr("General"));
        m_tabs->setTabText(1, tr("Appearance"));
        m_tabs->setTabText(2, tr("Reading"));
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
        &PreferencesDialog::restoreDefaults);
}

void PreferencesDialog::reject()
{
    Preferences::restore(m_before);
    QDialog::reject();
}

void PreferencesDialog::restoreDefaults()
{
    Preferences::restoreDefaults();
    load();
}

void PreferencesDialog::load()
{
    m_general->load();
    m_appearance->load();
    m_reading->load();
}

} // namespace bitext::ui
