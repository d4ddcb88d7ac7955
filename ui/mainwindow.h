#pragma once

#include <database.h>

#include <QMainWindow>

class QComboBox;
class QLabel;
class QListWidget;
class QStackedWidget;
class QSystemTrayIcon;

namespace anchor::models {
class CampaignsDocument;
class CatalogDocument;
class MailgunSyncRunner;
class TaskItemDocument;
class TaskJobRunner;
class TasksDocument;
class CtmSyncRunner;
class JourneyJobRunner;
class JourneysDocument;
class LeadsDocument;
}

namespace anchor::ui {

class ActionRegistry;
class ActiveClientsPage;
class CampaignsPage;
class EmailLogPage;
class DashboardPage;
class JourneysPage;
class MyWorkPage;
class TaskBoardPage;
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
    // The sections in the navigation list, in order.
    enum Section { LeadsSection, PipelineSection, DashboardSection, JourneysSection, ActiveClientsSection, TasksSection,
                   MyWorkSection, CampaignsSection, EmailLogSection };

    MainWindow(storage::Database database, const QString &userId, QWidget *parent = nullptr);
    ~MainWindow() override;

    LeadsPage *leadsPage() const { return m_leads; }
    PipelinePage *pipelinePage() const { return m_pipeline; }
    DashboardPage *dashboardPage() const { return m_dashboard; }
    JourneysPage *journeysPage() const { return m_journeys; }
    ActiveClientsPage *activeClientsPage() const { return m_activeClients; }
    TaskBoardPage *taskBoardPage() const { return m_tasks; }
    MyWorkPage *myWorkPage() const { return m_myWork; }
    CampaignsPage *campaignsPage() const { return m_campaigns; }
    EmailLogPage *emailLogPage() const { return m_emailLog; }
    models::CampaignsDocument *campaignsDocument() const { return m_campaignsDocument; }
    models::MailgunSyncRunner *mailgunRunner() const { return m_mailgun; }
    models::TasksDocument *tasksDocument() const { return m_tasksDocument; }
    models::TaskItemDocument *taskItemDocument() const { return m_taskItems; }
    models::JourneysDocument *journeysDocument() const { return m_journeysDocument; }
    ActionRegistry *actions() const { return m_actions; }
    models::LeadsDocument *document() const { return m_document; }
    QComboBox *clientSwitcher() const { return m_clients; }

    void showSection(int index);
    void setClient(const QString &clientId);

Q_SIGNALS:
    void firstLeadsPagePainted();
    void firstJourneysPagePainted();

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
    void notifyDesktop(const QString &title, const QString &body);
    void createJourneyActions();
    void startJourney(const QString &callId, const QString &parentJourneyId = {});
    void convertToActiveClient(const QString &journeyId, const QString &callId);
    void linkToActiveClient(const QString &callId);
    void openJourney(const QString &journeyId);
    void openActiveClient(const QString &activeClientId);
    void openCall(const QString &callId);
    models::CatalogDocument *catalog();
    void showServices();
    void showJourneyTemplates();
    void createTaskSections();
    void openTaskItem(const QString &itemId);
    void createTaskFromLead(const QString &callId);
    void showAutomations();
    void createEmailSections();
    void showEmailTemplates();
    void showSegments();
    void showMailgunSettings();

    storage::Database m_database;
    models::LeadsDocument *m_document = nullptr;
    ActionRegistry *m_actions = nullptr;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_pages = nullptr;
    QComboBox *m_clients = nullptr;
    LeadsPage *m_leads = nullptr;
    PipelinePage *m_pipeline = nullptr;
    DashboardPage *m_dashboard = nullptr;
    models::JourneysDocument *m_journeysDocument = nullptr;
    JourneysPage *m_journeys = nullptr;
    ActiveClientsPage *m_activeClients = nullptr;
    models::JourneyJobRunner *m_jobs = nullptr;
    models::CatalogDocument *m_catalog = nullptr;
    models::TasksDocument *m_tasksDocument = nullptr;
    models::TaskItemDocument *m_taskItems = nullptr;
    TaskBoardPage *m_tasks = nullptr;
    MyWorkPage *m_myWork = nullptr;
    models::CampaignsDocument *m_campaignsDocument = nullptr;
    CampaignsPage *m_campaigns = nullptr;
    EmailLogPage *m_emailLog = nullptr;
    models::MailgunSyncRunner *m_mailgun = nullptr;   // scheduled after the first paint
    models::TaskJobRunner *m_taskJobs = nullptr;   // made when services or templates are first edited
    QLabel *m_status = nullptr;
    models::CtmSyncRunner *m_sync = nullptr;   // made after the first paint
    QSystemTrayIcon *m_tray = nullptr;         // made with the first desktop notification
    bool m_applyingTheme = false;
};

} // namespace anchor::ui
