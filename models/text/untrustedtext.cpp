#include "models/text/untrustedtext.h"

#include <QTextDocument>
#include <QUrl>

namespace bitext::untrustedtext {

QString shownLiterally(const QString &text)
{
    // Escaping alone is not enough: escaped text without a tag left in it is taken as
    // plain again and would show "&amp;". convertFromPlainText makes it a paragraph.
    return Qt::mightBeRichText(text) ? Qt::convertFromPlainText(text, Qt::WhiteSpaceNormal) : text;
}

QString withoutMnemonic(const QString &text)
{
    return QString(text).replace(QLatin1Char('&'), QLatin1String("&&"));
}

QString windowTitle(const QString &text)
{
    // An even number of placeholders in a row shows as half as many, literally.
    return QString(text).replace(QLatin1String("[*]"), QLatin1String("[*][*]"));
}

bool isWebAddress(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    return url.isValid() && !url.host().isEmpty()
        && (scheme == QLatin1String("http") || scheme == QLatin1String("https"));
}

} // namespace bitext::untrustedtext
