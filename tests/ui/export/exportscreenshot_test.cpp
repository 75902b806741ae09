// Pictures of the export dialog (Markdown and HTML previews, light and dark palettes)
// for people to look at: written to $BITEXT_SCREENSHOT_DIR, else the build folder's
// screenshots/. Checks the highlighting follows the palette and nothing is blank.
#include "tests/support/annotatedseeds.h"
#include "tests/support/darkpalette.h"
#include "tests/support/testsupport.h"
#include "tests/ui/export/exportwait.h"
#include "ui/common/syntaxhighlighting.h"
#include "ui/export/exportdialog.h"
#include "ui/export/exportpreview.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QImage>
#include <QPalette>
#include <QSet>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>
#include <QTest>

#include <catch2/catch.hpp>

using namespace bitext;
using namespace bitext::ui;

namespace {

QString outputDir()
{
    QString dir = qEnvironmentVariable("BITEXT_SCREENSHOT_DIR");
    if (dir.isEmpty())
        dir = qEnvironmentVariable("BITEXT_BUILD_DIR", QDir::currentPath()) + QStringLiteral("/screenshots");
    QDir().mkpath(dir);
    return dir;
}

int colourCount(const QImage &image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 5) {
        for (int x = 0; x < image.width(); x += 5)
            colours.insert(image.pixel(x, y));
    }
    return int(colours.size());
}

} // namespace

TEST_CASE("Screenshots of the export dialog with Markdown and HTML previews", "[export][screenshot]")
{
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    const QPalette light = QApplication::style()->standardPalette();
    QSettings().clear();
    test::AnnotatedSeeds seeds;
    for (const bool dark : {false, true}) {
        QApplication::setPalette(dark ? test::darkPalette() : light);
        ExportDialog dialog(*seeds.lib, seeds.interview, {seeds.interview}, nullptr);
        dialog.show();
        REQUIRE(QTest::qWaitForWindowExposed(&dialog));
        if (SyntaxHighlighting::isAvailable()) {
            const QString theme = dialog.preview()->highlighting()->themeName();
            CHECK(theme == (dark ? QStringLiteral("Breeze Dark") : QStringLiteral("Breeze Light")));
        }
        for (const ExportFormat format : {ExportFormat::Markdown, ExportFormat::Html, ExportFormat::Pdf}) {
            dialog.formatBox()->setCurrentIndex(dialog.formatBox()->findData(int(format)));
            dialog.updatePreview();
            test::waitUntilSettled(dialog);
            QCoreApplication::processEvents();
            const QImage image = dialog.grab().toImage();
            const QString path = outputDir() + QStringLiteral("/export-") + exportFormatName(format)
                + (dark ? QStringLiteral("-dark") : QString()) + QStringLiteral(".png");
            REQUIRE(image.save(path));
            INFO(path.toStdString());
            CHECK(colourCount(image) > 30);
        }
    }
    QApplication::setPalette(light);
}
