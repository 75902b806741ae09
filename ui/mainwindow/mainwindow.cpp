#include "ui/mainwindow/mainwindow.h"

#include "models/core/error.h"
#include "models/store/documentrepository.h"
#include "models/store/library.h"

#include <QHeaderView>
#include <QMessageBox>
#include <QTreeWidget>

namespace bitext::ui {

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setWindowTitle(tr("Bitext"));
    setWindowIcon(QIcon(QStringLiteral(":/bitext/bitext.svg")));
    m_documents = new QTreeWidget(this);
    m_documents->setHeaderLabels({tr("Title"), tr("Date"), tr("Segments")});
    m_documents->setRootIsDecorated(false);
    m_documents->header()->setStretchLastSection(false);
    m_documents->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    setCentralWidget(m_documents);
    resize(1200, 800);
}

MainWindow::~MainWindow() = default;

bool MainWindow::openLibrary(const QString &path)
{
    try {
        m_library = Library::openSqlite(path);
    } catch (const Error &error) {
        QMessageBox::critical(this, tr("Cannot open library"), error.message());
        return false;
    }
    connect(m_library.get(), &Library::documentsChanged, this, &MainWindow::refreshDocuments);
    setWindowTitle(tr("%1 — Bitext").arg(path));
    refreshDocuments();
    return true;
}

void MainWindow::refreshDocuments()
{
    m_documents->clear();
    const QList<DocumentSummary> documents = m_library->documents().list();
    for (const DocumentSummary &s : documents) {
        auto *item = new QTreeWidgetItem(m_documents);
        item->setText(0, s.document.title);
        item->setText(1, s.document.date);
        item->setText(2, QString::number(s.segmentCount));
    }
}

} // namespace bitext::ui
