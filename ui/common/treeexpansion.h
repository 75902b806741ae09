#pragma once

class QTreeView;

namespace bitext::ui {

// Shows rows the model inserts (a tag added here or elsewhere) open, like a tree that
// was expanded once, and opens a parent for its first children, without opening what
// the user has closed since.
// Call after the view got its model.
void expandNewRows(QTreeView *view);

} // namespace bitext::ui
