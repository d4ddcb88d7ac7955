#include <clientrepository.h>
#include <database.h>
#include <leadstablemodel.h>
#include <campaignspage.h>
#include <chartloader.h>
#include <emaillogpage.h>
#include <mainwindow.h>
#include <theme.h>
#include <storageerror.h>
#include <translationloader.h>

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QHash>
#include <QMessageBox>
#include <QTextStream>

#include <cstdio>

namespace {

// Without a display Qt would abort with a terse platform-plugin error; say what to do instead.
bool hasDisplay()
{
#if defined(Q_OS_LINUX) || defined(Q_OS_FREEBSD)
    return qEnvironmentVariableIsSet("QT_QPA_PLATFORM") || qEnvironmentVariableIsSet("DISPLAY")
           || qEnvironmentVariableIsSet("WAYLAND_DISPLAY");
#else
    return true;
#endif
}

} // namespace

int main(int argc, char *argv[])
{
    if (!hasDisplay()) {
        QTextStream(stderr)
            << "anchor-crm: no display found (neither DISPLAY nor WAYLAND_DISPLAY is set).\n"
               "Run it from a desktop session, or under a virtual display:\n"
               "  xvfb-run -a anchor-crm [--database FILE]\n"
               "or use the command line tool instead: anchorctl --help\n";
        return 3;
    }

    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Anchor CRM"));
    QApplication::setApplicationName(QStringLiteral("Anchor CRM"));
    QApplication::setApplicationVersion(QStringLiteral(ANCHOR_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("anchor-crm"));
    anchor::installTranslations(app);
    anchor::ui::applyTheme(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Anchor CRM: leads, journeys, tasks and campaigns."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption databaseOption(QStringLiteral("database"),
                                            QApplication::translate("main", "Open this database file."),
                                            QApplication::translate("main", "file"));
    const QCommandLineOption quitOption(QStringLiteral("quit-after-first-paint"),
                                        QApplication::translate("main", "Exit as soon as the first page of leads is painted "
                                                                        "(measures start-up)."));
    const QCommandLineOption sectionOption(QStringLiteral("section"),
                                           QApplication::translate("main", "Open this section first: leads, journeys, campaigns or "
                                                                           "email-log (with --quit-after-first-paint, wait for its "
                                                                           "first page)."),
                                           QApplication::translate("main", "name"));
    const QCommandLineOption checkPluginsOption(QStringLiteral("check-plugins"),
                                                QApplication::translate("main", "Check that the charts module loads, then exit."));
    parser.addOption(databaseOption);
    parser.addOption(quitOption);
    parser.addOption(sectionOption);
    parser.addOption(checkPluginsOption);
    parser.process(app);
    if (parser.isSet(checkPluginsOption)) {
        QString error;
        const bool loaded = anchor::ui::chartFactory(&error) != nullptr;
        QTextStream(loaded ? stdout : stderr)
            << (loaded ? QApplication::translate("main", "The charts module loads.") : error) << '\n';
        return loaded ? 0 : 1;
    }
    const bool quitAfterFirstPaint = parser.isSet(quitOption);
    const QString section = parser.value(sectionOption);
    const QHash<QString, int> sections = {{QStringLiteral("leads"), anchor::ui::MainWindow::LeadsSection},
                                          {QStringLiteral("journeys"), anchor::ui::MainWindow::JourneysSection},
                                          {QStringLiteral("campaigns"), anchor::ui::MainWindow::CampaignsSection},
                                          {QStringLiteral("email-log"), anchor::ui::MainWindow::EmailLogSection}};
    if (!section.isEmpty() && !sections.contains(section)) {
        QTextStream(stderr) << QApplication::translate("main", "anchor-crm: unknown section \"%1\" (leads, journeys, campaigns or "
                                                               "email-log)").arg(section)
                            << '\n';
        return 2;
    }
    const bool journeysFirst = section == QLatin1String("journeys");

    const QString path = parser.isSet(databaseOption) ? parser.value(databaseOption)
                                                      : anchor::storage::Database::defaultPath();
    anchor::storage::Database database;
    QString userId;
    try {
        database = anchor::storage::Database::open(path);
        userId = anchor::storage::UserRepository(database).ensureLocalUser();
    } catch (const anchor::storage::StorageError &error) {
        QTextStream(stderr) << "anchor-crm: " << error.message() << '\n';
        if (!quitAfterFirstPaint)
            QMessageBox::critical(nullptr, QApplication::translate("main", "Anchor CRM"),
                                  QApplication::translate("main", "The database could not be opened.\n\n%1").arg(error.message()));
        return 1;
    }

    // The first page loads on a worker thread; let it open its connection while the window is built.
    anchor::models::LeadsTableModel::warmUp(database);
    anchor::ui::MainWindow window(database, userId);
    if (!section.isEmpty())
        window.showSection(sections.value(section));
    if (quitAfterFirstPaint && section == QLatin1String("campaigns"))
        QObject::connect(window.campaignsPage(), &anchor::ui::CampaignsPage::firstPageShown, &app, &QCoreApplication::quit,
                         Qt::QueuedConnection);
    else if (quitAfterFirstPaint && section == QLatin1String("email-log"))
        QObject::connect(window.emailLogPage(), &anchor::ui::EmailLogPage::firstPageShown, &app, &QCoreApplication::quit,
                         Qt::QueuedConnection);
    else if (quitAfterFirstPaint)
        QObject::connect(&window, journeysFirst ? &anchor::ui::MainWindow::firstJourneysPagePainted
                                                : &anchor::ui::MainWindow::firstLeadsPagePainted,
                         &app, &QCoreApplication::quit, Qt::QueuedConnection);
    window.show();
    return QApplication::exec();
}
