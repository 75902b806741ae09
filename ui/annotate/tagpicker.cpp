#include "ui/annotate/tagpicker.h"

#include "models/store/library.h"
#include "models/store/tagrepository.h"
#include "ui/commands/createtagcommand.h"
#include "ui/common/colorswatch.h"

#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPainter>
#include <QPixmap>
#include <QVBoxLayout>

namespace bitext::ui {

namespace {

constexpr int kTagIdRole = Qt::UserRole + 1;   // qint64, 0 for the "create" entry
constexpr int kNewPathRole = Qt::UserRole + 2; // QString path to create

QString normalizedPath(const QString &text)
{
    QStringList parts;
    const QStringList raw = text.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    for (const QString &part : raw) {
        if (!part.trimmed().isEmpty())
            parts << part.trimmed();
    }
    return parts.join(QLatin1Char('/'));
}

} // namespace

TagPicker::TagPicker(Library &library, QUndoStack *undoStack, QWidget *parent)
    : QFrame(parent, Qt::Popup)
    , m_library(library)
    , m_undoStack(undoStack)
    , m_edit(new QLineEdit(this))
    , m_list(new QListWidget(this))
    , m_status(new QLabel(this))
{
    setFrameShape(QFrame::StyledPanel);
    m_edit->setObjectName(QStringLiteral("tagFilter"));
    m_edit->setPlaceholderText(tr("Tag, or Parent/Child to create"));
    m_edit->setClearButtonEnabled(true);
    m_edit->installEventFilter(this);
    m_list->setObjectName(QStringLiteral("tagList"));
    m_list->setUniformItemSizes(true);
    m_status->setWordWrap(true);
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
    refill();
}

void TagPicker::popup(const QPoint &globalPosition)
{
    m_edit->clear();
    m_status->hide();
    refill();
    move(globalPosition);
    show();
    m_edit->setFocus(Qt::PopupFocusReason);
}

void TagPicker::refill()
{
    const QString filter = m_edit->text().trimmed();
    const QString wanted = normalizedPath(filter);
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
            item->setToolTip(t.description);
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
    if (tagId == 0) {
        const QString path = item->data(kNewPathRole).toString();
        const QString error = TransactedCommand::perform(m_undoStack, new CreateTagCommand(m_library, path));
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
