#pragma once

#include <QCoreApplication>

class QUrl;
class QWidget;

namespace bitext::ui {

// The one way a link from a transcript, a note or document metadata reaches the
// browser: on the user's click only, for http(s) addresses only, and only after the
// user has seen the whole address and chosen Open. Anything else (file:, javascript:,
// data:, a custom scheme) is refused with a message.
class ExternalLink
{
    Q_DECLARE_TR_FUNCTIONS(ExternalLink)

public:
    // Returns whether the address was handed to the desktop (QDesktopServices).
    static bool open(QWidget *parent, const QUrl &url);
    // The same for a link's href as a label's linkActivated gives it.
    static bool open(QWidget *parent, const QString &href);
};

} // namespace bitext::ui
