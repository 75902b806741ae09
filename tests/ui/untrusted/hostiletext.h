#pragma once

// Hostile text for the rich-text widgets: HTML and Markdown that would load a local
// image (a distinctive magenta square this fixture writes), a data: URL of the same
// image, or an address on a local TCP server that counts the connections it gets.
#include <QImage>
#include <QString>
#include <QTcpServer>
#include <QTemporaryDir>

class QWidget;

namespace bitext {
class Library;
}

namespace bitext::test {

class HostileText
{
public:
    HostileText();
    ~HostileText();
    HostileText(const HostileText &) = delete;
    HostileText &operator=(const HostileText &) = delete;

    // The image as an absolute path, a file: URL, a name relative to the working
    // directory (the fixture's folder while it lives) and a data: URL.
    QString imagePath() const { return m_imagePath; }
    QString imageFileUrl() const;
    QString imageDataUrl() const;
    // An address on the local server.
    QString web(const QString &path) const;
    // HTML naming the image every way, and the server.
    QString images() const;
    // The same in Markdown (images, then raw HTML, which GitHub Markdown allows).
    QString markdownImages() const;
    // Connections the server got (after letting the event loop run a little).
    int connections();

    // A highlight on the first words of the document's first English segment.
    static qint64 annotateStart(Library &library, qint64 documentId);

    // An <img> of the image by its relative name: what a title or a name would carry.
    static QString imageTag();
    // Checks that a tooltip neither shows the image nor hides the literal text.
    static void checkToolTip(const QString &tip, const QString &literal, QWidget *widget);

    // Whether an image shows the magenta square (or a good part of it).
    static bool showsSecret(const QImage &image);
    static bool showsSecret(QWidget *widget);
    // The tooltip Qt shows for text, rendered.
    static QImage renderedToolTip(const QString &text, QWidget *widget);
    // The characters a rich-text widget shows for text given to an AutoText widget.
    static QString shownText(const QString &text);

private:
    QTemporaryDir m_dir;
    QString m_imagePath;
    QString m_oldDir;
    QTcpServer m_server;
    int m_connections = 0;
};

} // namespace bitext::test
