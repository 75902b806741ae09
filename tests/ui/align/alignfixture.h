#pragma once

#include "models/domain/parseddocument.h"
#include "models/store/documentrepository.h"
#include "tests/ui/reader/windowfixture.h"

#include <QAbstractButton>
#include <QFile>
#include <QMessageBox>
#include <QMimeData>
#include <QUrl>

namespace bitext::test {

// A document as an aligner leaves it: rows 1 and 3 paired with low confidence, row 2
// marked untranslated, the others sure.
inline qint64 insertReviewDocument(Library &library)
{
    ParsedDocument parsed;
    parsed.document.title = QStringLiteral("Paired talk");
    parsed.document.format = QStringLiteral("plain");
    const QList<std::optional<double>> confidences {0.95, 0.31, std::nullopt, 0.12, 0.8};
    for (int i = 0; i < confidences.size(); ++i) {
        Segment segment;
        segment.ordinal = i;
        segment.zh = QStringLiteral("第%1句，我们谈谈对齐。").arg(i + 1);
        segment.en = i == 2 ? QString() : QStringLiteral("Sentence %1: we talk about alignment.").arg(i + 1);
        segment.confidence = confidences.at(i);
        segment.untranslated = i == 2;
        segment.sourceLine = i + 1;
        parsed.segments << segment;
    }
    const qint64 id = library.documents().insert(parsed);
    emit library.documentsChanged();
    return id;
}

// Writes a UTF-8 file of lines into dir and returns its path.
inline QString writeLines(const QString &dir, const QString &name, const QStringList &lines)
{
    const QString path = dir + QLatin1Char('/') + name;
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(lines.join(QLatin1Char('\n')).toUtf8() + '\n');
    return path;
}

// Drops files on the window as a user drags them from a file manager.
inline void dropFiles(QWidget &window, const QStringList &files)
{
    QList<QUrl> urls;
    for (const QString &file : files)
        urls << QUrl::fromLocalFile(file);
    QMimeData mime;
    mime.setUrls(urls);
    QDragEnterEvent enter(QPoint(300, 300), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&window, &enter);
    REQUIRE(enter.isAccepted());
    QDropEvent drop(QPointF(300, 300), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&window, &drop);
    REQUIRE(drop.isAccepted());
}

// The button of a question box with this text (mnemonic left out).
inline QAbstractButton *buttonNamed(QMessageBox *box, const QString &text)
{
    const QList<QAbstractButton *> buttons = box->buttons();
    for (QAbstractButton *button : buttons) {
        if (button->text().remove(QLatin1Char('&')) == text)
            return button;
    }
    return nullptr;
}

} // namespace bitext::test
