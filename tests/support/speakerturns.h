#pragma once

#include "models/store/library.h"

#include <QList>
#include <QStringList>

namespace bitext::test {

// Stores a talk made of turns, each {speaker, Chinese, English} (an empty speaker for
// text without one), and returns the document's id. For tests that count by speaker.
qint64 insertSpeakerTurns(Library &library, const QString &title, const QList<QStringList> &turns);

} // namespace bitext::test
