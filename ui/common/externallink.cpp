#include "ui/common/externallink.h"

#include "models/text/untrustedtext.h"

#include <QDesktopServices>
#include <QMessageBox>
#include <QPushButton>
#include <QUrl>

namespace bitext::ui {

bool ExternalLink::open(QWidget *parent, const QUrl &url)
{
    // The address as the browser will get it: encoded, so that look-alike characters
    // and hidden parts show.
    const QString address = url.toString(QUrl::FullyEncoded);
    if (!untrustedtext::isWebAddress(url)) {
        QMessageBox box(QMessageBox::Warning, tr("Link Not Opened"),
            tr("Bitext opens only web addresses (http and https) from documents and notes."), QMessageBox::Ok, parent);
        box.setObjectName(QStringLiteral("linkRefused"));
        box.setInformativeText(untrustedtext::shownLiterally(address.isEmpty() ? url.toString() : address));
        box.exec();
        return false;
    }
    QMessageBox box(
        QMessageBox::Question, tr("Open Link"), tr("Open this address in your browser?"), QMessageBox::Cancel, parent);
    box.setObjectName(QStringLiteral("linkConfirmation"));
    box.setInformativeText(untrustedtext::shownLiterally(address));
    QPushButton *openButton = box.addButton(tr("&Open"), QMessageBox::AcceptRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != openButton)
        return false;
    return QDesktopServices::openUrl(url);
}

bool ExternalLink::open(QWidget *parent, const QString &href)
{
    return open(parent, QUrl(href, QUrl::StrictMode));
}

} // namespace bitext::ui
