#include "ui/search/findbar.h"

#include "ui/common/languagechange.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>

namespace bitext::ui {

FindBar::FindBar(QWidget *parent)
    : QWidget(parent)
    , m_edit(new QLineEdit(this))
    , m_previous(new QToolButton(this))
    , m_next(new QToolButton(this))
    , m_count(new QLabel(this))
{
    setObjectName(QStringLiteral("findBar"));
    m_edit->setObjectName(QStringLiteral("findQuery"));
    m_edit->setClearButtonEnabled(true);
    m_previous->setObjectName(QStringLiteral("findPrevious"));
    m_previous->setArrowType(Qt::UpArrow);
    m_next->setObjectName(QStringLiteral("findNext"));
    m_next->setArrowType(Qt::DownArrow);
    m_count->setObjectName(QStringLiteral("findCount"));
    auto *close = new QToolButton(this);
    close->setObjectName(QStringLiteral("findClose"));
    close->setText(QStringLiteral("✕"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_count);
    layout->addWidget(m_previous);
    layout->addWidget(m_next);
    layout->addWidget(close);

    connect(m_edit, &QLineEdit::textChanged, this, &FindBar::refresh);
    connect(m_next, &QToolButton::clicked, this, &FindBar::findNext);
    connect(m_previous, &QToolButton::clicked, this, &FindBar::findPrevious);
    connect(close, &QToolButton::clicked, this, [this] {
        hide();
        emit closed();
    });
    refresh();
    onLanguageChange(this, [this, close] {
        m_edit->setPlaceholderText(tr("Find in document"));
        m_edit->setAccessibleName(tr("Find in document"));
        m_previous->setToolTip(tr("Previous match (Shift+Enter)"));
        m_previous->setAccessibleName(tr("Previous match"));
        m_next->setToolTip(tr("Next match (Enter)"));
        m_next->setAccessibleName(tr("Next match"));
        close->setToolTip(tr("Close (Esc)"));
        close->setAccessibleName(tr("Close the find bar"));
        showCount();
    });
}

void FindBar::setSegments(const QList<Segment> &segments)
{
    m_finder = DocumentFinder(); // the previous document's hits are gone at once
    m_prepare.start([segments] { return DocumentFinder(segments); },
        [this](const DocumentFinder &finder) {
            m_finder = finder;
            refresh();
            emit prepared();
        });
    refresh();
}

QString FindBar::query() const
{
    return m_edit->text();
}

void FindBar::setQuery(const QString &query)
{
    m_edit->setText(query);
}

QString FindBar::countText() const
{
    return m_count->text();
}

void FindBar::activateFind()
{
    show();
    m_edit->setFocus(Qt::ShortcutFocusReason);
    m_edit->selectAll();
}

void FindBar::refresh()
{
    if (m_originSource)
        m_origin = m_originSource();
    m_hits = m_finder.find(m_edit->text());
    m_current = -1;
    m_previous->setEnabled(!m_hits.isEmpty());
    m_next->setEnabled(!m_hits.isEmpty());
    emit hitsChanged(m_hits);
    emit countChanged(int(m_hits.size()));
    if (m_hits.isEmpty())
        showCount();
    else
        setCurrent(firstFromOrigin());
}

int FindBar::firstFromOrigin() const
{
    for (int i = 0; i < m_hits.size(); ++i) {
        if (m_hits.at(i).segmentOrdinal >= m_origin)
            return i;
    }
    return 0; // wraps around, like Find Next
}

void FindBar::setCurrent(int index)
{
    if (m_hits.isEmpty())
        return;
    const int count = int(m_hits.size());
    m_current = (index % count + count) % count; // wraps around both ways
    showCount();
    emit currentHitChanged(m_hits.at(m_current));
}

void FindBar::showCount()
{
    if (m_hits.isEmpty() && isPreparing() && !m_edit->text().trimmed().isEmpty())
        m_count->setText(tr("Preparing…"));
    else if (m_hits.isEmpty())
        m_count->setText(m_edit->text().trimmed().isEmpty() ? QString() : tr("No matches"));
    else
        m_count->setText(tr("%1 of %2").arg(m_current + 1).arg(m_hits.size()));
}

void FindBar::findNext()
{
    setCurrent(m_current + 1);
}

void FindBar::findPrevious()
{
    setCurrent(m_current - 1);
}

void FindBar::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        if (event->modifiers() & Qt::ShiftModifier)
            findPrevious();
        else
            findNext();
        return;
    }
    if (event->key() == Qt::Key_Escape) {
        hide();
        emit closed();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace bitext::ui
