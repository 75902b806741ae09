// Search benchmark (issue 6): builds a generated bilingual library of N segments
// (default 1,000,000), then times library searches over a fixed query set and, in
// the same run, ripgrep over the same text written as plain files.
//
//   bench_search [--segments N] [--dir DIR] [--repeat R] [--rebuild]
//
// The library and the text files are cached in DIR (default: $TMPDIR/bitext-bench-search)
// and reused by later runs; --rebuild generates them again.
#include "models/search/librarysearch.h"
#include "models/search/searchindex.h"
#include "models/search/searchquery.h"
#include "models/store/database.h"
#include "models/store/documentrepository.h"
#include "models/store/library.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSaveFile>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <random>

using namespace bitext;

namespace {

const char *const kZhWords[] = {
    "我们", "人工智能", "对齐", "模型", "安全", "研究", "问题", "因为", "所以", "但是", "如果", "可能", "觉得",
    "认为", "非常", "重要", "系统", "训练", "数据", "价值观", "人类", "社会", "未来", "技术", "公司", "团队",
    "能力", "目标", "风险", "控制", "理解", "学习", "过程", "方法", "世界", "经济", "时间", "事情", "东西",
    "意思", "知道", "的", "了", "是", "在", "有", "和", "就", "不", "也", "都", "这", "那", "他", "她", "你",
    "嗯", "对", "很", "还", "会", "要", "说", "看", "想", "做", "去", "来", "好", "大", "小", "多", "少", "水",
    "猫", "山", "一如既往", "奖励模型", "强化学习", "语言模型", "可解释性", "超级智能", "监督", "评估", "实验",
    "论文", "计算", "芯片", "政策", "政府", "国家", "竞争", "合作", "信任", "伦理", "道德", "哲学", "意识",
    "经验", "生命", "工具", "代理", "行为", "规则", "原则", "宪法", "反馈", "偏好", "能够", "应该", "其实",
    "当然", "比如", "然后", "现在", "以前", "之后", "已经", "一直", "真正", "完全", "特别", "一些", "很多",
    "这个", "那个", "什么", "怎么", "为什么", "自己", "他们", "大家", "朋友", "老师", "学生", "问题所在",
};

const char *const kEnWords[] = {
    "the", "a", "of", "and", "to", "in", "is", "that", "it", "we", "you", "they", "this", "model", "models",
    "alignment", "aligned", "safety", "research", "reward", "human", "humans", "values", "system", "systems",
    "training", "data", "future", "technology", "company", "team", "capability", "goal", "risk", "control",
    "understand", "learning", "process", "method", "world", "economy", "time", "thing", "think", "know",
    "really", "very", "important", "problem", "because", "so", "but", "if", "maybe", "would", "could",
    "should", "policy", "government", "trust", "ethics", "moral", "philosophy", "consciousness", "experience",
    "life", "tool", "agent", "behavior", "rule", "principle", "constitution", "feedback", "preference",
    "interpretability", "superintelligence", "oversight", "evaluation", "experiment", "paper", "compute",
    "chips", "competition", "cooperation", "actually", "course", "example", "then", "now", "before", "after",
    "already", "always", "truly", "completely", "especially", "some", "many", "what", "how", "why",
    "ourselves", "everyone", "friend", "teacher", "student", "cat", "water", "mountain", "language",
    "reinforcement", "inner", "outer", "steering", "organic", "care", "caring", "build", "building",
};

const char *const kZhPunctuation[] = {"，", "，", "，", "。", "？", "！", "、"};
const char *const kSpeakers[] = {"Host", "Guest", "Amanda Askell", "Jan Leike", "Moderator", "Audience", "Josh", "Emmett Shear"};

struct Corpus
{
    QString library;
    QString textDir;
};

template <size_t N>
QString pick(const char *const (&words)[N], std::mt19937 &rng)
{
    return QString::fromUtf8(words[rng() % N]);
}

QString chineseSentence(std::mt19937 &rng)
{
    QString text;
    const int clauses = 1 + int(rng() % 3);
    for (int c = 0; c < clauses; ++c) {
        const int words = 3 + int(rng() % 6);
        for (int w = 0; w < words; ++w)
            text += pick(kZhWords, rng);
        text += c + 1 < clauses ? QStringLiteral("，") : pick(kZhPunctuation, rng);
    }
    return text;
}

QString englishSentence(std::mt19937 &rng)
{
    QString text;
    const int words = 6 + int(rng() % 14);
    for (int w = 0; w < words; ++w) {
        QString word = pick(kEnWords, rng);
        if (w == 0)
            word[0] = word.at(0).toUpper();
        text += (w ? QStringLiteral(" ") : QString()) + word;
        if (w + 1 < words && rng() % 9 == 0)
            text += QLatin1Char(',');
    }
    return text + (rng() % 5 == 0 ? QStringLiteral("?") : QStringLiteral("."));
}

void generate(const Corpus &corpus, int segments)
{
    QFile::remove(corpus.library);
    QFile::remove(corpus.library + QStringLiteral("-wal"));
    QFile::remove(corpus.library + QStringLiteral("-shm"));
    QDir(corpus.textDir).removeRecursively();
    QDir().mkpath(corpus.textDir);

    std::mt19937 rng(20261123);
    auto library = Library::openSqlite(corpus.library);
    Database &db = library->database();
    const int perDocument = 1000;
    const int documents = (segments + perDocument - 1) / perDocument;
    QElapsedTimer timer;
    timer.start();
    int written = 0;
    const int documentsPerTransaction = 50;
    for (int d = 0; d < documents; d += documentsPerTransaction) {
        Transaction tx(db);
        for (int k = d; k < std::min(documents, d + documentsPerTransaction); ++k) {
            ParsedDocument parsed;
            parsed.document.title = QStringLiteral("Generated talk %1").arg(k + 1);
            parsed.document.format = QStringLiteral("speaker-turns");
            QSaveFile file(QStringLiteral("%1/talk-%2.txt").arg(corpus.textDir).arg(k + 1, 5, 10, QLatin1Char('0')));
            file.open(QIODevice::WriteOnly);
            QByteArray bytes;
            for (int i = 0; i < perDocument && written < segments; ++i, ++written) {
                Segment s;
                s.speaker = QString::fromUtf8(kSpeakers[(k + i % 2) % 8]);
                s.zh = chineseSentence(rng);
                s.en = englishSentence(rng);
                parsed.segments << s;
                bytes += s.speaker.toUtf8() + ": " + s.zh.toUtf8() + '\n' + s.speaker.toUtf8() + ": " + s.en.toUtf8() + '\n';
            }
            file.write(bytes);
            file.commit();
            library->documents().insert(parsed);
        }
        tx.commit();
        std::fprintf(stderr, "\r%d segments (%.0f s)", written, timer.elapsed() / 1000.0);
    }
    SearchIndex(db).optimize();
    std::fprintf(stderr, "\nGenerated %d segments in %.0f s\n", written, timer.elapsed() / 1000.0);
}

double percentile(QList<double> values, double p)
{
    std::sort(values.begin(), values.end());
    const int index = std::min(int(values.size()) - 1, int(p * (values.size() - 1) + 0.5));
    return values.at(index);
}

double runRipgrep(const QString &query, const QString &dir, int &matches)
{
    QStringList args{QStringLiteral("--count-matches"), QStringLiteral("--no-filename"), QStringLiteral("-F"),
                     QStringLiteral("-i"), query, dir};
    QElapsedTimer timer;
    timer.start();
    QProcess rg;
    rg.start(QStringLiteral("rg"), args);
    rg.waitForFinished(-1);
    const double ms = timer.nsecsElapsed() / 1e6;
    matches = 0;
    const QList<QByteArray> lines = rg.readAllStandardOutput().split('\n');
    for (const QByteArray &line : lines)
        matches += line.toInt();
    return ms;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("segments"), QStringLiteral("Segments to generate."), QStringLiteral("N"), QStringLiteral("1000000")});
    parser.addOption({QStringLiteral("dir"), QStringLiteral("Cache folder."), QStringLiteral("DIR"),
                      QDir::tempPath() + QStringLiteral("/bitext-bench-search")});
    parser.addOption({QStringLiteral("repeat"), QStringLiteral("Runs per query."), QStringLiteral("R"), QStringLiteral("5")});
    parser.addOption({QStringLiteral("rebuild"), QStringLiteral("Generate the library again.")});
    parser.process(app);

    const int segments = parser.value(QStringLiteral("segments")).toInt();
    const int repeat = std::max(1, parser.value(QStringLiteral("repeat")).toInt());
    const QString dir = parser.value(QStringLiteral("dir"));
    QDir().mkpath(dir);
    const Corpus corpus{QStringLiteral("%1/library-%2.sqlite").arg(dir).arg(segments),
                        QStringLiteral("%1/text-%2").arg(dir).arg(segments)};
    const QString done = corpus.library + QStringLiteral(".complete");
    if (parser.isSet(QStringLiteral("rebuild")) || !QFile::exists(done)) {
        QFile::remove(done);
        generate(corpus, segments);
        QFile(done).open(QIODevice::WriteOnly);
    }

    auto library = Library::openSqlite(corpus.library);
    LibrarySearch search(library->database());
    const QStringList queries{
        QStringLiteral("嗯"), QStringLiteral("猫"), QStringLiteral("水"),                   // 1 character
        QStringLiteral("对齐"), QStringLiteral("模型"), QStringLiteral("對齊"),             // 2 characters
        QStringLiteral("人工智能"), QStringLiteral("一如既往"), QStringLiteral("奖励模型"), // 4 characters
        QStringLiteral("alignment"), QStringLiteral("interpretability"), QStringLiteral("mountain"),
        QStringLiteral("\"reward model\""), QStringLiteral("\"the alignment\""), QStringLiteral("\"inner alignment\""),
    };
    QTextStream out(stdout);
    out << "Library: " << corpus.library << " ("
        << library->database().scalar(QStringLiteral("SELECT count(*) FROM segments")).toLongLong() << " segments, "
        << QFileInfo(corpus.library).size() / (1024 * 1024) << " MiB)\n";
    out << QStringLiteral("%1 %2 %3 %4 %5 %6\n")
               .arg(QStringLiteral("query"), -22)
               .arg(QStringLiteral("results"), 8)
               .arg(QStringLiteral("median ms"), 10)
               .arg(QStringLiteral("count-all ms"), 13)
               .arg(QStringLiteral("rg ms"), 9)
               .arg(QStringLiteral("rg matches"), 11);
    QList<double> all;
    QList<double> rgAll;
    for (const QString &query : queries) {
        QList<double> times;
        int results = 0;
        for (int r = 0; r < repeat; ++r) {
            QElapsedTimer timer;
            timer.start();
            results = int(search.search(query).size());
            times << timer.nsecsElapsed() / 1e6;
        }
        all << times;
        // For comparison with ripgrep, which always reads everything: counting
        // every match through the index (not what the GUI does; it pages).
        QElapsedTimer countTimer;
        countTimer.start();
        const qint64 total = library->database()
                                 .scalar(QStringLiteral("SELECT count(*) FROM search_text WHERE search_text MATCH ?"),
                                         {SearchQuery::parse(query).ftsExpression()})
                                 .toLongLong();
        const double countMs = countTimer.nsecsElapsed() / 1e6;
        int matches = 0;
        QString plain = query;
        plain.remove(QLatin1Char('"'));
        const double rgMs = runRipgrep(plain, corpus.textDir, matches);
        rgAll << rgMs;
        out << QStringLiteral("%1 %2 %3 %4 %5 %6\n")
                   .arg(query, -22)
                   .arg(results, 8)
                   .arg(percentile(times, 0.5), 10, 'f', 2)
                   .arg(QStringLiteral("%1 (%2)").arg(countMs, 0, 'f', 1).arg(total), 13)
                   .arg(rgMs, 9, 'f', 1)
                   .arg(matches, 11);
        out.flush();
    }
    const double median = percentile(all, 0.5);
    const double p95 = percentile(all, 0.95);
    const double rgMedian = percentile(rgAll, 0.5);
    out << "\nSearch (first 200 results with snippets), " << all.size() << " runs: median "
        << QString::number(median, 'f', 2) << " ms, p95 " << QString::number(p95, 'f', 2) << " ms\n";
    out << "ripgrep (rg -F -i --count-matches over the same text), median " << QString::number(rgMedian, 'f', 1)
        << " ms: search is " << QString::number(rgMedian / median, 'f', 0) << "x faster\n";
    out << "Targets: median < 50 ms: " << (median < 50 ? "met" : "MISSED") << "; >= 20x ripgrep: "
        << (rgMedian / median >= 20 ? "met" : "MISSED") << '\n';
    return 0;
}
