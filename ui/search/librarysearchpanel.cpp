#include "ui/search/librarysearchpanel.h"

#include "models/analysis/autocoder.h"
#include "models/core/error.h"
#include "models/search/librarysearch.h"
#include "models/store/library.h"
#include "ui/common/languagechange.h"
#include "ui/search/searchresultdelegate.h"
#include "ui/search/searchresultmodel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace bitext::ui {

namespace {

constexpr int kMinimumRows = 5;

} // namespace

LibrarySearchPanel::LibrarySearchPanel(Library &library, QWidget *parent)
    : QWidget(parent)
    , m_library(library)
    , m_edit(new QLineEdit(this))
    , m_side(new QComboBox(this))
    , m_status(new QLabel(this))
    , m_view(new QListView(this))
    , m_autoCode(new QPushButton(this))
    , m_model(new SearchResultModel(this))
    , m_delay(new QTimer(this))
{
    setObjectName(QStringLiteral("librarySearchPanel"));
    m_edit->setObjectName(QStringLiteral("searchQuery"));
    m_edit->setClearButtonEnabled(true);
    m_side->setObjectName(QStringLiteral("searchSide"));
    m_side->addItem(QString());
    m_side->addItem(QString(), sideName(Side::Zh));
    m_side->addItem(QString(), sideName(Side::En));
    m_view->setObjectName(QStringLiteral("searchResults"));
    m_view->setModel(m_model);
    auto *delegate = new SearchResultDelegate(m_view);
    m_view->setItemDelegate(delegate);
    m_view->setUniformItemSizes(true);
    // Room for a handful of results even where the dock shares its side with others.
    QStyleOptionViewItem row;
    row.font = m_view->font();
    m_view->setMinimumHeight(kMinimumRows * delegate->sizeHint(row, QModelIndex()).height() + 2 * m_view->frameWidth());
    // Snippets are cut to the width; a sideways scroll bar would only hide the last result.
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_status->setObjectName(QStringLiteral("searchStatus"));
    m_status->setTextFormat(Qt::PlainText); // may quote the query

    m_autoCode->setObjectName(QStringLiteral("autoCodeResults"));
    m_autoCode->setEnabled(false);

    auto *top = new QHBoxLayout;
    top->addWidget(m_edit, 1);
    top->addWidget(m_side);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_autoCode);
    layout->addLayout(statusRow);
    layout->addWidget(m_view, 1);

    // Search while typing, but only once the typing pauses.
    m_delay->setSingleShot(true);
    m_delay->setInterval(250);
    connect(m_delay, &QTimer::timeout, this, &LibrarySearchPanel::search);
    connect(m_edit, &QLineEdit::textEdited, m_delay, qOverload<>(&QTimer::start));
    connect(m_edit, &QLineEdit::returnPressed, this, &LibrarySearchPanel::search);
    connect(m_side, qOverload<int>(&QComboBox::currentIndexChanged), this, &LibrarySearchPanel::search);
    connect(m_view, &QListView::activated, this, &LibrarySearchPanel::activate);
    connect(m_autoCode, &QPushButton::clicked, this,
        [this] { emit autoCodeRequested(AutoCoder::targetsOf(m_model->results())); });
    // Results follow the library: re-run after imports, edits and deletes.
    connect(&m_library, &Library::documentsChanged, this, &LibrarySearchPanel::search);
    connect(&m_library, &Library::annotationsChanged, this, &LibrarySearchPanel::search);
    connect(&m_library, &Library::notesChanged, this, &LibrarySearchPanel::search);
    onLanguageChange(this, [this] { retranslate(); });
}

void LibrarySearchPanel::retranslate()
{
    m_edit->setPlaceholderText(tr("Search: 对齐, 對齊, alignment, \"a phrase\", align*, a OR b, a NOT b"));
    m_edit->setAccessibleName(tr("Search the library"));
    m_side->setItemText(0, tr("Both sides"));
    m_side->setItemText(1, tr("Chinese"));
    m_side->setItemText(2, tr("English"));
    m_side->setAccessibleName(tr("Search in"));
    m_view->setAccessibleName(tr("Search results"));
    m_autoCode->setText(tr("Auto-code Results…"));
    m_autoCode->setToolTip(tr("Highlight the first match of every result in a text with a tag, as one undoable step"));
    // The status line says how many matches there are, or why the query is wrong.
    if (!m_status->text().isEmpty())
        search();
}

QString LibrarySearchPanel::query() const
{
    return m_edit->text();
}

void LibrarySearchPanel::setQuery(const QString &query)
{
    m_edit->setText(query);
    search();
}

void LibrarySearchPanel::setDocumentFilter(qint64 documentId)
{
    m_documentId = documentId;
    search();
}

void LibrarySearchPanel::setSpeakerFilter(qint64 speakerId)
{
    m_speakerId = speakerId;
    search();
}

void LibrarySearchPanel::setTagFilter(qint64 tagId)
{
    m_tagId = tagId;
    search();
}

void LibrarySearchPanel::activateSearch()
{
    m_edit->setFocus(Qt::ShortcutFocusReason);
    m_edit->selectAll();
}

void LibrarySearchPanel::search()
{
    m_delay->stop();
    const SearchQuery query = SearchQuery::parse(m_edit->text());
    if (query.isEmpty()) {
        m_job.cancel(); // a search still running for an older query must not show up
        m_model->setResults({});
        m_autoCode->setEnabled(false);
        m_status->setText(query.problem());
        emit searchFinished();
        return;
    }
    SearchFilter filter;
    filter.documentId = m_documentId;
    filter.speakerId = m_speakerId;
    filter.tagId = m_tagId;
    filter.side = sideFromName(m_side->currentData().toString());
    // On a worker with its own connection: typing on never waits for the index.
    const QString path = m_library.location();
    m_job.start(
        [path, query, filter] {
            Outcome outcome;
            outcome.limit = filter.limit;
            try {
                outcome.results = LibrarySearch::searchOwnConnection(path, query, filter);
            } catch (const Error &error) {
                outcome.error = error.message();
            }
            return outcome;
        },
        [this](const Outcome &outcome) { showOutcome(outcome); });
}

void LibrarySearchPanel::showOutcome(const Outcome &outcome)
{
    m_model->setResults(outcome.results);
    m_autoCode->setEnabled(!AutoCoder::targetsOf(outcome.results).isEmpty());
    if (!outcome.error.isEmpty())
        m_status->setText(outcome.error);
    else if (outcome.results.isEmpty())
        m_status->setText(tr("No matches."));
    else if (outcome.results.size() >= outcome.limit)
        m_status->setText(tr("The first %n matches.", nullptr, int(outcome.results.size())));
    else
        m_status->setText(tr("%n match(es).", nullptr, int(outcome.results.size())));
    emit searchFinished();
}

void LibrarySearchPanel::activate(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const SearchResult &r = m_model->result(index);
    const TextRange first = r.hits.isEmpty() ? TextRange {-1, 0} : r.hits.first();
    const bool inSegment = r.source == SearchSource::Segment;
    emit resultActivated(r.documentId, r.segmentId, r.side.value_or(Side::Zh), inSegment ? first.start : -1,
        inSegment ? first.length : 0);
}

} // namespace bitext::ui
