#include "ui/preferences/generalpage.h"

#include "models/core/preferences.h"
#include "ui/common/filedialog.h"
#include "ui/common/languagechange.h"

#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>

namespace bitext::ui {

GeneralPage::GeneralPage(QWidget *parent)
    : QWidget(parent)
    , m_language(new QComboBox(this))
    , m_author(new QLineEdit(this))
    , m_library(new QLineEdit(this))
    , m_browse(new QPushButton(this))
    , m_backupsKept(new QSpinBox(this))
{
    m_backupsKept->setObjectName(QStringLiteral("backupsKeptSpin"));
    m_backupsKept->setRange(1, Preferences::kMaxBackupsKept);
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_author->setObjectName(QStringLiteral("authorEdit"));
    m_library->setObjectName(QStringLiteral("libraryEdit"));
    m_browse->setObjectName(QStringLiteral("browseLibraryButton"));

    // Each language by its own name, so it can be found whatever the interface shows now.
    const QStringList languages = Preferences::languages();
    const QStringList ownNames {
        QString(), QStringLiteral("English"), QStringLiteral("简体中文"), QStringLiteral("繁體中文")};
    for (int i = 0; i < languages.size(); ++i)
        m_language->addItem(ownNames.value(i), languages.at(i));

    auto *languageLabel = new QLabel(this);
    languageLabel->setBuddy(m_language);
    auto *authorLabel = new QLabel(this);
    authorLabel->setBuddy(m_author);
    auto *libraryLabel = new QLabel(this);
    libraryLabel->setBuddy(m_library);
    auto *libraryRow = new QHBoxLayout;
    libraryRow->addWidget(m_library, 1);
    libraryRow->addWidget(m_browse);

    auto *form = new QFormLayout(this);
    form->addRow(languageLabel, m_language);
    form->addRow(authorLabel, m_author);
    form->addRow(libraryLabel, libraryRow);
    auto *backupsLabel = new QLabel(this);
    backupsLabel->setBuddy(m_backupsKept);
    form->addRow(backupsLabel, m_backupsKept);

    onLanguageChange(this, [=] {
        languageLabel->setText(tr("Interface &language:"));
        m_language->setItemText(0, tr("System"));
        authorLabel->setText(tr("&Author name:"));
        m_author->setPlaceholderText(Preferences::authorName());
        m_author->setToolTip(tr("Written as the author of every new annotation and shown in exports."));
        libraryLabel->setText(tr("Li&brary:"));
        m_library->setToolTip(
            tr("The library opened at start when there is no recent one; New and Open Library start in its folder."));
        m_browse->setText(tr("Browse…"));
        backupsLabel->setText(tr("Backups &kept:"));
        m_backupsKept->setToolTip(tr("How many backups of a library file are kept: one a day, one before each "
                                     "upgrade and those made by hand. Help › Restore from Backup lists them. "
                                     "Server libraries are backed up with the server's own tools."));
    });

    connect(m_language, qOverload<int>(&QComboBox::currentIndexChanged), this,
        [this] { Preferences::setLanguage(m_language->currentData().toString()); });
    connect(m_author, &QLineEdit::textEdited, this, [](const QString &text) { Preferences::setAuthor(text); });
    connect(m_library, &QLineEdit::editingFinished, this,
        [this] { Preferences::setLibraryLocation(QDir::fromNativeSeparators(m_library->text())); });
    connect(m_backupsKept, qOverload<int>(&QSpinBox::valueChanged), this,
        [](int count) { Preferences::setBackupsKept(count); });
    connect(m_browse, &QPushButton::clicked, this, &GeneralPage::browseLibrary);
    load();
}

void GeneralPage::load()
{
    const QSignalBlocker blockLanguage(m_language);
    m_language->setCurrentIndex(qMax(0, m_language->findData(Preferences::language())));
    if (m_author->text() != Preferences::author())
        m_author->setText(Preferences::author());
    m_library->setText(QDir::toNativeSeparators(Preferences::libraryLocation()));
    const QSignalBlocker blockBackups(m_backupsKept);
    m_backupsKept->setValue(Preferences::backupsKept());
}

void GeneralPage::browseLibrary()
{
    const QString path = FileDialog::getSaveFileName(this, tr("Library Location"), Preferences::libraryLocation(),
        tr("Bitext libraries (*.sqlite)"), QStringLiteral("sqlite"));
    if (path.isEmpty())
        return;
    Preferences::setLibraryLocation(path);
    m_library->setText(QDir::toNativeSeparators(Preferences::libraryLocation()));
}

} // namespace bitext::ui
