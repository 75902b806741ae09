#include "ui/analysis/wordsview.h"

#include "models/analysis/wordcountcache.h"
#include "models/core/preferences.h"
#include "models/item/wordfrequencymodel.h"
#include "models/store/library.h"
#include "ui/analysis/concordanceview.h"
#include "ui/analysis/stopwordsdialog.h"
#include "ui/analysis/wordjob.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <climits>
#include <utility>

namespace bitext::ui {

namespace {
constexpr int kResultsKept = 8;
} // namespace

WordsView::WordsView(Library &library, QWidget *parent)
    : QWidget(parent)
    , m_library(library)
    , m_cache(std::make_shared<WordCountCache>(library))
    , m_model(new WordFrequencyModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_job(new WordJob(library, this))
{
    m_grouping = new QComboBox(this);
    m_grouping->setObjectName(QStringLiteral("wordsGrouping"));
    m_grouping->setAccessibleName(tr("Count words for"));
    m_grouping->addItem(tr("The whole filter"), int(WordGrouping::None));
    m_grouping->addItem(tr("Each document"), int(WordGrouping::Document));
    m_grouping->addItem(tr("Each speaker"), int(WordGrouping::Speaker));
    m_grouping->addItem(tr("Each code"), int(WordGrouping::Code));
    auto *groupingLabel = new QLabel(tr("&Count for:"), this);
    groupingLabel->setBuddy(m_grouping);

    m_minimumLength = new QSpinBox(this);
    m_minimumLength->setObjectName(QStringLiteral("wordsMinimumLength"));
    m_minimumLength->setAccessibleName(tr("Shortest word counted, in characters"));
    m_minimumLength->setRange(1, 20);
    auto *lengthLabel = new QLabel(tr("&Shortest word:"), this);
    lengthLabel->setBuddy(m_minimumLength);

    m_stopWords = new QPushButton(tr("Stop Words…"), this);
    m_stopWords->setObjectName(QStringLiteral("wordsStopWords"));
    m_stopWords->setToolTip(tr("Edit the words left out of the counts"));

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(WordFrequencyModel::SortRole);
    m_proxy->setSortLocaleAware(true);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("wordsTable"));
    m_table->setAccessibleName(tr("Word frequencies"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(WordFrequencyModel::CountColumn, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->setColumnHidden(WordFrequencyModel::GroupColumn, true);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("wordsProgress"));
    m_progress->setAccessibleName(tr("Counting words"));
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("wordsCancel"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("wordsStatus"));
    m_progress->hide();
    m_cancel->hide();

    m_concordance = new ConcordanceView(library, this);
    m_concordance->setObjectName(QStringLiteral("concordanceView"));

    auto *top = new QHBoxLayout;
    top->addWidget(groupingLabel);
    top->addWidget(m_grouping);
    top->addWidget(lengthLabel);
    top->addWidget(m_minimumLength);
    top->addStretch(1);
    top->addWidget(m_stopWords);
    auto *status = new QHBoxLayout;
    status->addWidget(m_status, 1);
    status->addWidget(m_progress);
    status->addWidget(m_cancel);
    auto *frequencies = new QWidget(this);
    auto *frequencyLayout = new QVBoxLayout(frequencies);
    frequencyLayout->setContentsMargins(0, 0, 0, 0);
    frequencyLayout->addLayout(top);
    frequencyLayout->addWidget(m_table, 1);
    frequencyLayout->addLayout(status);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(frequencies);
    splitter->addWidget(m_concordance);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_grouping, QOverload<int>::of(&QComboBox::currentIndexChanged), this, [this] {
        m_table->setColumnHidden(WordFrequencyModel::GroupColumn, grouping() == WordGrouping::None);
        m_stale = true;
        refresh();
    });
    connect(m_minimumLength, QOverload<int>::of(&QSpinBox::valueChanged), this, [this] {
        m_stale = true;
        refresh();
    });
    connect(m_stopWords, &QPushButton::clicked, this, &WordsView::editStopWords);
    connect(m_cancel, &QPushButton::clicked, this, &WordsView::cancel);
    connect(m_table, &QAbstractItemView::clicked, this, &WordsView::openWord);
    connect(m_table, &QAbstractItemView::activated, this, &WordsView::openWord);
    connect(m_job, &WordJob::progressed, this, [this](int done, int total) {
        m_progress->setMaximum(std::max(1, total));
        m_progress->setValue(done);
    });
    connect(m_concordance, &ConcordanceView::passageActivated, this, &WordsView::passageActivated);
    connect(m_concordance, &ConcordanceView::autoCodeRequested, this, &WordsView::autoCodeRequested);

    // A changed document is counted again, the others come from the cache; quotes and
    // codes change what counts inside quotes, so every result is forgotten.
    connect(&m_library, &Library::changed, this, [this](const ChangeList &changes) {
        m_cache->apply(changes);
        forgetResults();
        refresh();
    });
    connect(&Preferences::instance(), &Preferences::changed, this, [this](Preferences::Key key) {
        if (key == Preferences::Key::StopWordsZh || key == Preferences::Key::StopWordsEn) {
            forgetResults();
            refresh();
        }
    });
}

WordsView::~WordsView() = default;

bool WordsView::isCounting() const
{
    return m_job->isRunning();
}

WordGrouping WordsView::grouping() const
{
    return WordGrouping(m_grouping->currentData().toInt());
}

void WordsView::setGrouping(WordGrouping grouping)
{
    m_grouping->setCurrentIndex(m_grouping->findData(int(grouping)));
}

void WordsView::setMinimumLength(int length)
{
    m_minimumLength->setValue(length);
}

void WordsView::setFilter(const AnalysisFilter &filter)
{
    m_concordance->setFilter(filter);
    if (filter == m_filter)
        return;
    m_filter = filter;
    m_stale = true;
    refresh();
}

void WordsView::refresh()
{
    // A hidden tab counts when it is shown: a million segments take a while.
    if (m_stale && isVisible())
        count();
}

void WordsView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
}

void WordsView::cancel()
{
    m_job->cancel();
}

void WordsView::editStopWords()
{
    StopWordsDialog dialog(this);
    dialog.exec(); // OK changes the preferences, which counts again
}

WordsView::Request WordsView::request() const
{
    return {m_filter, grouping(), m_minimumLength->value()};
}

void WordsView::forgetResults()
{
    m_results.clear();
    m_stale = true;
}

void WordsView::count()
{
    const Request wanted = request();
    for (const auto &result : std::as_const(m_results)) {
        if (result.first == wanted) {
            m_job->cancel();
            showCounts(wanted, result.second);
            return;
        }
    }
    auto groups = std::make_shared<QList<WordFrequencyGroup>>();
    WordFrequencyOptions options;
    options.grouping = wanted.grouping;
    options.minimumLength = wanted.minimumLength;
    options.stopWords = StopWords::current();
    m_progress->setValue(0);
    m_progress->show();
    m_cancel->show();
    m_status->setText(tr("Counting words…"));
    disconnect(m_job, &WordJob::finished, this, nullptr);
    connect(m_job, &WordJob::finished, this, [this, groups, wanted](bool canceled, const QString &error) {
        m_progress->hide();
        m_cancel->hide();
        if (canceled) {
            m_status->setText(tr("Canceled: the counts shown are not of the current filter."));
            return;
        }
        if (!error.isEmpty()) {
            m_status->setText(tr("Could not count the words: %1").arg(error));
            return;
        }
        m_results.append({wanted, *groups});
        while (m_results.size() > kResultsKept)
            m_results.removeFirst();
        showCounts(wanted, *groups);
    });
    const std::shared_ptr<WordCountCache> cache = m_cache;
    m_job->start([groups, wanted, options, cache](Library &library, WordProgress &progress) {
        *groups = WordFrequency::compute(library, wanted.filter, options, cache.get(), &progress);
    });
}

void WordsView::showCounts(const Request &request, const QList<WordFrequencyGroup> &groups)
{
    m_model->setGroups(groups, request.grouping);
    m_stale = false;
    m_status->setText(tr("%n different word(s)", nullptr, m_model->rowCount()) + QStringLiteral(" · ")
        + tr("%n unit(s) of text (characters or words)", nullptr, int(std::min<qint64>(m_model->units(), INT_MAX))));
    emit countShown();
}

void WordsView::openWord(const QModelIndex &index)
{
    if (index.isValid())
        m_concordance->setWord(index.data(WordFrequencyModel::WordRole).toString());
}

} // namespace bitext::ui
