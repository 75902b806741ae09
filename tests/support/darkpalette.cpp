#include "tests/support/darkpalette.h"

#include "ui/common/appearance.h"

namespace bitext::test {

QPalette darkPalette()
{
    // The palette of Preferences › Appearance › Dark: what users of a light desktop see.
    return ui::Appearance::darkPalette();
}

} // namespace bitext::test
