#include "ui/reader/readerfonts.h"

#include "models/core/error.h"
#include "models/core/preferences.h"
#include "models/item/segmentmodel.h"
#include "models/text/hanvariants.h"
#include "models/text/script.h"

#include <QApplication>
#include <QLocale>
#include <QtMath>

#include <algorithm>
#include <utility>

namespace bitext::ui {

namespace {

QFont chineseFont(const QStringList &families, qreal pointSize)
{
    QFont font(families.first());
    font.setFamilies(families);
    font.setPointSizeF(pointSize);
    font.setHintingPreference(QFont::PreferNoHinting);
    return font;
}

// Traditional glyph forms: Hong Kong's where the system is set up for it, else Taiwan's.
QStringList traditionalFamilies()
{
    const QString locale = QLocale::system().name();
    const bool hongKong = locale.endsWith(QLatin1String("_HK")) || locale.endsWith(QLatin1String("_MO"));
    QStringList families{QStringLiteral("Noto Sans CJK TC"), QStringLiteral("Source Han Sans TC"),
                         QStringLiteral("Noto Sans CJK HK")};
    if (hongKong)
        families.move(2, 0);
    return families;
}

} // namespace

ChineseScript ReaderFonts::chineseScript(const QString &text)
{
    if (std::none_of(text.begin(), text.end(), [](QChar c) { return isHan(c.unicode()); }))
        return ChineseScript::Unknown; // English-only documents never load OpenCC's tables
    try {
        return HanVariants::instance().script(text);
    } catch (const Error &) {
        return ChineseScript::Unknown;
    }
}

bool ReaderFonts::isTraditionalDocument(const SegmentModel &model)
{
    constexpr int kSample = 50;
    int traditional = 0;
    int known = 0;
    for (int row = 0; row < model.rowCount() && known < kSample; ++row) {
        const ChineseScript script = chineseScript(model.segmentAt(row).zh);
        if (script != ChineseScript::Unknown)
            ++known;
        if (script == ChineseScript::Traditional)
            ++traditional;
    }
    return 2 * traditional > known;
}

bool ReaderFonts::isTraditional(const QString &text, bool traditionalDocument)
{
    const ChineseScript script = chineseScript(text);
    return script == ChineseScript::Traditional || (script == ChineseScript::Unknown && traditionalDocument);
}

const QFont &ReaderFonts::text(Side side, const QString &text, bool traditionalDocument) const
{
    return side == Side::Zh && isTraditional(text, traditionalDocument) ? m_zhTraditional : this->text(side);
}

const QFont &ReaderFonts::heading(const QString &text, bool traditionalDocument) const
{
    return isTraditional(text, traditionalDocument) ? m_headingTraditional : m_heading;
}

ReaderFonts::ReaderFonts(int zoomStep) : m_zoomStep(qBound(kMinZoom, zoomStep, kMaxZoom))
{
    const QFont ui = QApplication::font();
    // Reading text is a little larger than the interface (unless Preferences sets its
    // size); each zoom step is 10%.
    const int chosenSize = Preferences::fontSize();
    const qreal size = chosenSize > 0 ? chosenSize : (ui.pointSizeF() > 0 ? ui.pointSizeF() : 10.0) * 1.2;
    const qreal base = size * qPow(1.1, m_zoomStep);

    m_en = ui;
    const QString latin = Preferences::fontFamily(Preferences::Script::Latin);
    if (!latin.isEmpty())
        m_en.setFamily(latin);
    m_en.setPointSizeF(base);
    m_en.setHintingPreference(QFont::PreferNoHinting);

    // Simplified and Traditional Chinese share code points but not glyph forms (骨, 直, 角):
    // each gets its own face first, the other as fallback; a JP-first fallback would look
    // foreign to both. A face chosen in Preferences comes before them.
    QStringList simplified {QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Source Han Sans SC"),
        QStringLiteral("WenQuanYi Micro Hei")};
    QStringList traditional = traditionalFamilies();
    for (auto [script, families] : {std::pair {Preferences::Script::Simplified, &simplified},
             std::pair {Preferences::Script::Traditional, &traditional}}) {
        const QString chosen = Preferences::fontFamily(script);
        if (!chosen.isEmpty()) {
            families->removeAll(chosen);
            families->prepend(chosen);
        }
    }
    m_zh = chineseFont(simplified + traditional + QStringList {ui.family()}, base);
    m_zhTraditional = chineseFont(traditional + simplified + QStringList {ui.family()}, base);

    m_speaker = ui;
    m_speaker.setPointSizeF(base * 0.86);
    m_speaker.setWeight(QFont::DemiBold);

    m_time = ui;
    m_time.setPointSizeF(base * 0.8);
    m_time.setStyleHint(QFont::Monospace);

    m_heading = m_zh;
    m_heading.setPointSizeF(base * 1.1);
    m_heading.setWeight(QFont::Bold);
    m_headingTraditional = m_zhTraditional;
    m_headingTraditional.setPointSizeF(base * 1.1);
    m_headingTraditional.setWeight(QFont::Bold);
}

} // namespace bitext::ui
