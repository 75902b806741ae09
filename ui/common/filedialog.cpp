#include "ui/common/filedialog.h"

#include <QFileDialog>
#include <QFileInfo>

#include <optional>

namespace bitext::ui {

namespace {

// Only the GUI thread shows file dialogs, so plain statics are enough.
std::optional<QStringList> g_next;
FileDialog::Offer g_lastOffer;

QString withSuffix(const QString &fileName, const QString &defaultSuffix)
{
    if (fileName.isEmpty() || defaultSuffix.isEmpty() || !QFileInfo(fileName).suffix().isEmpty())
        return fileName;
    return fileName + QLatin1Char('.') + defaultSuffix;
}

} // namespace

bool FileDialog::takeNext(QStringList &answer)
{
    if (!g_next)
        return false;
    answer = *g_next;
    g_next.reset();
    return true;
}

void FileDialog::remember(const QString &caption, const QString &directory, const QString &filter)
{
    g_lastOffer = Offer {caption, directory, filter};
}

QString FileDialog::getOpenFileName(
    QWidget *parent, const QString &caption, const QString &directory, const QString &filter)
{
    remember(caption, directory, filter);
    QStringList next;
    if (takeNext(next))
        return next.value(0);
    return QFileDialog::getOpenFileName(parent, caption, directory, filter);
}

QStringList FileDialog::getOpenFileNames(
    QWidget *parent, const QString &caption, const QString &directory, const QString &filter)
{
    remember(caption, directory, filter);
    QStringList next;
    if (takeNext(next))
        return next;
    return QFileDialog::getOpenFileNames(parent, caption, directory, filter);
}

QString FileDialog::getSaveFileName(QWidget *parent, const QString &caption, const QString &directory,
    const QString &filter, const QString &defaultSuffix)
{
    remember(caption, directory, filter);
    QStringList next;
    if (takeNext(next))
        return withSuffix(next.value(0), defaultSuffix);
    if (defaultSuffix.isEmpty())
        return QFileDialog::getSaveFileName(parent, caption, directory, filter);
    // The static function has no default suffix; the dialog object has.
    QFileDialog dialog(parent, caption, directory, filter);
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setDefaultSuffix(defaultSuffix);
    if (QFileInfo(directory).suffix() == defaultSuffix)
        dialog.selectFile(directory);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return QString();
    return dialog.selectedFiles().constFirst();
}

void FileDialog::setNextFileName(const QString &fileName)
{
    g_next = fileName.isEmpty() ? QStringList() : QStringList {fileName};
}

void FileDialog::setNextFileNames(const QStringList &fileNames)
{
    g_next = fileNames;
}

FileDialog::Offer FileDialog::lastOffer()
{
    return g_lastOffer;
}

} // namespace bitext::ui
