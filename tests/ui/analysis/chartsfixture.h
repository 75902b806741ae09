#pragma once

#include "models/analysis/matrixtable.h"
#include "models/store/speakerrepository.h"
#include "tests/support/speakerturns.h"
#include "tests/support/testsupport.h"
#include "ui/analysis/chartsview.h"

#include <QColor>
#include <QDir>
#include <QImage>

namespace bitext::test {

// A library with two speakers of known colours and two short talks, and the matrices a
// matrix view would hand the charts, made by hand.
struct ChartsLibrary
{
    TemporaryLibrary lib;
    qint64 host = 0;
    qint64 guest = 0;
    qint64 first = 0;
    qint64 second = 0;
    QColor hostColor {QStringLiteral("#d1495b")};
    QColor guestColor {QStringLiteral("#00798c")};

    ChartsLibrary()
    {
        host = lib->speakers().create(QStringLiteral("主持人"), hostColor);
        guest = lib->speakers().create(QStringLiteral("Guest"), guestColor);
        // 访谈一: 主持人 欢迎收听 4 + Welcome 1 = 5; Guest 我们研究对齐 6 + We study alignment 3 = 9.
        first = insert(QStringLiteral("访谈一"),
            {{QStringLiteral("主持人"), QStringLiteral("欢迎收听"), QStringLiteral("Welcome")},
                {QStringLiteral("Guest"), QStringLiteral("我们研究对齐"), QStringLiteral("We study alignment")}});
        // 访谈二: Guest 好 1 + OK 1 = 2.
        second
            = insert(QStringLiteral("访谈二"), {{QStringLiteral("Guest"), QStringLiteral("好"), QStringLiteral("OK")}});
    }

    qint64 insert(const QString &title, const QList<QStringList> &turns)
    {
        return insertSpeakerTurns(*lib, title, turns);
    }

    // Codes × speakers, counts: three codes, the two speakers.
    MatrixTable codesBySpeaker() const
    {
        MatrixTable t;
        t.columns = MatrixColumns::Speakers;
        t.rowTagIds = {1, 2, 3};
        t.rowLabels
            = QStringList {QStringLiteral("价值观"), QStringLiteral("价值观/诚实"), QStringLiteral("Method/Interview")};
        t.columnIds = {host, guest};
        t.columnLabels = QStringList {QStringLiteral("主持人"), QStringLiteral("Guest")};
        t.values = {{3, 1}, {0, 2}, {5, 0}};
        return t;
    }
};

// A big matrix (codes × documents) like a real codebook's: rows with long nested code
// paths in Chinese and English.
inline MatrixTable bigMatrix(int rows, int columns)
{
    MatrixTable t;
    t.columns = MatrixColumns::Documents;
    for (int r = 0; r < rows; ++r) {
        t.rowTagIds << r + 1;
        t.rowLabels << (r % 2 ? QStringLiteral("价值观与伦理/模型的性格/诚实与谦逊 %1").arg(r)
                              : QStringLiteral("Methods/Interviews/Follow-up questions %1").arg(r));
        QVector<double> row;
        for (int c = 0; c < columns; ++c)
            row << double((r * 7 + c * 3) % 13);
        t.values << row;
    }
    for (int c = 0; c < columns; ++c) {
        t.columnIds << c + 1;
        t.columnLabels << QStringLiteral("访谈 %1: 对齐研究").arg(c + 1);
    }
    return t;
}

// Waits until the view has its talk share (computed on a worker thread).
inline bool settled(const ui::ChartsView &view)
{
    return waitFor([&view] { return !view.isBusy(); });
}

// Saves image as NAME.png in $BITEXT_SCREENSHOTS when that is set (to look at).
inline void keepScreenshot(const QImage &image, const QString &name)
{
    const QString dir = qEnvironmentVariable("BITEXT_SCREENSHOTS");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    image.save(QDir(dir).filePath(name + QStringLiteral(".png")));
}

} // namespace bitext::test
