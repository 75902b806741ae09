#pragma once

#include <QTextDocument>

namespace bitext {

// A rich-text document for text that comes from outside (transcripts, notes, exports):
// it loads nothing the text names. Images, style sheets and other resources, whether a
// local file, a qrc: path, a data: URL or a web address, resolve to a blank stand-in.
// (QTextDocument's own loadResource reads local files and decodes data: URLs, and for
// an image it does not get, Qt's image handler opens the named file itself: an empty
// answer is not enough.)
class OfflineDocument : public QTextDocument
{
    Q_OBJECT

public:
    explicit OfflineDocument(QObject *parent = nullptr);

    // How many resources the text asked for (and did not get).
    int refusedResources() const { return m_refused; }
    // The stand-in for a resource of this type (QTextDocument::ResourceType), for any
    // loadResource that refuses: not an empty QVariant, which makes Qt look further.
    static QVariant blank(int type);

protected:
    QVariant loadResource(int type, const QUrl &name) override;

private:
    int m_refused = 0;
};

} // namespace bitext
