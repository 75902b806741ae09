#pragma once

#include <QString>
#include <QStringList>

class QWidget;

namespace bitext::ui {

// Every file chooser of the app goes through here (as KeePassXC's FileDialog): the
// platform's dialog for users, and for tests a seam that answers the next call at once
// instead of a modal dialog the test would have to find and fill in.
class FileDialog
{
public:
    // What the last call offered, for tests to check: the caption, the folder or
    // suggested path and the name filter.
    struct Offer
    {
        QString caption;
        QString directory;
        QString filter;
    };

    static QString getOpenFileName(
        QWidget *parent, const QString &caption, const QString &directory, const QString &filter);
    static QStringList getOpenFileNames(
        QWidget *parent, const QString &caption, const QString &directory, const QString &filter);
    // directory may name a file (the suggested name). defaultSuffix is appended to a
    // chosen name without a suffix, as a user expects from a "Save as PDF" dialog.
    static QString getSaveFileName(QWidget *parent, const QString &caption, const QString &directory,
        const QString &filter, const QString &defaultSuffix = QString());

    // Test hooks: the next call returns these without showing a dialog. An empty name
    // (or list) answers as Cancel does. Each answer is used once.
    static void setNextFileName(const QString &fileName);
    static void setNextFileNames(const QStringList &fileNames);
    static Offer lastOffer();

private:
    static bool takeNext(QStringList &answer);
    static void remember(const QString &caption, const QString &directory, const QString &filter);
};

} // namespace bitext::ui
