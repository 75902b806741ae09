#pragma once

#include <QMainWindow>

#include <memory>

class QTreeWidget;

namespace bitext {
class Library;
}

namespace bitext::ui {

// The application window: library sidebar and reader.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens (or creates) the library file; shows a message and returns false on error.
    bool openLibrary(const QString &path);
    Library *library() const { return m_library.get(); }

private:
    void refreshDocuments();

    std::unique_ptr<Library> m_library;
    QTreeWidget *m_documents = nullptr;
};

} // namespace bitext::ui
