#pragma once

class QTreeView;

namespace bitext::ui {

// Shows rows the model inserts or moves (a tag added here or elsewhere) open, like a
// tree that was expanded once, without opening what the user has closed since.
// Call after the view got its model.
void expandNewRows(QTreeView *view);

} // namespace bitext::ui
