#include "mainwindow.h"

#include "actionregistry.h"
#include "activeclientspage.h"
#include "commandpalette.h"
#include "convertdialog.h"
#include "ctmsettingsdialog.h"
#include "dashboardpage.h"
#include "journeydetailpane.h"
#include "journeyspage.h"
#include "journeytemplatesdialog.h"
#include "leaddetailpane.h"
#include "leadjourneystrip.h"
#include "leadspage.h"
#include "automationsdialog.h"
#include "campaignspage.h"
#include "emaillogpage.h"
#include "emailtemplatesdialog.h"
#include "mailgunsettingsdialog.h"
#include "mailgunstatuswidget.h"
#include "segmentsdialog.h"
#include "myworkpage.h"
#include "taskboardpage.h"
#include "taskitemdialog.h"
#include "pipelinepage.h"
#include "settingsstore.h"
#include "servicesdialog.h"
#include "shortcutsdialog.h"
#include "startjourneydialog.h"
#include "syncstatuswidget.h"
#include "theme.h"

#include <QLineEdit>

#include <activeclientrepository.h>
#include <campaignsdocument.h>
#include <mailgunsyncrunner.h>
#include <catalogdocument.h>
#include <callrepository.h>
#include <clientrepository.h>
#include <ctmsyncrunner.h>
#include <journeyjobrunner.h>
#include <journeyrepository.h>
#include <journeysdocument.h>
#include <leadtasks.h>
#include <taskboardrepository.h>
#include <taskitemdocument.h>
#include <taskjobrunner.h>
#include <tasksdocument.h>
#include <leadsdocument.h>
#include <leadstablemodel.h>
#include <storageerror.h>

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QProcess>
#include <QProgressDialog>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QToolBar>
#include <QUndoStack>

namespace anchor::ui {

namespace {
constexpr int kLeadsSection = MainWindow::LeadsSection;
constexpr int kJourneysSection = MainWindow::JourneysSection;
constexpr int kActiveClientsSection = MainWindow::ActiveClientsSection;
} // namespace

MainWindow::MainWindow(storage::Database database, const QString &userId, QWidget *parent)
    : QMainWindow(parent)
    , m_database(std::move(database))
    , m_document(new models::LeadsDocument(m_database, userId, this))
    , m_actions(new ActionRegistry(this))
    , m_navigation(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
    , m_clients(new QComboBox(this))
    , m_status(new QLabel(this))
{
    setWindowTitle(tr("Anchor CRM"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/anchor.svg")));
    setObjectName(QStringLiteral("mainWindow"));

    m_navigation->setAccessibleName(tr("Sections"));
    m_navigation->setIconSize(QSize(20, 20));
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setMaximumWidth(170);
    m_navigation->setMinimumWidth(120);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_navigation);
    splitter->addWidget(m_pages);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    setCentralWidget(splitter);

    m_journeysDocument = new models::JourneysDocument(m_document, this);
    createActions();   // the window's own commands first: pages look some of them up

    m_leads = new LeadsPage(m_document, m_actions, this);
    m_pipeline = new PipelinePage(m_document, m_actions, this);
    m_dashboard = new DashboardPage(m_database, this);
    addSection(tr("Leads"), QStringLiteral(":/icons/leads.svg"), m_leads);
    addSection(tr("Pipeline"), QStringLiteral(":/icons/pipeline.svg"), m_pipeline);
    addSection(tr("Dashboard"), QStringLiteral(":/icons/dashboard.svg"), m_dashboard);
    m_journeys = new JourneysPage(m_journeysDocument, m_actions, this);
    m_activeClients = new ActiveClientsPage(m_journeysDocument, m_actions, this);
    addSection(tr("Journeys"), QStringLiteral(":/icons/journeys.svg"), m_journeys);
    addSection(tr("Active Clients"), QStringLiteral(":/icons/activeclients.svg"), m_activeClients);
    createJourneyActions();
    createTaskSections();
    createEmailSections();
    connect(m_navigation, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    m_navigation->setCurrentRow(kLeadsSection);

    m_clients->setAccessibleName(tr("Client"));
    m_clients->setMinimumContentsLength(22);
    m_clients->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    reloadClients();
    connect(m_clients, &QComboBox::currentIndexChanged, this, [this] {
        const QString id = m_clients->currentData().toString();
        const QStringList scope = id.isEmpty() ? QStringList() : QStringList{id};
        m_leads->setClientScope(scope);
        m_pipeline->setClient(id, m_clients->currentText());
        m_dashboard->setClientScope(scope);
        m_journeys->setClient(id);
        m_activeClients->setClient(id);
        m_campaigns->setClient(id);
        m_emailLog->setClient(id);
    });
    connect(m_leads, &LeadsPage::clientScopeRequested, this, &MainWindow::setClient);
    connect(m_leads, &LeadsPage::showRequested, this, [this] { m_navigation->setCurrentRow(kLeadsSection); });

    connect(m_leads, &LeadsPage::firstPagePainted, this, &MainWindow::firstLeadsPagePainted);
    connect(m_journeys, &JourneysPage::firstPagePainted, this, &MainWindow::firstJourneysPagePainted);
    // The sync starts once the window is on screen: nothing of it delays the first paint.
    connect(m_leads, &LeadsPage::firstPagePainted, this, &MainWindow::startSync, Qt::SingleShotConnection);
    for (auto *source : {static_cast<QObject *>(m_leads), static_cast<QObject *>(m_pipeline)}) {
        if (auto *page = qobject_cast<LeadsPage *>(source))
            connect(page, &LeadsPage::statusMessage, this, [this](const QString &text) { statusBar()->showMessage(text, 6000); });
        if (auto *page = qobject_cast<PipelinePage *>(source))
            connect(page, &PipelinePage::statusMessage, this, [this](const QString &text) { statusBar()->showMessage(text, 6000); });
    }
    connect(m_leads->model(), &QAbstractItemModel::rowsInserted, this, [this] {
        m_status->setText(tr("%n leads loaded", nullptr, m_leads->model()->rowCount()));
    });
    connect(m_document, &models::LeadsDocument::editFailed, this, [this](const QString &message) {
        statusBar()->showMessage(tr("Not saved: %1").arg(message), 10000);
    });
    for (auto *page : {static_cast<QObject *>(m_journeys), static_cast<QObject *>(m_activeClients)}) {
        if (auto *journeys = qobject_cast<JourneysPage *>(page))
            connect(journeys, &JourneysPage::statusMessage, this, [this](const QString &text) { statusBar()->showMessage(text, 10000); });
        if (auto *clients = qobject_cast<ActiveClientsPage *>(page))
            connect(clients, &ActiveClientsPage::statusMessage, this, [this](const QString &text) { statusBar()->showMessage(text, 10000); });
    }
    statusBar()->addPermanentWidget(m_status);
    auto *databaseLabel = new QLabel(QDir::toNativeSeparators(m_database.path()), this);
    databaseLabel->setToolTip(tr("Database file (schema version %1)").arg(m_database.schemaVersion()));
    statusBar()->addPermanentWidget(databaseLabel);

    createMenusAndToolbar();
    // Window-wide shortcuts work wherever the focus is, even for commands in no menu.
    for (QAction *action : m_actions->all()) {
        if (action->shortcutContext() == Qt::WindowShortcut)
            addAction(action);
    }
    restoreWindowState();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    const QString file = tr("File");
    const QString edit = tr("Edit");
    const QString go = tr("Go");
    const QString help = tr("Help");

    connect(m_actions->add(QStringLiteral("file.sync"), tr("&Sync Now"), file, {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S)}),
            &QAction::triggered, this, [this] {
                if (!m_sync)
                    startSync();
                m_sync->syncNow();
            });
    connect(m_actions->add(QStringLiteral("file.ctm"), tr("&CallTrackingMetrics Settings..."), file,
                           {QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_S)}),
            &QAction::triggered, this, &MainWindow::showCtmSettings);
    connect(m_actions->add(QStringLiteral("leads.reclassify"), tr("Re&classify Leads..."), tr("Leads"),
                           {QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_R)}),
            &QAction::triggered, this, &MainWindow::reclassifyLeads);
    QAction *quit = m_actions->add(QStringLiteral("file.quit"), tr("&Quit"), file, {QKeySequence::Quit});
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QAction *undo = m_document->undoStack()->createUndoAction(this, tr("Undo"));
    undo->setShortcuts(QKeySequence::Undo);
    m_actions->adopt(QStringLiteral("edit.undo"), undo, edit);
    QAction *redo = m_document->undoStack()->createRedoAction(this, tr("Redo"));
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    m_actions->adopt(QStringLiteral("edit.redo"), redo, edit);
    connect(m_actions->add(QStringLiteral("edit.palette"), tr("Command &Palette..."), edit, {QKeySequence(Qt::CTRL | Qt::Key_K)}),
            &QAction::triggered, this, &MainWindow::showPalette);

    const QList<QPair<QString, QString>> sections = {{QStringLiteral("go.leads"), tr("&Leads")},
                                                     {QStringLiteral("go.pipeline"), tr("&Pipeline")},
                                                     {QStringLiteral("go.dashboard"), tr("&Dashboard")},
                                                     {QStringLiteral("go.journeys"), tr("&Journeys")},
                                                     {QStringLiteral("go.activeclients"), tr("&Active Clients")},
                                                     {QStringLiteral("go.tasks"), tr("&Tasks")},
                                                     {QStringLiteral("go.mywork"), tr("&My Work")},
                                                     {QStringLiteral("go.campaigns"), tr("&Campaigns")},
                                                     {QStringLiteral("go.emaillog"), tr("&Email Log")}};
    for (int i = 0; i < sections.size(); ++i) {
        QAction *action = m_actions->add(sections.at(i).first, sections.at(i).second, go, {QKeySequence(Qt::CTRL | (Qt::Key_1 + i))});
        connect(action, &QAction::triggered, this, [this, i] { showSection(i); });
    }
    connect(m_actions->add(QStringLiteral("go.client"), tr("Choose &Client"), go, {QKeySequence(Qt::CTRL | Qt::Key_L)}),
            &QAction::triggered, this, [this] {
                m_clients->setFocus(Qt::ShortcutFocusReason);
                m_clients->showPopup();
            });

    connect(m_actions->add(QStringLiteral("help.shortcuts"), tr("&Keyboard Shortcuts"), help,
                           {QKeySequence(Qt::CTRL | Qt::Key_Slash), QKeySequence(Qt::Key_F1)}),
            &QAction::triggered, this, &MainWindow::showShortcuts);
    QAction *about = m_actions->add(QStringLiteral("help.about"), tr("&About Anchor CRM"), help, {});
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, &MainWindow::showAbout);

}

void MainWindow::createMenusAndToolbar()
{
    auto add = [this](QMenu *menu, const char *id) { menu->addAction(m_actions->action(QString::fromLatin1(id))); };

    QMenu *file = menuBar()->addMenu(tr("&File"));
    add(file, "leads.export");
    file->addSeparator();
    add(file, "file.sync");
    add(file, "file.ctm");
    file->addSeparator();
    add(file, "file.quit");

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    add(edit, "edit.undo");
    add(edit, "edit.redo");
    edit->addSeparator();
    add(edit, "leads.search");
    add(edit, "edit.palette");

    QMenu *view = menuBar()->addMenu(tr("&View"));
    add(view, "leads.detail.toggle");
    add(view, "leads.columns");
    add(view, "leads.refresh");
    view->addSeparator();
    add(view, "leads.view.save");
    add(view, "leads.view.rename");
    add(view, "leads.view.delete");
    add(view, "leads.view.default");

    QMenu *leads = menuBar()->addMenu(tr("&Leads"));
    add(leads, "leads.open");
    QMenu *rate = leads->addMenu(tr("&Rate"));
    for (int stars = 1; stars <= 5; ++stars)
        rate->addAction(m_actions->action(QStringLiteral("leads.stars.%1").arg(stars)));
    QMenu *category = leads->addMenu(tr("&Category"));
    for (QAction *action : m_actions->all()) {
        if (action->objectName().startsWith(QLatin1String("leads.category.")))
            category->addAction(action);
    }
    add(leads, "leads.stage.choose");
    add(leads, "leads.stage.next");
    add(leads, "leads.stage.previous");
    add(leads, "leads.tag");
    leads->addSeparator();
    add(leads, "pipeline.stages");
    add(leads, "leads.reclassify");

    QMenu *journeys = menuBar()->addMenu(tr("&Journeys"));
    add(journeys, "leads.journey.start");
    add(journeys, "leads.convert");
    add(journeys, "leads.link");
    journeys->addSeparator();
    add(journeys, "journeys.convert");
    add(journeys, "journeys.pause");
    add(journeys, "journeys.overdue");
    add(journeys, "journeys.refresh");
    journeys->addSeparator();
    add(journeys, "journeys.services");
    add(journeys, "journeys.templates");
    add(journeys, "journeys.redaction");
    add(journeys, "journeys.jobs");

    QMenu *tasks = menuBar()->addMenu(tr("&Tasks"));
    for (QAction *action : m_actions->all()) {
        if (action->objectName().startsWith(QLatin1String("tasks.")))
            tasks->addAction(action);
    }
    tasks->addSeparator();
    add(tasks, "leads.task");
    add(tasks, "tasks.automations.dialog");

    QMenu *email = menuBar()->addMenu(tr("E&mail"));
    for (const char *id : {"campaigns.new", "campaigns.edit", "campaigns.duplicate", "campaigns.delete"})
        add(email, id);
    email->addSeparator();
    for (const char *id : {"campaigns.send", "campaigns.schedule", "campaigns.pause", "campaigns.resume", "campaigns.cancel"})
        add(email, id);
    email->addSeparator();
    add(email, "email.templates");
    add(email, "email.segments");
    add(email, "email.mailgun");
    email->addSeparator();
    add(email, "email.sendqueue");
    add(email, "email.sync");

    QMenu *go = menuBar()->addMenu(tr("&Go"));
    add(go, "go.leads");
    add(go, "go.pipeline");
    add(go, "go.dashboard");
    add(go, "go.journeys");
    add(go, "go.activeclients");
    add(go, "go.tasks");
    add(go, "go.mywork");
    add(go, "go.campaigns");
    add(go, "go.emaillog");
    go->addSeparator();
    add(go, "go.client");

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    add(help, "help.shortcuts");
    add(help, "help.about");

    const QList<QPair<const char *, const char *>> icons = {{"edit.undo", ":/icons/undo.svg"},
                                                            {"edit.redo", ":/icons/redo.svg"},
                                                            {"leads.export", ":/icons/export.svg"},
                                                            {"edit.palette", ":/icons/palette.svg"}};
    for (const auto &[id, icon] : icons)
        m_actions->action(QString::fromLatin1(id))->setIcon(QIcon(QString::fromLatin1(icon)));

    QToolBar *toolbar = addToolBar(tr("Main"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->setIconSize(QSize(18, 18));
    toolbar->setObjectName(QStringLiteral("mainToolbar"));
    toolbar->setMovable(false);
    toolbar->addWidget(new QLabel(tr("Client:") + u' ', toolbar));
    toolbar->addWidget(m_clients);
    toolbar->addSeparator();
    toolbar->addAction(m_actions->action(QStringLiteral("edit.undo")));
    toolbar->addAction(m_actions->action(QStringLiteral("edit.redo")));
    toolbar->addSeparator();
    toolbar->addAction(m_actions->action(QStringLiteral("leads.export")));
    toolbar->addAction(m_actions->action(QStringLiteral("edit.palette")));
}

void MainWindow::reloadClients()
{
    const QSignalBlocker blocker(m_clients);
    const QString current = m_clients->currentData().toString();
    m_clients->clear();
    m_clients->addItem(tr("All clients"), QString());
    try {
        for (const auto &client : storage::ClientRepository(m_database).list())
            m_clients->addItem(client.name, client.id);
    } catch (const storage::StorageError &error) {
        statusBar()->showMessage(error.message());
    }
    m_clients->setCurrentIndex(qMax(0, m_clients->findData(current)));
}

void MainWindow::setClient(const QString &clientId)
{
    const int index = m_clients->findData(clientId);
    if (index >= 0)
        m_clients->setCurrentIndex(index);
}

void MainWindow::showSection(int index)
{
    m_navigation->setCurrentRow(index);
    if (QWidget *page = m_pages->widget(index))
        page->setFocus(Qt::ShortcutFocusReason);
}

void MainWindow::addSection(const QString &title, const QString &iconPath, QWidget *page)
{
    auto *item = new QListWidgetItem(QIcon(iconPath), title, m_navigation);
    item->setSizeHint(QSize(0, 36));
    m_pages->addWidget(page);
}

void MainWindow::showPalette()
{
    CommandPalette palette(m_actions, this);
    palette.move(geometry().center() - QPoint(palette.width() / 2, geometry().height() / 3));
    palette.input()->setFocus();
    palette.exec();
}

void MainWindow::showShortcuts()
{
    ShortcutsDialog dialog(m_actions, this);
    dialog.exec();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Anchor CRM"),
                       tr("<h3>Anchor CRM %1</h3><p>Leads, client journeys, task boards and email campaigns "
                          "for marketing and service agencies.</p><p>Database: %2<br>Schema version %3</p>")
                           .arg(QCoreApplication::applicationVersion(),
                                QDir::toNativeSeparators(m_database.path()).toHtmlEscaped())
                           .arg(m_database.schemaVersion()));
}

void MainWindow::restoreWindowState()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray()))
        resize(1280, 800);
    restoreState(settings.value(QStringLiteral("mainWindow/state")).toByteArray());
}

void MainWindow::changeEvent(QEvent *event)
{
    // The desktop switched between light and dark while the app runs: follow it.
    if (event->type() == QEvent::ThemeChange && !m_applyingTheme) {
        m_applyingTheme = true;
        applyTheme(*qApp);
        m_applyingTheme = false;
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    storeIfChanged(settings, QStringLiteral("mainWindow/geometry"), saveGeometry());
    storeIfChanged(settings, QStringLiteral("mainWindow/state"), saveState());
    m_leads->saveState();
    event->accept();
}

void MainWindow::startSync()
{
    if (m_sync)
        return;
    m_sync = new models::CtmSyncRunner(m_database, this);
    auto *status = new SyncStatusWidget(m_sync, this);
    statusBar()->insertPermanentWidget(0, status);
    connect(m_sync, &models::CtmSyncRunner::callsChanged, this, [this] {
        m_actions->action(QStringLiteral("leads.refresh"))->trigger();
    });
    connect(m_sync, &models::CtmSyncRunner::attentionCalls, this, &MainWindow::notifyAttention);
    const QSettings settings;
    m_sync->startSchedule(settings.value(QStringLiteral("sync/firstDelaySeconds"), 5).toInt() * 1000,
                          settings.value(QStringLiteral("sync/intervalMinutes"), 15).toInt());
}

void MainWindow::reclassifyLeads()
{
    const QString clientId = m_clients->currentData().toString();
    const QString scope = clientId.isEmpty() ? tr("all clients") : m_clients->currentText();
    if (QMessageBox::question(this, tr("Reclassify leads"),
                              tr("Classify the calls of %1 again from their transcripts and summaries? Categories "
                                 "set by hand stay as they are.").arg(scope))
        != QMessageBox::Yes)
        return;
    // anchorctl does the work in its own process, batch by batch: the window stays responsive,
    // and cancelling keeps every batch already written.
    auto *progress = new QProgressDialog(tr("Classifying leads..."), tr("Cancel"), 0, 0, this);
    progress->setWindowTitle(tr("Reclassify leads"));
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(0);
    auto *process = new QProcess(this);
    auto buffer = std::make_shared<QByteArray>();
    auto summary = std::make_shared<QString>();   // the closing line for people
    connect(process, &QProcess::readyReadStandardOutput, progress, [process, progress, buffer, summary] {
        *buffer += process->readAllStandardOutput();
        qsizetype newline;
        while ((newline = buffer->indexOf('\n')) >= 0) {
            const QByteArray line = buffer->left(newline).trimmed();
            buffer->remove(0, newline + 1);
            const QJsonObject event = QJsonDocument::fromJson(line).object();
            if (event.isEmpty() && !line.isEmpty())
                *summary = QString::fromUtf8(line);
            if (event.value(QLatin1String("event")).toString() == QLatin1String("progress")) {
                progress->setMaximum(int(qMin<double>(event.value(QLatin1String("total")).toDouble(), 2e9)));
                progress->setValue(int(qMin<double>(event.value(QLatin1String("done")).toDouble(), 2e9)));
            }
        }
    });
    connect(progress, &QProgressDialog::canceled, process, &QProcess::kill);
    // Closing the window while it runs: stop listening first, then stop the work (what is
    // written stays written).
    connect(progress, &QObject::destroyed, process, [process] {
        process->disconnect();
        process->kill();
        process->waitForFinished(2000);
    });
    connect(process, &QProcess::finished, this, [this, process, progress, summary](int exitCode, QProcess::ExitStatus status) {
        const bool cancelled = progress->wasCanceled();
        progress->deleteLater();
        process->deleteLater();
        if (cancelled)
            statusBar()->showMessage(tr("Reclassifying cancelled; the leads done so far keep their new categories."), 10000);
        else if (status != QProcess::NormalExit || exitCode != 0)
            QMessageBox::warning(this, tr("Reclassify leads"),
                                 tr("Reclassifying failed: %1").arg(QString::fromUtf8(process->readAllStandardError()).trimmed()));
        else
            statusBar()->showMessage(*summary, 10000);
        m_actions->action(QStringLiteral("leads.refresh"))->trigger();
    });
    QStringList arguments{QStringLiteral("leads"), QStringLiteral("reclassify"), QStringLiteral("--json-events"),
                          QStringLiteral("--database"), m_database.path()};
    if (!clientId.isEmpty())
        arguments << QStringLiteral("--client") << clientId;
    process->start(models::CtmSyncRunner::anchorctlPath(), arguments);
}

void MainWindow::showCtmSettings()
{
    CtmSettingsDialog dialog(m_database, m_clients->currentData().toString(), this);
    if (dialog.exec() == QDialog::Accepted) {
        reloadClients();
        if (!m_sync)
            startSync();
        m_sync->setIntervalMinutes(QSettings().value(QStringLiteral("sync/intervalMinutes"), 15).toInt());
        m_sync->refreshCounts();
        m_sync->syncNow();
    }
}

void MainWindow::notifyAttention(const QString &clientName, const QStringList &callIds)
{
    notifyDesktop(tr("%n new lead(s) to look at", nullptr, int(callIds.size())),
                  tr("%1: very good or needs-attention calls arrived from CallTrackingMetrics.").arg(clientName));
}

void MainWindow::notifyDesktop(const QString &title, const QString &body)
{
    statusBar()->showMessage(title + QStringLiteral(" - ") + body, 15000);
    if (!QSystemTrayIcon::isSystemTrayAvailable() || !QSystemTrayIcon::supportsMessages())
        return;
    if (!m_tray) {
        m_tray = new QSystemTrayIcon(windowIcon(), this);
        m_tray->setToolTip(tr("Anchor CRM"));
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
            showNormal();
            raise();
            activateWindow();
        });
    }
    m_tray->show();
    m_tray->showMessage(title, body, QSystemTrayIcon::Information, 10000);
}

void MainWindow::createJourneyActions()
{
    const QString group = tr("Journeys");
    auto firstSelectedCall = [this] {
        const QStringList ids = m_leads->selectedCallIds();
        return ids.isEmpty() ? QString() : ids.first();
    };
    QAction *start = m_actions->add(QStringLiteral("leads.journey.start"), tr("&Start Journey..."), group,
                                    {QKeySequence(Qt::CTRL | Qt::Key_J)});
    connect(start, &QAction::triggered, this, [this, firstSelectedCall] {
        if (!firstSelectedCall().isEmpty())
            startJourney(firstSelectedCall());
    });
    QAction *convert = m_actions->add(QStringLiteral("leads.convert"), tr("&Agreed to Service..."), group,
                                      {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G)});
    connect(convert, &QAction::triggered, this, [this, firstSelectedCall] {
        if (!firstSelectedCall().isEmpty())
            convertToActiveClient({}, firstSelectedCall());
    });
    QAction *link = m_actions->add(QStringLiteral("leads.link"), tr("&Link Call to Active Client..."), group, {});
    connect(link, &QAction::triggered, this, [this, firstSelectedCall] {
        if (!firstSelectedCall().isEmpty())
            linkToActiveClient(firstSelectedCall());
    });
    for (QAction *action : {start, convert, link})
        m_leads->addLeadAction(action);

    connect(m_actions->add(QStringLiteral("journeys.services"), tr("&Services..."), group, {}), &QAction::triggered, this,
            &MainWindow::showServices);
    connect(m_actions->add(QStringLiteral("journeys.templates"), tr("Journey &Templates..."), group, {}),
            &QAction::triggered, this, &MainWindow::showJourneyTemplates);
    connect(m_actions->add(QStringLiteral("journeys.redaction"), tr("&Privacy: Redact Services After..."), group, {}),
            &QAction::triggered, this, [this] {
                try {
                    storage::JourneyJobs jobs(m_database);
                    bool ok = false;
                    const int days = QInputDialog::getInt(
                        this, tr("Redact Old Service Records"),
                        tr("Redact the services clients agreed to, and the concerns of closed journeys, after this "
                           "many days (0: never):"),
                        jobs.redactionDays(), 0, 36500, 1, &ok);
                    if (ok)
                        jobs.setRedactionDays(days);
                } catch (const storage::StorageError &error) {
                    statusBar()->showMessage(tr("Not saved: %1").arg(error.message()), 10000);
                }
            });
    m_jobs = new models::JourneyJobRunner(m_database, m_document->userId(), this);
    connect(m_actions->add(QStringLiteral("journeys.jobs"), tr("&Run Scheduled Jobs Now"), group, {}),
            &QAction::triggered, m_jobs, &models::JourneyJobRunner::runNow);
    connect(m_jobs, &models::JourneyJobRunner::journeysDue, this, [this](const QList<storage::DueJourney> &due) {
        QStringList people;
        for (const storage::DueJourney &journey : due)
            people << (journey.personName.isEmpty() ? journey.clientName : journey.personName);
        people.removeDuplicates();
        notifyDesktop(tr("%n follow-up(s) due", nullptr, int(due.size())), people.mid(0, 5).join(QStringLiteral(", ")));
        Q_EMIT m_journeysDocument->journeysChanged({});
    });
    connect(m_jobs, &models::JourneyJobRunner::redacted, this, [this](int services, int journeys) {
        statusBar()->showMessage(tr("Privacy: %1 service records and %2 journeys redacted.").arg(services).arg(journeys), 10000);
        Q_EMIT m_journeysDocument->journeysChanged({});
        Q_EMIT m_journeysDocument->activeClientsChanged();
    });
    connect(m_jobs, &models::JourneyJobRunner::failed, this, [this](const QString &message) {
        statusBar()->showMessage(tr("Scheduled jobs failed: %1").arg(message), 10000);
    });
    // The jobs start once the window is on screen, like the sync.
    connect(m_leads, &LeadsPage::firstPagePainted, this, [this] { m_jobs->start(20 * 1000); }, Qt::SingleShotConnection);

    auto *strip = new LeadJourneyStrip(m_journeysDocument);
    m_leads->detailPane()->addDetailRow(tr("Journey"), strip);
    connect(m_leads->detailPane(), &LeadDetailPane::callShown, strip, &LeadJourneyStrip::showCall);
    connect(strip, &LeadJourneyStrip::startRequested, this, [this](const QString &callId) { startJourney(callId); });
    connect(strip, &LeadJourneyStrip::convertRequested, this, [this](const QString &callId) { convertToActiveClient({}, callId); });
    connect(strip, &LeadJourneyStrip::openJourneyRequested, this, &MainWindow::openJourney);
    connect(strip, &LeadJourneyStrip::openActiveClientRequested, this, &MainWindow::openActiveClient);
    connect(m_journeys, &JourneysPage::convertRequested, this, [this](const QString &journeyId) {
        convertToActiveClient(journeyId, {});
    });
    connect(m_journeys, &JourneysPage::followUpRequested, this, [this](const QString &journeyId) {
        if (const auto journey = storage::JourneyRepository(m_database).find(journeyId); journey && !journey->leadCallKey.isEmpty())
            startJourney(journey->leadCallKey, journeyId);
        else
            statusBar()->showMessage(tr("This journey has no lead call to follow up."), 8000);
    });
    connect(m_journeys, &JourneysPage::openCallRequested, this, &MainWindow::openCall);
    connect(m_activeClients, &ActiveClientsPage::openJourneyRequested, this, &MainWindow::openJourney);
}

void MainWindow::startJourney(const QString &callId, const QString &parentJourneyId)
{
    StartJourneyDialog dialog(m_journeysDocument, callId, this, parentJourneyId);
    if (dialog.exec() == QDialog::Accepted)
        openJourney(dialog.journeyId());
}

void MainWindow::convertToActiveClient(const QString &journeyId, const QString &callId)
{
    ConvertDialog dialog(m_journeysDocument, journeyId, callId, this);
    if (dialog.exec() == QDialog::Accepted)
        statusBar()->showMessage(tr("Now an active client. Undo with Ctrl+Z."), 8000);
}

void MainWindow::linkToActiveClient(const QString &callId)
{
    try {
        const std::optional<storage::LeadRow> call = storage::CallRepository(m_database).findByCallId(callId);
        if (!call)
            return;
        storage::ActiveClientFilter filter;
        filter.clientId = call->clientId;
        filter.statuses = {QStringLiteral("active"), QStringLiteral("inactive")};
        const QList<storage::ActiveClient> clients = storage::ActiveClientRepository(m_database).list(filter);
        if (clients.isEmpty()) {
            QMessageBox::information(this, tr("Link Call to Active Client"),
                                     tr("%1 has no active clients yet. Convert a lead first (\"Agreed to Service...\").")
                                         .arg(call->clientName));
            return;
        }
        QStringList names;
        int preselect = 0;
        for (int i = 0; i < clients.size(); ++i) {
            const storage::ActiveClient &client = clients.at(i);
            names << QStringLiteral("%1 (%2)").arg(client.name.isEmpty() ? tr("Unnamed") : client.name, client.phone);
            if (client.phone == call->fromNumber)
                preselect = i;
        }
        bool ok = false;
        const QString chosen = QInputDialog::getItem(this, tr("Link Call to Active Client"),
                                                     tr("This call becomes a returning customer's call of:"), names,
                                                     preselect, false, &ok);
        if (ok)
            m_journeysDocument->linkCallToActiveClient(callId, clients.at(names.indexOf(chosen)).id);
    } catch (const storage::StorageError &error) {
        statusBar()->showMessage(error.message(), 10000);
    }
}

void MainWindow::openJourney(const QString &journeyId)
{
    if (journeyId.isEmpty())
        return;
    m_navigation->setCurrentRow(kJourneysSection);
    m_journeys->openJourney(journeyId);
}

void MainWindow::openActiveClient(const QString &activeClientId)
{
    m_navigation->setCurrentRow(kActiveClientsSection);
    m_activeClients->selectActiveClient(activeClientId);
}

void MainWindow::openCall(const QString &callId)
{
    m_navigation->setCurrentRow(kLeadsSection);
    m_leads->selectCall(callId);
}

models::CatalogDocument *MainWindow::catalog()
{
    if (!m_catalog) {
        m_catalog = new models::CatalogDocument(m_database, m_document->undoStack(), this);
        // Deleting a service (or undoing that) unlinks or relinks journeys: they show it too.
        connect(m_catalog, &models::CatalogDocument::servicesChanged, m_journeysDocument,
                [this] { Q_EMIT m_journeysDocument->journeysChanged({}); });
    }
    return m_catalog;
}

void MainWindow::showServices()
{
    QString clientId = m_clients->currentData().toString();
    if (clientId.isEmpty() && m_clients->count() > 1) {
        QStringList names;
        for (int i = 1; i < m_clients->count(); ++i)
            names << m_clients->itemText(i);
        bool ok = false;
        const QString chosen = QInputDialog::getItem(this, tr("Services"), tr("Services of the client:"), names, 0, false, &ok);
        if (!ok)
            return;
        clientId = m_clients->itemData(int(names.indexOf(chosen)) + 1).toString();
    }
    if (clientId.isEmpty()) {
        QMessageBox::information(this, tr("Services"), tr("Add a client first: services belong to a client business."));
        return;
    }
    ServicesDialog dialog(catalog(), clientId, this);
    dialog.exec();
}

void MainWindow::showJourneyTemplates()
{
    JourneyTemplatesDialog dialog(catalog(), m_clients->currentData().toString(), this);
    dialog.exec();
}

void MainWindow::createTaskSections()
{
    const QString userId = m_document->userId();
    m_tasksDocument = new models::TasksDocument(m_database, userId, m_document->undoStack(), this);
    m_taskItems = new models::TaskItemDocument(m_database, userId, m_document->undoStack(), this);
    m_tasks = new TaskBoardPage(m_tasksDocument, m_actions, this);
    m_myWork = new MyWorkPage(m_database, userId, this);
    addSection(tr("Tasks"), QStringLiteral(":/icons/tasks.svg"), m_tasks);
    addSection(tr("My Work"), QStringLiteral(":/icons/mywork.svg"), m_myWork);
    connect(m_tasks, &TaskBoardPage::openItemRequested, this, &MainWindow::openTaskItem);
    connect(m_myWork, &MyWorkPage::openItemRequested, this, &MainWindow::openTaskItem);
    connect(m_tasks, &TaskBoardPage::statusMessage, this, [this](const QString &text) { statusBar()->showMessage(text, 10000); });
    // An edit in an item's window shows on its board and in My Work.
    connect(m_taskItems, &models::TaskItemDocument::itemChanged, this, [this](const QString &itemId) {
        try {
            if (const auto card = storage::TaskBoardRepository(m_database).card(itemId))
                m_tasksDocument->announceCards(card->boardId, {itemId});
        } catch (const storage::StorageError &error) {
            statusBar()->showMessage(error.message(), 10000);
        }
        m_myWork->reload();
    });
    connect(m_tasksDocument, &models::TasksDocument::cardsChanged, m_myWork, [this] { m_myWork->reload(); });

    const QString group = tr("Tasks");
    QAction *fromLead = m_actions->add(QStringLiteral("leads.task"), tr("Create &Task from Lead..."), group,
                                       {QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_T)});
    connect(fromLead, &QAction::triggered, this, [this] {
        const QStringList ids = m_leads->selectedCallIds();
        if (!ids.isEmpty())
            createTaskFromLead(ids.first());
    });
    m_leads->addLeadAction(fromLead);
    connect(m_actions->add(QStringLiteral("tasks.automations.dialog"), tr("&Automations..."), group, {}), &QAction::triggered,
            this, &MainWindow::showAutomations);

    m_taskJobs = new models::TaskJobRunner(m_database, userId, this);
    connect(m_taskJobs, &models::TaskJobRunner::boardsChanged, this, [this](int archived, int ran) {
        if (archived > 0 || ran > 0) {
            Q_EMIT m_tasksDocument->workspacesChanged();
            statusBar()->showMessage(tr("Tasks: %1 archived, %2 automations ran.").arg(archived).arg(ran), 10000);
        }
    });
    connect(m_taskJobs, &models::TaskJobRunner::automationErrors, this, [this](const QStringList &errors) {
        statusBar()->showMessage(tr("Automation problem: %1").arg(errors.value(0)), 15000);
    });
    connect(m_taskJobs, &models::TaskJobRunner::failed, this, [this](const QString &message) {
        statusBar()->showMessage(tr("Scheduled task jobs failed: %1").arg(message), 10000);
    });
    connect(m_leads, &LeadsPage::firstPagePainted, this, [this] { m_taskJobs->start(25 * 1000); }, Qt::SingleShotConnection);
}

void MainWindow::openTaskItem(const QString &itemId)
{
    if (itemId.isEmpty())
        return;
    auto *dialog = new TaskItemDialog(m_taskItems, itemId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &TaskItemDialog::openCallRequested, this, &MainWindow::openCall);
    dialog->show();
}

void MainWindow::createTaskFromLead(const QString &callId)
{
    try {
        storage::TaskBoardRepository boards(m_database);
        const QList<storage::TaskBoard> all = boards.boards(QStringLiteral(""));
        if (all.isEmpty()) {
            QMessageBox::information(this, tr("Create Task from Lead"),
                                     tr("There is no task board yet. Create one in the Tasks section first."));
            return;
        }
        QStringList names;
        for (const storage::TaskBoard &board : all)
            names << QStringLiteral("%1 / %2").arg(board.workspaceName, board.name);
        bool ok = false;
        const QString chosen = QInputDialog::getItem(this, tr("Create Task from Lead"), tr("Add the task to the board:"), names,
                                                     0, false, &ok);
        if (!ok)
            return;
        const QString itemId = storage::LeadTaskRepository(m_database)
                                   .createFromLead(callId, all.at(names.indexOf(chosen)).id, m_document->userId());
        Q_EMIT m_tasksDocument->workspacesChanged();
        openTaskItem(itemId);
    } catch (const storage::StorageError &error) {
        statusBar()->showMessage(tr("No task created: %1").arg(error.message()), 10000);
    }
}

void MainWindow::showAutomations()
{
    AutomationsDialog dialog(m_database, m_tasks->boardId(), this);
    dialog.exec();
}

void MainWindow::createEmailSections()
{
    m_campaignsDocument = new models::CampaignsDocument(m_database, m_document->undoStack(), m_document->userId(), this);
    m_campaigns = new CampaignsPage(m_campaignsDocument, m_actions, this);
    m_emailLog = new EmailLogPage(m_database, m_actions, this);
    addSection(tr("Campaigns"), QStringLiteral(":/icons/campaigns.svg"), m_campaigns);
    addSection(tr("Email Log"), QStringLiteral(":/icons/emaillog.svg"), m_emailLog);
    const auto showStatus = [this](const QString &text) { statusBar()->showMessage(text, 10000); };
    connect(m_campaigns, &CampaignsPage::statusMessage, this, showStatus);
    connect(m_emailLog, &EmailLogPage::statusMessage, this, showStatus);

    const QString group = tr("Email");
    connect(m_actions->add(QStringLiteral("email.templates"), tr("Email &Templates..."), group, {}), &QAction::triggered, this,
            &MainWindow::showEmailTemplates);
    connect(m_actions->add(QStringLiteral("email.segments"), tr("&Segments..."), group, {}), &QAction::triggered, this,
            &MainWindow::showSegments);
    connect(m_actions->add(QStringLiteral("email.mailgun"), tr("&Mailgun Settings..."), group, {}), &QAction::triggered, this,
            &MainWindow::showMailgunSettings);

    // The sender and the events pull run as anchorctl in its own process (MailgunSyncRunner).
    m_mailgun = new models::MailgunSyncRunner(m_database, this);
    connect(m_actions->add(QStringLiteral("email.sendqueue"), tr("Send &Queue Now"), group, {}), &QAction::triggered, m_mailgun,
            &models::MailgunSyncRunner::sendQueueNow);
    connect(m_actions->add(QStringLiteral("email.sync"), tr("Sync &Mailgun Now"), group, {}), &QAction::triggered, m_mailgun,
            &models::MailgunSyncRunner::syncNow);
    connect(m_campaigns, &CampaignsPage::sendQueueRequested, m_mailgun, &models::MailgunSyncRunner::sendQueueNow);
    connect(m_mailgun, &models::MailgunSyncRunner::campaignsChanged, this, [this] {
        m_campaignsDocument->announce();
        m_emailLog->reload();
    });
    connect(m_mailgun, &models::MailgunSyncRunner::errorOccurred, this,
            [this](const QString &message) { statusBar()->showMessage(tr("Mailgun: %1").arg(message), 15000); });
    statusBar()->addPermanentWidget(new MailgunStatusWidget(m_mailgun, this));
    // Like the CTM sync, it starts once the window is on screen.
    connect(m_leads, &LeadsPage::firstPagePainted, this, [this] {
        const QSettings settings;
        m_mailgun->startSchedule(settings.value(QStringLiteral("mailgun/firstDelaySeconds"), 30).toInt() * 1000,
                                 settings.value(QStringLiteral("mailgun/intervalMinutes"), 5).toInt());
    }, Qt::SingleShotConnection);
}

void MainWindow::showEmailTemplates()
{
    EmailTemplatesDialog dialog(m_database, m_document->userId(), m_document->undoStack(), m_clients->currentData().toString(), this);
    dialog.exec();
    m_campaignsDocument->announce();   // a template's deletion unlinks campaigns
}

void MainWindow::showSegments()
{
    SegmentsDialog dialog(m_database, m_document->userId(), m_document->undoStack(), m_clients->currentData().toString(), this);
    dialog.exec();
}

void MainWindow::showMailgunSettings()
{
    MailgunSettingsDialog dialog(m_database, m_clients->currentData().toString(), nullptr, this);
    dialog.exec();
    m_mailgun->refreshCounts();
}

} // namespace anchor::ui
