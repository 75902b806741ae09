#include "ui/annotate/tagmanagerdialog.h"

#include "models/item/annotationroles.h"
#include "models/item/tagtreemodel.h"
#include "models/store/library.h"
#include "models/store/tagrepository.h"
#include "models/text/untrustedtext.h"
#include "ui/commands/changetagcommand.h"
#include "ui/commands/createtagcommand.h"
#include "ui/commands/deletetagcommand.h"
#include "ui/commands/mergetagscommand.h"
#include "ui/common/languagechange.h"
#include "ui/common/treeexpansion.h"
#include "ui/mainwindow/undocontroller.h"

#include <QColorDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace bitext::ui {

TagManagerDialog::TagManagerDialog(Library &library, UndoController *undo, QWidget *parent)
    : QDialog(parent)
    , m_library(library)
    , m_undo(undo)
    , m_model(new TagTreeModel(this))
    , m_view(new QTreeView(this))
    , m_status(new QLabel(this))
{
    m_model->setLibrary(&library);
    m_view->setObjectName(QStringLiteral("tagTree"));
    m_view->setModel(m_model);
    m_view->setUniformRowHeights(true);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(TagTreeModel::NameColumn, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(TagTreeModel::CountColumn, QHeaderView::ResizeToContents);
    m_view->expandAll();
    connect(m_model, &QAbstractItemModel::modelReset, m_view, &QTreeView::expandAll);
    expandNewRows(m_view);
    m_status->setObjectName(QStringLiteral("tagManagerStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);

    auto *buttons = new QVBoxLayout;
    auto addButton = [this, buttons](void (TagManagerDialog::*slot)(), bool needsTag) {
        auto *button = new QPushButton(this);
        connect(button, &QPushButton::clicked, this, slot);
        buttons->addWidget(button);
        if (needsTag)
            m_tagButtons << button;
        return button;
    };
    QPushButton *newTag = addButton(&TagManagerDialog::onNew, false);
    addButton(&TagManagerDialog::onRename, true);
    addButton(&TagManagerDialog::onRecolor, true);
    addButton(&TagManagerDialog::onDescribe, true);
    addButton(&TagManagerDialog::onMove, true);
    addButton(&TagManagerDialog::onMerge, true);
    addButton(&TagManagerDialog::onDelete, true);
    buttons->addStretch();

    auto *row = new QHBoxLayout;
    row->addWidget(m_view, 1);
    row->addLayout(buttons);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(m_status);
    layout->addWidget(close);
    resize(520, 420);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &TagManagerDialog::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &TagManagerDialog::updateButtons);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &TagManagerDialog::updateButtons);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &TagManagerDialog::updateButtons);
    updateButtons();
    onLanguageChange(this, [this, newTag] {
        setWindowTitle(tr("Codebook"));
        m_view->setAccessibleName(tr("Codebook"));
        newTag->setText(tr("&New…"));
        const QStringList texts {
            tr("&Rename…"), tr("&Colour…"), tr("D&escription…"), tr("&Move…"), tr("Mer&ge into…"), tr("&Delete…")};
        for (int i = 0; i < texts.size() && i < m_tagButtons.size(); ++i)
            m_tagButtons.at(i)->setText(texts.at(i));
        emit m_model->headerDataChanged(Qt::Horizontal, TagTreeModel::NameColumn, TagTreeModel::CountColumn);
    });
}

QString TagManagerDialog::statusText() const
{
    return m_status->text();
}

qint64 TagManagerDialog::currentTagId() const
{
    return m_view->currentIndex().data(AnnotationRole::TagIdRole).toLongLong();
}

void TagManagerDialog::selectTag(qint64 tagId)
{
    m_view->setCurrentIndex(m_model->indexOfTag(tagId));
}

void TagManagerDialog::updateButtons()
{
    const bool hasTag = currentTagId() != 0;
    for (QPushButton *button : qAsConst(m_tagButtons))
        button->setEnabled(hasTag);
}

bool TagManagerDialog::run(LibraryCommand *command)
{
    // Tags are library-wide: their commands go to the library's stack.
    const QString error = m_undo ? m_undo->push(command) : LibraryCommand::push(nullptr, command);
    m_status->setText(error);
    return error.isEmpty();
}

bool TagManagerDialog::confirm(const QString &question)
{
    m_lastQuestion = question;
    if (m_confirm)
        return m_confirm(question);
    return QMessageBox::question(this, tr("Delete tag"), untrustedtext::shownLiterally(question),
               QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
        == QMessageBox::Yes;
}

bool TagManagerDialog::createTag(const QString &path)
{
    auto *command = new CreateTagCommand(m_library, path);
    if (!run(command))
        return false;
    if (const auto tag = m_library.tags().findByPath(TagRepository::normalizedPath(path)))
        selectTag(tag->id);
    return true;
}

bool TagManagerDialog::renameTag(qint64 tagId, const QString &name)
{
    const auto tag = m_library.tags().find(tagId);
    return tag && run(ChangeTagCommand::rename(m_library, *tag, name));
}

bool TagManagerDialog::recolorTag(qint64 tagId, const QColor &color)
{
    const auto tag = m_library.tags().find(tagId);
    return tag && color.isValid() && run(ChangeTagCommand::recolor(m_library, *tag, color));
}

bool TagManagerDialog::describeTag(qint64 tagId, const QString &description)
{
    const auto tag = m_library.tags().find(tagId);
    return tag && run(ChangeTagCommand::describe(m_library, *tag, description));
}

bool TagManagerDialog::moveTag(qint64 tagId, qint64 newParentId)
{
    const auto tag = m_library.tags().find(tagId);
    return tag && run(ChangeTagCommand::move(m_library, *tag, newParentId));
}

bool TagManagerDialog::mergeTag(qint64 fromId, qint64 intoId)
{
    return run(new MergeTagsCommand(m_library, fromId, intoId));
}

bool TagManagerDialog::deleteTag(qint64 tagId)
{
    const auto tag = m_library.tags().find(tagId);
    if (!tag)
        return false;
    const int direct = m_library.tags().usageCount(tagId);
    int below = 0;
    int children = 0;
    const QList<Tag> all = m_library.tags().list();
    const QHash<qint64, int> counts = m_library.tags().usageCounts();
    for (const Tag &t : all) {
        if (t.path.startsWith(tag->path + QLatin1Char('/'))) {
            below += counts.value(t.id);
            ++children;
        }
    }
    QString question = tr("Delete the tag “%1”? %n quote(s) use it.", nullptr, direct).arg(tag->path);
    if (children > 0)
        question += QLatin1Char(' ')
            + tr("The %1 below it go too, used by %2.")
                  .arg(tr("%n tag(s)", nullptr, children), tr("%n more quote(s)", nullptr, below));
    question += QLatin1Char(' ') + tr("The quotes themselves stay. You can undo this.");
    if (!confirm(question))
        return false;
    return run(new DeleteTagCommand(m_library, tagId));
}

qint64 TagManagerDialog::chooseTag(const QString &title, const QString &label, qint64 excludeSubtreeOf, bool offerTopLevel,
                                   bool *ok)
{
    const auto excluded = m_library.tags().find(excludeSubtreeOf);
    QStringList paths;
    QList<qint64> ids;
    if (offerTopLevel) {
        paths << tr("(top level)");
        ids << 0;
    }
    const QList<Tag> all = m_library.tags().list();
    for (const Tag &t : all) {
        if (excluded && (t.id == excluded->id || t.path.startsWith(excluded->path + QLatin1Char('/'))))
            continue;
        paths << t.path;
        ids << t.id;
    }
    const QString chosen = QInputDialog::getItem(this, title, label, paths, 0, false, ok);
    const int index = int(paths.indexOf(chosen));
    return *ok && index >= 0 ? ids.at(index) : 0;
}

void TagManagerDialog::onNew()
{
    const auto parent = m_library.tags().find(currentTagId());
    bool ok = false;
    const QString path = QInputDialog::getText(this, tr("New tag"), tr("Name (Parent/Child makes a tag below another):"),
                                               QLineEdit::Normal, parent ? parent->path + QLatin1Char('/') : QString(), &ok);
    if (ok && !path.trimmed().isEmpty())
        createTag(path);
}

void TagManagerDialog::onRename()
{
    const auto tag = m_library.tags().find(currentTagId());
    bool ok = false;
    const QString name = tag ? QInputDialog::getText(this, tr("Rename tag"), tr("New name:"), QLineEdit::Normal, tag->name, &ok)
                             : QString();
    if (ok && name != tag->name)
        renameTag(tag->id, name);
}

void TagManagerDialog::onRecolor()
{
    const auto tag = m_library.tags().find(currentTagId());
    if (!tag)
        return;
    const QColor color = QColorDialog::getColor(tag->color, this, tr("Colour of %1").arg(tag->path));
    if (color.isValid() && color != tag->color)
        recolorTag(tag->id, color);
}

void TagManagerDialog::onDescribe()
{
    const auto tag = m_library.tags().find(currentTagId());
    bool ok = false;
    const QString text = tag ? QInputDialog::getMultiLineText(this, tr("Describe tag"),
                             untrustedtext::shownLiterally(
                                 tr("What %1 means, when to use it:").arg(untrustedtext::withoutMnemonic(tag->path))),
                             tag->description, &ok)
                             : QString();
    if (ok)
        describeTag(tag->id, text);
}

void TagManagerDialog::onMove()
{
    const qint64 id = currentTagId();
    bool ok = false;
    const qint64 parent = chooseTag(tr("Move tag"), tr("Move below:"), id, true, &ok);
    if (ok)
        moveTag(id, parent);
}

void TagManagerDialog::onMerge()
{
    const qint64 id = currentTagId();
    bool ok = false;
    const qint64 into = chooseTag(tr("Merge tag"), tr("Merge into (its quotes and children move there):"), id, false, &ok);
    if (ok && into != 0)
        mergeTag(id, into);
}

void TagManagerDialog::onDelete()
{
    deleteTag(currentTagId());
}

} // namespace bitext::ui
