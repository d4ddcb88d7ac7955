#pragma once

#include <database.h>

#include <QMainWindow>

class QLabel;
class QListWidget;
class QStackedWidget;

namespace anchor::ui {

class LeadsPage;

// The application window: a navigation list of the sections that work, each section a page.
// Sections contribute their own widgets; the window only hosts them.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(storage::Database database, QWidget *parent = nullptr);

    LeadsPage *leadsPage() const { return m_leads; }

Q_SIGNALS:
    void firstLeadsPagePainted();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void addSection(const QString &title, const QString &iconPath, QWidget *page);
    void restoreWindowState();
    void showAbout();

    storage::Database m_database;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_pages = nullptr;
    LeadsPage *m_leads = nullptr;
    QLabel *m_statusLeads = nullptr;
};

} // namespace anchor::ui
