#include "ui/help/welcomepage.h"

#include "ui/common/languagechange.h"
#include "ui/import/importcontroller.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

#include <cmath>

namespace bitext::ui {

WelcomePage::WelcomePage(const Actions &actions, QWidget *parent)
    : QWidget(parent)
    , m_actions(actions)
    , m_title(new QLabel(this))
    , m_intro(new QLabel(this))
    , m_drop(new QLabel(this))
    , m_manual(new QLabel(this))
{
    setObjectName(QStringLiteral("welcomePage"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setObjectName(QStringLiteral("welcomeTitle"));
    m_drop->setObjectName(QStringLiteral("welcomeDrop"));
    m_manual->setObjectName(QStringLiteral("welcomeManual"));
    for (QLabel *label : {m_title, m_intro, m_drop, m_manual}) {
        label->setWordWrap(true);
        label->setAlignment(Qt::AlignCenter);
    }
    m_drop->setForegroundRole(QPalette::PlaceholderText);
    m_manual->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    connect(m_manual, &QLabel::linkActivated, this, [this] {
        if (m_actions.manual)
            m_actions.manual->trigger();
    });

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    m_import = addButton(actions.import);
    m_open = addButton(actions.openLibrary);
    m_new = addButton(actions.newLibrary);
    for (QPushButton *button : {m_import, m_open, m_new}) {
        if (button)
            buttons->addWidget(button);
    }
    buttons->addStretch();

    // A column of readable width in the middle of the reader's place, whatever its size.
    auto *column = new QWidget(this);
    column->setMaximumWidth(600);
    auto *content = new QVBoxLayout(column);
    content->setSpacing(12);
    content->addWidget(m_title);
    content->addWidget(m_intro);
    content->addSpacing(8);
    content->addLayout(buttons);
    content->addSpacing(8);
    content->addWidget(m_drop);
    content->addWidget(m_manual);
    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(column, 4);
    row->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addLayout(row);
    layout->addStretch(3);
    onLanguageChange(this, [this] { retranslate(); });
}

QPushButton *WelcomePage::addButton(QAction *action)
{
    if (!action)
        return nullptr;
    auto *button = new QPushButton(action->icon(), QString(), this);
    connect(button, &QPushButton::clicked, action, &QAction::trigger);
    const auto follow = [button, action] {
        button->setEnabled(action->isEnabled());
        const QKeySequence key = action->shortcut();
        button->setToolTip(key.isEmpty() ? QString() : key.toString(QKeySequence::NativeText));
    };
    follow();
    connect(action, &QAction::changed, button, follow);
    return button;
}

QStringList WelcomePage::importPatterns()
{
    // The first entry of the file filter lists everything File › Import reads.
    static const QRegularExpression pattern(QStringLiteral("\\*\\.[A-Za-z0-9]+"));
    const QString all = ImportController::fileFilter().section(QStringLiteral(";;"), 0, 0);
    QStringList patterns;
    for (auto it = pattern.globalMatch(all); it.hasNext();) {
        const QString found = it.next().captured(0);
        if (!patterns.contains(found))
            patterns << found;
    }
    return patterns;
}

QColor WelcomePage::linkColour() const
{
    const QColor link = palette().color(QPalette::Link);
    const QColor window = palette().color(QPalette::Window);
    if (std::abs(link.lightness() - window.lightness()) >= 100)
        return link;
    return window.lightness() < 128 ? QColor(0x8a, 0xb4, 0xf8) : QColor(0x1a, 0x5f, 0xb4);
}

void WelcomePage::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        retranslate();
}

void WelcomePage::retranslate()
{
    m_title->setText(tr("Welcome to Bitext"));
    m_intro->setText(tr("This library has no documents yet. Import transcripts to read them side by side, "
                        "or open a library you already have."));
    if (m_import)
        m_import->setText(tr("Import Files…"));
    if (m_open)
        m_open->setText(tr("Open Library…"));
    if (m_new)
        m_new->setText(tr("New Library…"));
    QStringList suffixes;
    const QStringList patterns = importPatterns();
    for (const QString &pattern : patterns)
        suffixes << pattern.mid(1);
    m_drop->setText(tr("You can also drag files from your file manager and drop them anywhere on this window. "
                       "Bitext reads %1: transcripts as plain text, Markdown or subtitles, REFI-QDA projects "
                       "and codebooks, and Web Annotation JSON.")
                        .arg(suffixes.join(QStringLiteral(", "))));
    const QString key = m_actions.manual ? m_actions.manual->shortcut().toString(QKeySequence::NativeText) : QString();
    const QString link = QStringLiteral("<a href=\"#manual\" style=\"color:%1\">%2</a>")
                             .arg(linkColour().name(), tr("Read the manual").toHtmlEscaped());
    m_manual->setText(key.isEmpty() ? link : tr("%1 (%2)").arg(link, key));
    m_manual->setVisible(m_actions.manual != nullptr);
}

} // namespace bitext::ui
