#pragma once

#include <QByteArray>
#include <QCoreApplication>

namespace bitext {

// Completes the text styles of an ODT written by Qt's ODF writer, which sets
// only the Western font properties: word processors take the font, weight, size
// and posture of Chinese (Asian) and complex-script text from their own
// attributes, so without them Chinese headings were neither bold nor sized.
class OdtStyles
{
    Q_DECLARE_TR_FUNCTIONS(OdtStyles)

public:
    // content.xml with every fo:font-family/-weight/-size/-style of a
    // style:text-properties repeated as style:…-asian and style:…-complex.
    static QByteArray addScriptProperties(const QByteArray &contentXml);

    // The ODT package with its content.xml passed through addScriptProperties();
    // the other entries (the stored mimetype first) are kept as they are.
    static QByteArray completePackage(const QByteArray &odt);
};

} // namespace bitext
