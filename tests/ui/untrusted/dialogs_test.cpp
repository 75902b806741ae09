// Tag and speaker names in the smaller widgets: the tag picker's and the export
// checklist's tooltips, the speaker prompt (a label with a buddy, where '&' would mark a
// shortcut), shown as the characters they are.
#include "models/store/tagrepository.h"
#include "tests/support/testsupport.h"
#include "tests/ui/untrusted/hostiletext.h"
#include "ui/annotate/tagpicker.h"
#include "ui/export/tagchecklist.h"
#include "ui/speakers/speakerchoicedialog.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QTest>
#include <QTreeWidget>

#include <catch2/catch.hpp>

using namespace bitext;
using namespace bitext::ui;
using bitext::test::HostileText;

namespace {

const QString kImage = HostileText::imageTag();

} // namespace

TEST_CASE("Tag descriptions show literally in the tag picker and the export checklist", "[untrusted][labels][tags]")
{
    HostileText hostile;
    test::TemporaryLibrary library;
    const QString description = kImage + QStringLiteral(" means R&D");
    const qint64 tagId = library->tags().create(0, kImage + QStringLiteral("Risk"), QColor(Qt::cyan), description);
    const Tag tag = *library->tags().find(tagId);

    TagPicker picker(library.library(), nullptr);
    picker.show();
    picker.lineEdit()->setText(QStringLiteral("<"));
    QCoreApplication::processEvents();
    REQUIRE(picker.list()->count() >= 1);
    HostileText::checkToolTip(picker.list()->item(0)->toolTip(), description, &picker);

    TagChecklist checklist;
    checklist.show();
    checklist.setTags({tag}, {});
    REQUIRE(checklist.topLevelItemCount() == 1);
    HostileText::checkToolTip(checklist.topLevelItem(0)->toolTip(0), description, &checklist);
    CHECK(hostile.connections() == 0);
}

TEST_CASE("The speaker prompt shows a hostile name with its '&'", "[untrusted][labels][speakers]")
{
    HostileText hostile;
    Speaker anna;
    anna.id = 1;
    anna.name = QStringLiteral("Anna");
    SpeakerChoiceDialog dialog({anna});
    const QString prompt = QStringLiteral("Merge %1 into which speaker?").arg(kImage + QStringLiteral("R&D"));
    dialog.setPrompt(prompt);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    CHECK_FALSE(HostileText::showsSecret(&dialog));
    QLabel *label = dialog.findChild<QLabel *>();
    REQUIRE(label);
    CHECK(label->textFormat() == Qt::PlainText);
    // Doubled for the buddy's mnemonic: the label shows one '&'.
    CHECK(label->text() == QString(prompt).replace(QLatin1Char('&'), QLatin1String("&&")));
}
