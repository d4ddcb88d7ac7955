#pragma once

#include <credentialstore.h>
#include <database.h>
#include <journeytypes.h>
#include <leadquery.h>

#include <QCommandLineParser>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QCoreApplication>
#include <QTextStream>

namespace anchor::cli {

// anchorctl: parses the command line once (every option may stand before or after the
// command), checks that each option applies to the command given, and runs it. Errors go to
// stderr; exit codes: 0 success, 1 the work failed, 2 the command line was wrong.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(anchor::cli::CommandLine)

public:
    CommandLine();
    int run(const QStringList &arguments);

private:
    struct UsageError
    {
        QString message;
    };
    struct OutputError
    {
    };

    void defineOptions();
    QString helpText() const;
    void requireOnly(const QStringList &allowed) const;
    storage::Database openDatabase(bool createIfMissing) const;
    storage::LeadFilter parseFilter(const storage::Database &database) const;
    storage::LeadSort parseSort(storage::LeadSort fallback) const;
    int parseInt(const QString &option, qint64 min, qint64 max, qint64 fallback) const;
    QString parseFormat() const;

    int runInit();
    int runDemo();
    int runLeadsList(const QString &searchText);
    int runExportLeads();
    // synccommands.cpp
    int runClientsAdd();
    int runClientsList();
    int runCtmConfigure();
    int runCtmTest();
    int runSyncCtm();
    int runSyncOutbox();
    int runLeadsReclassify();
    int runLlmConfigure();
    // mailgunsettingscommands.cpp (the desktop app's Mailgun settings dialog runs these)
    int runMailgunKeyStatus();
    int runMailgunKey();   // also "mailgun set-key"
    int runMailgunTest() { return runMailgunCheck(false); }
    int runMailgunSendTest() { return runMailgunCheck(true); }
    int runMailgunCheck(bool sendTest);
    QString mailgunScope(const storage::Database &database) const;   // --client, or '' = the agency
    QString readMailgunKeyFromStdin();   // one line, without echo at a terminal
    QString storedMailgunKey(const QString &scopeId, QString *error);
    // The key the scope sends with (sync::readMailgunKeyFor: the environment, the scope's
    // keychain entry, else the agency's), waited for.
    QString mailgunKeyFor(const QString &scopeId, QString *error);
    // mailcommands.cpp: mailgun configure, campaigns, sync mailgun, jobs run's campaigns
    int runMailgunConfigure();
    int runCampaigns(const QStringList &positional);
    int runCampaignsList();
    int runCampaignsCreate();
    int runCampaignsSend(const QString &id);
    int runCampaignMove(const QString &action, const QString &id);   // pause, resume, cancel
    int runCampaignsStats(const QString &id);
    int runSyncMailgun();
    struct StartedCampaigns
    {
        QStringList ids;
        int queued = 0;
        QStringList errors;
    };
    // Scheduled campaigns whose time has come start (queue written, no network); `scopes` empty: all.
    StartedCampaigns startDueCampaigns(const storage::Database &database, const QString &userId, const QDateTime &now,
                                       const QStringList &scopes);
    QJsonObject runCampaignJobs(const storage::Database &database, const QString &userId, const QDateTime &now, bool json);
    QString clientOption(const storage::Database &database) const;   // --client once, or empty
    QString mailgunScopeName(const storage::Database &database, const QString &scopeId) const;
    QDateTime parseDateTime(const QString &option) const;
    void warnUnknownPlaceholders(const QString &text);
    // journeycommands.cpp
    int runJourneysList();
    int runJourneysStart();
    int runJobsRun();
    int runJobsConfigure();
    // taskcommands.cpp
    int runTasksList();
    int runTasksAdd();
    int runTasksMove(const QString &item);
    int runTasksFromLeads();
    int runBoardsAdd();
    int runBoardsList();
    // The task jobs of "jobs run": archive completed items, due-date automations.
    QJsonObject runTaskJobs(const storage::Database &database, const QString &userId, const QDateTime &now, bool json);
    QString resolveBoard(const storage::Database &database, const QString &idOrName) const;
    QString resolveUser(const storage::Database &database, const QString &idOrName) const;
    QDate parseDate(const QString &option) const;
    bool parseOnOff(const QString &option, bool fallback) const;
    QStringList parseStatuses() const;
    QString parseClientId(const storage::Database &database) const;
    void printJourneys(const QList<storage::JourneyRow> &rows, const QString &format);
    // Refines the new calls of a pull with the AI classifier when it is enabled; a message when
    // it could not.
    QString classifyWithLlm(const storage::Database &database, const QString &clientId, const QStringList &callIds);
    sync::CtmKeys ctmKeysFor(const QString &clientId);
    sync::CtmKeys readKeysFromStdin();
    void emitEvent(const QJsonObject &event);

    // Flushes stdout; a write that failed (full disk, closed pipe) becomes an OutputError.
    void finishOutput();
    void printLeads(const storage::Database &database, const storage::LeadPageRequest &request,
                    const QString &format);
    // Aligned columns, the first line the headings; long cells are cut (except the last
    // column's when it must stay whole, such as ids).
    void printTable(const QList<QStringList> &table, bool wholeLastColumn = false);

    QCommandLineParser m_parser;
    QTextStream m_out;
    QTextStream m_err;
};

} // namespace anchor::cli
