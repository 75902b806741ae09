#include "ui/preferences/appearancepage.h"

#include "ui/common/languagechange.h"
#include "ui/common/syntaxhighlighting.h"
#include "ui/preferences/paletteeditor.h"
#include "ui/reader/readerfonts.h"

#include <QComboBox>
#include <QFontComboBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QSpinBox>

namespace bitext::ui {

namespace {

using Script = Preferences::Script;
constexpr Script kScripts[] = {Script::Simplified, Script::Traditional, Script::Latin};

} // namespace

AppearancePage::AppearancePage(QWidget *parent)
    : QWidget(parent)
    , m_appearance(new QComboBox(this))
    , m_size(new QSpinBox(this))
    , m_palette(new PaletteEditor(this))
{
    auto *form = new QFormLayout(this);
    const auto addRow = [this, form](QWidget *field) {
        auto *label = new QLabel(this);
        label->setBuddy(field);
        form->addRow(label, field);
        return label;
    };

    m_appearance->setObjectName(QStringLiteral("appearanceCombo"));
    m_appearance->addItems({QString(), QString(), QString()}); // Preferences::Appearance order
    QLabel *appearanceLabel = addRow(m_appearance);

    const QFontDatabase::WritingSystem systems[]
        = {QFontDatabase::SimplifiedChinese, QFontDatabase::TraditionalChinese, QFontDatabase::Latin};
    const char *const names[] = {"simplifiedFontCombo", "traditionalFontCombo", "latinFontCombo"};
    QLabel *fontLabels[3];
    for (int i = 0; i < 3; ++i) {
        m_fonts[i] = new QFontComboBox(this);
        m_fonts[i]->setObjectName(QLatin1String(names[i]));
        m_fonts[i]->setWritingSystem(systems[i]);
        fontLabels[i] = addRow(m_fonts[i]);
        const Script script = kScripts[i];
        connect(m_fonts[i], &QFontComboBox::currentFontChanged, this,
            [script](const QFont &font) { Preferences::setFontFamily(script, font.family()); });
    }

    m_size->setObjectName(QStringLiteral("fontSizeSpin"));
    // The lowest value stands for "the interface font's size, a little larger".
    m_size->setRange(Preferences::kMinFontSize - 1, Preferences::kMaxFontSize);
    QLabel *sizeLabel = addRow(m_size);

    m_palette->setObjectName(QStringLiteral("paletteEditor"));
    QLabel *paletteLabel = addRow(m_palette);

    QLabel *themeLabel = nullptr;
    if (SyntaxHighlighting::isAvailable()) {
        m_syntaxTheme = new QComboBox(this);
        m_syntaxTheme->setObjectName(QStringLiteral("syntaxThemeCombo"));
        m_syntaxTheme->addItem(QString(), QString());
        const QStringList themes = SyntaxHighlighting::themeNames();
        for (const QString &theme : themes)
            m_syntaxTheme->addItem(theme, theme);
        themeLabel = addRow(m_syntaxTheme);
        connect(m_syntaxTheme, qOverload<int>(&QComboBox::currentIndexChanged), this,
            [this] { Preferences::setSyntaxTheme(m_syntaxTheme->currentData().toString()); });
    }

    onLanguageChange(this, [=] {
        appearanceLabel->setText(tr("&Appearance:"));
        m_appearance->setItemText(int(Preferences::Appearance::System), tr("System"));
        m_appearance->setItemText(int(Preferences::Appearance::Light), tr("Light"));
        m_appearance->setItemText(int(Preferences::Appearance::Dark), tr("Dark"));
        fontLabels[0]->setText(tr("&Simplified Chinese font:"));
        fontLabels[1]->setText(tr("&Traditional Chinese font:"));
        fontLabels[2]->setText(tr("&Latin font:"));
        sizeLabel->setText(tr("Text &size:"));
        m_size->setSpecialValueText(tr("Automatic"));
        m_size->setSuffix(tr(" pt"));
        paletteLabel->setText(tr("&Highlight colours:"));
        if (themeLabel) {
            themeLabel->setText(tr("&Note editor theme:"));
            m_syntaxTheme->setItemText(0, tr("Automatic (light or dark)"));
        }
    });

    connect(m_appearance, qOverload<int>(&QComboBox::currentIndexChanged), this,
        [](int index) { Preferences::setAppearance(Preferences::Appearance(index)); });
    connect(m_size, qOverload<int>(&QSpinBox::valueChanged), this,
        [](int points) { Preferences::setFontSize(points < Preferences::kMinFontSize ? 0 : points); });
    connect(m_palette, &PaletteEditor::colorsChanged, this,
        [](const QList<QColor> &colors) { Preferences::setHighlightPalette(colors); });
    load();
}

void AppearancePage::load()
{
    const QSignalBlocker blockAppearance(m_appearance);
    m_appearance->setCurrentIndex(int(Preferences::appearance()));
    // The faces the reader uses now: the chosen ones, else Bitext's defaults.
    const ReaderFonts reader;
    const QFont shown[] = {reader.text(Side::Zh), reader.text(Side::Zh, QString(), true), reader.text(Side::En)};
    for (int i = 0; i < 3; ++i) {
        const QSignalBlocker block(m_fonts[i]);
        m_fonts[i]->setCurrentFont(QFont(shown[i].family()));
    }
    const QSignalBlocker blockSize(m_size);
    m_size->setValue(Preferences::fontSize() > 0 ? Preferences::fontSize() : m_size->minimum());
    m_palette->setColors(Preferences::highlightPalette());
    if (m_syntaxTheme) {
        const QSignalBlocker blockTheme(m_syntaxTheme);
        m_syntaxTheme->setCurrentIndex(qMax(0, m_syntaxTheme->findData(Preferences::syntaxTheme())));
    }
}

} // namespace bitext::ui
