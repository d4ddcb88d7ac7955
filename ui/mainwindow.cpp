#include "mainwindow.h"

#include "leadspage.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>

namespace anchor::ui {

MainWindow::MainWindow(storage::Database database, QWidget *parent)
    : QMainWindow(parent)
    , m_database(std::move(database))
    , m_navigation(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
    , m_statusLeads(new QLabel(this))
{
    setWindowTitle(tr("Anchor CRM"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/anchor.svg")));

    m_navigation->setAccessibleName(tr("Sections"));
    m_navigation->setIconSize(QSize(20, 20));
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setMaximumWidth(220);
    m_navigation->setMinimumWidth(150);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_navigation);
    splitter->addWidget(m_pages);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    setCentralWidget(splitter);

    m_leads = new LeadsPage(m_database, this);
    addSection(tr("Leads"), QStringLiteral(":/icons/leads.svg"), m_leads);
    connect(m_navigation, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    m_navigation->setCurrentRow(0);

    connect(m_leads, &LeadsPage::firstPagePainted, this, &MainWindow::firstLeadsPagePainted);
    connect(m_leads, &LeadsPage::statusMessage, m_statusLeads, &QLabel::setText);
    statusBar()->addWidget(m_statusLeads, 1);
    auto *databaseLabel = new QLabel(tr("Database: %1").arg(QDir::toNativeSeparators(m_database.path())), this);
    databaseLabel->setToolTip(tr("Schema version %1").arg(m_database.schemaVersion()));
    statusBar()->addPermanentWidget(databaseLabel);

    createMenus();
    restoreWindowState();
}

void MainWindow::addSection(const QString &title, const QString &iconPath, QWidget *page)
{
    auto *item = new QListWidgetItem(QIcon(iconPath), title, m_navigation);
    item->setSizeHint(QSize(0, 36));
    m_pages->addWidget(page);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About Anchor CRM"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
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

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/state"), saveState());
    event->accept();
}

} // namespace anchor::ui
