#include "models/text/offlinedocument.h"

#include <QImage>

namespace bitext {

OfflineDocument::OfflineDocument(QObject *parent)
    : QTextDocument(parent)
{
}

QVariant OfflineDocument::loadResource(int type, const QUrl &name)
{
    Q_UNUSED(name)
    ++m_refused;
    return blank(type);
}

QVariant OfflineDocument::blank(int type)
{
    if (type == QTextDocument::ImageResource) {
        QImage image(1, 1, QImage::Format_ARGB32);
        image.fill(Qt::transparent);
        return image;
    }
    return QByteArray(" ");
}

} // namespace bitext
