#pragma once

#include <QTextBrowser>

namespace bitext {
class OfflineDocument;
}

namespace bitext::ui {

// A QTextBrowser for text from outside (a note, an exported page): it loads nothing the
// text names (its own document is an OfflineDocument, and it refuses what other
// documents it shows ask it for), follows no link itself, and on a click on a link
// offers a web address to the browser through ExternalLink.
class OfflineBrowser : public QTextBrowser
{
    Q_OBJECT

public:
    explicit OfflineBrowser(QWidget *parent = nullptr);

    // How many resources the text asked for (and did not get): for tests.
    int refusedResources() const;

    QVariant loadResource(int type, const QUrl &name) override;

private:
    OfflineDocument *m_offline;
    int m_refused = 0;
};

} // namespace bitext::ui
