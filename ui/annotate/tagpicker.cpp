#include "ui/annotate/tagpicker.h"

#include "models/store/library.h"
#include "models/store/tagrepository.h"
#include "models/text/untrustedtext.h"
#include "ui/commands/createtagcommand.h"
#include "ui/common/colorswatch.h"
#include "ui/common/languagechange.h"
#include "ui/mainwindow/undocontroller.h"

#include <QGuiApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPainter>
#include <QPixmap>
#include <QScreen>
#include <QVBoxLayout>

namespace bitext::ui {

namespace {

constexpr int kTagIdRole = Qt::UserRole + 1;   // qint64, 0 for the "create" entry
constexpr int kNewPathRole = Qt::UserRole + 2; // QString path to create
constexpr int kGap = 4; // pixels between the anchor and the popup

} // namespace

TagPicker::TagPicker(Library &library, UndoController *undo, QWidget *parent)
    : QFrame(parent, Qt::Popup)
    , m_library(library)
    , m_undo(undo)
    , m_edit(new QLineEdit(this))
    , m_list(new QListWidget(this))
    , m_status(new QLabel(this))
{
    setFrameShape(QFrame::StyledPanel);
    m_edit->setObjectName(QStringLiteral("tagFilter"));
    m_edit->setClearButtonEnabled(true);
    m_edit->installEventFilter(this);
    m_list->setObjectName(QStringLiteral("tagList"));
    m_list->setUniformItemSizes(true);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->hide();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_edit);
    layout->addWidget(m_list);
    layout->addWidget(m_status);
    resize(280, 320);

    connect(m_edit, &QLineEdit::textChanged, this, &TagPicker::refill);
    connect(m_edit, &QLineEdit::returnPressed, this, &TagPicker::accept);
    connect(m_list, &QListWidget::itemActivated, this, &TagPicker::accept);
    connect(&m_library, &Library::tagsChanged, this, &TagPicker::refill);
    onLanguageChange(this, [this] {
        m_edit->setPlaceholderText(tr("Tag, or Parent/Child to create"));
        m_edit->setAccessibleName(tr("Tag"));
        m_list->setAccessibleName(tr("Tags"));
        refill(); // "Create tag …"
    });
}

void TagPicker::popup(const QRect &anchor)
{
    m_edit->clear();
    m_status->hide();
    refill();
    const QWidget *window = parentWidget() ? parentWidget()->window() : nullptr;
    QScreen *screen = window && window->screen() ? window->screen() : QGuiApplication::screenAt(anchor.center());
    if (!screen)
        screen = QGuiApplication::primaryScreen();
    const QPoint target = placement(anchor, frameGeometry().size(), screen->availableGeometry());
    move(target);
    show();
    // Some platforms place a popup a little off where asked (a frame): correct for it.
    if (frameGeometry().topLeft() != target)
        move(pos() + target - frameGeometry().topLeft());
    m_edit->setFocus(Qt::PopupFocusReason);
}

QPoint TagPicker::placement(const QRect &anchor, const QSize &size, const QRect &available)
{
    const QRect area = available.isValid() ? available : QRect(anchor.topLeft(), size);
    const auto fits = [&](const QPoint &topLeft) { return area.contains(QRect(topLeft, size)); };
    const auto inside = [&](QPoint p) {
        p.setX(qBound(area.left(), p.x(), qMax(area.left(), area.right() + 1 - size.width())));
        p.setY(qBound(area.top(), p.y(), qMax(area.top(), area.bottom() + 1 - size.height())));
        return p;
    };
    const int x = qBound(area.left(), anchor.left(), qMax(area.left(), area.right() + 1 - size.width()));
    const int y = qBound(area.top(), anchor.top(), qMax(area.top(), area.bottom() + 1 - size.height()));
    const QPoint candidates[] = {
        {x, anchor.bottom() + 1 + kGap}, // below
        {x, anchor.top() - kGap - size.height()}, // above
        {anchor.right() + 1 + kGap, y}, // right
        {anchor.left() - kGap - size.width(), y}, // left
    };
    for (const QPoint &candidate : candidates) {
        if (fits(candidate))
            return candidate;
    }
    // Nowhere beside it (a selection as large as the screen): inside the screen at least.
    return inside(candidates[0]);
}

void TagPicker::refill()
{
    const QString filter = m_edit->text().trimmed();
    const QString wanted = TagRepository::normalizedPath(filter);
    m_list->clear();
    const QList<Tag> tags = m_library.tags().list();
    QList<Tag> prefix;
    QList<Tag> inside;
    bool exact = false;
    for (const Tag &t : tags) {
        exact = exact || QString::compare(t.path, wanted, Qt::CaseInsensitive) == 0;
        if (t.name.startsWith(filter, Qt::CaseInsensitive) || t.path.startsWith(filter, Qt::CaseInsensitive))
            prefix << t;
        else if (t.path.contains(filter, Qt::CaseInsensitive))
            inside << t;
    }
    prefix += inside;
    for (const Tag &t : qAsConst(prefix)) {
        auto *item = new QListWidgetItem(colorSwatch(t.color), t.path, m_list);
        item->setData(kTagIdRole, t.id);
        if (!t.description.isEmpty())
            item->setToolTip(untrustedtext::shownLiterally(t.description));
    }
    if (!wanted.isEmpty() && !exact) {
        auto *create = new QListWidgetItem(tr("Create tag “%1”").arg(wanted), m_list);
        create->setData(kTagIdRole, qint64(0));
        create->setData(kNewPathRole, wanted);
        QFont font = create->font();
        font.setItalic(true);
        create->setFont(font);
    }
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
}

bool TagPicker::accept()
{
    QListWidgetItem *item = m_list->currentItem();
    if (!item)
        return false;
    qint64 tagId = item->data(kTagIdRole).toLongLong();
    // A tag made here and the tagging done with it (by the receivers) are one undo step.
    const UndoController::Step step(m_undo);
    if (tagId == 0) {
        const QString path = item->data(kNewPathRole).toString();
        auto *command = new CreateTagCommand(m_library, path);
        const QString error = m_undo ? m_undo->push(command) : LibraryCommand::push(nullptr, command);
        const auto created = error.isEmpty() ? m_library.tags().findByPath(path) : std::nullopt;
        if (!created) {
            m_status->setText(error);
            m_status->show();
            return false;
        }
        tagId = created->id;
    }
    emit tagPicked(tagId);
    hide();
    return true;
}

bool TagPicker::eventFilter(QObject *watched, QEvent *event)
{
    // Arrow keys in the filter move through the list, as in a completer.
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const int row = m_list->currentRow();
        if (key->key() == Qt::Key_Down && row + 1 < m_list->count()) {
            m_list->setCurrentRow(row + 1);
            return true;
        }
        if (key->key() == Qt::Key_Up && row > 0) {
            m_list->setCurrentRow(row - 1);
            return true;
        }
        if (key->key() == Qt::Key_Escape) {
            hide();
            return true;
        }
    }
    return QFrame::eventFilter(watched, event);
}

} // namespace bitext::ui
