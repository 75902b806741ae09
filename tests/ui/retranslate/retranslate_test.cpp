// A language switch reaches every text of the main window: with a pseudo-translation
// installed, each text that comes from the catalogue carries its mark, and removing the
// translator brings back the English texts, without a restart.
#include "tests/ui/mainwindow/windowfixture.h"
#include "tests/ui/retranslate/pseudotranslator.h"
#include "tests/ui/retranslate/windowtexts.h"
#include "ui/annotate/annotationcontroller.h"
#include "ui/annotate/tagmanagerdialog.h"
#include "ui/mainwindow/mainactions.h"
#include "ui/mainwindow/recentlibrariesmenu.h"
#include "ui/reader/readerview.h"
#include "ui/search/searchcontroller.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QStatusBar>

using namespace bitext;

namespace {

// A text and what became of it after the switch.
struct Switched
{
    test::ShownText before;
    QString after;
};

// Pairs each text with the same text of the same object after the switch. An object made
// anew meanwhile (a menu refilled) is paired by its place: the n-th text of that kind.
QVector<Switched> compare(const QVector<test::ShownText> &before, const QVector<test::ShownText> &after)
{
    const auto ordinals = [](const QVector<test::ShownText> &texts) {
        QHash<QString, int> seen;
        QVector<int> result;
        for (const test::ShownText &t : texts)
            result << seen[t.where]++;
        return result;
    };
    const QVector<int> beforeOrdinal = ordinals(before);
    const QVector<int> afterOrdinal = ordinals(after);
    QVector<Switched> result;
    for (int i = 0; i < before.size(); ++i) {
        const test::ShownText &b = before.at(i);
        QString now;
        for (int j = 0; j < after.size(); ++j) {
            const test::ShownText &a = after.at(j);
            const bool same = b.owner ? a.owner == b.owner : afterOrdinal.at(j) == beforeOrdinal.at(i);
            if (same && a.where == b.where) {
                now = a.text;
                break;
            }
        }
        result.push_back({b, now});
    }
    return result;
}

struct SwitchFixture : test::WindowFixture
{
    SwitchFixture()
    {
        open(QStringLiteral("001"));
        window->reader()->setCurrentRow(0);
        // File > Open Recent fills itself when opened: from now on it lists this library.
        emit window->actions()->recentLibraries->aboutToShow();
        // The codebook stays open beside the window while the language changes.
        window->annotations()->manageTags();
        QCoreApplication::processEvents();
    }

    void install()
    {
        REQUIRE(QCoreApplication::installTranslator(&pseudo));
        QCoreApplication::processEvents();
    }

    void remove()
    {
        REQUIRE(QCoreApplication::removeTranslator(&pseudo));
        QCoreApplication::processEvents();
    }

    test::PseudoTranslator pseudo;
};

} // namespace

TEST_CASE("Every text of the main window that comes from the catalogue follows a language switch", "[retranslate]")
{
    SwitchFixture f;
    const test::Catalogue catalogue;
    REQUIRE_FALSE(catalogue.isEmpty());
    const QVector<test::ShownText> english = test::shownTexts(f.window.get());
    REQUIRE(english.size() > 100);

    f.install();
    const QVector<Switched> switched = compare(english, test::shownTexts(f.window.get()));
    int translated = 0;
    QStringList escaped;
    for (const Switched &s : switched) {
        if (test::PseudoTranslator::isMarked(s.after)) {
            ++translated;
            continue;
        }
        const QString source = catalogue.sourceOf(s.before.text);
        if (!source.isEmpty())
            escaped << s.before.where + QStringLiteral(" = \"") + s.after + QStringLiteral("\" (source \"") + source
                    + QStringLiteral("\")");
    }
    INFO(escaped.join(QLatin1Char('\n')).toStdString());
    CHECK(escaped.isEmpty());
    CHECK(translated > 100);

    // Texts made of numbers and names around a translated phrase.
    CHECK(test::PseudoTranslator::isMarked(f.window->windowTitle()));
    CHECK(test::PseudoTranslator::isMarked(f.window->actions()->undo->text()));
    REQUIRE(f.window->annotations()->tagManager());
    CHECK(test::PseudoTranslator::isMarked(f.window->annotations()->tagManager()->windowTitle()));

    f.remove();
    const QVector<test::ShownText> back = test::shownTexts(f.window.get());
    QStringList changed;
    for (const Switched &s : compare(english, back)) {
        if (s.after != s.before.text)
            changed << s.before.where + QStringLiteral(": \"") + s.before.text + QStringLiteral("\" became \"")
                    + s.after + QStringLiteral("\"");
    }
    INFO(changed.join(QLatin1Char('\n')).toStdString());
    CHECK(changed.isEmpty());
}

TEST_CASE("The status bar and the find bar count follow a language switch", "[retranslate]")
{
    SwitchFixture f;
    const QList<QLabel *> labels = f.window->statusBar()->findChildren<QLabel *>();
    QLabel *position = nullptr;
    for (QLabel *label : labels) {
        if (label->text().contains(QStringLiteral("Segment 1 of")))
            position = label;
    }
    REQUIRE(position);
    auto *query = f.window->findChild<QLineEdit *>(QStringLiteral("findQuery"));
    auto *count = f.window->findChild<QLabel *>(QStringLiteral("findCount"));
    REQUIRE(query);
    REQUIRE(count);
    f.window->findChild<ui::SearchController *>()->findAction()->trigger();
    query->setText(QStringLiteral("the"));
    REQUIRE(test::waitFor([&] { return count->text().contains(QStringLiteral(" of ")); }));

    f.install();
    CHECK(test::PseudoTranslator::isMarked(position->text()));
    CHECK(test::PseudoTranslator::isMarked(count->text()));
    f.remove();
    CHECK(position->text().startsWith(QStringLiteral("Segment 1 of")));
    CHECK_FALSE(test::PseudoTranslator::isMarked(count->text()));
}
