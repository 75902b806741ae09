// Renders the main window on samples 001 and 003 (light and dark palettes, side by side
// and interlinear) into PNGs in the build folder, for people to look at; and checks the
// pictures are not blank.
#include "tests/support/darkpalette.h"
#include "tests/ui/reader/readertestsupport.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/reader/readerview.h"

#include <QApplication>
#include <QDir>
#include <QImage>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>
#include <QTest>

#include <catch2/catch.hpp>

using namespace bitext;
using namespace bitext::ui;

namespace {

QString outputDir()
{
    const QString dir = qEnvironmentVariable("BITEXT_BUILD_DIR", QDir::currentPath());
    QDir().mkpath(dir + QStringLiteral("/screenshots"));
    return dir + QStringLiteral("/screenshots");
}


// Distinct colours in a sample of the picture: a blank or single-colour window has few.
int colourCount(const QImage &image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 7) {
        for (int x = 0; x < image.width(); x += 7)
            colours.insert(image.pixel(x, y));
    }
    return int(colours.size());
}

void shoot(MainWindow &window, const QString &name)
{
    QCoreApplication::processEvents();
    window.repaint();
    const QImage image = window.grab().toImage();
    const QString path = outputDir() + QLatin1Char('/') + name + QStringLiteral(".png");
    REQUIRE(image.save(path));
    INFO(path.toStdString());
    CHECK(colourCount(image) > 40);
}

} // namespace

TEST_CASE("Screenshots of the main window on samples 001 and 003")
{
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    const QPalette light = QApplication::style()->standardPalette();
    test::clearSettings();
    test::TemporaryLibrary library;
    const qint64 first = test::importSeed(library.library(), QStringLiteral("001"));
    const qint64 third = test::importSeed(library.library(), QStringLiteral("003"));
    REQUIRE(first > 0);
    REQUIRE(third > 0);
    const qint64 article = test::importSeed(library.library(), QStringLiteral("000"));
    const qint64 chineseOnly = test::importSeed(library.library(), QStringLiteral("002"));
    test::importSeed(library.library(), QStringLiteral("004"));

    for (const bool dark : {false, true}) {
        QApplication::setPalette(dark ? test::darkPalette() : light);
        const QString suffix = dark ? QStringLiteral("-dark") : QString();
        MainWindow window;
        window.openLibrary(library.path());
        window.resize(1500, 950);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));

        window.openDocument(first);
        shoot(window, QStringLiteral("reader-001") + suffix);
        window.reader()->setCurrentRow(4);
        window.reader()->scrollToRow(3);
        shoot(window, QStringLiteral("reader-001-scrolled") + suffix);

        window.openDocument(third);
        window.reader()->setCurrentRow(1);
        shoot(window, QStringLiteral("reader-003") + suffix);
        window.reader()->setArrangement(ReaderArrangement::Interlinear);
        shoot(window, QStringLiteral("reader-003-interlinear") + suffix);
        window.reader()->setArrangement(ReaderArrangement::ZhEn);

        // Section headings (000) and a Chinese-only transcript (002).
        if (article > 0) {
            window.openDocument(article);
            shoot(window, QStringLiteral("reader-000") + suffix);
        }
        if (chineseOnly > 0) {
            window.openDocument(chineseOnly);
            shoot(window, QStringLiteral("reader-002") + suffix);
        }
        window.close();
    }
    QApplication::setPalette(light);
}
