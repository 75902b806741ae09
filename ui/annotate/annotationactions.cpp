#include "ui/annotate/annotationactions.h"

#include "models/core/preferences.h"
#include "models/store/tagrepository.h"
#include "ui/common/colorswatch.h"
#include "ui/common/languagechange.h"
#include "ui/common/themedicon.h"
#include "ui/reader/readerview.h"

#include <QAction>
#include <QActionGroup>
#include <QMenu>
#include <QPainter>
#include <QPixmap>
#include <QSettings>
#include <QToolBar>
#include <QToolButton>

namespace bitext::ui {

namespace {

const char *const kColorKey = "annotations/highlightColor";

} // namespace

AnnotationActions::AnnotationActions(QObject *parent)
    : QObject(parent)
    , m_colors(new QActionGroup(this))
{
    highlight = make(QString(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    tag = make(QStringLiteral("tag"), QKeySequence(Qt::CTRL | Qt::Key_T));
    note = make(QStringLiteral("document-edit"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    removeHighlight = make(QStringLiteral("edit-delete"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    manageTags = make(QStringLiteral("configure"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    documentNote = make(QStringLiteral("text-x-generic"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));

    colorMenu = new QMenu;
    colorMenu->setObjectName(QStringLiteral("highlightColorMenu"));
    // The palette comes from Preferences: the menu follows its edits and the language.
    connect(&Preferences::instance(), &Preferences::changed, this, [this](Preferences::Key key) {
        if (key == Preferences::Key::HighlightPalette)
            fillColorMenu();
    });
    onLanguageChange(this, [this] { retranslate(); });
    setColor(QSettings().value(QLatin1String(kColorKey), TagRepository::paletteColor(0)).value<QColor>());
}

void AnnotationActions::retranslate()
{
    highlight->setText(tr("&Highlight"));
    highlight->setIconText(tr("Highlight"));
    highlight->setToolTip(tr("Highlight the selected text in the current colour"));
    tag->setText(tr("&Tag…"));
    tag->setToolTip(tr("Tag the selected text or the highlight under the cursor"));
    tag->setIconText(tr("Tag"));
    note->setText(tr("Add &Note…"));
    note->setIconText(tr("Note"));
    removeHighlight->setText(tr("&Remove Highlight"));
    manageTags->setText(tr("&Manage Tags…"));
    documentNote->setText(tr("&Document Note…"));

    colorMenu->setTitle(tr("Highlight Co&lour"));
    fillColorMenu();
}

QAction *AnnotationActions::make(const QString &icon, const QKeySequence &shortcut)
{
    auto *action = new QAction(this);
    if (!icon.isEmpty())
        action->setIcon(themedIcon(icon));
    action->setShortcut(shortcut);
    return action;
}

void AnnotationActions::fillColorMenu()
{
    // The translated names of the default palette, in its order; other colours show their code.
    const QStringList names {tr("Yellow"), tr("Green"), tr("Blue"), tr("Pink"), tr("Orange"), tr("Purple"), tr("Cyan"),
        tr("Lime"), tr("Red"), tr("Grey")};
    const QList<QColor> defaults = Preferences::defaultHighlightPalette();
    qDeleteAll(m_colors->actions());
    const QList<QColor> palette = Preferences::highlightPalette();
    for (const QColor &color : palette) {
        const int known = int(defaults.indexOf(color));
        QAction *action = colorMenu->addAction(
            colorSwatch(color, 16), known >= 0 && known < names.size() ? names.at(known) : color.name());
        action->setCheckable(true);
        action->setData(color);
        m_colors->addAction(action);
        connect(action, &QAction::triggered, this, [this, color] {
            setColor(color);
            emit colorChosen(color);
        });
    }
    if (m_color.isValid())
        setColor(m_color);
}

void AnnotationActions::setColor(const QColor &color)
{
    m_color = color.isValid() ? color : TagRepository::paletteColor(0);
    QSettings().setValue(QLatin1String(kColorKey), m_color);
    highlight->setIcon(highlighterIcon(m_color));
    const QList<QAction *> actions = m_colors->actions();
    for (QAction *action : actions)
        action->setChecked(action->data().value<QColor>() == m_color);
}

void AnnotationActions::install(QMenu *menu, QToolBar *toolBar, ReaderView *reader)
{
    // The menu has no parent until here (the window owns it from now on).
    colorMenu->setParent(menu, colorMenu->windowFlags());
    menu->addAction(highlight);
    menu->addMenu(colorMenu);
    menu->addAction(tag);
    menu->addAction(note);
    menu->addAction(removeHighlight);
    menu->addSeparator();
    menu->addAction(manageTags);
    menu->addAction(documentNote);

    if (!toolBar->actions().isEmpty())
        toolBar->addSeparator();
    // Click highlights in the last colour; the arrow picks another.
    auto *button = new QToolButton(toolBar);
    button->setObjectName(QStringLiteral("highlightButton"));
    button->setDefaultAction(highlight);
    button->setMenu(colorMenu);
    button->setPopupMode(QToolButton::MenuButtonPopup);
    button->setToolButtonStyle(toolBar->toolButtonStyle());
    connect(toolBar, &QToolBar::toolButtonStyleChanged, button, &QToolButton::setToolButtonStyle);
    toolBar->addWidget(button);
    toolBar->addAction(tag);
    toolBar->addAction(note);

    reader->addContextAction(highlight);
    reader->addContextAction(colorMenu->menuAction());
    reader->addContextAction(tag);
    reader->addContextAction(note);
    reader->addContextAction(removeHighlight);
}

} // namespace bitext::ui
