#include "models/analysis/stopwords.h"

#include "models/analysis/wordbreaker.h"
#include "models/core/preferences.h"

#include <QFile>

static void initStopWordResources()
{
    // The lists are compiled into the static core library: its resources need naming
    // once (outside any namespace) before the first read.
    Q_INIT_RESOURCE(stopwords);
}

namespace bitext {

namespace {

QStringList cleaned(const QStringList &lines)
{
    QStringList words;
    for (const QString &line : lines) {
        const QString word = line.trimmed();
        if (!word.isEmpty() && !word.startsWith(QLatin1Char('#')) && !words.contains(word))
            words << word;
    }
    return words;
}

} // namespace

StopWords::StopWords(const QStringList &zh, const QStringList &en)
{
    for (const QStringList *list : {&zh, &en}) {
        for (const QString &word : *list)
            m_words.insert(WordBreaker::fold(word.trimmed()));
    }
}

StopWords StopWords::current()
{
    return StopWords(list(Side::Zh), list(Side::En));
}

QStringList StopWords::defaults(Side side)
{
    static const bool initialized = (initStopWordResources(), true);
    Q_UNUSED(initialized)
    QFile file(side == Side::Zh ? QStringLiteral(":/stopwords/zh.txt") : QStringLiteral(":/stopwords/en.txt"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return cleaned(QString::fromUtf8(file.readAll()).split(QLatin1Char('\n')));
}

QStringList StopWords::list(Side side)
{
    const auto stored = Preferences::stopWords(side);
    return stored ? cleaned(*stored) : defaults(side);
}

void StopWords::setList(Side side, const QStringList &words)
{
    const QStringList clean = cleaned(words);
    Preferences::setStopWords(side, clean == defaults(side) ? std::nullopt : std::optional<QStringList>(clean));
}

void StopWords::resetToDefaults()
{
    Preferences::setStopWords(Side::Zh, std::nullopt);
    Preferences::setStopWords(Side::En, std::nullopt);
}

} // namespace bitext
