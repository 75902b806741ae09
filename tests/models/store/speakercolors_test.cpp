// A new speaker's colour is one no speaker of the library has yet (then the least used),
// so two people never share a lane colour while the palette lasts.
#include "models/domain/parseddocument.h"
#include "models/store/documentrepository.h"
#include "models/store/speakerrepository.h"
#include "tests/support/testsupport.h"

#include <QSet>

#include <catch2/catch.hpp>

using namespace bitext;

namespace {

QColor colorOf(Library &library, qint64 speakerId)
{
    return library.speakers().find(speakerId)->color;
}

} // namespace

TEST_CASE("A new speaker gets the first palette colour no speaker has", "[store][speakers][colors]")
{
    test::TemporaryLibrary lib;
    SpeakerRepository &speakers = lib->speakers();
    const qint64 a = speakers.create(QStringLiteral("A"));
    const qint64 b = speakers.create(QStringLiteral("B"));
    const qint64 c = speakers.create(QStringLiteral("C"));
    CHECK(colorOf(*lib, a) == SpeakerRepository::paletteColor(0));
    CHECK(colorOf(*lib, b) == SpeakerRepository::paletteColor(1));
    CHECK(colorOf(*lib, c) == SpeakerRepository::paletteColor(2));

    // A is merged away: its colour is free again, C's is not (counting speakers would
    // give the next one C's colour).
    speakers.merge(a, b);
    const qint64 d = speakers.create(QStringLiteral("D"));
    CHECK(colorOf(*lib, d) == SpeakerRepository::paletteColor(0));
    CHECK(colorOf(*lib, d) != colorOf(*lib, c));

    // A colour the user picked by hand is taken as well.
    speakers.setColor(d, SpeakerRepository::paletteColor(3));
    const qint64 e = speakers.create(QStringLiteral("E"));
    CHECK(colorOf(*lib, e) == SpeakerRepository::paletteColor(0));

    // Every colour used once: the next ones go round again, least used first.
    QSet<QString> used;
    for (int i = 0; i < 6; ++i)
        speakers.create(QStringLiteral("F%1").arg(i));
    for (const Speaker &s : speakers.list())
        used.insert(s.color.name());
    REQUIRE(used.size() == 10);
    const qint64 g = speakers.create(QStringLiteral("G"));
    const qint64 h = speakers.create(QStringLiteral("H"));
    CHECK(colorOf(*lib, g) == SpeakerRepository::paletteColor(0));
    CHECK(colorOf(*lib, h) == SpeakerRepository::paletteColor(1));
}

TEST_CASE("The speaker segments share, for assigning them", "[store][speakers]")
{
    test::TemporaryLibrary lib;
    ParsedDocument parsed;
    parsed.document.title = QStringLiteral("Turns");
    for (const QString &speaker :
        {QStringLiteral("Host"), QStringLiteral("Host"), QStringLiteral("Guest"), QString()}) {
        Segment s;
        s.speaker = speaker;
        s.en = QStringLiteral("Words of %1.").arg(speaker);
        parsed.segments << s;
    }
    const qint64 document = lib->documents().insert(parsed);
    QList<qint64> ids;
    for (const Segment &s : lib->documents().segments(document))
        ids << s.id;
    REQUIRE(ids.size() == 4);
    SpeakerRepository &speakers = lib->speakers();
    const qint64 host = speakers.findByName(QStringLiteral("Host"))->id;
    CHECK(speakers.sharedSpeaker(ids.mid(0, 2)) == host);
    CHECK(speakers.sharedSpeaker(ids.mid(0, 1)) == host);
    CHECK(speakers.sharedSpeaker(ids.mid(1, 2)) == 0); // Host and Guest
    CHECK(speakers.sharedSpeaker(ids.mid(3, 1)) == 0); // nobody
    CHECK(speakers.sharedSpeaker({}) == 0);
}
