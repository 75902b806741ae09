#include "ui/common/syntaxhighlighting.h"

#include "models/core/preferences.h"

#include <QEvent>
#include <QTextDocument>
#include <QWidget>

#ifdef BITEXT_HAVE_KSYNTAXHIGHLIGHTING
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>

namespace {
// One repository for the whole application: loading the definitions is costly.
Q_GLOBAL_STATIC(KSyntaxHighlighting::Repository, s_repository)
} // namespace
#endif

namespace bitext::ui {

SyntaxHighlighting::SyntaxHighlighting(QTextDocument *document, QWidget *paletteSource, const QString &definitionName)
    : QObject(document)
    , m_paletteSource(paletteSource)
{
#ifdef BITEXT_HAVE_KSYNTAXHIGHLIGHTING
    m_highlighter = new KSyntaxHighlighting::SyntaxHighlighter(document);
    m_highlighter->setDefinition(s_repository->definitionForName(definitionName));
    applyTheme();
    if (paletteSource)
        paletteSource->installEventFilter(this);
    connect(&Preferences::instance(), &Preferences::changed, this, [this](Preferences::Key key) {
        if (key == Preferences::Key::SyntaxTheme)
            applyTheme();
    });
#else
    Q_UNUSED(document)
    Q_UNUSED(definitionName)
#endif
}

SyntaxHighlighting::~SyntaxHighlighting() = default;

bool SyntaxHighlighting::isAvailable()
{
#ifdef BITEXT_HAVE_KSYNTAXHIGHLIGHTING
    return true;
#else
    return false;
#endif
}

void SyntaxHighlighting::setDefinition(const QString &definitionName)
{
#ifdef BITEXT_HAVE_KSYNTAXHIGHLIGHTING
    const KSyntaxHighlighting::Definition definition = s_repository->definitionForName(definitionName);
    if (definition == m_highlighter->definition())
        return;
    m_highlighter->setDefinition(definition);
    m_highlighter->rehighlight();
#else
    Q_UNUSED(definitionName)
#endif
}

QString SyntaxHighlighting::definitionName() const
{
#ifdef BITEXT_HAVE_KSYNTAXHIGHLIGHTING
    return m_highlighter->definition().isValid() ? m_highlighter->definition().name() : QString();
#else
    return {};
#endif
}

QString SyntaxHighlighting::themeName() const
{
#ifdef BITEXT_HAVE_KSYNTAXHIGHLIGHTING
    return m_highlighter ? m_highlighter->theme().name() : QString();
#else
    return {};
#endif
}

bool SyntaxHighlighting::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_paletteSource && event->type() == QEvent::PaletteChange)
        applyTheme();
    return QObject::eventFilter(watched, event);
}

void SyntaxHighlighting::applyTheme()
{
#ifdef BITEXT_HAVE_KSYNTAXHIGHLIGHTING
    // The theme chosen in Preferences, else the default one for the palette's lightness.
    KSyntaxHighlighting::Theme theme = s_repository->theme(Preferences::syntaxTheme());
    if (!theme.isValid()) {
        const bool dark = m_paletteSource && m_paletteSource->palette().color(QPalette::Base).lightness() < 128;
        theme = s_repository->defaultTheme(
            dark ? KSyntaxHighlighting::Repository::DarkTheme : KSyntaxHighlighting::Repository::LightTheme);
    }
    // Re-highlighting a long text is not free: only when the theme really changed.
    if (m_highlighter->theme().isValid() && m_highlighter->theme().name() == theme.name())
        return;
    m_highlighter->setTheme(theme);
    m_highlighter->rehighlight();
#endif
}

QStringList SyntaxHighlighting::themeNames()
{
    QStringList names;
#ifdef BITEXT_HAVE_KSYNTAXHIGHLIGHTING
    const auto themes = s_repository->themes();
    for (const KSyntaxHighlighting::Theme &theme : themes)
        names << theme.name();
    names.sort(Qt::CaseInsensitive);
#endif
    return names;
}

} // namespace bitext::ui
