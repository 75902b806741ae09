#pragma once

#include <QString>

class QUrl;

namespace bitext {

// Text from transcripts, notes, tags, document metadata and file names on its way
// into a Qt widget. Several widgets guess the format (Qt::AutoText: tooltips, message
// boxes, labels): text that looks like HTML would be rendered, and an <img> in it
// would be loaded. Menus and buttons read '&' as a shortcut mark.
namespace untrustedtext {

// For a widget that guesses the format: the text unchanged where Qt takes it as plain
// text, else escaped rich text that shows the same characters (line breaks kept).
QString shownLiterally(const QString &text);
// For menu entries, buttons and labels with a buddy: every '&' shown as itself.
QString withoutMnemonic(const QString &text);
// For QWidget::setWindowTitle, where "[*]" marks the modified state.
QString windowTitle(const QString &text);
// An address Bitext may hand to the browser: http or https with a host.
bool isWebAddress(const QUrl &url);

} // namespace untrustedtext

} // namespace bitext
