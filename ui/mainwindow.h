#pragma once

#include <database.h>

#include <QMainWindow>

class QComboBox;
class QLabel;
class QListWidget;
class QStackedWidget;
class QSystemTrayIcon;

namespace anchor::models {
class CtmSyncRunner;
class LeadsDocument;
}

namespace anchor::ui {

class ActionRegistry;
class DashboardPage;
class LeadsPage;
class PipelinePage;

// The application window: a navigation list of the sections, a client switcher, menus and a
// toolbar built from the ActionRegistry. Sections (feature modules) build their own widgets and
// register their own commands; the window only hosts them.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    MainWindow(storage::Database database, const QString &userId, QWidget *parent = nullptr);
    ~MainWindow() override;

    LeadsPage *leadsPage() const { return m_leads; }
    PipelinePage *pipelinePage() const { return m_pipeline; }
    DashboardPage *dashboardPage() const { return m_dashboard; }
    ActionRegistry *actions() const { return m_actions; }
    models::LeadsDocument *document() const { return m_document; }
    QComboBox *clientSwitcher() const { return m_clients; }

    void showSection(int index);
    void setClient(const QString &clientId);

Q_SIGNALS:
    void firstLeadsPagePainted();

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenusAndToolbar();
    void reloadClients();
    void addSection(const QString &title, const QString &iconPath, QWidget *page);
    void restoreWindowState();
    void showAbout();
    void showPalette();
    void showShortcuts();
    void startSync();
    void reclassifyLeads();
    void showCtmSettings();
    void notifyAttention(const QString &clientName, const QStringList &callIds);

    storage::Database m_database;
    models::LeadsDocument *m_document = nullptr;
    ActionRegistry *m_actions = nullptr;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_pages = nullptr;
    QComboBox *m_clients = nullptr;
    LeadsPage *m_leads = nullptr;
    PipelinePage *m_pipeline = nullptr;
    DashboardPage *m_dashboard = nullptr;
    QLabel *m_status = nullptr;
    models::CtmSyncRunner *m_sync = nullptr;   // made after the first paint
    QSystemTrayIcon *m_tray = nullptr;         // made with the first desktop notification
    bool m_applyingTheme = false;
};

} // namespace anchor::ui
