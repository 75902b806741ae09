#include "ui/common/syntaxhighlighting.h"

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
    m_dark
        = !paletteSource || paletteSource->palette().color(QPalette::Base).lightness() >= 128; // forces a first apply
    applyTheme();
    if (paletteSource)
        paletteSource->installEventFilter(this);
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
    const bool dark = m_paletteSource && m_paletteSource->palette().color(QPalette::Base).lightness() < 128;
    // Re-highlighting a long text is not free: only when light/dark really flipped.
    if (dark == m_dark && m_highlighter->theme().isValid())
        return;
    m_dark = dark;
    m_highlighter->setTheme(s_repository->defaultTheme(
        dark ? KSyntaxHighlighting::Repository::DarkTheme : KSyntaxHighlighting::Repository::LightTheme));
    m_highlighter->rehighlight();
#endif
}

} // namespace bitext::ui
