#include "ui/common/offlinebrowser.h"

#include "models/text/offlinedocument.h"
#include "ui/common/externallink.h"

namespace bitext::ui {

OfflineBrowser::OfflineBrowser(QWidget *parent)
    : QTextBrowser(parent)
    , m_offline(new OfflineDocument(this))
{
    setDocument(m_offline);
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setReadOnly(true);
    // anchorClicked comes from a click or Enter on a link, never from showing the text.
    connect(this, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) { ExternalLink::open(this, url); });
}

int OfflineBrowser::refusedResources() const
{
    return m_refused + m_offline->refusedResources();
}

QVariant OfflineBrowser::loadResource(int type, const QUrl &name)
{
    Q_UNUSED(name)
    ++m_refused;
    return OfflineDocument::blank(type);
}

} // namespace bitext::ui
