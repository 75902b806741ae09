#include "ui/analysis/concordanceview.h"

#include "models/analysis/concordance.h"
#include "models/item/concordancemodel.h"
#include "models/store/library.h"
#include "ui/analysis/wordjob.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

#include <memory>

namespace bitext::ui {

ConcordanceView::ConcordanceView(Library &library, QWidget *parent)
    : QWidget(parent)
    , m_library(library)
    , m_model(new ConcordanceModel(this))
    , m_job(new WordJob(library, this))
{
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("concordanceSearch"));
    m_search->setAccessibleName(tr("Word to find in context"));
    m_search->setPlaceholderText(tr("A word in Chinese (either script) or English"));
    m_search->setClearButtonEnabled(true);
    auto *searchLabel = new QLabel(tr("&Word:"), this);
    searchLabel->setBuddy(m_search);

    m_order = new QComboBox(this);
    m_order->setObjectName(QStringLiteral("concordanceOrder"));
    m_order->setAccessibleName(tr("Order of the lines"));
    m_order->addItem(tr("In reading order"), int(ConcordanceModel::Order::Library));
    m_order->addItem(tr("By what comes before"), int(ConcordanceModel::Order::Left));
    m_order->addItem(tr("By what comes after"), int(ConcordanceModel::Order::Right));
    auto *orderLabel = new QLabel(tr("&Sort:"), this);
    orderLabel->setBuddy(m_order);

    // As `bitext report concordance --context`: words or characters on each side.
    m_context = new QSpinBox(this);
    m_context->setObjectName(QStringLiteral("concordanceContext"));
    m_context->setAccessibleName(tr("Context on each side"));
    m_context->setToolTip(tr("Words (English) or characters (Chinese) shown on each side of the word"));
    m_context->setRange(1, 500);
    m_context->setValue(Concordance::kDefaultContext);
    m_context->setKeyboardTracking(false); // search once the number is typed, not per digit
    auto *contextLabel = new QLabel(tr("Con&text:"), this);
    contextLabel->setBuddy(m_context);

    m_autoCode = new QPushButton(tr("Auto-code…"), this);
    m_autoCode->setObjectName(QStringLiteral("concordanceAutoCode"));
    m_autoCode->setToolTip(tr("Highlight every line of the concordance with a code"));
    m_autoCode->setEnabled(false);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("concordanceTable"));
    m_table->setAccessibleName(tr("Concordance"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideLeft); // the left context ends at the word
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(ConcordanceModel::LeftColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(ConcordanceModel::RightColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(ConcordanceModel::WordColumn, QHeaderView::ResizeToContents);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("concordanceProgress"));
    m_progress->setAccessibleName(tr("Finding the word"));
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("concordanceCancel"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("concordanceStatus"));
    m_progress->hide();
    m_cancel->hide();

    auto *top = new QHBoxLayout;
    top->addWidget(searchLabel);
    top->addWidget(m_search, 1);
    top->addWidget(orderLabel);
    top->addWidget(m_order);
    top->addWidget(contextLabel);
    top->addWidget(m_context);
    top->addWidget(m_autoCode);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_status, 1);
    bottom->addWidget(m_progress);
    bottom->addWidget(m_cancel);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addLayout(bottom);

    connect(m_search, &QLineEdit::returnPressed, this, [this] { setWord(m_search->text()); });
    connect(m_order, QOverload<int>::of(&QComboBox::currentIndexChanged), this,
        [this] { m_model->setOrder(ConcordanceModel::Order(m_order->currentData().toInt())); });
    connect(m_context, QOverload<int>::of(&QSpinBox::valueChanged), this, [this] {
        if (!m_word.isEmpty())
            search();
    });
    connect(m_autoCode, &QPushButton::clicked, this, &ConcordanceView::requestAutoCode);
    // activated: Enter, and a double-click (or a click where the platform opens so).
    connect(m_table, &QAbstractItemView::activated, this, &ConcordanceView::activate);
    connect(m_cancel, &QPushButton::clicked, this, &ConcordanceView::cancel);
    connect(m_job, &WordJob::progressed, this, [this](int done, int total) {
        m_progress->setMaximum(std::max(1, total));
        m_progress->setValue(done);
    });
    // Text edits, quotes and codes all change what a concordance finds.
    connect(&m_library, &Library::changed, this, [this] {
        if (!m_word.isEmpty())
            search();
    });
}

QString ConcordanceView::word() const
{
    return m_word;
}

bool ConcordanceView::isSearching() const
{
    return m_job->isRunning();
}

void ConcordanceView::setFilter(const AnalysisFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    if (!m_word.isEmpty())
        search();
}

void ConcordanceView::setWord(const QString &word)
{
    m_word = word.trimmed();
    if (m_search->text() != m_word)
        m_search->setText(m_word);
    if (m_word.isEmpty()) {
        m_job->cancel();
        m_model->setLines({});
        m_autoCode->setEnabled(false);
        m_status->clear();
        return;
    }
    search();
}

void ConcordanceView::cancel()
{
    m_job->cancel();
}

void ConcordanceView::search()
{
    auto lines = std::make_shared<QList<ConcordanceLine>>();
    const QString word = m_word;
    const AnalysisFilter filter = m_filter;
    const int context = m_context->value();
    m_progress->setValue(0);
    m_progress->show();
    m_cancel->show();
    m_status->setText(tr("Finding “%1”…").arg(word));
    disconnect(m_job, &WordJob::finished, this, nullptr);
    connect(m_job, &WordJob::finished, this, [this, lines, word](bool canceled, const QString &error) {
        m_progress->hide();
        m_cancel->hide();
        if (canceled) {
            m_status->setText(tr("Canceled."));
            return;
        }
        if (!error.isEmpty()) {
            m_status->setText(tr("Could not find the word: %1").arg(error));
            return;
        }
        m_model->setLines(*lines);
        m_autoCode->setEnabled(!lines->isEmpty());
        m_status->setText(tr("“%1”: %n line(s)", nullptr, int(lines->size())).arg(word));
        emit linesShown();
    });
    m_job->start([lines, word, filter, context](Library &library, WordProgress &progress) {
        *lines = Concordance::find(library, word, filter, context, &progress);
    });
}

void ConcordanceView::activate(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const ConcordanceLine &line = m_model->line(index.row());
    emit passageActivated(line.documentId, line.segmentId, line.side, line.start, line.length);
}

void ConcordanceView::requestAutoCode()
{
    QList<CodingTarget> targets;
    for (const ConcordanceLine &line : m_model->lines())
        targets << line.target();
    if (!targets.isEmpty())
        emit autoCodeRequested(targets);
}

} // namespace bitext::ui
