#include "models/text/hanspacing.h"

#include "models/text/script.h"

#include <QVector>

namespace bitext {

QString removeSpacesBetweenHan(const QString &text)
{
    const QVector<uint> ucs = text.toUcs4();
    QVector<uint> out;
    out.reserve(ucs.size());
    for (int i = 0; i < ucs.size(); ++i) {
        const char32_t c = ucs.at(i);
        if ((c == U' ' || c == U'\t' || c == U'\u3000') && !out.isEmpty() && isHan(out.last())) {
            int j = i;
            while (j < ucs.size() && (ucs.at(j) == U' ' || ucs.at(j) == U'\t' || ucs.at(j) == U'\u3000'))
                ++j;
            if (j < ucs.size() && isHan(ucs.at(j))) {
                i = j - 1;
                continue;
            }
        }
        out << c;
    }
    if (out.size() == ucs.size())
        return text;
    return fromCodePoints(out.constData(), int(out.size()));
}

} // namespace bitext
