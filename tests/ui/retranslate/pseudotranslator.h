#pragma once

#include <QTranslator>

namespace bitext::test {

// A real translator for every context, Bitext's and Qt's: it answers each message with a
// marked copy of its source ("⟦&File⟧"), placeholders kept, so .arg() and %n still work
// and any text that did not go through tr() again after the switch shows no mark.
class PseudoTranslator : public QTranslator
{
public:
    static QString mark() { return QStringLiteral("⟦"); }
    static bool isMarked(const QString &text) { return text.contains(mark()); }

    QString translate(
        const char *context, const char *sourceText, const char *disambiguation = nullptr, int n = -1) const override
    {
        Q_UNUSED(context)
        Q_UNUSED(disambiguation)
        Q_UNUSED(n)
        if (!sourceText || !*sourceText)
            return QString();
        return mark() + QString::fromUtf8(sourceText) + QStringLiteral("⟧");
    }
    // QCoreApplication sends no LanguageChange for an empty translator.
    bool isEmpty() const override { return false; }
};

} // namespace bitext::test
