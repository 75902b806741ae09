#pragma once

#include <QDialog>

class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QUrl;

namespace bitext::ui {

// Help › About: the version, the Qt it was built with and runs on, the optional parts
// this build has (syntax highlighting, database drivers), the open library's path with
// a button that shows its folder, the licence and the project's address.
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    AboutDialog(const QString &libraryPath, QWidget *parent);

    // Every line of the dialog as plain text (what a bug report wants).
    QString text() const;
    QLineEdit *libraryPathEdit() const { return m_path; }
    // What "Show Folder" opens: the library's folder.
    QUrl folderUrl() const;

private:
    void retranslate();

    QString m_libraryPath;
    QLabel *m_title;
    QLabel *m_summary;
    QLabel *m_details;
    QLabel *m_pathLabel;
    QLineEdit *m_path;
    QPushButton *m_showFolder;
    QLabel *m_licence;
};

} // namespace bitext::ui
