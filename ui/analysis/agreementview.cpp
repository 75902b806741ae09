#include "ui/analysis/agreementview.h"

#include "models/core/error.h"
#include "models/store/library.h"
#include "ui/analysis/agreementmodel.h"
#include "ui/common/languagechange.h"

#include <QHeaderView>

#include <algorithm>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <optional>

namespace bitext::ui {

namespace {

enum PassageRole { DocumentRole = Qt::UserRole + 1, SegmentRole, SideRole, StartRole, LengthRole };

} // namespace

AgreementView::AgreementView(Library &library, QWidget *parent)
    : QWidget(parent)
    , m_library(library)
    , m_model(new AgreementModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_pages(new QStackedWidget(this))
    , m_empty(new QLabel(this))
    , m_table(new QTableView(this))
    , m_legend(new QLabel(this))
    , m_passagesLabel(new QLabel(this))
    , m_disagreements(new QTreeWidget(this))
    , m_pending(new QTimer(this))
{
    setObjectName(QStringLiteral("agreementView"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(AgreementModel::SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_table->setObjectName(QStringLiteral("agreementTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder); // the report's order until a header is clicked
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_legend->setObjectName(QStringLiteral("agreementLegend"));
    m_legend->setWordWrap(true);
    m_empty->setObjectName(QStringLiteral("agreementEmpty"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setMargin(24);
    m_disagreements->setObjectName(QStringLiteral("agreementDisagreements"));
    m_disagreements->setRootIsDecorated(false);
    m_disagreements->setColumnCount(3);
    m_disagreements->setUniformRowHeights(true);
    m_passagesLabel->setBuddy(m_disagreements);

    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_table, 1);
    topLayout->addWidget(m_legend);
    auto *bottom = new QWidget(this);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addWidget(m_passagesLabel);
    bottomLayout->addWidget(m_disagreements, 1);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(top);
    splitter->addWidget(bottom);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    m_pages->addWidget(m_empty);
    m_pages->addWidget(splitter);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);

    connect(
        m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &AgreementView::showDisagreements);
    connect(m_disagreements, &QTreeWidget::itemActivated, this, &AgreementView::activatePassage);
    // Many changes come in a burst (an import, auto-coding): one recount after them.
    m_pending->setSingleShot(true);
    m_pending->setInterval(150);
    // A hidden tab recounts when it is shown, not on every change.
    connect(m_pending, &QTimer::timeout, this, [this] {
        if (isVisible())
            refresh();
        else
            m_stale = true;
    });
    connect(&m_library, &Library::changed, m_pending, qOverload<>(&QTimer::start));
    onLanguageChange(this, [this] { retranslate(); });
    refresh();
}

void AgreementView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void AgreementView::retranslate()
{
    m_table->setAccessibleName(tr("Agreement between coders"));
    m_legend->setText(AgreementModel::legend());
    m_empty->setText(tr("Agreement needs a document coded by two or more people: quotes with codes by at least "
                        "two authors (each person's name is set in Preferences) on the same document. No document "
                        "within the current filter has that."));
    m_passagesLabel->setText(tr("&Passages coded by one coder only:"));
    m_disagreements->setAccessibleName(tr("Passages coded by one coder only"));
    m_disagreements->setHeaderLabels({tr("Coder"), tr("Side"), tr("Text")});
    showDisagreements();
}

void AgreementView::setFilter(const AnalysisFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    refresh();
}

bool AgreementView::isEmptyStateShown() const
{
    return m_pages->currentWidget() == m_empty;
}

int AgreementView::currentSourceRow() const
{
    const QModelIndex current = m_proxy->mapToSource(m_table->currentIndex());
    return current.isValid() ? current.row() : -1;
}

void AgreementView::refresh()
{
    m_pending->stop();
    m_stale = false;
    QList<AgreementRow> rows;
    try {
        rows = CoderAgreement(m_library).compute(m_filter);
    } catch (const Error &error) {
        m_empty->setText(error.message());
    }
    // The row the user was looking at stays selected when it is still there.
    const int before = currentSourceRow();
    const std::optional<AgreementRow> kept = before >= 0 ? std::optional(m_model->row(before)) : std::nullopt;
    m_model->setRows(rows);
    m_table->resizeColumnsToContents();
    // A title made from a transcript's first line would push kappa, the figure people came
    // for, out of sight: the document column is elided instead.
    m_table->setColumnWidth(0, std::min(m_table->columnWidth(0), 220));
    const int again = kept ? m_model->find(*kept) : -1;
    const QModelIndex select = m_proxy->mapFromSource(m_model->index(again >= 0 ? again : 0, 0));
    if (select.isValid())
        m_table->setCurrentIndex(select);
    m_pages->setCurrentWidget(rows.isEmpty() ? static_cast<QWidget *>(m_empty) : m_pages->widget(1));
    showDisagreements();
}

void AgreementView::showDisagreements()
{
    m_disagreements->clear();
    const int row = currentSourceRow();
    if (row < 0)
        return;
    const AgreementRow &r = m_model->row(row);
    QList<QTreeWidgetItem *> items;
    for (const Disagreement &d : r.disagreements) {
        auto *item = new QTreeWidgetItem(
            {d.coder, d.passage.side == Side::Zh ? tr("Chinese") : tr("English"), d.text.simplified()});
        item->setToolTip(2, d.text);
        item->setData(0, DocumentRole, d.passage.documentId);
        item->setData(0, SegmentRole, d.passage.segmentId);
        item->setData(0, SideRole, int(d.passage.side));
        item->setData(0, StartRole, d.passage.start);
        item->setData(0, LengthRole, d.passage.length);
        items << item;
    }
    m_disagreements->addTopLevelItems(items);
}

void AgreementView::activatePassage(QTreeWidgetItem *item)
{
    if (!item)
        return;
    emit passageActivated(item->data(0, DocumentRole).toLongLong(), item->data(0, SegmentRole).toLongLong(),
        Side(item->data(0, SideRole).toInt()), item->data(0, StartRole).toInt(), item->data(0, LengthRole).toInt());
}

} // namespace bitext::ui
