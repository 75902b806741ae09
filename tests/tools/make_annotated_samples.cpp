// bitext_annotated_samples LIBRARY: writes the annotated samples (tests/support/
// annotatedsamples.h: seeds 001 and 003 coded by Ana and Ben) into a new library file,
// for screenshots and for trying the Analysis window by hand. BITEXT_SEEDS names the
// seeds folder when it is not ../shared/seeds next to the sources.
#include "models/core/error.h"
#include "models/store/library.h"
#include "tests/support/annotatedsamples.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <cstdio>
#include <stdexcept>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 2 || args.at(1).startsWith(QLatin1Char('-'))) {
        std::fprintf(stderr, "usage: bitext_annotated_samples LIBRARY (a new library file)\n");
        return 2;
    }
    if (QFileInfo::exists(args.at(1))) {
        std::fprintf(stderr, "%s exists already: name a new file\n", qPrintable(args.at(1)));
        return 1;
    }
    try {
        std::unique_ptr<bitext::Library> library = bitext::Library::openSqlite(args.at(1));
        const bitext::test::AnnotatedSamples samples(*library);
        std::printf(
            "%s: seeds 001 and 003, %d quotes by Ana and Ben\n", qPrintable(args.at(1)), int(samples.quotes.size()));
    } catch (const bitext::Error &error) {
        std::fprintf(stderr, "%s\n", qPrintable(error.message()));
        return 1;
    } catch (const std::exception &error) {
        std::fprintf(stderr, "%s\n", error.what());
        return 1;
    }
    return 0;
}
