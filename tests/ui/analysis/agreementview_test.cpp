// Issue 19: the Agreement tab standalone, offscreen: the worked example's figures, the
// passages the coders disagree on, the empty state, and the same numbers as the CLI.
#include "models/store/annotationrepository.h"
#include "models/store/documentrepository.h"
#include "models/store/library.h"
#include "models/store/tagrepository.h"
#include "tests/support/codedtext.h"
#include "tests/support/testsupport.h"
#include "ui/analysis/agreementmodel.h"
#include "ui/analysis/agreementview.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>

#include <catch2/catch.hpp>

using namespace bitext;
using namespace bitext::ui;

TEST_CASE("The agreement view explains itself until two people coded a document", "[ui][analysis][agreement]")
{
    test::TemporaryLibrary lib;
    const qint64 doc
        = test::addTextDocument(*lib, QStringLiteral("Hundred"), {{test::WorkedExample::text(), QString()}});
    const qint64 risk = lib->tags().ensurePath(QStringLiteral("Risk"));
    test::codeRange(*lib, doc, Side::Zh, QStringLiteral("Ana"), {risk}, 0, 0, 0, 40);

    AgreementView view(*lib);
    QAbstractItemModelTester tester(view.model());
    view.resize(1024, 700);
    view.show();
    CHECK(view.isEmptyStateShown());
    CHECK(view.emptyState()->isVisible());
    CHECK(
        view.emptyState()->text().startsWith(QStringLiteral("Agreement needs a document coded by two or more people")));

    // Ben codes too: the view follows the library.
    test::codeRange(*lib, doc, Side::Zh, QStringLiteral("Ben"), {risk}, 0, 20, 0, 60);
    REQUIRE(test::waitFor([&] { return !view.isEmptyStateShown(); }));
    CHECK(view.table()->isVisible());
    REQUIRE(view.model()->rowCount() == 1);
    const QModelIndex kappa = view.table()->model()->index(0, AgreementModel::KappaColumn);
    CHECK(kappa.data().toString() == QStringLiteral("0.167"));
    CHECK(
        view.table()->model()->index(0, AgreementModel::AgreementColumn).data().toString() == QStringLiteral("60.0%"));
    CHECK(kappa.data(Qt::BackgroundRole).value<QColor>() == QColor(220, 50, 47, 90)); // poor
    CHECK(view.table()
              ->model()
              ->headerData(AgreementModel::KappaColumn, Qt::Horizontal, Qt::ToolTipRole)
              .toString()
              .contains(QStringLiteral("0.75 excellent")));
    CHECK(AgreementModel::band(0.39) == AgreementModel::Band::Poor);
    CHECK(AgreementModel::band(0.40) == AgreementModel::Band::FairToGood);
    CHECK(AgreementModel::band(0.75) == AgreementModel::Band::FairToGood);
    CHECK(AgreementModel::band(0.76) == AgreementModel::Band::Excellent);

    // The selected row's disagreements: Ana's 0–20, Ben's 40–60; activating one opens it.
    QTreeWidget *list = view.disagreementList();
    REQUIRE(list->topLevelItemCount() == 2);
    CHECK(list->topLevelItem(0)->text(0) == QStringLiteral("Ana"));
    CHECK(list->topLevelItem(1)->text(0) == QStringLiteral("Ben"));
    CodingTarget opened;
    int activations = 0;
    QObject::connect(
        &view, &AgreementView::passageActivated, [&](qint64 d, qint64 s, Side side, int start, int length) {
            opened = {d, s, side, start, length};
            ++activations;
        });
    emit list->itemActivated(list->topLevelItem(1), 0);
    REQUIRE(activations == 1);
    const Segment segment = lib->documents().segments(doc).first();
    CHECK(opened.documentId == doc);
    CHECK(opened.segmentId == segment.id);
    CHECK(opened.side == Side::Zh);
    CHECK(opened.start == 40);
    CHECK(opened.length == 20);

    // For a look at it: BITEXT_SCREENSHOTS=DIR saves the tab as the user sees it.
    if (qEnvironmentVariableIsSet("BITEXT_SCREENSHOTS"))
        view.grab().save(qEnvironmentVariable("BITEXT_SCREENSHOTS") + QStringLiteral("/agreement.png"));

    // Hidden (another tab), it recounts only when shown again.
    view.hide();
    const qint64 more = test::codeRange(*lib, doc, Side::Zh, QStringLiteral("Ben"), {risk}, 0, 60, 0, 70);
    QTest::qWait(400);
    CHECK(view.model()->row(0).bOnly == 20);
    view.show();
    CHECK(view.model()->row(0).bOnly == 30);
    lib->annotations().remove(more);
    REQUIRE(test::waitFor([&] { return view.model()->row(0).bOnly == 20; }));

    // A filter without Ben: nothing to compare again.
    AnalysisFilter filter;
    filter.authors = QStringList {QStringLiteral("Ana")};
    view.setFilter(filter);
    CHECK(view.isEmptyStateShown());
    if (qEnvironmentVariableIsSet("BITEXT_SCREENSHOTS"))
        view.grab().save(qEnvironmentVariable("BITEXT_SCREENSHOTS") + QStringLiteral("/agreement-empty.png"));
}

TEST_CASE("The agreement view shows the CLI's numbers", "[ui][analysis][agreement]")
{
    test::TemporaryLibrary lib;
    const test::WorkedExample example(*lib);
    // More to compare: a third coder, a second code, English text.
    const qint64 two = test::addTextDocument(*lib, QStringLiteral("Two"),
        {{QStringLiteral("甲乙丙丁戊"), QStringLiteral("Alignment matters")},
            {QStringLiteral("己庚辛壬癸"), QString()}});
    const qint64 hope = lib->tags().ensurePath(QStringLiteral("Hope"));
    test::codeRange(*lib, two, Side::Zh, QStringLiteral("Ana"), {example.risk}, 0, 3, 1, 2);
    test::codeRange(*lib, two, Side::En, QStringLiteral("Ben"), {example.risk, hope}, 0, 0, 0, 9);
    test::codeRange(*lib, two, Side::En, QStringLiteral("Cai"), {hope}, 0, 4, 0, 17);

    AgreementView view(*lib);
    AnalysisFilter filter;
    filter.side = Side::En;
    for (const bool english : {false, true}) {
        QStringList args {QStringLiteral("--library"), lib.path(), QStringLiteral("report"),
            QStringLiteral("agreement"), QStringLiteral("--json")};
        if (english) {
            view.setFilter(filter);
            args << QStringLiteral("--side") << QStringLiteral("en");
        }
        const auto cli = test::runBitext(args);
        INFO(cli.err.toStdString());
        REQUIRE(cli.exitCode == 0);
        const QJsonArray rows = QJsonDocument::fromJson(cli.out.toUtf8()).array();
        REQUIRE(rows.size() == view.model()->rowCount());
        REQUIRE(rows.size() > 1);
        for (int i = 0; i < rows.size(); ++i) {
            const QJsonObject o = rows.at(i).toObject();
            const AgreementRow &row = view.model()->row(i);
            CHECK(o.value(QStringLiteral("document")).toString() == row.documentTitle);
            CHECK(o.value(QStringLiteral("code")).toString() == row.tagPath);
            CHECK(o.value(QStringLiteral("coder_a")).toString() == row.coderA);
            CHECK(o.value(QStringLiteral("coder_b")).toString() == row.coderB);
            CHECK(o.value(QStringLiteral("agreement")).toDouble() == Approx(row.agreement()));
            CHECK(o.value(QStringLiteral("kappa")).toDouble() == Approx(row.kappa()));
            CHECK(o.value(QStringLiteral("a_only")).toInt() == row.aOnly);
            CHECK(o.value(QStringLiteral("b_only")).toInt() == row.bOnly);
            CHECK(o.value(QStringLiteral("disagreements")).toArray().size() == row.disagreements.size());
        }
    }
}
