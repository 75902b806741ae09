// Alignment benchmark (issue 17): a 2,000-segment pair aligned by LengthAligner (both
// sides one paragraph a segment, and the English side one sentence a line), and 2,000
// cues a side by CueAligner; the median of a few runs each. Target: under 2 s.
//
//   bench_align [--segments N] [--runs N] [--json FILE]
//
// The text is generated (deterministic words and lengths, no corpus file): each segment
// has one to four sentences on each side, the Chinese about 0.3 characters per English one.
#include "models/align/cuealigner.h"
#include "models/align/lengthaligner.h"
#include "models/align/sentencesplitter.h"
#include "tests/bench/benchfigures.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#include <functional>
#include <random>
#include <vector>

using namespace bitext;

namespace {

using bench::cpuMs;
using bench::median;

constexpr double kTargetMs = 2000;

const char *const kZhWords[] = {"我们", "人工智能", "对齐", "模型", "安全", "研究", "问题", "因为", "所以", "但是",
    "如果", "可能", "觉得", "认为", "非常", "重要", "系统", "训练", "数据", "价值观"};
const char *const kEnWords[] = {"the", "a", "of", "and", "to", "in", "is", "that", "it", "we", "model", "alignment",
    "safety", "research", "reward", "human", "values", "system", "training", "data"};

template<size_t N> QString pick(const char *const (&words)[N], std::mt19937 &rng)
{
    return QString::fromUtf8(words[rng() % N]);
}

struct Corpus
{
    QList<AlignUnit> zh, en, enSentences, zhCues, enCues;
};

Corpus generate(int segments)
{
    std::mt19937 rng(17);
    Corpus c;
    qint64 at = 0;
    for (int s = 0; s < segments; ++s) {
        QString zh, en;
        const int sentences = 1 + int(rng() % 4);
        for (int k = 0; k < sentences; ++k) {
            const int words = 6 + int(rng() % 20);
            QString z;
            QStringList e;
            for (int w = 0; w < words; ++w) {
                z += pick(kZhWords, rng);
                e << pick(kEnWords, rng) << pick(kEnWords, rng);
            }
            if (rng() % 5 == 0) { // a number both sides keep
                const QString number = QString::number(rng() % 10000);
                z += number;
                e << number;
            }
            e[0][0] = e[0].at(0).toUpper();
            zh += z + QStringLiteral("。");
            en += (en.isEmpty() ? QString() : QStringLiteral(" ")) + e.join(QLatin1Char(' ')) + QLatin1Char('.');
        }
        c.zh.append({zh, {}, {}, QString(), s + 1});
        c.en.append({en, {}, {}, QString(), s + 1});
        for (const QString &sentence : SentenceSplitter::split(en, Side::En))
            c.enSentences.append({sentence, {}, {}, QString(), s + 1});
        const qint64 end = at + 1500 + qint64(rng() % 3000);
        c.zhCues.append({zh, at, end, QString(), s + 1});
        c.enCues.append({en, at + qint64(rng() % 800) - 400, end + qint64(rng() % 800) - 400, QString(), s + 1});
        at = end + qint64(rng() % 300);
    }
    return c;
}

// Median wall and CPU ms of runs of `work`, printed and put in the JSON under `key`.
bool measure(const char *key, const char *what, int runs, const std::function<int()> &work, QJsonObject &json)
{
    std::vector<double> walls, cpus;
    int pairs = 0;
    for (int r = 0; r < runs; ++r) {
        QElapsedTimer clock;
        clock.start();
        const double cpu = cpuMs();
        pairs = work();
        cpus.push_back(cpuMs() - cpu);
        walls.push_back(double(clock.nsecsElapsed()) / 1e6);
    }
    const bool met = median(cpus) < kTargetMs;
    std::printf("%-52s %5d pairs  median %7.0f ms wall, %7.0f ms CPU  %s\n", what, pairs, median(walls), median(cpus),
        met ? "ok" : "MISSED (target 2 s)");
    json.insert(QLatin1String(key) + QStringLiteral("_ms"), median(walls));
    json.insert(QLatin1String(key) + QStringLiteral("_cpu_ms"), median(cpus));
    return met;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption(
        {QStringLiteral("segments"), QStringLiteral("Segments a side."), QStringLiteral("N"), QStringLiteral("2000")});
    parser.addOption(
        {QStringLiteral("runs"), QStringLiteral("Runs each (median)."), QStringLiteral("N"), QStringLiteral("3")});
    parser.addOption({QStringLiteral("json"), QStringLiteral("Write the figures as JSON."), QStringLiteral("FILE")});
    parser.process(app);
    const int segments = std::max(1, parser.value(QStringLiteral("segments")).toInt());
    const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());
    const Corpus c = generate(segments);

    QJsonObject json;
    bool met = measure(
        "align_paragraphs", "LengthAligner, paragraphs against paragraphs", runs,
        [&] { return int(LengthAligner::align(c.zh, c.en).size()); }, json);
    const QString sentences
        = QStringLiteral("LengthAligner, paragraphs against %1 sentences").arg(c.enSentences.size());
    met = measure(
              "align_sentences", qPrintable(sentences), runs,
              [&] { return int(LengthAligner::align(c.zh, c.enSentences).size()); }, json)
        && met;
    met = measure(
              "align_cues", "CueAligner, cues against cues", runs,
              [&] { return int(CueAligner::align(c.zhCues, c.enCues).size()); }, json)
        && met;

    if (!bench::writeJson(parser.value(QStringLiteral("json")), json))
        return 2;
    return met ? 0 : 1;
}
