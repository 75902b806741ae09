#pragma once

#include <QString>

namespace bitext::test {

// Where the seed transcripts are, free of Catch2 so that tools (bitext_annotated_samples)
// can link them without the test main.
// ../shared/seeds/NAME relative to the project (BITEXT_SEEDS overrides).
QString seedPath(const QString &name);
// The seed file whose name starts with prefix ("001"); throws std::runtime_error when missing.
QString seedFileByPrefix(const QString &prefix);

} // namespace bitext::test
