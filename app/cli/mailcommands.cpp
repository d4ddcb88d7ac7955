// anchorctl's email commands (issue 7): mailgun configure, campaigns list / create / send /
// pause / resume / cancel / stats, sync mailgun, and the campaign part of "jobs run".
// Sending always goes through the queue: "campaigns send" only writes it (one transaction, no
// network); "sync mailgun" drains it, then pulls events and suppressions.
#include "commandline.h"
#include "waitfor.h"

#include <campaignrepository.h>
#include <clientrepository.h>
#include <credentialstore.h>
#include <csvwriter.h>
#include <emailcontent.h>
#include <emailqueuerepository.h>
#include <emailtemplaterepository.h>
#include <mailgunsettingsrepository.h>
#include <mailgunsync.h>
#include <networkservice.h>
#include <segmentrepository.h>
#include <storageerror.h>
#include <timestamps.h>

#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTextStream>
#include <QTimeZone>

#include <cstdio>

namespace anchor::cli {

using storage::StorageError;

namespace {

// Repeated options and comma-separated values both add to the list.
QStringList optionValues(const QCommandLineParser &parser, const QString &option)
{
    QStringList values;
    for (const QString &value : parser.values(option)) {
        for (const QString &part : value.split(u',', Qt::SkipEmptyParts)) {
            if (!part.trimmed().isEmpty())
                values.append(part.trimmed());
        }
    }
    return values;
}

QString localText(const QDateTime &when)
{
    return when.isValid() ? when.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

QString utcText(const QDateTime &when)
{
    return when.isValid() ? when.toUTC().toString(Qt::ISODate) : QString();
}

QString percent(double rate)
{
    return QStringLiteral("%1%").arg(rate * 100.0, 0, 'f', 1);
}

// A template or segment by id, else by name (case-insensitive) among `names` (id -> name).
template<typename Item>
Item pickByIdOrName(const QList<Item> &items, const QString &idOrName, const QString &notFound,
                    const QString &ambiguous)
{
    QList<Item> byName;
    for (const Item &item : items) {
        if (item.id == idOrName)
            return item;
        if (item.name.compare(idOrName, Qt::CaseInsensitive) == 0)
            byName.append(item);
    }
    if (byName.isEmpty())
        throw StorageError(StorageError::Kind::NotFound, notFound);
    if (byName.size() > 1) {
        QStringList ids;
        for (const Item &item : std::as_const(byName))
            ids.append(item.id);
        throw StorageError(StorageError::Kind::Constraint, ambiguous.arg(ids.join(QStringLiteral(", "))));
    }
    return byName.first();
}

} // namespace

QString CommandLine::mailgunScopeName(const storage::Database &database, const QString &scopeId) const
{
    if (scopeId.isEmpty())
        return tr("the agency");
    const auto client = storage::ClientRepository(database).find(scopeId);
    return client ? client->name : scopeId;
}

QString CommandLine::clientOption(const storage::Database &database) const
{
    // An unknown client is an unknown name (exit 1), as with every other lookup here.
    if (!m_parser.isSet(QStringLiteral("client")))
        return {};
    if (m_parser.values(QStringLiteral("client")).size() > 1)
        throw UsageError{tr("Give --client once for this command.")};
    return storage::ClientRepository(database).resolve(m_parser.value(QStringLiteral("client")).trimmed()).id;
}

// ---------------------------------------------------------------------------------------------
// mailgun configure

int CommandLine::runMailgunConfigure()
{
    requireOnly({QStringLiteral("client"), QStringLiteral("domain"), QStringLiteral("region"), QStringLiteral("from"),
                 QStringLiteral("sender"), QStringLiteral("from-name"), QStringLiteral("sender-name"),
                 QStringLiteral("base-url"), QStringLiteral("ca-cert")});
    const storage::Database database = openDatabase(false);
    const QString scope = mailgunScope(database);
    storage::MailgunSettingsRepository settings(database);
    // What is not given stays as stored, so one setting can be changed alone.
    storage::MailgunConnection connection = settings.connection(scope).value_or(storage::MailgunConnection{});
    connection.scopeId = scope;
    const auto take = [this](std::initializer_list<const char *> options, QString &field) {
        for (const char *option : options) {
            if (m_parser.isSet(QLatin1String(option)))
                field = m_parser.value(QLatin1String(option)).trimmed();
        }
    };
    take({"domain"}, connection.domain);
    take({"region"}, connection.region);
    take({"sender", "from"}, connection.fromAddress);
    take({"sender-name", "from-name"}, connection.fromName);
    take({"base-url"}, connection.baseUrl);
    connection.domain = connection.domain.toLower();
    connection.region = connection.region.toLower();
    if (connection.domain.isEmpty() || connection.fromAddress.isEmpty())
        throw UsageError{tr("\"mailgun configure\" needs --domain and --from (the sending address).")};
    if (!connection.baseUrl.isEmpty() && !QUrl(connection.baseUrl).scheme().startsWith(QLatin1String("https")))
        throw UsageError{tr("--base-url must be an https:// address.")};
    if (m_parser.isSet(QStringLiteral("ca-cert"))) {
        const QFileInfo file(m_parser.value(QStringLiteral("ca-cert")));
        if (!file.isReadable())
            throw UsageError{tr("The CA certificate file %1 cannot be read.").arg(file.filePath())};
        connection.caCertificateFile = file.absoluteFilePath();
    }
    const QString problem = storage::MailgunSettingsRepository::validationError(connection);
    if (!problem.isEmpty())
        throw UsageError{problem};
    settings.save(connection);
    m_out << tr("Mail of %1 goes out from %2 through Mailgun domain %3 (%4).")
                 .arg(mailgunScopeName(database, scope), connection.fromAddress, connection.domain,
                      connection.region.toUpper())
          << Qt::endl;
    finishOutput();
    return 0;
}

// ---------------------------------------------------------------------------------------------
// campaigns

int CommandLine::runCampaigns(const QStringList &positional)
{
    const QString subcommand = positional.value(1);
    const auto noMoreThan = [&](qsizetype count) {
        if (positional.size() > count)
            throw UsageError{tr("Unexpected argument \"%1\".").arg(positional.at(count))};
    };
    if (subcommand == QLatin1String("list")) {
        noMoreThan(2);
        return runCampaignsList();
    }
    if (subcommand == QLatin1String("create")) {
        noMoreThan(2);
        return runCampaignsCreate();
    }
    const QStringList withId = {QStringLiteral("send"), QStringLiteral("pause"), QStringLiteral("resume"),
                                QStringLiteral("cancel"), QStringLiteral("stats")};
    if (withId.contains(subcommand)) {
        if (positional.size() < 3)
            throw UsageError{tr("\"campaigns %1\" needs the campaign's id (see \"anchorctl campaigns list\").").arg(subcommand)};
        noMoreThan(3);
        const QString id = positional.at(2).trimmed();
        if (subcommand == QLatin1String("send"))
            return runCampaignsSend(id);
        if (subcommand == QLatin1String("stats"))
            return runCampaignsStats(id);
        return runCampaignMove(subcommand, id);
    }
    throw UsageError{subcommand.isEmpty()
                         ? tr("\"campaigns\" needs a subcommand: list, create, send, pause, resume, cancel, stats.")
                         : tr("Unknown subcommand \"campaigns %1\"; use list, create, send, pause, resume, cancel or stats.")
                               .arg(subcommand)};
}

int CommandLine::runCampaignsList()
{
    requireOnly({QStringLiteral("client"), QStringLiteral("status"), QStringLiteral("format")});
    const QString format = parseFormat();
    QStringList statuses;
    for (const QString &status : optionValues(m_parser, QStringLiteral("status"))) {
        if (!storage::CampaignStatus::all().contains(status.toLower()))
            throw UsageError{tr("Unknown campaign status \"%1\"; use one of %2.")
                                 .arg(status, storage::CampaignStatus::all().join(QStringLiteral(", ")))};
        statuses.append(status.toLower());
    }
    const storage::Database database = openDatabase(false);
    const QString clientId = clientOption(database);
    const QList<storage::Campaign> campaigns = storage::CampaignRepository(database).list(clientId, statuses);

    if (format == QLatin1String("json")) {
        QJsonArray array;
        for (const storage::Campaign &campaign : campaigns)
            array.append(QJsonObject{{QStringLiteral("id"), campaign.id},
                                     {QStringLiteral("name"), campaign.name},
                                     {QStringLiteral("client_id"), campaign.clientId},
                                     {QStringLiteral("client"), campaign.clientName},
                                     {QStringLiteral("status"), campaign.status},
                                     {QStringLiteral("subject"), campaign.subject},
                                     {QStringLiteral("recipients"), campaign.totalRecipients},
                                     {QStringLiteral("sent"), campaign.sentCount},
                                     {QStringLiteral("opens"), campaign.openCount},
                                     {QStringLiteral("clicks"), campaign.clickCount},
                                     {QStringLiteral("bounces"), campaign.bounceCount},
                                     {QStringLiteral("unsubscribes"), campaign.unsubscribeCount},
                                     {QStringLiteral("scheduled_at"), utcText(campaign.scheduledAt)},
                                     {QStringLiteral("sent_at"), utcText(campaign.sentAt)},
                                     {QStringLiteral("created_at"), utcText(campaign.createdAt)}});
        m_out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        finishOutput();
        return 0;
    }
    const QStringList headings = {tr("Name"), tr("Client"), tr("Status"), tr("Recipients"), tr("Sent"), tr("Opens"),
                                  tr("Clicks"), tr("Bounces"), tr("When"), tr("ID")};
    QList<QStringList> table{headings};
    for (const storage::Campaign &campaign : campaigns) {
        const QDateTime when = campaign.sentAt.isValid() ? campaign.sentAt
                             : campaign.scheduledAt.isValid() ? campaign.scheduledAt
                                                              : campaign.createdAt;
        table.append({campaign.name, campaign.clientName, storage::CampaignStatus::label(campaign.status),
                      QString::number(campaign.totalRecipients), QString::number(campaign.sentCount),
                      QString::number(campaign.openCount), QString::number(campaign.clickCount),
                      QString::number(campaign.bounceCount), localText(when), campaign.id});
    }
    if (format == QLatin1String("csv")) {
        for (const QStringList &line : std::as_const(table))
            m_out << QString::fromUtf8(models::CsvWriter::record(line));
    } else {
        printTable(table, true);
        m_out << tr("%n campaign(s)", nullptr, int(campaigns.size())) << Qt::endl;
    }
    finishOutput();
    return 0;
}

int CommandLine::runCampaignsCreate()
{
    requireOnly({QStringLiteral("name"), QStringLiteral("template"), QStringLiteral("segment"), QStringLiteral("client"),
                 QStringLiteral("subject"), QStringLiteral("to")});
    const QString name = m_parser.value(QStringLiteral("name")).trimmed();
    const QString templateName = m_parser.value(QStringLiteral("template")).trimmed();
    const QString segmentName = m_parser.value(QStringLiteral("segment")).trimmed();
    const QStringList addresses = optionValues(m_parser, QStringLiteral("to"));
    if (name.isEmpty() || templateName.isEmpty())
        throw UsageError{tr("\"campaigns create\" needs --name and --template, and --segment or --to.")};
    if (segmentName.isEmpty() == addresses.isEmpty())
        throw UsageError{tr("\"campaigns create\" needs either --segment or --to ADDRESS (repeatable), not both.")};

    const storage::Database database = openDatabase(false);
    QString clientId = clientOption(database);
    std::optional<storage::Segment> segment;
    if (!segmentName.isEmpty()) {
        segment = pickByIdOrName(storage::SegmentRepository(database).list(clientId), segmentName,
                                 tr("No segment is called \"%1\".").arg(segmentName),
                                 tr("Several segments are called \"%1\"; use one of their ids: %2").arg(segmentName));
        if (clientId.isEmpty())
            clientId = segment->clientId;
    }
    const storage::EmailTemplate emailTemplate = pickByIdOrName(
        storage::EmailTemplateRepository(database).list(clientId), templateName,
        tr("No email template is called \"%1\".").arg(templateName),
        tr("Several email templates are called \"%1\"; use one of their ids: %2").arg(templateName));
    if (clientId.isEmpty())
        clientId = emailTemplate.clientId;
    if (clientId.isEmpty())
        throw UsageError{tr("Which client business sends the campaign? Add --client (name or id).")};

    storage::CampaignDraft draft;
    draft.clientId = clientId;
    draft.name = name;
    draft.subject = m_parser.isSet(QStringLiteral("subject")) ? m_parser.value(QStringLiteral("subject")).trimmed()
                                                              : emailTemplate.subject;
    draft.content = emailTemplate.content;
    draft.templateId = emailTemplate.id;
    if (segment)
        draft.segmentId = segment->id;
    draft.addresses = addresses;
    draft.createdBy = storage::UserRepository(database).ensureLocalUser();
    const QString id = storage::CampaignRepository(database).create(draft);

    // The id alone on the first line, so scripts can take it with head -n 1.
    m_out << id << Qt::endl;
    m_out << tr("Campaign \"%1\" is a draft; send it with \"anchorctl campaigns send %2\".").arg(name, id) << Qt::endl;
    for (const QString &address : addresses) {
        if (!storage::email::isValidAddress(address))
            m_err << tr("anchorctl: warning: \"%1\" is not a valid address; it will not be sent to.").arg(address)
                  << Qt::endl;
    }
    warnUnknownPlaceholders(draft.subject + u'\n' + draft.content);
    finishOutput();
    return 0;
}

void CommandLine::warnUnknownPlaceholders(const QString &text)
{
    const QStringList unknown = storage::email::unknownPlaceholders(text);
    if (unknown.isEmpty())
        return;
    QStringList written;
    for (const QString &name : unknown)
        written.append(QStringLiteral("{{%1}}").arg(name));
    m_err << tr("anchorctl: warning: unknown placeholders are sent as written: %1 (known: %2).")
                 .arg(written.join(QStringLiteral(", ")), storage::email::knownPlaceholders().join(QStringLiteral(", ")))
          << Qt::endl;
}

QDateTime CommandLine::parseDateTime(const QString &option) const
{
    QString text = m_parser.value(option).trimmed();
    if (text.size() > 10 && text.at(10) == u' ')
        text[10] = u'T';
    QDateTime when = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!when.isValid())
        when = QDateTime::fromString(text, Qt::ISODate);
    if (!when.isValid())
        throw UsageError{tr("--%1 must be a date and time like 2026-01-31T09:00 (local time, or with Z or "
                            "an offset), not \"%2\".").arg(option, m_parser.value(option))};
    return when;
}

int CommandLine::runCampaignsSend(const QString &id)
{
    requireOnly({QStringLiteral("at"), QStringLiteral("format")});
    const QString format = parseFormat();
    if (format == QLatin1String("csv"))
        throw UsageError{tr("\"campaigns send\" prints table or json, not csv.")};
    const std::optional<QDateTime> at = m_parser.isSet(QStringLiteral("at")) ? std::optional(parseDateTime(QStringLiteral("at")))
                                                                             : std::nullopt;
    const storage::Database database = openDatabase(false);
    storage::CampaignRepository campaigns(database);
    const std::optional<storage::Campaign> campaign = campaigns.find(id);
    if (!campaign)
        throw StorageError(StorageError::Kind::NotFound, tr("There is no campaign with id \"%1\".").arg(id));
    warnUnknownPlaceholders(campaign->subject + u'\n' + campaign->content);
    const bool json = format == QLatin1String("json");

    if (at) {
        campaigns.schedule(id, *at);
        if (json)
            m_out << QJsonDocument(QJsonObject{{QStringLiteral("campaign"), id},
                                               {QStringLiteral("scheduled_at"), utcText(*at)}})
                         .toJson(QJsonDocument::Compact)
                  << Qt::endl;
        else
            m_out << tr("Campaign \"%1\" is scheduled for %2; the next sync after that sends it.")
                         .arg(campaign->name, localText(*at))
                  << Qt::endl;
        finishOutput();
        return 0;
    }

    QElapsedTimer timer;
    timer.start();
    const storage::QueueResult result =
        campaigns.startSending(id, storage::UserRepository(database).ensureLocalUser());
    if (json) {
        m_out << QJsonDocument(QJsonObject{{QStringLiteral("campaign"), id},
                                           {QStringLiteral("queued"), result.queued},
                                           {QStringLiteral("suppressed"), result.suppressed},
                                           {QStringLiteral("invalid"), QJsonArray::fromStringList(result.invalid)},
                                           {QStringLiteral("already_queued"), result.alreadyQueued},
                                           {QStringLiteral("seconds"), double(timer.elapsed()) / 1000.0}})
                     .toJson(QJsonDocument::Compact)
              << Qt::endl;
        finishOutput();
        return 0;
    }
    if (result.alreadyQueued)
        m_out << tr("Campaign \"%1\" had already started; nothing was added.").arg(campaign->name) << Qt::endl;
    m_out << tr("%1 queued, %2 suppressed (not sent), %3 invalid (rejected) in %4 s.")
                 .arg(tr("%n message(s)", nullptr, result.queued))
                 .arg(result.suppressed)
                 .arg(result.invalid.size())
                 .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 2)
          << Qt::endl;
    for (const QString &address : result.invalid)
        m_out << tr("  invalid: %1").arg(address) << Qt::endl;
    if (result.queued > 0 && !result.alreadyQueued)
        m_out << tr("They go out with the next \"anchorctl sync mailgun\" (or the app's background sync).") << Qt::endl;
    finishOutput();
    return 0;
}

int CommandLine::runCampaignMove(const QString &action, const QString &id)
{
    requireOnly({});
    const storage::Database database = openDatabase(false);
    storage::CampaignRepository campaigns(database);
    const std::optional<storage::Campaign> campaign = campaigns.find(id);
    if (!campaign)
        throw StorageError(StorageError::Kind::NotFound, tr("There is no campaign with id \"%1\".").arg(id));
    if (action == QLatin1String("pause"))
        campaigns.pause(id);
    else if (action == QLatin1String("resume"))
        campaigns.resume(id);
    else
        campaigns.cancel(id);
    const std::optional<storage::Campaign> now = campaigns.find(id);
    m_out << tr("Campaign \"%1\" is now %2.")
                 .arg(campaign->name, storage::CampaignStatus::label(now ? now->status : QString()).toLower())
          << Qt::endl;
    finishOutput();
    return 0;
}

int CommandLine::runCampaignsStats(const QString &id)
{
    requireOnly({QStringLiteral("format")});
    const QString format = parseFormat();
    const storage::Database database = openDatabase(false);
    storage::CampaignRepository campaigns(database);
    const std::optional<storage::Campaign> campaign = campaigns.find(id);
    if (!campaign)
        throw StorageError(StorageError::Kind::NotFound, tr("There is no campaign with id \"%1\".").arg(id));
    const storage::CampaignStatistics stats = campaigns.statistics(id);

    if (format == QLatin1String("json")) {
        const QJsonObject object{{QStringLiteral("id"), id},
                                 {QStringLiteral("name"), campaign->name},
                                 {QStringLiteral("status"), campaign->status},
                                 {QStringLiteral("recipients"), stats.total},
                                 {QStringLiteral("pending"), stats.pending},
                                 {QStringLiteral("sent"), stats.sent},
                                 {QStringLiteral("delivered"), stats.delivered},
                                 {QStringLiteral("unique_opens"), stats.uniqueOpens},
                                 {QStringLiteral("unique_clicks"), stats.uniqueClicks},
                                 {QStringLiteral("bounced"), stats.bounced},
                                 {QStringLiteral("failed_temporary"), stats.failedTemporary},
                                 {QStringLiteral("failed"), stats.failed},
                                 {QStringLiteral("unsubscribed"), stats.unsubscribed},
                                 {QStringLiteral("complained"), stats.complained},
                                 {QStringLiteral("suppressed"), stats.suppressed},
                                 {QStringLiteral("delivery_rate"), stats.deliveryRate()},
                                 {QStringLiteral("open_rate"), stats.openRate()},
                                 {QStringLiteral("click_rate"), stats.clickRate()},
                                 {QStringLiteral("bounce_rate"), stats.bounceRate()},
                                 {QStringLiteral("unsubscribe_rate"), stats.unsubscribeRate()},
                                 {QStringLiteral("complaint_rate"), stats.complaintRate()}};
        m_out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
        finishOutput();
        return 0;
    }
    // Rates as Pipedrive defines them: opens, clicks, unsubscribes and complaints per delivered
    // message; deliveries and bounces per sent one.
    const QList<QStringList> rows = {
        {tr("Measure"), tr("Count"), tr("Rate")},
        {tr("Recipients"), QString::number(stats.total), QString()},
        {tr("Waiting in the queue"), QString::number(stats.pending), QString()},
        {tr("Sent"), QString::number(stats.sent), QString()},
        {tr("Delivered"), QString::number(stats.delivered), percent(stats.deliveryRate())},
        {tr("Opened (unique)"), QString::number(stats.uniqueOpens), percent(stats.openRate())},
        {tr("Clicked (unique)"), QString::number(stats.uniqueClicks), percent(stats.clickRate())},
        {tr("Bounced"), QString::number(stats.bounced), percent(stats.bounceRate())},
        {tr("Temporary failures"), QString::number(stats.failedTemporary), QString()},
        {tr("Not accepted"), QString::number(stats.failed), QString()},
        {tr("Unsubscribed"), QString::number(stats.unsubscribed), percent(stats.unsubscribeRate())},
        {tr("Complained"), QString::number(stats.complained), percent(stats.complaintRate())},
        {tr("Suppressed (not sent)"), QString::number(stats.suppressed), QString()},
    };
    if (format == QLatin1String("csv")) {
        for (const QStringList &row : rows)
            m_out << QString::fromUtf8(models::CsvWriter::record(row));
    } else {
        m_out << tr("%1 (%2)").arg(campaign->name, storage::CampaignStatus::label(campaign->status)) << Qt::endl;
        printTable(rows);
    }
    finishOutput();
    return 0;
}

// ---------------------------------------------------------------------------------------------
// jobs run: scheduled campaigns whose time has come start (their queue is written; the next
// sync sends it).

QJsonObject CommandLine::runCampaignJobs(const storage::Database &database, const QString &userId, const QDateTime &now,
                                         bool json)
{
    const StartedCampaigns started = startDueCampaigns(database, userId, now, {});
    if (!json)
        m_out << tr("%n scheduled campaign(s) started", nullptr, int(started.ids.size())) << Qt::endl;
    return {{QStringLiteral("campaigns_started"), int(started.ids.size())},
            {QStringLiteral("campaign_messages_queued"), started.queued},
            {QStringLiteral("campaign_errors"), QJsonArray::fromStringList(started.errors)}};
}

CommandLine::StartedCampaigns CommandLine::startDueCampaigns(const storage::Database &database, const QString &userId,
                                                             const QDateTime &now, const QStringList &scopes)
{
    StartedCampaigns started;
    storage::CampaignRepository campaigns(database);
    const storage::MailgunSettingsRepository settings(database);
    for (const QString &id : campaigns.dueScheduled(now)) {
        const std::optional<storage::Campaign> campaign = campaigns.find(id);
        if (!campaign || (!scopes.isEmpty() && !scopes.contains(settings.effectiveScopeFor(campaign->clientId))))
            continue;
        try {
            const storage::QueueResult result = campaigns.startSending(id, userId);
            started.ids.append(id);
            started.queued += result.queued;
            m_err << tr("Scheduled campaign \"%1\" started: %2 queued, %3 suppressed, %4 invalid.")
                         .arg(campaign->name)
                         .arg(result.queued)
                         .arg(result.suppressed)
                         .arg(result.invalid.size())
                  << Qt::endl;
        } catch (const StorageError &error) {
            // One campaign that cannot start (its segment was deleted, ...) does not stop the others.
            started.errors.append(tr("%1: %2").arg(campaign->name, error.message()));
            m_err << tr("anchorctl: scheduled campaign \"%1\": %2").arg(campaign->name, error.message()) << Qt::endl;
        }
    }
    return started;
}

// ---------------------------------------------------------------------------------------------
// sync mailgun

int CommandLine::runSyncMailgun()
{
    requireOnly({QStringLiteral("client"), QStringLiteral("json-events"), QStringLiteral("events-only"),
                 QStringLiteral("send-only")});
    const bool events = m_parser.isSet(QStringLiteral("json-events"));
    const bool eventsOnly = m_parser.isSet(QStringLiteral("events-only"));
    const bool sendOnly = m_parser.isSet(QStringLiteral("send-only"));
    if (eventsOnly && sendOnly)
        throw UsageError{tr("--events-only and --send-only exclude each other.")};
    const storage::Database database = openDatabase(false);
    const storage::MailgunSettingsRepository settings(database);

    // The scopes to work on: every configured one, or the one a client sends with.
    QList<storage::MailgunConnection> connections = settings.list();
    const bool oneScope = m_parser.isSet(QStringLiteral("client"));
    if (oneScope) {
        const QString clientId = mailgunScope(database);
        const QString scope = settings.effectiveScopeFor(clientId);
        QList<storage::MailgunConnection> chosen;
        for (const storage::MailgunConnection &connection : std::as_const(connections))
            if (connection.scopeId == scope)
                chosen.append(connection);
        connections = chosen;
    }
    if (connections.isEmpty()) {
        m_err << tr("anchorctl: Mailgun is not set up (see \"anchorctl mailgun configure\").") << Qt::endl;
        if (events)
            emitEvent({{QStringLiteral("event"), QStringLiteral("finished")}, {QStringLiteral("ok"), false},
                       {QStringLiteral("configured"), false}});
        return 1;
    }

    QHash<QString, sync::MailgunAccount> accounts;
    QStringList scopes;
    QStringList problems;
    for (const storage::MailgunConnection &connection : std::as_const(connections)) {
        QString error;
        const QString key = mailgunKeyFor(connection.scopeId, &error);
        if (!error.isEmpty()) {
            problems.append(tr("%1: %2\nSet ANCHOR_MAILGUN_API_KEY to run without the keychain.")
                                .arg(mailgunScopeName(database, connection.scopeId), error));
            m_err << tr("anchorctl: %1").arg(problems.constLast()) << Qt::endl;
        }
        accounts.insert(connection.scopeId, {connection, key});
        scopes.append(connection.scopeId);
    }

    sync::NetworkService network;
    QElapsedTimer clock;
    clock.start();
    int campaignsStarted = 0;
    sync::MailgunSendSummary send;
    send.ok = true;
    QSet<QString> stoppedScopes;
    if (!eventsOnly) {
        const StartedCampaigns started = startDueCampaigns(database, storage::UserRepository(database).ensureLocalUser(),
                                                           QDateTime::currentDateTimeUtc(), scopes);
        campaignsStarted = int(started.ids.size());
        problems.append(started.errors);
        if (events)
            emitEvent({{QStringLiteral("event"), QStringLiteral("campaigns_started")},
                       {QStringLiteral("count"), campaignsStarted}, {QStringLiteral("queued"), started.queued}});

        sync::MailgunSendJob::Options options = sync::MailgunSendJob::optionsFrom(settings.queueSettings());
        if (oneScope)
            options.onlyScopes = scopes;   // other senders' messages are not this run's business
        sync::MailgunSendJob job(database, &network, accounts, options);
        qint64 lastReport = -1'000;
        QObject::connect(&job, &sync::MailgunSendJob::progress, &job, [&](int done, int total) {
            // At most a few lines a second, and the last one always.
            if (clock.elapsed() - lastReport < 250 && done < total)
                return;
            lastReport = clock.elapsed();
            if (events)
                emitEvent({{QStringLiteral("event"), QStringLiteral("send_progress")}, {QStringLiteral("done"), done},
                           {QStringLiteral("total"), total}});
            m_err << tr("Sending: %1 of %2").arg(done).arg(total) << Qt::endl;
        });
        waitFor([&](auto finished) {
            QObject::connect(&job, &sync::MailgunSendJob::finished, &job, [finished] { finished(); });
            job.start();
        });
        send = job.summary();
        for (auto it = send.scopeErrors.constBegin(); it != send.scopeErrors.constEnd(); ++it) {
            stoppedScopes.insert(it.key());
            m_err << tr("anchorctl: %1: %2").arg(mailgunScopeName(database, it.key()), it.value()) << Qt::endl;
        }
        for (const QString &failure : std::as_const(send.failures))
            m_err << tr("refused: %1").arg(failure) << Qt::endl;
        if (!send.ok && send.scopeErrors.isEmpty() && !send.error.isEmpty())
            m_err << tr("anchorctl: %1").arg(send.error) << Qt::endl;
        if (events)
            emitEvent({{QStringLiteral("event"), QStringLiteral("send_finished")},
                       {QStringLiteral("ok"), send.ok},
                       {QStringLiteral("sent"), send.sent + send.confirmedSent},
                       {QStringLiteral("failed"), send.failed},
                       {QStringLiteral("deferred"), send.deferred},
                       {QStringLiteral("uncertain"), send.uncertainLeft},
                       {QStringLiteral("error"), send.error},
                       {QStringLiteral("offline"), send.networkDown}});
    }

    // Events, then suppressions, per scope; a scope whose key or domain was refused, or all of
    // them when the network is down, is not asked again in this run.
    int inserted = 0;
    int duplicates = 0;
    int added = 0;
    bool pullsOk = true;
    bool offline = send.networkDown;
    if (!sendOnly) {
        for (const storage::MailgunConnection &connection : std::as_const(connections)) {
            const QString scope = connection.scopeId;
            const QString scopeName = mailgunScopeName(database, scope);
            if (stoppedScopes.contains(scope) || offline || accounts.value(scope).apiKey.isEmpty()) {
                pullsOk = false;
                if (accounts.value(scope).apiKey.isEmpty() && !stoppedScopes.contains(scope))
                    m_err << tr("anchorctl: %1: no Mailgun API key is stored (anchorctl mailgun key), or set "
                                "ANCHOR_MAILGUN_API_KEY.").arg(scopeName)
                          << Qt::endl;
                continue;
            }
            if (events)
                emitEvent({{QStringLiteral("event"), QStringLiteral("scope_started")}, {QStringLiteral("scope"), scope},
                           {QStringLiteral("name"), scopeName}});
            sync::MailgunEventsJob eventsJob(database, &network, scope, accounts.value(scope));
            qint64 lastReport = -1'000;
            QObject::connect(&eventsJob, &sync::MailgunEventsJob::progress, &eventsJob,
                             [&](const QString &, int pages, int count) {
                                 if (clock.elapsed() - lastReport < 500)
                                     return;
                                 lastReport = clock.elapsed();
                                 if (events)
                                     emitEvent({{QStringLiteral("event"), QStringLiteral("events_progress")},
                                                {QStringLiteral("scope"), scope}, {QStringLiteral("pages"), pages},
                                                {QStringLiteral("events"), count}});
                                 m_err << tr("%1: events page %2, %3 events").arg(scopeName).arg(pages).arg(count)
                                       << Qt::endl;
                             });
            waitFor([&](auto finished) {
                QObject::connect(&eventsJob, &sync::MailgunEventsJob::finished, &eventsJob, [finished] { finished(); });
                eventsJob.start();
            });
            const sync::MailgunEventsSummary &pulled = eventsJob.summary();
            inserted += pulled.inserted;
            duplicates += pulled.duplicates;
            offline = offline || pulled.networkDown;
            for (const QString &problem : pulled.problems)
                m_err << tr("%1: skipped an event: %2").arg(scopeName, problem) << Qt::endl;
            if (!pulled.ok) {
                pullsOk = false;
                m_err << tr("anchorctl: %1: events: %2").arg(scopeName, pulled.error) << Qt::endl;
            }
            if (events)
                emitEvent({{QStringLiteral("event"), QStringLiteral("events_finished")},
                           {QStringLiteral("scope"), scope},
                           {QStringLiteral("name"), scopeName},
                           {QStringLiteral("ok"), pulled.ok},
                           {QStringLiteral("pages"), pulled.pages},
                           {QStringLiteral("inserted"), pulled.inserted},
                           {QStringLiteral("duplicates"), pulled.duplicates},
                           {QStringLiteral("suppressed"), pulled.suppressed},
                           {QStringLiteral("error"), pulled.error},
                           {QStringLiteral("offline"), pulled.networkDown}});
            if (!pulled.ok || eventsOnly)
                continue;

            sync::MailgunSuppressionsJob suppressionsJob(database, &network, scope, accounts.value(scope));
            waitFor([&](auto finished) {
                QObject::connect(&suppressionsJob, &sync::MailgunSuppressionsJob::finished, &suppressionsJob,
                                 [finished] { finished(); });
                suppressionsJob.start();
            });
            const sync::MailgunSuppressionsSummary &imported = suppressionsJob.summary();
            added += imported.added;
            offline = offline || imported.networkDown;
            if (!imported.ok) {
                pullsOk = false;
                m_err << tr("anchorctl: %1: suppressions: %2").arg(scopeName, imported.error) << Qt::endl;
            }
            if (events)
                emitEvent({{QStringLiteral("event"), QStringLiteral("suppressions_finished")},
                           {QStringLiteral("scope"), scope},
                           {QStringLiteral("ok"), imported.ok},
                           {QStringLiteral("added"), imported.added},
                           {QStringLiteral("error"), imported.error},
                           {QStringLiteral("offline"), imported.networkDown}});
        }
    }

    int waiting = 0;
    try {
        storage::EmailQueueRepository queue(database);
        if (oneScope)
            queue.restrictToScopes(scopes);
        waiting = queue.pendingCount();
    } catch (const StorageError &) {
        // The summary line does without it.
    }
    const bool ok = send.ok && pullsOk && problems.isEmpty();
    if (events)
        emitEvent({{QStringLiteral("event"), QStringLiteral("finished")},
                   {QStringLiteral("ok"), ok},
                   {QStringLiteral("configured"), true},
                   {QStringLiteral("offline"), offline},
                   {QStringLiteral("waiting"), waiting}});
    m_out << tr("Mailgun: %1 campaign(s) started; %2 sent, %3 refused, %4 waiting; %5 new events (%6 duplicates); "
                "%7 suppressions added; %8 s.")
                 .arg(campaignsStarted)
                 .arg(send.sent + send.confirmedSent)
                 .arg(send.failed)
                 .arg(waiting)
                 .arg(inserted)
                 .arg(duplicates)
                 .arg(added)
                 .arg(double(clock.elapsed()) / 1000.0, 0, 'f', 1)
          << Qt::endl;
    finishOutput();
    return ok ? 0 : 1;
}

} // namespace anchor::cli
