#pragma once

#include "tests/support/testsupport.h"
#include "ui/search/librarysearchpanel.h"

#include <catch2/catch.hpp>

namespace bitext::test {

// Library search answers from a worker thread: waits until the latest results show.
inline void waitForResults(ui::LibrarySearchPanel &panel)
{
    REQUIRE(waitFor([&] { return !panel.isSearching(); }, 30000));
}

inline void searchAndWait(ui::LibrarySearchPanel &panel, const QString &query)
{
    panel.setQuery(query);
    waitForResults(panel);
}

} // namespace bitext::test
