#include "models/store/annotationrepository.h"
#include "models/store/noterepository.h"
#include "models/store/tagrepository.h"
#include "tests/models/annotate/annotatefixture.h"
#include "tests/support/testsupport.h"
#include "ui/commands/createtagcommand.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUndoStack>

#include <catch2/catch.hpp>

using namespace bitext;

namespace {

test::ProcessResult runIn(const test::TemporaryLibrary &lib, QStringList args)
{
    args.prepend(lib.path());
    args.prepend(QStringLiteral("--library"));
    return test::runBitext(args);
}

} // namespace

TEST_CASE("annotate stores a quote with tags, note and colour; annotations and tags list it", "[cli][annotate]")
{
    test::TemporaryLibrary lib;
    const qint64 doc = test::insertTalk(*lib);
    lib.close();
    qputenv("BITEXT_AUTHOR", "Ada Tester"); // inherited by the bitext process

    const auto made = runIn(lib, {QStringLiteral("annotate"), QString::number(doc), QStringLiteral("1"), QStringLiteral("--side"),
                                   QStringLiteral("zh"), QStringLiteral("--quote"), QStringLiteral("对齐问题"), QStringLiteral("--tag"),
                                   QStringLiteral("Risk/Misuse"), QStringLiteral("--tag"), QStringLiteral("Method"),
                                   QStringLiteral("--note"), QStringLiteral("Key *claim*"), QStringLiteral("--color"),
                                   QStringLiteral("orange"), QStringLiteral("--json")});
    INFO(made.err.toStdString());
    REQUIRE(made.exitCode == 0);
    const QJsonObject created = QJsonDocument::fromJson(made.out.toUtf8()).object();
    CHECK(created.value(QStringLiteral("quote")).toString() == QStringLiteral("对齐问题"));

    // A second one on the English side, by document title.
    const auto english = runIn(lib, {QStringLiteral("annotate"), QStringLiteral("对齐访谈"), QStringLiteral("2"), QStringLiteral("--side"),
                                      QStringLiteral("en"), QStringLiteral("--quote"), QStringLiteral("oversight"),
                                      QStringLiteral("--tag"), QStringLiteral("Method")});
    INFO(english.err.toStdString());
    REQUIRE(english.exitCode == 0);

    const auto listed = runIn(lib, {QStringLiteral("annotations"), QStringLiteral("--json")});
    REQUIRE(listed.exitCode == 0);
    const QJsonArray all = QJsonDocument::fromJson(listed.out.toUtf8()).array();
    REQUIRE(all.size() == 2);
    const QJsonObject a = all.at(0).toObject();
    CHECK(a.value(QStringLiteral("document")).toInt() == doc);
    CHECK(a.value(QStringLiteral("segment")).toInt() == 1);
    CHECK(a.value(QStringLiteral("side")).toString() == QStringLiteral("zh"));
    CHECK(a.value(QStringLiteral("quote")).toString() == QStringLiteral("对齐问题"));
    CHECK(a.value(QStringLiteral("tags")).toArray()
          == QJsonArray::fromStringList(QStringList{QStringLiteral("Risk/Misuse"), QStringLiteral("Method")}));
    CHECK(a.value(QStringLiteral("note")).toString() == QStringLiteral("Key *claim*"));
    CHECK(a.value(QStringLiteral("color")).toString() == QStringLiteral("#ffa500"));
    CHECK(a.value(QStringLiteral("author")).toString() == QStringLiteral("Ada Tester"));
    CHECK(a.value(QStringLiteral("created")).toString().endsWith(QLatin1Char('Z')));
    CHECK(a.value(QStringLiteral("modified_by")).toString() == QStringLiteral("Ada Tester"));
    CHECK(a.value(QStringLiteral("modified")).toString().endsWith(QLatin1Char('Z')));
    CHECK(a.value(QStringLiteral("version")).toInt() >= 1);
    CHECK(a.value(QStringLiteral("id")).toInt() > 0);
    CHECK(all.at(1).toObject().value(QStringLiteral("note")).isNull());
    CHECK(all.at(1).toObject().value(QStringLiteral("side")).toString() == QStringLiteral("en"));

    const auto misuse = runIn(lib, {QStringLiteral("annotations"), QStringLiteral("--tag"), QStringLiteral("Risk"), QStringLiteral("--json")});
    CHECK(QJsonDocument::fromJson(misuse.out.toUtf8()).array().size() == 1); // Risk includes Risk/Misuse
    const auto method = runIn(lib, {QStringLiteral("annotations"), QStringLiteral("--document"), QString::number(doc),
                                     QStringLiteral("--tag"), QStringLiteral("Method"), QStringLiteral("--json")});
    CHECK(QJsonDocument::fromJson(method.out.toUtf8()).array().size() == 2);
    const auto text = runIn(lib, {QStringLiteral("annotations")});
    CHECK(text.out.contains(QStringLiteral("对齐问题")));
    CHECK(text.out.contains(QStringLiteral("Risk/Misuse")));

    const auto tags = runIn(lib, {QStringLiteral("tags"), QStringLiteral("--json")});
    REQUIRE(tags.exitCode == 0);
    const QJsonArray tagArray = QJsonDocument::fromJson(tags.out.toUtf8()).array();
    REQUIRE(tagArray.size() == 3);
    QHash<QString, int> counts;
    for (const QJsonValue &v : tagArray) {
        const QJsonObject t = v.toObject();
        CHECK(t.value(QStringLiteral("id")).toInt() > 0);
        CHECK(t.value(QStringLiteral("color")).toString().startsWith(QLatin1Char('#')));
        counts.insert(t.value(QStringLiteral("path")).toString(), t.value(QStringLiteral("count")).toInt());
    }
    CHECK(counts.value(QStringLiteral("Method")) == 2);
    CHECK(counts.value(QStringLiteral("Risk/Misuse")) == 1);
    CHECK(counts.value(QStringLiteral("Risk")) == 0);

    lib.reopen();
    const QList<Annotation> stored = lib->annotations().list(doc);
    REQUIRE(stored.size() == 2);
    CHECK(stored.at(0).startOffset == 6);
    CHECK(stored.at(0).endOffset == 10);
    CHECK(stored.at(0).prefix == QStringLiteral("欢迎收听节目。\n我们今天讨论"));
}

TEST_CASE("annotate refuses a quote that is not in the segment and writes nothing", "[cli][annotate]")
{
    test::TemporaryLibrary lib;
    const qint64 doc = test::insertTalk(*lib);
    lib.close();
    const auto wrongQuote = runIn(lib, {QStringLiteral("annotate"), QString::number(doc), QStringLiteral("0"), QStringLiteral("--side"),
                                         QStringLiteral("zh"), QStringLiteral("--quote"), QStringLiteral("对齐"),
                                         QStringLiteral("--tag"), QStringLiteral("New")});
    CHECK(wrongQuote.exitCode == 1);
    CHECK(wrongQuote.err.contains(QStringLiteral("does not occur")));
    const auto wrongSide = runIn(lib, {QStringLiteral("annotate"), QString::number(doc), QStringLiteral("0"), QStringLiteral("--side"),
                                        QStringLiteral("fr"), QStringLiteral("--quote"), QStringLiteral("x")});
    CHECK(wrongSide.exitCode == 2);
    const auto wrongSegment = runIn(lib, {QStringLiteral("annotate"), QString::number(doc), QStringLiteral("9"), QStringLiteral("--side"),
                                           QStringLiteral("en"), QStringLiteral("--quote"), QStringLiteral("x")});
    CHECK(wrongSegment.exitCode == 1);
    CHECK(wrongSegment.err.contains(QStringLiteral("between 0 and 2")));
    const auto noTag = runIn(lib, {QStringLiteral("annotations"), QStringLiteral("--tag"), QStringLiteral("Nope")});
    CHECK(noTag.exitCode == 1);
    lib.reopen();
    CHECK(lib->annotations().list().isEmpty());
    CHECK(lib->tags().list().isEmpty()); // the failed command created no tag
}

// Review item: `bitext annotate` made a twin of a highlighted passage, where the window
// acts on that highlight. Both now follow AnnotationRepository::samePassage.
TEST_CASE(
    "annotate on a passage already highlighted adds to that highlight instead of making a twin", "[cli][annotate]")
{
    test::TemporaryLibrary lib;
    const qint64 doc = test::insertTalk(*lib);
    // Highlighted in the window earlier, with a tag and a note.
    Annotation first = test::annotationOn(*lib, doc, 1, QStringLiteral("对齐问题"));
    first.tagIds = {lib->tags().ensurePath(QStringLiteral("Method"))};
    first.color = QColor(QStringLiteral("#ffd54f"));
    const qint64 id = lib->annotations().create(first);
    lib.close();

    const QStringList again {QStringLiteral("annotate"), QString::number(doc), QStringLiteral("1"),
        QStringLiteral("--side"), QStringLiteral("zh"), QStringLiteral("--quote"), QStringLiteral("对齐问题"),
        QStringLiteral("--tag"), QStringLiteral("Risk/Misuse"), QStringLiteral("--note"),
        QStringLiteral("Seen *twice*"), QStringLiteral("--json")};
    const auto made = runIn(lib, again);
    INFO(made.err.toStdString());
    REQUIRE(made.exitCode == 0);
    const QJsonObject json = QJsonDocument::fromJson(made.out.toUtf8()).object();
    CHECK(json.value(QStringLiteral("id")).toInt() == id);
    CHECK(json.value(QStringLiteral("tags")).toArray()
        == QJsonArray::fromStringList({QStringLiteral("Method"), QStringLiteral("Risk/Misuse")}));
    CHECK(json.value(QStringLiteral("note")).toString() == QStringLiteral("Seen *twice*"));
    CHECK(json.value(QStringLiteral("color")).toString() == QStringLiteral("#ffd54f")); // kept: none asked for

    // Run again (a script repeating itself): still one highlight, nothing doubled; a colour
    // asked for recolours it.
    QStringList recolor = again;
    recolor << QStringLiteral("--color") << QStringLiteral("orange");
    REQUIRE(runIn(lib, recolor).exitCode == 0);
    const auto text = runIn(lib,
        {QStringLiteral("annotate"), QString::number(doc), QStringLiteral("1"), QStringLiteral("--side"),
            QStringLiteral("zh"), QStringLiteral("--quote"), QStringLiteral("对齐问题")});
    REQUIRE(text.exitCode == 0);
    CHECK(text.out.contains(QStringLiteral("already on this passage")));

    // A different passage (one character longer) is a highlight of its own.
    REQUIRE(runIn(lib,
                {QStringLiteral("annotate"), QString::number(doc), QStringLiteral("1"), QStringLiteral("--side"),
                    QStringLiteral("zh"), QStringLiteral("--quote"), QStringLiteral("对齐问题。")})
                .exitCode
        == 0);

    lib.reopen();
    const QList<Annotation> stored = lib->annotations().list(doc);
    REQUIRE(stored.size() == 2);
    const auto kept = lib->annotations().find(id);
    REQUIRE(kept);
    CHECK(kept->tagIds.size() == 2);
    CHECK(kept->color == QColor(QStringLiteral("#ffa500")));
    CHECK(lib->notes().forAnnotation(id)->body == QStringLiteral("Seen *twice*"));
    CHECK(lib->tags().list().size() == 3); // Method, Risk, Risk/Misuse: made once
}

// Review item: tag paths were parsed twice (CreateTagCommand and TagRepository::ensurePath).
// One rule now: the same typed path names the same tag from the window and the command line.
TEST_CASE("a typed tag path names the same tag in the window's command and on the command line", "[cli][annotate]")
{
    test::TemporaryLibrary lib;
    const qint64 doc = test::insertTalk(*lib);
    QUndoStack stack;
    REQUIRE(
        ui::LibraryCommand::push(&stack, new ui::CreateTagCommand(*lib, QStringLiteral(" Risk / /Misuse/"))).isEmpty());
    const auto made = lib->tags().findByPath(QStringLiteral("Risk/Misuse"));
    REQUIRE(made);
    CHECK(lib->tags().list().size() == 2);
    lib.close();

    const auto run = runIn(lib,
        {QStringLiteral("annotate"), QString::number(doc), QStringLiteral("2"), QStringLiteral("--side"),
            QStringLiteral("en"), QStringLiteral("--quote"), QStringLiteral("oversight"), QStringLiteral("--tag"),
            QStringLiteral("Risk/ /Misuse //"), QStringLiteral("--json")});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(QJsonDocument::fromJson(run.out.toUtf8()).object().value(QStringLiteral("tags")).toArray()
        == QJsonArray::fromStringList({QStringLiteral("Risk/Misuse")}));
    lib.reopen();
    CHECK(lib->tags().list().size() == 2); // the same two tags, none added
    CHECK(lib->annotations().list(doc).first().tagIds == QList<qint64> {made->id});
}
