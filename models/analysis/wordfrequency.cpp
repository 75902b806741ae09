#include "models/analysis/wordfrequency.h"

#include "models/analysis/analysisscope.h"
#include "models/analysis/quoteranges.h"
#include "models/analysis/textunits.h"
#include "models/analysis/wordbreaker.h"
#include "models/analysis/wordcountfile.h"
#include "models/analysis/wordprogress.h"
#include "models/domain/speaker.h"
#include "models/domain/tag.h"
#include "models/store/database.h"
#include "models/store/documentrepository.h"
#include "models/store/library.h"
#include "models/store/speakerrepository.h"
#include "models/store/tagrepository.h"

#include <QMap>
#include <QSqlQuery>
#include <QtConcurrent>

#include <algorithm>
#include <utility>

namespace bitext {

namespace {

// Documents segmented at once: their segments are read on this thread (the connection
// belongs to it) and segmented on every core.
constexpr int kBatch = 8;

// The words and units of a segment side inside quote ranges.
void countInside(const QString &text, const QuoteRanges::Ranges &ranges, WordCounts &counts)
{
    if (ranges.isEmpty())
        return;
    const QVector<WordToken> tokens = WordBreaker::words(text);
    for (const WordToken &token : tokens) {
        if (QuoteRanges::overlaps(ranges, token.start, token.length))
            ++counts.words[token.word];
    }
    counts.units += TextUnits::covered(text, ranges);
}

// A document's counts from the cache file when its text is as it was counted, else
// counted (and kept in `cache`). Runs on a pool thread: the stamp is a hash of the text,
// far quicker than segmenting it.
DocumentWordCounts countOrRead(qint64 documentId, const QList<Segment> &segments, WordCountCache *cache)
{
    if (!cache)
        return WordFrequency::countDocument(segments);
    if (!cache->persistent()) {
        const DocumentWordCounts counts = WordFrequency::countDocument(segments);
        cache->insert(documentId, counts);
        return counts;
    }
    const QByteArray stamp = WordCountFile::stamp(segments);
    if (auto stored = cache->findStored(documentId, stamp)) {
        cache->insert(documentId, *stored);
        return *stored;
    }
    const DocumentWordCounts counts = WordFrequency::countDocument(segments);
    cache->insertStored(documentId, stamp, counts);
    return counts;
}

QList<WordFrequencyRow> rowsOf(const WordCounts &counts, const WordFrequencyOptions &options)
{
    QList<WordFrequencyRow> rows;
    for (auto it = counts.words.cbegin(); it != counts.words.cend(); ++it) {
        if (options.stopWords.contains(it.key()) || it.key().toUcs4().size() < options.minimumLength)
            continue;
        rows.append({it.key(), it.value(), counts.units > 0 ? double(it.value()) * 10000.0 / double(counts.units) : 0});
    }
    std::sort(rows.begin(), rows.end(), [](const WordFrequencyRow &a, const WordFrequencyRow &b) {
        return a.count != b.count ? a.count > b.count : a.word < b.word;
    });
    return rows;
}

// Counts per group key while the documents are read batch by batch.
class Counter
{
public:
    Counter(Library &library, const AnalysisFilter &filter, const WordFrequencyOptions &options, WordCountCache *cache,
        WordProgress *progress)
        : m_library(library)
        , m_filter(filter)
        , m_options(options)
        , m_cache(cache)
        , m_progress(progress)
    {
    }

    QMap<qint64, WordCounts> run()
    {
        const QList<qint64> documents = AnalysisScope::documents(m_library, m_filter);
        if (m_progress)
            m_progress->begin(int(documents.size()));
        const bool insideQuotes = AnalysisScope::insideQuotes(m_filter) || m_options.grouping == WordGrouping::Code;
        if (insideQuotes)
            prepareCodes();
        // The cache file (about a second for a million segments' documents) is read
        // while this thread reads the first documents' segments.
        QFuture<void> loading;
        if (m_cache && m_cache->persistent() && !insideQuotes) {
            WordCountCache *cache = m_cache;
            loading = QtConcurrent::run([cache] { cache->load(); });
        }
        // Never returns (or throws) before the reading is done: the cache may go next.
        const struct Waiter
        {
            QFuture<void> &future;
            ~Waiter() { future.waitForFinished(); }
        } waiter {loading};
        try {
            for (int i = 0; i < documents.size(); i += kBatch) {
                const QList<qint64> batch = documents.mid(i, kBatch);
                if (insideQuotes) {
                    countQuotes(batch);
                } else {
                    startWhole(batch);
                    finishWhole();
                }
            }
            finishWhole();
        } catch (const WordCountCanceled &) {
            waitForTasks();
            if (m_cache)
                m_cache->save(); // what was counted before Cancel need not be counted again
            throw;
        } catch (...) {
            waitForTasks();
            throw;
        }
        if (m_cache)
            m_cache->save();
        return m_groups;
    }

private:
    void prepareCodes()
    {
        m_tags = QuoteRanges::subtree(m_library, m_filter.tagIds);
        if (m_options.grouping != WordGrouping::Code)
            return;
        // Each code of the filter (every code when none) is a group: its own subtree.
        const QList<Tag> all = m_library.tags().list();
        for (const Tag &tag : all) {
            if (m_tags.isEmpty() || m_tags.contains(tag.id))
                m_codeGroups.insert(tag.id, QuoteRanges::subtree(m_library, {tag.id}));
        }
    }

    // A document of a batch: its counts kept, or being counted on the pool.
    struct Pending
    {
        qint64 id = 0;
        std::optional<DocumentWordCounts> kept;
        QFuture<DocumentWordCounts> counting;
    };

    // Reads a batch's segments and starts counting them, one task per document on the
    // global pool (QtConcurrent::run: Qt 5's blockingMapped cannot take a lambda). The
    // batch before is merged only after this one is started, so the pool counts while
    // this thread reads.
    void startWhole(const QList<qint64> &batch)
    {
        WordCountCache *cache = m_cache;
        for (qint64 id : batch) {
            Pending pending;
            pending.id = id;
            pending.kept = m_cache ? m_cache->find(id) : std::nullopt;
            if (!pending.kept) {
                const QList<Segment> segments = countedColumns(id);
                pending.counting
                    = QtConcurrent::run([id, segments, cache] { return countOrRead(id, segments, cache); });
            }
            m_next.append(pending);
        }
    }

    void finishWhole()
    {
        for (Pending &pending : m_previous) {
            const DocumentWordCounts counts = pending.kept ? *pending.kept : pending.counting.result();
            pending.counting = QFuture<DocumentWordCounts>(); // its counts are not kept twice
            for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
                if (!AnalysisScope::hasSpeaker(m_filter, it.key()))
                    continue;
                const qint64 key = m_options.grouping == WordGrouping::Document ? pending.id
                    : m_options.grouping == WordGrouping::Speaker               ? it.key()
                                                                                : 0;
                for (Side side : AnalysisScope::sides(m_filter))
                    m_groups[key].add(it.value().at(int(side)));
            }
            WordProgress::step(m_progress);
        }
        m_previous = m_next;
        m_next.clear();
    }

    // Before leaving early: no task may outlive the cache it writes to.
    void waitForTasks()
    {
        for (QList<Pending> *list : {&m_previous, &m_next}) {
            for (Pending &pending : *list)
                pending.counting.waitForFinished();
        }
    }

    // The segments of a document with only what counting and its stamp need (id,
    // speaker, texts): about half the time of DocumentRepository::segments, which also
    // joins sections and speakers, and that time is most of a count read from the file.
    QList<Segment> countedColumns(qint64 documentId)
    {
        QList<Segment> segments;
        QSqlQuery q = m_library.database().exec(
            QStringLiteral("SELECT id, speaker_id, zh, en FROM segments WHERE document_id = ? ORDER BY ordinal"),
            {documentId});
        while (q.next()) {
            Segment segment;
            segment.id = q.value(0).toLongLong();
            segment.documentId = documentId;
            segment.speakerId = q.value(1).isNull() ? 0 : q.value(1).toLongLong();
            segment.zh = q.value(2).toString();
            segment.en = q.value(3).toString();
            segments.append(segment);
        }
        return segments;
    }

    void countQuotes(const QList<qint64> &batch)
    {
        for (qint64 documentId : batch) {
            const QList<Segment> segments = m_library.documents().segments(documentId);
            if (m_options.grouping == WordGrouping::Code) {
                for (auto it = m_codeGroups.cbegin(); it != m_codeGroups.cend(); ++it)
                    countQuotesOf(documentId, segments, it.value(), it.key());
            } else {
                countQuotesOf(documentId, segments, m_tags, -1);
            }
            WordProgress::step(m_progress);
        }
    }

    // `code` is the group key when grouped by code, -1 otherwise.
    void countQuotesOf(qint64 documentId, const QList<Segment> &segments, const QSet<qint64> &tags, qint64 code)
    {
        const QuoteRanges quotes
            = QuoteRanges::of(m_library, documentId, segments, tags, m_filter.authors, m_filter.side);
        if (quotes.isEmpty())
            return;
        for (const Segment &segment : segments) {
            if (!AnalysisScope::hasSpeaker(m_filter, segment.speakerId))
                continue;
            const qint64 key = code >= 0                       ? code
                : m_options.grouping == WordGrouping::Document ? documentId
                : m_options.grouping == WordGrouping::Speaker  ? segment.speakerId
                                                               : 0;
            for (Side side : AnalysisScope::sides(m_filter))
                countInside(segment.text(side), quotes.ranges(segment.id, side), m_groups[key]);
        }
    }

    Library &m_library;
    const AnalysisFilter &m_filter;
    const WordFrequencyOptions &m_options;
    WordCountCache *m_cache;
    WordProgress *m_progress;
    QSet<qint64> m_tags;
    QMap<qint64, QSet<qint64>> m_codeGroups;
    QMap<qint64, WordCounts> m_groups;
    QList<Pending> m_previous; // started, merged after the next batch is started
    QList<Pending> m_next;
};

QString groupLabel(Library &library, WordGrouping grouping, qint64 id)
{
    switch (grouping) {
    case WordGrouping::None:
        break;
    case WordGrouping::Document:
        if (const auto document = library.documents().find(id))
            return document->title;
        break;
    case WordGrouping::Speaker:
        if (id == 0)
            return WordFrequency::tr("No speaker");
        if (const auto speaker = library.speakers().find(id))
            return speaker->name;
        break;
    case WordGrouping::Code:
        if (const auto tag = library.tags().find(id))
            return tag->path;
        break;
    }
    return QString();
}

} // namespace

DocumentWordCounts WordFrequency::countDocument(const QList<Segment> &segments)
{
    DocumentWordCounts counts;
    for (const Segment &segment : segments) {
        auto &bySide = counts[segment.speakerId];
        for (Side side : {Side::Zh, Side::En}) {
            const QString &text = segment.text(side);
            if (text.isEmpty())
                continue;
            WordCounts &target = bySide[int(side)];
            const QVector<WordToken> tokens = WordBreaker::words(text);
            for (const WordToken &token : tokens)
                ++target.words[token.word];
            target.units += TextUnits::count(text);
        }
    }
    return counts;
}

QList<WordFrequencyGroup> WordFrequency::compute(Library &library, const AnalysisFilter &filter,
    const WordFrequencyOptions &options, WordCountCache *cache, WordProgress *progress)
{
    const QMap<qint64, WordCounts> counted = Counter(library, filter, options, cache, progress).run();
    QList<WordFrequencyGroup> groups;
    if (options.grouping == WordGrouping::None) {
        const WordCounts counts = counted.value(0);
        groups.append({0, QString(), counts.units, rowsOf(counts, options)});
        return groups;
    }
    for (auto it = counted.cbegin(); it != counted.cend(); ++it) {
        if (it.value().units == 0 && it.value().words.isEmpty())
            continue; // e.g. a speaker with no text on the side asked for
        groups.append(
            {it.key(), groupLabel(library, options.grouping, it.key()), it.value().units, rowsOf(it.value(), options)});
    }
    return groups;
}

} // namespace bitext
