#include "models/analysis/concordance.h"
#include "models/analysis/concordance.h"
#include "models/analysis/stopwords.h"
#include "models/domain/parseddocument.h"
#include "models/item/concordancemodel.h"
#include "models/item/wordfrequencymodel.h"
#include "models/store/documentrepository.h"
#include "tests/support/testsupport.h"
#include "tests/support/wordsamples.h"
#include "ui/analysis/concordanceview.h"
#include "ui/analysis/stopwordsdialog.h"
#include "ui/analysis/wordsview.h"

#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTest>

#include <catch2/catch.hpp>

using namespace bitext;
using namespace bitext::test;

namespace {

struct Fixture
{
    TemporaryLibrary lib;
    WordSamples samples {*lib};
    ui::WordsView view {*lib};

    Fixture()
    {
        StopWords::resetToDefaults();
        view.resize(1024, 700);
    }

    // Shows the view (which counts) and waits for the table.
    void showCounted()
    {
        QSignalSpy shown(&view, &ui::WordsView::countShown);
        view.show();
        REQUIRE(waitFor([&] { return !shown.isEmpty(); }, 20000));
    }

    // Row of `word` in the table as the user sees it (sorted), -1 when absent.
    int shownRow(const QString &word) const
    {
        QAbstractItemModel *shown = view.table()->model();
        for (int row = 0; row < shown->rowCount(); ++row) {
            if (shown->index(row, WordFrequencyModel::WordColumn).data().toString() == word)
                return row;
        }
        return -1;
    }

    QString shown(int row, int column) const { return view.table()->model()->index(row, column).data().toString(); }

    void openConcordance(const QString &word)
    {
        ui::ConcordanceView *concordance = view.concordance();
        QSignalSpy lines(concordance, &ui::ConcordanceView::linesShown);
        const int row = shownRow(word);
        REQUIRE(row >= 0);
        view.table()->setFocus();
        view.table()->setCurrentIndex(view.table()->model()->index(row, WordFrequencyModel::WordColumn));
        QTest::keyClick(view.table(), Qt::Key_Return);
        REQUIRE(waitFor([&] { return !lines.isEmpty(); }, 20000));
    }
};

} // namespace

TEST_CASE("Words view: Chinese and English words with counts and rates, sortable", "[ui][analysis][words]")
{
    Fixture f;
    f.showCounted();
    CHECK(f.view.table()->isColumnHidden(WordFrequencyModel::GroupColumn));
    // Most frequent first: alignment 4, then 对齐 3.
    CHECK(f.shown(0, WordFrequencyModel::WordColumn) == QStringLiteral("alignment"));
    CHECK(f.shown(0, WordFrequencyModel::CountColumn) == QStringLiteral("4"));
    CHECK(f.shown(1, WordFrequencyModel::WordColumn) == QStringLiteral("对齐"));
    CHECK(f.shown(1, WordFrequencyModel::RateColumn) == QLocale().toString(3 * 10000.0 / 29, 'f', 1));
    CHECK(f.shownRow(QStringLiteral("對齊")) < 0); // folded
    CHECK(f.shownRow(QStringLiteral("我们")) < 0); // a stop word
    CHECK(f.view.findChild<QLabel *>(QStringLiteral("wordsStatus"))->text().contains(QStringLiteral("29")));

    // Sorted by word (click on the header), both ways.
    f.view.table()->sortByColumn(WordFrequencyModel::WordColumn, Qt::AscendingOrder);
    QAbstractItemModel *shown = f.view.table()->model();
    for (int row = 1; row < shown->rowCount(); ++row)
        CHECK(QString::localeAwareCompare(
                  f.shown(row - 1, WordFrequencyModel::WordColumn), f.shown(row, WordFrequencyModel::WordColumn))
            <= 0);
    f.view.table()->sortByColumn(WordFrequencyModel::RateColumn, Qt::AscendingOrder);
    CHECK(f.shown(shown->rowCount() - 1, WordFrequencyModel::WordColumn) == QStringLiteral("alignment"));

    // By document: a column of documents; the shortest word filter.
    QSignalSpy again(&f.view, &ui::WordsView::countShown);
    f.view.setGrouping(WordGrouping::Document);
    REQUIRE(waitFor([&] { return !again.isEmpty(); }, 20000));
    CHECK_FALSE(f.view.table()->isColumnHidden(WordFrequencyModel::GroupColumn));
    CHECK(f.view.model().rowCount() > f.samples.talk);
    again.clear();
    f.view.setGrouping(WordGrouping::None);
    f.view.setMinimumLength(3);
    REQUIRE(waitFor([&] { return again.size() >= 2; }, 20000));
    CHECK(f.shownRow(QStringLiteral("对齐")) < 0);
    CHECK(f.shownRow(QStringLiteral("价值观")) >= 0);
}

TEST_CASE("Words view: Enter on a word opens its concordance in both scripts; a line activates the passage",
    "[ui][analysis][words]")
{
    Fixture f;
    f.showCounted();
    f.openConcordance(QStringLiteral("对齐"));
    ui::ConcordanceView *concordance = f.view.concordance();
    const ConcordanceModel &lines = concordance->model();
    REQUIRE(lines.rowCount() == 3);
    CHECK(lines.line(1).word == QStringLiteral("對齊"));
    // Left context right-aligned, the word centred and bold.
    const QModelIndex left = lines.index(0, ConcordanceModel::LeftColumn);
    CHECK(left.data().toString() == QStringLiteral("我们研究"));
    CHECK(left.data(Qt::TextAlignmentRole).toInt() & Qt::AlignRight);
    const QModelIndex word = lines.index(0, ConcordanceModel::WordColumn);
    CHECK(word.data(Qt::TextAlignmentRole).toInt() & Qt::AlignHCenter);
    CHECK(word.data(Qt::FontRole).value<QFont>().bold());

    // Sorted by what comes before, then after.
    auto *order = concordance->findChild<QComboBox *>(QStringLiteral("concordanceOrder"));
    order->setCurrentIndex(order->findData(int(ConcordanceModel::Order::Left)));
    CHECK(lines.line(0).left.isEmpty());
    CHECK(lines.line(1).left == QStringLiteral("我们研究"));
    CHECK(lines.line(2).left == QStringLiteral("對齊很難，"));
    order->setCurrentIndex(order->findData(int(ConcordanceModel::Order::Right)));
    CHECK(lines.line(0).right == QStringLiteral("。"));
    CHECK(lines.line(1).right.startsWith(QStringLiteral("很重要")));

    // Less context, as `report concordance --context 2` gives: two characters a side.
    {
        QSignalSpy shown(concordance, &ui::ConcordanceView::linesShown);
        auto *context = concordance->findChild<QSpinBox *>(QStringLiteral("concordanceContext"));
        REQUIRE(context);
        CHECK(context->value() == Concordance::kDefaultContext);
        context->setValue(2);
        REQUIRE(waitFor([&] { return shown.size() >= 1; }, 20000));
        REQUIRE(lines.rowCount() == 3);
        QStringList lefts;
        for (int row = 0; row < lines.rowCount(); ++row)
            lefts << lines.line(row).left;
        CHECK(lefts.contains(QStringLiteral("研究")));
        CHECK_FALSE(lefts.contains(QStringLiteral("我们研究")));
        context->setValue(Concordance::kDefaultContext);
        REQUIRE(waitFor([&] { return shown.size() >= 2; }, 20000));
    }

    // A look at it (BITEXT_SCREENSHOTS=DIR): the table, the KWIC lines lined up on the word.
    if (qEnvironmentVariableIsSet("BITEXT_SCREENSHOTS"))
        f.view.grab().save(qEnvironmentVariable("BITEXT_SCREENSHOTS") + QStringLiteral("/words.png"));

    // Enter on a line: passageActivated with the line's place.
    // A lambda, not a QSignalSpy: Side and CodingTarget need no metatype that way (Qt 5).
    QList<QVariantList> activated;
    QObject::connect(&f.view, &ui::WordsView::passageActivated, [&](qint64 d, qint64 s, Side side, int st, int len) {
        activated.append({d, s, int(side), st, len});
    });
    auto *table = concordance->findChild<QTableView *>(QStringLiteral("concordanceTable"));
    table->setFocus();
    table->setCurrentIndex(table->model()->index(1, ConcordanceModel::WordColumn));
    QTest::keyClick(table, Qt::Key_Return);
    REQUIRE(activated.size() == 1);
    const ConcordanceLine expected = lines.line(1);
    CHECK(activated.first().at(0).toLongLong() == f.samples.talk);
    CHECK(activated.first().at(1).toLongLong() == expected.segmentId);
    CHECK(activated.first().at(2).toInt() == int(Side::Zh));
    CHECK(activated.first().at(3).toInt() == 5); // 对齐 of 对齐很重要, after 對齊很難，
    CHECK(activated.first().at(4).toInt() == 2);

    // Auto-code…: every line as a CodingTarget.
    QList<QList<CodingTarget>> autoCode;
    QObject::connect(&f.view, &ui::WordsView::autoCodeRequested,
        [&](const QList<CodingTarget> &targets) { autoCode.append(targets); });
    concordance->findChild<QPushButton *>(QStringLiteral("concordanceAutoCode"))->click();
    REQUIRE(autoCode.size() == 1);
    const QList<CodingTarget> targets = autoCode.first();
    REQUIRE(targets.size() == 3);
    CHECK(targets.at(1).start == expected.start);
    CHECK(targets.at(1).segmentId == expected.segmentId);

    // The search box takes a word in either script.
    QSignalSpy found(concordance, &ui::ConcordanceView::linesShown);
    auto *search = concordance->findChild<QLineEdit *>(QStringLiteral("concordanceSearch"));
    search->setText(QStringLiteral("價值觀"));
    QTest::keyClick(search, Qt::Key_Return);
    REQUIRE(waitFor([&] { return !found.isEmpty(); }, 20000));
    REQUIRE(lines.rowCount() == 1);
    CHECK(lines.line(0).word == QStringLiteral("价值观"));
    CHECK(lines.line(0).documentId == f.samples.notes);
}

TEST_CASE("Words view: Cancel stops a count and says so", "[ui][analysis][words]")
{
    Fixture f;
    QSignalSpy shown(&f.view, &ui::WordsView::countShown);
    f.view.show(); // starts counting
    REQUIRE(f.view.isCounting());
    f.view.findChild<QPushButton *>(QStringLiteral("wordsCancel"))->click();
    REQUIRE(waitFor([&] { return !f.view.isCounting(); }, 20000));
    CHECK(shown.isEmpty());
    CHECK(f.view.model().rowCount() == 0);
    CHECK(f.view.findChild<QLabel *>(QStringLiteral("wordsStatus"))->text().contains(QStringLiteral("Canceled")));
    // Counting again works.
    f.view.setMinimumLength(2);
    REQUIRE(waitFor([&] { return !shown.isEmpty(); }, 20000));
    CHECK(f.view.model().rowCount() > 0);
}

TEST_CASE("Words view: updates when the library changes, and after the stop words change", "[ui][analysis][words]")
{
    Fixture f;
    f.showCounted();
    CHECK(f.shownRow(QStringLiteral("猫")) < 0);
    QSignalSpy shown(&f.view, &ui::WordsView::countShown);
    ParsedDocument p;
    p.document.title = QStringLiteral("Cats");
    p.document.format = QStringLiteral("plain");
    Segment s;
    s.zh = QStringLiteral("猫");
    s.en = QStringLiteral("Cat");
    p.segments << s;
    f.lib->documents().insert(p);
    REQUIRE(waitFor([&] { return !shown.isEmpty() && f.shownRow(QStringLiteral("猫")) >= 0; }, 20000));

    shown.clear();
    ui::StopWordsDialog dialog;
    auto *en = dialog.findChild<QPlainTextEdit *>(QStringLiteral("stopWordsEn"));
    en->setPlainText(en->toPlainText() + QStringLiteral("\nalignment"));
    dialog.accept();
    REQUIRE(waitFor([&] { return !shown.isEmpty(); }, 20000));
    CHECK(f.shownRow(QStringLiteral("alignment")) < 0);

    // Reset to Defaults fills the editors with the built-in lists.
    ui::StopWordsDialog again;
    again.findChild<QPushButton *>(QStringLiteral("stopWordsReset"))->click();
    CHECK(again.findChild<QPlainTextEdit *>(QStringLiteral("stopWordsEn"))->toPlainText()
        == StopWords::defaults(Side::En).join(QLatin1Char('\n')));
    again.accept();
    CHECK(StopWords::list(Side::En) == StopWords::defaults(Side::En));
}

TEST_CASE("Words view and `bitext report frequency` give the same numbers", "[ui][analysis][words][cli]")
{
    Fixture f;
    f.showCounted();
    const ProcessResult result = runBitext({QStringLiteral("--library"), f.lib.path(), QStringLiteral("report"),
        QStringLiteral("frequency"), QStringLiteral("--json")});
    INFO(result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    const QJsonArray rows = QJsonDocument::fromJson(result.out.toUtf8()).array();
    const WordFrequencyModel &model = f.view.model();
    REQUIRE(rows.size() == model.rowCount());
    for (int row = 0; row < model.rowCount(); ++row) {
        const QJsonObject cli = rows.at(row).toObject();
        CHECK(cli.value(QStringLiteral("word")).toString()
            == model.index(row, WordFrequencyModel::WordColumn).data().toString());
        CHECK(cli.value(QStringLiteral("count")).toInt()
            == model.index(row, WordFrequencyModel::CountColumn).data(WordFrequencyModel::SortRole).toInt());
        CHECK(cli.value(QStringLiteral("rate")).toDouble()
            == Approx(model.index(row, WordFrequencyModel::RateColumn).data(WordFrequencyModel::SortRole).toDouble()));
    }
}

TEST_CASE("Words view: closed while counting, it waits for nothing and leaves nothing running", "[ui][analysis][words]")
{
    TemporaryLibrary lib;
    WordSamples samples(*lib);
    for (int i = 0; i < 3; ++i) {
        auto view = std::make_unique<ui::WordsView>(*lib);
        view->show(); // starts a count
        view->setMinimumLength(2); // and another, the first one canceled
        view.reset(); // closed at once: the runs are canceled, the view gone
    }
    ui::WordsView view(*lib);
    QSignalSpy shown(&view, &ui::WordsView::countShown);
    view.show();
    REQUIRE(waitFor([&] { return !shown.isEmpty(); }, 20000));
    CHECK(view.model().rowCount() > 0);
}
