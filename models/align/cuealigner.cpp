#include "models/align/cuealigner.h"

#include <algorithm>
#include <cstdlib>
#include <limits>
#include <vector>

namespace bitext {

namespace {

struct Bead
{
    int zh, en;
    double prior;
};
// Joins cost a little, so that two cues are joined only when their times say so; a cue
// left without partner costs as much as two seconds of disagreement.
constexpr Bead kBeads[]
    = {{1, 1, 0}, {1, 2, 0.3}, {2, 1, 0.3}, {1, 3, 0.8}, {3, 1, 0.8}, {2, 2, 1.0}, {1, 0, 2.0}, {0, 1, 2.0}};
// Cues either side of the one that starts at the same time which a pair may reach.
constexpr int kWidth = 40;
// A cue without partner is always worth a look.
constexpr double kUnpairedConfidence = 0.3;

qint64 startOf(const AlignUnit &unit)
{
    return unit.startMs.value_or(0);
}

qint64 endOf(const AlignUnit &unit)
{
    return unit.endMs.value_or(startOf(unit));
}

// Seconds by which the two sides' spans disagree at both ends.
double disagreement(const QList<AlignUnit> &zh, int i, int a, const QList<AlignUnit> &en, int j, int b)
{
    const qint64 startDiff = std::llabs(startOf(zh.at(i)) - startOf(en.at(j)));
    const qint64 endDiff = std::llabs(endOf(zh.at(i + a - 1)) - endOf(en.at(j + b - 1)));
    return double(startDiff + endDiff) / 1000.0;
}

// How much of the two spans is shared (intersection over union), as a confidence.
double overlap(const QList<AlignUnit> &zh, const QList<int> &zi, const QList<AlignUnit> &en, const QList<int> &ei)
{
    const qint64 zs = startOf(zh.at(zi.first())), ze = endOf(zh.at(zi.last()));
    const qint64 es = startOf(en.at(ei.first())), ee = endOf(en.at(ei.last()));
    const qint64 shared = std::min(ze, ee) - std::max(zs, es);
    const qint64 both = std::max(ze, ee) - std::min(zs, es);
    return both > 0 ? std::clamp(double(shared) / double(both), 0.0, 1.0) : 1.0;
}

} // namespace

QList<AlignedPair> CueAligner::align(const QList<AlignUnit> &zh, const QList<AlignUnit> &en)
{
    const int nz = int(zh.size()), ne = int(en.size());
    // The band: for each Chinese cue, the English ones starting about when it starts.
    std::vector<int> lo(nz + 1), hi(nz + 1);
    for (int i = 0, center = 0; i <= nz; ++i) {
        const qint64 at = i < nz ? startOf(zh.at(i)) : std::numeric_limits<qint64>::max();
        while (center < ne && startOf(en.at(center)) < at)
            ++center;
        lo[i] = i == 0 ? 0 : std::min(std::max(0, center - kWidth), hi[i - 1]);
        hi[i] = i == nz ? ne : std::min(ne, center + kWidth);
    }
    const double infinity = std::numeric_limits<double>::infinity();
    std::vector<std::vector<double>> cost(nz + 1);
    std::vector<std::vector<signed char>> choice(nz + 1);
    for (int i = 0; i <= nz; ++i) {
        cost[i].assign(hi[i] - lo[i] + 1, infinity);
        choice[i].assign(hi[i] - lo[i] + 1, -1);
    }
    const auto inBand = [&](int i, int j) { return i >= 0 && j >= lo[i] && j <= hi[i]; };
    cost[0][0] = 0;
    for (int i = 0; i <= nz; ++i) {
        for (int j = lo[i]; j <= hi[i]; ++j) {
            for (int b = 0; b < int(sizeof(kBeads) / sizeof(kBeads[0])); ++b) {
                const Bead &bead = kBeads[b];
                const int pi = i - bead.zh, pj = j - bead.en;
                if (!inBand(pi, pj) || cost[pi][pj - lo[pi]] == infinity)
                    continue;
                double c = cost[pi][pj - lo[pi]] + bead.prior;
                if (bead.zh && bead.en)
                    c += disagreement(zh, pi, bead.zh, en, pj, bead.en);
                if (c < cost[i][j - lo[i]])
                    cost[i][j - lo[i]] = c, choice[i][j - lo[i]] = static_cast<signed char>(b);
            }
        }
    }
    QList<AlignedPair> pairs;
    for (int i = nz, j = ne; i > 0 || j > 0;) {
        const int b = choice[i][j - lo[i]];
        if (b < 0)
            break; // unreachable only if the band were broken; nothing sensible to return
        AlignedPair pair;
        for (int k = i - kBeads[b].zh; k < i; ++k)
            pair.zh.append(k);
        for (int k = j - kBeads[b].en; k < j; ++k)
            pair.en.append(k);
        pair.confidence = pair.zh.isEmpty() || pair.en.isEmpty() ? kUnpairedConfidence
                                                                 : std::min(1.0, 2 * overlap(zh, pair.zh, en, pair.en));
        pairs.prepend(pair);
        i -= kBeads[b].zh, j -= kBeads[b].en;
    }
    return pairs;
}

} // namespace bitext
