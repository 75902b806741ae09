#include "tests/ui/untrusted/hostiletext.h"

#include "models/store/annotationrepository.h"
#include "models/store/documentrepository.h"
#include "tests/models/annotate/annotatefixture.h"
#include "tests/support/testsupport.h"

#include <QApplication>
#include <QBuffer>
#include <QDir>
#include <QLabel>
#include <QTcpSocket>
#include <QTest>
#include <QTextDocument>
#include <QToolTip>
#include <QUrl>

#include <catch2/catch.hpp>

namespace bitext::test {

namespace {

const QRgb kSecret = qRgb(255, 0, 255);

QImage secretImage()
{
    QImage image(24, 24, QImage::Format_RGB32);
    image.fill(kSecret);
    return image;
}

} // namespace

HostileText::HostileText()
{
    REQUIRE(m_dir.isValid());
    m_imagePath = m_dir.filePath(QStringLiteral("secret.png"));
    REQUIRE(secretImage().save(m_imagePath));
    // "secret.png" alone resolves against the working directory.
    m_oldDir = QDir::currentPath();
    REQUIRE(QDir::setCurrent(m_dir.path()));
    REQUIRE(m_server.listen(QHostAddress::LocalHost));
    QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            ++m_connections;
            socket->close();
            socket->deleteLater();
        }
    });
}

HostileText::~HostileText()
{
    QDir::setCurrent(m_oldDir);
}

QString HostileText::imageFileUrl() const
{
    return QUrl::fromLocalFile(m_imagePath).toString();
}

QString HostileText::imageDataUrl() const
{
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    secretImage().save(&buffer, "PNG");
    return QStringLiteral("data:image/png;base64,") + QString::fromLatin1(png.toBase64());
}

QString HostileText::web(const QString &path) const
{
    return QStringLiteral("http://127.0.0.1:%1/%2").arg(m_server.serverPort()).arg(path);
}

QString HostileText::images() const
{
    QString html;
    for (const QString &source :
        {m_imagePath, imageFileUrl(), QStringLiteral("secret.png"), imageDataUrl(), web(QStringLiteral("pixel.png"))})
        html += QStringLiteral("<img src=\"%1\">").arg(source);
    return html + QStringLiteral("<link rel=\"stylesheet\" href=\"%1\">").arg(web(QStringLiteral("style.css")));
}

QString HostileText::markdownImages() const
{
    return QStringLiteral("![a](%1) ![b](%2) ![c](secret.png) ![d](%3)\n\n%4\n")
        .arg(m_imagePath, imageFileUrl(), web(QStringLiteral("md.png")), images());
}

int HostileText::connections()
{
    QTest::qWait(150); // a connection attempt would have arrived by now
    QCoreApplication::processEvents();
    return m_connections;
}

qint64 HostileText::annotateStart(Library &library, qint64 documentId)
{
    const QString words = library.documents().segments(documentId).first().en.left(4);
    return library.annotations().create(annotationOn(library, documentId, 0, words, Side::En));
}

QString HostileText::imageTag()
{
    return QStringLiteral("<img src=\"secret.png\">");
}

void HostileText::checkToolTip(const QString &tip, const QString &literal, QWidget *widget)
{
    INFO(tip.toStdString());
    CHECK_FALSE(showsSecret(renderedToolTip(tip, widget)));
    CHECK(shownText(tip).contains(literal));
}

bool HostileText::showsSecret(const QImage &image)
{
    // A 24 px square: a row of at least 8 magenta pixels is it, scaled or not.
    const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
    for (int y = 0; y < rgb.height(); ++y) {
        int run = 0;
        for (int x = 0; x < rgb.width(); ++x) {
            run = (rgb.pixel(x, y) & 0xffffff) == (kSecret & 0xffffff) ? run + 1 : 0;
            if (run >= 8)
                return true;
        }
    }
    return false;
}

bool HostileText::showsSecret(QWidget *widget)
{
    return showsSecret(widget->grab().toImage());
}

QImage HostileText::renderedToolTip(const QString &text, QWidget *widget)
{
    QToolTip::showText(QPoint(40, 40), text, widget);
    QLabel *tip = nullptr;
    waitFor([&tip] {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (w->objectName() == QLatin1String("qtooltip_label") && w->isVisible())
                tip = qobject_cast<QLabel *>(w);
        }
        return tip != nullptr;
    });
    REQUIRE(tip);
    const QImage image = tip->grab().toImage();
    QToolTip::hideText();
    return image;
}

QString HostileText::shownText(const QString &text)
{
    if (!Qt::mightBeRichText(text))
        return text;
    QTextDocument document;
    document.setHtml(text);
    return document.toPlainText();
}

} // namespace bitext::test
