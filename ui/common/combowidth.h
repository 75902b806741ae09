#pragma once

class QComboBox;

namespace bitext::ui {

// Makes a combo box wide enough to show entry `index` whole (in today's language and
// font), and at least `atLeast` average characters, without letting longer entries widen
// it: they show whole in the open list. Call again after the entry's text changes.
void fitComboToEntry(QComboBox *combo, int index, int atLeast = 0);

} // namespace bitext::ui
