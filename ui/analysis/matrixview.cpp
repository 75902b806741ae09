#include "ui/analysis/matrixview.h"

#include "models/analysis/matrixcsv.h"
#include "models/analysis/matrixquotes.h"
#include "models/core/error.h"
#include "models/item/itemroles.h"
#include "models/item/matrixquotemodel.h"
#include "models/item/matrixtablemodel.h"
#include "models/store/library.h"
#include "models/text/untrustedtext.h"
#include "ui/common/filedialog.h"
#include "ui/common/languagechange.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStandardPaths>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

namespace bitext::ui {

namespace {

// Keeps the totals row last, whichever way a column sorts.
class TotalsLastProxy : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override
    {
        const bool leftTotal = left.data(ItemRole::MatrixTotalRole).toBool();
        const bool rightTotal = right.data(ItemRole::MatrixTotalRole).toBool();
        if (leftTotal != rightTotal) // descending sorts compare the other way round
            return sortOrder() == Qt::AscendingOrder ? rightTotal : leftTotal;
        return QSortFilterProxyModel::lessThan(left, right);
    }
};

// A cell tinted with the palette's highlight colour, stronger the larger its value.
class HeatDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const QVariant heat = index.data(ItemRole::MatrixHeatRole);
        if (heat.isValid() && heat.toDouble() > 0) {
            QColor tint = option.palette.color(QPalette::Highlight);
            tint.setAlphaF(0.12 + 0.5 * qBound(0.0, heat.toDouble(), 1.0));
            painter->fillRect(option.rect, tint);
        }
        QStyledItemDelegate::paint(painter, option, index);
    }
};

} // namespace

MatrixView::MatrixView(Library &library, QWidget *parent)
    : QWidget(parent)
    , m_library(library)
    , m_matrix(library)
    , m_columnsLabel(new QLabel(this))
    , m_columns(new QComboBox(this))
    , m_measureLabel(new QLabel(this))
    , m_measure(new QComboBox(this))
    , m_export(new QPushButton(this))
    , m_status(new QLabel(this))
    , m_table(new QTableView(this))
    , m_model(new MatrixTableModel(this))
    , m_proxy(new TotalsLastProxy(this))
    , m_cellLabel(new QLabel(this))
    , m_quotes(new QTreeView(this))
    , m_quoteModel(new MatrixQuoteModel(this))
    , m_refresh(new QTimer(this))
{
    setObjectName(QStringLiteral("matrixView"));
    m_columns->setObjectName(QStringLiteral("matrixColumns"));
    m_measure->setObjectName(QStringLiteral("matrixMeasure"));
    m_export->setObjectName(QStringLiteral("matrixExportCsv"));
    m_table->setObjectName(QStringLiteral("matrixTable"));
    m_quotes->setObjectName(QStringLiteral("matrixQuotes"));
    m_cellLabel->setObjectName(QStringLiteral("matrixCellLabel"));
    m_status->setObjectName(QStringLiteral("matrixStatus"));
    m_columns->addItem(QString(), int(MatrixColumns::Speakers));
    m_columns->addItem(QString(), int(MatrixColumns::Documents));
    m_columns->addItem(QString(), int(MatrixColumns::Codes));
    m_measure->addItem(QString(), int(MatrixMeasure::Count));
    m_measure->addItem(QString(), int(MatrixMeasure::Coverage));
    m_columnsLabel->setBuddy(m_columns);
    m_measureLabel->setBuddy(m_measure);
    m_cellLabel->setTextFormat(Qt::PlainText);
    m_status->setTextFormat(Qt::PlainText);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ItemRole::SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_table->setModel(m_proxy);
    m_table->setItemDelegate(new HeatDelegate(m_table));
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(0, Qt::AscendingOrder);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionsClickable(true);
    m_table->horizontalHeader()->setTextElideMode(Qt::ElideRight); // titles are long
    m_quotes->setModel(m_quoteModel);
    m_quotes->setRootIsDecorated(false);
    m_quotes->setUniformRowHeights(true);
    m_quotes->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_quotes->setAllColumnsShowFocus(true);
    m_quotes->header()->setStretchLastSection(false);
    m_quotes->header()->setSectionResizeMode(MatrixQuoteModel::QuoteColumn, QHeaderView::Stretch);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_columnsLabel);
    bar->addWidget(m_columns);
    bar->addWidget(m_measureLabel);
    bar->addWidget(m_measure);
    bar->addWidget(m_status, 1);
    bar->addWidget(m_export);
    auto *below = new QWidget(this);
    auto *belowLayout = new QVBoxLayout(below);
    belowLayout->setContentsMargins(0, 0, 0, 0);
    belowLayout->addWidget(m_cellLabel);
    belowLayout->addWidget(m_quotes);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(below);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(split, 1);

    // A burst of changes (an import, an undo of many) recomputes once.
    m_refresh->setSingleShot(true);
    m_refresh->setInterval(150);
    connect(m_refresh, &QTimer::timeout, this, &MatrixView::refresh);
    connect(&m_library, &Library::changed, m_refresh, QOverload<>::of(&QTimer::start));
    connect(m_columns, QOverload<int>::of(&QComboBox::currentIndexChanged), this, &MatrixView::refresh);
    connect(m_measure, QOverload<int>::of(&QComboBox::currentIndexChanged), this, &MatrixView::refresh);
    connect(m_export, &QPushButton::clicked, this, &MatrixView::exportCsv);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this,
        [this](const QModelIndex &current) { currentCellChanged(current); });
    connect(m_table, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        currentCellChanged(index);
        if (m_quoteModel->rowCount() > 0)
            m_quotes->setFocus();
    });
    connect(m_quotes, &QAbstractItemView::activated, this, &MatrixView::activateQuote);
    onLanguageChange(this, [this] { retranslate(); });
    refresh();
}

MatrixView::~MatrixView() = default;

void MatrixView::retranslate()
{
    m_columnsLabel->setText(tr("Col&umns:"));
    m_columns->setItemText(0, tr("Speakers"));
    m_columns->setItemText(1, tr("Documents"));
    m_columns->setItemText(2, tr("Codes"));
    m_measureLabel->setText(tr("S&how:"));
    m_measure->setItemText(0, tr("Count"));
    m_measure->setItemText(1, tr("Coverage"));
    m_measure->setToolTip(tr("Count: how many quotes. Coverage: the share of the text coded, in Chinese "
                             "characters and English words."));
    m_columns->setAccessibleName(tr("Columns"));
    m_measure->setAccessibleName(tr("Show"));
    m_export->setText(tr("&Export CSV…"));
    m_table->setAccessibleName(tr("Coding matrix"));
    m_quotes->setAccessibleName(tr("Quotes of the cell"));
    if (!m_cellShown)
        m_cellLabel->setText(tr("Choose a cell to list its quotes."));
}

MatrixColumns MatrixView::columns() const
{
    return MatrixColumns(m_columns->currentData().toInt());
}

void MatrixView::setColumns(MatrixColumns columns)
{
    m_columns->setCurrentIndex(m_columns->findData(int(columns)));
}

MatrixMeasure MatrixView::measure() const
{
    return MatrixMeasure(m_measure->currentData().toInt());
}

void MatrixView::setMeasure(MatrixMeasure measure)
{
    m_measure->setCurrentIndex(m_measure->findData(int(measure)));
}

void MatrixView::setFilter(const AnalysisFilter &filter)
{
    m_filter = filter;
    refresh();
}

void MatrixView::refresh()
{
    m_refresh->stop();
    try {
        const MatrixTable &table = m_matrix.compute(m_filter, columns(), measure());
        m_model->setMatrix(table, m_matrix.rowTotals(), m_matrix.columnTotals(), m_matrix.grandTotal());
        m_status->setText(
            table.rowCount() == 0 ? tr("No codes to show: make codes and highlight with them.") : QString());
    } catch (const Error &error) {
        m_model->setMatrix(MatrixTable(), {}, {}, 0);
        m_status->setText(error.message());
    }
    m_table->resizeColumnsToContents();
    // A title made from a transcript's first line would take the whole width.
    for (int column = 0; column < m_proxy->columnCount(); ++column)
        m_table->setColumnWidth(column, std::min(m_table->columnWidth(column), 220));
    m_export->setEnabled(m_model->matrix().rowCount() > 0);
    // The cell listed before, if it is still there.
    const MatrixTable &table = m_matrix.table();
    const int row = m_cellRowTotal ? -1 : int(table.rowTagIds.indexOf(m_cellRowTag));
    const int column = m_cellColumnTotal ? -1 : int(table.columnIds.indexOf(m_cellColumnId));
    if (m_cellShown && (row >= 0 || m_cellRowTotal) && (column >= 0 || m_cellColumnTotal))
        showCell(row, column);
    else
        showCell(-2, -2);
    emit matrixChanged();
}

void MatrixView::currentCellChanged(const QModelIndex &current)
{
    if (!current.isValid())
        return;
    const int column = current.data(ItemRole::MatrixColumnRole).toInt();
    if (column == -2) // the code's name: its whole row
        showCell(current.data(ItemRole::MatrixRowRole).toInt(), -1);
    else
        showCell(current.data(ItemRole::MatrixRowRole).toInt(), column);
}

void MatrixView::showCell(int row, int column)
{
    const MatrixTable &table = m_matrix.table();
    if (row < -1 || column < -1 || row >= table.rowCount() || column >= table.columnCount()) {
        m_cellShown = false;
        m_quoteModel->setQuotes({});
        m_cellLabel->setText(tr("Choose a cell to list its quotes."));
        return;
    }
    m_cellShown = true;
    m_cellRowTotal = row < 0;
    m_cellColumnTotal = column < 0;
    m_cellRowTag = row < 0 ? 0 : table.rowTagIds.at(row);
    m_cellColumnId = column < 0 ? 0 : table.columnIds.at(column);
    QList<MatrixQuote> quotes;
    try {
        quotes = MatrixQuotes::load(m_library, m_matrix.cellAnnotations(row, column));
    } catch (const Error &error) {
        m_cellLabel->setText(error.message());
    }
    m_quoteModel->setQuotes(quotes);
    const QString rowName = row < 0 ? tr("all codes") : table.rowLabels.at(row);
    const QString columnName = column < 0 ? tr("all columns") : table.columnLabels.at(column);
    m_cellLabel->setText(tr("%1 × %2: %n quote(s)", nullptr, int(quotes.size())).arg(rowName, columnName));
    // Titles made from a transcript's first line are long: the quote matters more.
    for (int column : {int(MatrixQuoteModel::DocumentColumn), int(MatrixQuoteModel::SpeakerColumn)}) {
        m_quotes->resizeColumnToContents(column);
        m_quotes->setColumnWidth(column, std::min(m_quotes->columnWidth(column), 220));
    }
}

void MatrixView::activateQuote(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    emit quoteActivated(
        index.data(ItemRole::MatrixDocumentRole).toLongLong(), index.data(ItemRole::MatrixAnnotationRole).toLongLong());
}

bool MatrixView::exportCsv()
{
    const QString suggested = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + QStringLiteral("/")
        + tr("coding matrix") + QStringLiteral(".csv");
    const QString path = FileDialog::getSaveFileName(
        this, tr("Export Matrix as CSV"), suggested, tr("CSV files (*.csv)"), QStringLiteral("csv"));
    if (path.isEmpty())
        return false;
    try {
        MatrixCsv::save(m_matrix.table(), path);
    } catch (const Error &error) {
        QMessageBox::warning(this, tr("Cannot Export"), untrustedtext::shownLiterally(error.message()));
        return false;
    }
    return true;
}

} // namespace bitext::ui
