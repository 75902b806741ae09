#include "models/align/glossary.h"

#include "models/align/commonwords.h"
#include "models/align/sortedids.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

static void initUnihanResources()
{
    // Compiled into the static core library: named once, outside any namespace.
    Q_INIT_RESOURCE(unihan);
}

namespace bitext {

namespace {

// Words of definitions that say nothing of the meaning ("used in names", "a particle").
// Glosses common in the text weigh nothing anyway (LengthAligner's idf).
bool ignored(const QString &word)
{
    static const QSet<QString> words = [] {
        QSet<QString> set;
        for (const char *w : {"same", "used", "use", "name", "surname", "variant", "etc", "other", "form", "particle",
                 "final", "sentence", "interrogative", "character", "classifier", "radical", "number", "measure",
                 "word", "thus", "therefore"})
            set.insert(QString::fromLatin1(w));
        return set;
    }();
    return words.contains(word) || CommonWords::contains(word);
}

// A crude stem, the same on both sides: enough to meet "waves" with "wave",
// "steering" with "steer" and "harder" with "hard".
QString stem(QString word)
{
    if (word.endsWith(QLatin1String("ies")) && word.size() > 4)
        return word.chopped(3) + QLatin1Char('y');
    for (const char *suffix : {"ing", "ed", "ly"}) {
        const QLatin1String s(suffix);
        if (word.size() - s.size() >= 3 && word.endsWith(s))
            return word.chopped(s.size());
    }
    if (word.size() >= 6 && word.endsWith(QLatin1String("er"))) // "harder" meets 难's "hard"
        return word.chopped(2);
    if (word.size() > 3 && word.endsWith(QLatin1Char('s')) && !word.endsWith(QLatin1String("ss")))
        word.chop(1);
    return word;
}

template<typename Each> void eachWord(const QString &text, Each each)
{
    QString word;
    auto flush = [&] {
        if (word.size() >= 3 && !ignored(word))
            each(stem(word));
        word.clear();
    };
    for (const QChar c : text) {
        if (c.isLetter() && c.unicode() < 0x250)
            word.append(c.toLower());
        else
            flush();
    }
    flush();
}

} // namespace

const Glossary &Glossary::builtIn()
{
    static const Glossary glossary = [] {
        Glossary g;
        initUnihanResources();
        QFile file(QStringLiteral(":/unihan/definitions.txt"));
        if (file.open(QIODevice::ReadOnly))
            g.load(file.readAll());
        return g;
    }();
    return glossary;
}

void Glossary::load(const QByteArray &lines)
{
    for (const QByteArray &line : lines.split('\n')) {
        const int tab = int(line.indexOf('\t'));
        if (!line.startsWith("U+") || tab < 0)
            continue;
        bool ok = false;
        const char32_t code = char32_t(line.mid(2, tab - 2).toUInt(&ok, 16));
        if (!ok)
            continue;
        QString definition = QString::fromUtf8(line.mid(tab + 1));
        // "(same as U+5FB7 德) morality": the reference is not a meaning.
        static const QRegularExpression reference(QStringLiteral("\\([^)]*\\)"));
        definition.remove(reference);
        QList<int> ids;
        eachWord(definition, [&](const QString &s) { ids.append(idOf(s)); });
        if (!ids.isEmpty())
            m_glosses.insert(code, sortedUnique(ids));
    }
}

int Glossary::idOf(const QString &stem)
{
    auto it = m_ids.find(stem);
    if (it == m_ids.end())
        it = m_ids.insert(stem, int(m_ids.size()));
    return it.value();
}

QList<int> Glossary::zhStems(const QString &text) const
{
    QList<int> ids;
    for (const char32_t c : text.toUcs4()) {
        const auto it = m_glosses.constFind(c);
        if (it != m_glosses.constEnd())
            ids += it.value();
    }
    return sortedUnique(ids);
}

QList<int> Glossary::enStems(const QString &text) const
{
    QList<int> ids;
    eachWord(text, [&](const QString &s) {
        const auto it = m_ids.constFind(s);
        if (it != m_ids.constEnd())
            ids.append(it.value());
    });
    return sortedUnique(ids);
}

double Glossary::shared(const QList<int> &a, const QList<int> &b, const std::vector<float> &weights)
{
    // An English sentence has a few stems, a Chinese one's glosses many: the shorter
    // list is looked up in the longer.
    const QList<int> &few = a.size() < b.size() ? a : b;
    const QList<int> &many = a.size() < b.size() ? b : a;
    double n = 0;
    for (const int id : few) {
        if (size_t(id) < weights.size() && weights[size_t(id)] > 0 && std::binary_search(many.begin(), many.end(), id))
            n += weights[size_t(id)];
    }
    return n;
}

} // namespace bitext
