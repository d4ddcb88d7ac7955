#include "commandline.h"

#include <callrepository.h>
#include <clientrepository.h>
#include <demogenerator.h>
#include <leadannotationrepositories.h>
#include <leadcsvexporter.h>
#include <leadformat.h>
#include <csvwriter.h>
#include <migrator.h>
#include <storageerror.h>

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

#include <cstdio>

namespace anchor::cli {

using storage::StorageError;

namespace {

const QStringList kFilterOptions = {
    QStringLiteral("client"), QStringLiteral("category"), QStringLiteral("min-stars"), QStringLiteral("max-stars"),
    QStringLiteral("caller-type"), QStringLiteral("tag"), QStringLiteral("stage"), QStringLiteral("source"),
    QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("search")};

// Repeated options and comma-separated values both add to the list.
QStringList listValues(const QCommandLineParser &parser, const QString &option)
{
    QStringList values;
    for (const QString &value : parser.values(option)) {
        for (const QString &part : value.split(u',', Qt::SkipEmptyParts))
            values.append(part.trimmed());
    }
    return values;
}

QString padded(const QString &text, qsizetype width)
{
    return text + QString(qMax<qsizetype>(0, width - text.size()), u' ');
}

} // namespace

CommandLine::CommandLine()
    : m_out(stdout)
    , m_err(stderr)
{
    defineOptions();
}

void CommandLine::defineOptions()
{
    m_parser.setApplicationDescription(helpText());
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    m_parser.addHelpOption();
    m_parser.addVersionOption();
    m_parser.addOptions({
        {QStringLiteral("database"), tr("The database file (default: %1).").arg(QDir::toNativeSeparators(storage::Database::defaultPath())), tr("file")},
        {QStringLiteral("calls"), tr("demo: how many calls to generate."), tr("n")},
        {QStringLiteral("journeys"), tr("demo: exactly this many journeys (about ten steps each) over the good leads, "
                                        "for benchmarks; default: a realistic share of them."), tr("n")},
        {QStringLiteral("clients"), tr("demo: how many client businesses (default 6)."), tr("k")},
        {QStringLiteral("seed"), tr("demo: random seed; the same seed gives the same data (default 1)."), tr("s")},
        {QStringLiteral("until"), tr("demo: last day with calls, YYYY-MM-DD (default today)."), tr("date")},
        {QStringLiteral("client"), tr("Only calls of this client (id or name); repeatable."), tr("client")},
        {QStringLiteral("category"), tr("Only calls in this category (%1); repeatable.").arg(storage::LeadVocabulary::categories().join(QStringLiteral(", "))), tr("category")},
        {QStringLiteral("min-stars"), tr("Only calls rated at least this many stars (1-5)."), tr("n")},
        {QStringLiteral("max-stars"), tr("Only calls rated at most this many stars (1-5)."), tr("n")},
        {QStringLiteral("caller-type"), tr("Only calls of this caller type (new, repeat, returning_customer)."), tr("type")},
        {QStringLiteral("tag"), tr("Only calls with this tag (name); repeatable."), tr("tag")},
        {QStringLiteral("stage"), tr("Only calls in this pipeline stage (name); repeatable."), tr("stage")},
        {QStringLiteral("source"), tr("Only calls from this source; repeatable."), tr("source")},
        {QStringLiteral("from"), tr("Only calls on or after this day (YYYY-MM-DD); mailgun configure: the sending "
                                    "address."), tr("date")},
        {QStringLiteral("to"), tr("Only calls on or before this day (YYYY-MM-DD); campaigns create, mailgun send-test: "
                                  "an address to send to (repeatable)."), tr("date")},
        {QStringLiteral("search"), tr("Only calls matching this text (caller, numbers, summary, transcript, notes)."), tr("text")},
        {QStringLiteral("sort"), tr("Sort by a column, optionally :asc or :desc (%1).").arg(storage::LeadColumns::keys().join(QStringLiteral(", "))), tr("column")},
        {QStringLiteral("limit"), tr("At most this many rows (default 50)."), tr("n")},
        {QStringLiteral("offset"), tr("Skip this many rows first."), tr("n")},
        {QStringLiteral("format"), tr("Output format: table, csv or json (default table)."), tr("format")},
        {QStringLiteral("output"), tr("export: the CSV file to write."), tr("file")},
        {QStringLiteral("name"), tr("clients add: the business name."), tr("name")},
        {QStringLiteral("type"), tr("clients add: medical, home_service, food_service or other."), tr("type")},
        {QStringLiteral("subtype"), tr("clients add: dental, roofing, ... (free text)."), tr("subtype")},
        {QStringLiteral("email"), tr("clients add: the contact email."), tr("email")},
        {QStringLiteral("phone"), tr("clients add: the main phone number."), tr("number")},
        {QStringLiteral("account"), tr("ctm configure: the CallTrackingMetrics account id."), tr("id")},
        {QStringLiteral("base-url"), tr("ctm configure: the CTM API address (default https://api.calltrackingmetrics.com/api/v1/)."), tr("url")},
        {QStringLiteral("ca-cert"), tr("ctm configure, llm configure: an extra CA certificate (PEM) to trust."), tr("file")},
        {QStringLiteral("url"), tr("llm configure: the OpenAI-compatible API address (for example https://api.openai.com/v1/)."), tr("url")},
        {QStringLiteral("model"), tr("llm configure: the model name."), tr("model")},
        {QStringLiteral("key-from-stdin"), tr("llm configure: read the API key (one line) from stdin into the system keychain.")},
        {QStringLiteral("disable"), tr("llm configure: switch the AI classifier off.")},
        {QStringLiteral("json-events"), tr("sync: report progress as JSON lines on stdout (for the desktop app).")},
        {QStringLiteral("status"), tr("journeys list: only journeys with this status (%1); repeatable.")
                                       .arg(storage::journeyStatuses().join(QStringLiteral(", "))), tr("status")},
        {QStringLiteral("call"), tr("journeys start, tasks add: the lead's call id."), tr("id")},
        {QStringLiteral("template"), tr("journeys start: the journey template (name or id) that gives the steps; "
                                        "boards add: basic, sales, project or blank."), tr("template")},
        {QStringLiteral("service"), tr("journeys start: a service the person asked about (name or id); repeatable."), tr("service")},
        {QStringLiteral("concern"), tr("journeys start: a symptom or concern in the person's words; repeatable."), tr("text")},
        {QStringLiteral("follow-up-of"), tr("journeys start: the journey this one follows up (same person)."), tr("id")},
        {QStringLiteral("redact-after-days"), tr("jobs run, jobs configure: redact service records after this many days "
                                                 "(0: never; default 90)."), tr("n")},
        {QStringLiteral("board"), tr("tasks, boards: the board (name or id)."), tr("board")},
        {QStringLiteral("group"), tr("tasks add, tasks move: the column (name or id)."), tr("column")},
        {QStringLiteral("assignee"), tr("tasks list, tasks add: a staff user (name or id; \"me\": you)."), tr("user")},
        {QStringLiteral("due-before"), tr("tasks list: only tasks due before this day (YYYY-MM-DD)."), tr("date")},
        {QStringLiteral("due"), tr("tasks add: the due date (YYYY-MM-DD)."), tr("date")},
        {QStringLiteral("position"), tr("tasks move: the place in the column, 1 at the top (default: the end)."), tr("n")},
        {QStringLiteral("workspace"), tr("boards add: the workspace (name or id; made when missing)."), tr("workspace")},
        {QStringLiteral("prefix"), tr("boards add: the prefix of item keys (DENT makes DENT-42)."), tr("prefix")},
        {QStringLiteral("voicemail"), tr("tasks from-leads: new voicemail leads become tasks (on or off; default on)."), tr("on|off")},
        {QStringLiteral("needs-attention"), tr("tasks from-leads: new needs-attention leads become tasks (on or off; default on)."),
         tr("on|off")},
        {QStringLiteral("keys-from-stdin"), tr("ctm configure: read the access key and the secret key (two lines) from stdin "
                                               "into the system keychain.")},
        {QStringLiteral("domain"), tr("mailgun test, send-test: the Mailgun sending domain."), tr("domain")},
        {QStringLiteral("region"), tr("mailgun test, send-test: the Mailgun region, us or eu."), tr("region")},
        {QStringLiteral("sender"), tr("mailgun test, send-test: the address messages are sent from."), tr("address")},
        {QStringLiteral("sender-name"), tr("mailgun test, send-test: the name messages are sent as."), tr("name")},
        {QStringLiteral("recipient"), tr("mailgun send-test: where the test message goes."), tr("address")},
        {QStringLiteral("from-name"), tr("mailgun configure: the name messages are sent as."), tr("name")},
        {QStringLiteral("segment"), tr("campaigns create: the segment (name or id) that picks the recipients."), tr("segment")},
        {QStringLiteral("subject"), tr("campaigns create: the subject (default: the template's)."), tr("text")},
        {QStringLiteral("at"), tr("campaigns send: schedule for this time (2026-01-31T09:00, local unless Z or an "
                                  "offset is given) instead of queueing now."), tr("datetime")},
        {QStringLiteral("events-only"), tr("sync mailgun: only pull events (no sending, no suppressions).")},
        {QStringLiteral("send-only"), tr("sync mailgun: only start due campaigns and send the queue.")},
    });
    m_parser.addPositionalArgument(QStringLiteral("command"), tr("The command to run (see above)."),
                                   tr("<command> [arguments]"));
}

QString CommandLine::helpText() const
{
    return tr("Anchor CRM on the command line.\n\n"
              "Commands:\n"
              "  init                          Create or upgrade the database; print the schema version.\n"
              "  demo --calls N [--clients K] [--seed S] [--until DATE] [--journeys N]\n"
              "                                Add realistic demo clients and calls.\n"
              "  leads list [filters] [--sort COLUMN[:desc]] [--limit N] [--offset N] [--format F]\n"
              "                                List leads, newest first unless sorted otherwise.\n"
              "  leads search TEXT [filters] [--limit N] [--format F]\n"
              "                                Full-text search over leads.\n"
              "  export leads --output FILE [filters] [--sort COLUMN[:desc]]\n"
              "                                Write matching leads to a CSV file (no row cap).\n"
              "  leads reclassify [--client X]  Classify stored calls again (manual categories stay).\n"
              "  clients add --name NAME [--type T] [--subtype S] [--email E] [--phone P]\n"
              "  clients list [--format F]\n"
              "  ctm configure --client X --account ID [--base-url URL] [--ca-cert FILE] [--keys-from-stdin]\n"
              "  ctm test --client X            Check the keys and list the CTM accounts they reach.\n"
              "  mailgun key-status [--client X] Whether a Mailgun API key is in the keychain (agency without --client).\n"
              "  mailgun test [--client X] [--domain D --region us|eu --sender A --sender-name N --base-url URL\n"
              "               --ca-cert FILE] [--key-from-stdin]   Check the Mailgun settings and key.\n"
              "  mailgun send-test --recipient ADDR [the same options]   Send a short test message.\n"
              "  mailgun configure [--client X] --domain D [--region us|eu] --from ADDRESS [--from-name NAME]\n"
              "                    [--base-url URL] [--ca-cert FILE]   Save who sends (agency without --client).\n"
              "  mailgun key|set-key [--client X] [--key-from-stdin]\n"
              "                                Read the Mailgun API key from stdin into the system keychain.\n"
              "  campaigns list [--client X] [--status S] [--format F]\n"
              "  campaigns create --name N --template T (--segment S | --to ADDRESS...) [--client X] [--subject S]\n"
              "                                Create a draft campaign; prints its id.\n"
              "  campaigns send ID [--at DATETIME]\n"
              "                                Queue every recipient now (or schedule); prints queued,\n"
              "                                suppressed and invalid addresses.\n"
              "  campaigns pause|resume|cancel ID\n"
              "  campaigns stats ID [--format F] Sent, delivered, opened, clicked, bounced, ... with rates.\n"
              "  sync ctm [--client X]          Pull calls from CallTrackingMetrics (progress on stderr).\n"
              "  sync outbox                    Push waiting ratings and notes to CallTrackingMetrics.\n"
              "  sync mailgun [--client X] [--events-only | --send-only]\n"
              "                                Start due campaigns, send the queue, then pull events and\n"
              "                                suppressions; exit 0 only when everything went through.\n"
              "  llm configure --url URL --model M [--ca-cert FILE] [--key-from-stdin] | --disable\n"
              "                                 The optional AI classifier for new calls.\n"
              "  journeys list [--status S] [--client X] [--search TEXT] [--limit N] [--offset N] [--format F]\n"
              "                                List client journeys, next action first.\n"
              "  journeys start --call CALL_ID [--template NAME] [--service NAME]... [--concern TEXT]...\n"
              "                 [--follow-up-of JOURNEY_ID] [--format table|json]\n"
              "                                Start a journey from a lead; prints its id and steps.\n"
              "  jobs run [--redact-after-days N] [--format table|json]\n"
              "                                Notify due journeys; redact old service records; archive\n"
              "                                tasks done 30 days ago; run due-date automations; start\n"
              "                                scheduled campaigns whose time has come.\n"
              "  jobs configure --redact-after-days N\n"
              "                                Save the redaction age (0: never).\n"
              "  tasks list [--board B] [--assignee U] [--due-before DATE] [--format F]\n"
              "  tasks add --board B [--group G] --name N [--due DATE] [--assignee U] [--call CALL_ID]\n"
              "                                Add a task; prints its key (DENT-42).\n"
              "  tasks move ITEM --group G [--position N]\n"
              "                                Move a task (key or id) to a column.\n"
              "  tasks from-leads --client X --board B [--voicemail on|off] [--needs-attention on|off]\n"
              "                                New voicemail / needs-attention leads become tasks.\n"
              "  boards add --workspace W --name N [--prefix P] [--template basic|sales|project|blank]\n"
              "  boards list [--format F]\n\n"
              "CTM keys come from the system keychain, or from ANCHOR_CTM_ACCESS_KEY and\n"
              "ANCHOR_CTM_SECRET_KEY when both are set (never stored). The Mailgun key comes from the\n"
              "keychain, or from ANCHOR_MAILGUN_API_KEY when set (never stored).\n\n"
              "Filters: --client, --category, --min-stars, --max-stars, --caller-type, --tag, --stage,\n"
              "--source, --from, --to, --search. --database FILE works with every command.");
}

int CommandLine::run(const QStringList &arguments)
{
    try {
        if (!m_parser.parse(arguments))
            throw UsageError{m_parser.errorText()};
        if (m_parser.isSet(QStringLiteral("help"))) {
            m_out << m_parser.helpText();
            return 0;
        }
        if (m_parser.isSet(QStringLiteral("version"))) {
            m_out << QCoreApplication::applicationName() << u' ' << QCoreApplication::applicationVersion()
                  << QStringLiteral(" (schema %1)").arg(storage::Migrator::latestVersion()) << Qt::endl;
            return 0;
        }

        const QStringList positional = m_parser.positionalArguments();
        const QString command = positional.value(0);
        const QString subcommand = positional.value(1);
        auto expectArguments = [&](qsizetype count) {
            if (positional.size() > count)
                throw UsageError{tr("Unexpected argument \"%1\".").arg(positional.at(count))};
        };

        if (command.isEmpty())
            throw UsageError{tr("No command given.")};
        if (command == QLatin1String("init")) {
            expectArguments(1);
            return runInit();
        }
        if (command == QLatin1String("demo")) {
            expectArguments(1);
            return runDemo();
        }
        if (command == QLatin1String("leads") && subcommand == QLatin1String("list")) {
            expectArguments(2);
            return runLeadsList(QString());
        }
        if (command == QLatin1String("leads") && subcommand == QLatin1String("search")) {
            if (positional.size() < 3 || storage::ftsMatchExpression(positional.at(2)).isEmpty())
                throw UsageError{tr("\"leads search\" needs the text to search for (letters or digits).")};
            expectArguments(3);
            return runLeadsList(positional.at(2));
        }
        if (command == QLatin1String("leads") && subcommand == QLatin1String("reclassify")) {
            expectArguments(2);
            return runLeadsReclassify();
        }
        if (command == QLatin1String("leads"))
            throw UsageError{subcommand.isEmpty() ? tr("\"leads\" needs a subcommand: list, search or reclassify.")
                                                  : tr("Unknown subcommand \"leads %1\"; use list, search or reclassify.").arg(subcommand)};
        const auto dispatch = [&](const QString &group, const QList<QPair<QString, int (CommandLine::*)()>> &commands) {
            for (const auto &[name, handler] : commands) {
                if (subcommand == name) {
                    expectArguments(2);
                    return (this->*handler)();
                }
            }
            QStringList names;
            for (const auto &entry : commands)
                names.append(entry.first);
            throw UsageError{tr("\"%1\" needs a subcommand: %2.").arg(group, names.join(QStringLiteral(", ")))};
        };
        if (command == QLatin1String("clients"))
            return dispatch(command, {{QStringLiteral("add"), &CommandLine::runClientsAdd},
                                      {QStringLiteral("list"), &CommandLine::runClientsList}});
        if (command == QLatin1String("mailgun"))
            return dispatch(command, {{QStringLiteral("key-status"), &CommandLine::runMailgunKeyStatus},
                                      {QStringLiteral("set-key"), &CommandLine::runMailgunKey},
                                      {QStringLiteral("test"), &CommandLine::runMailgunTest},
                                      {QStringLiteral("send-test"), &CommandLine::runMailgunSendTest},
                                      {QStringLiteral("configure"), &CommandLine::runMailgunConfigure},
                                      {QStringLiteral("key"), &CommandLine::runMailgunKey}});
        if (command == QLatin1String("campaigns"))
            return runCampaigns(positional);
        if (command == QLatin1String("ctm"))
            return dispatch(command, {{QStringLiteral("configure"), &CommandLine::runCtmConfigure},
                                      {QStringLiteral("test"), &CommandLine::runCtmTest}});
        if (command == QLatin1String("llm"))
            return dispatch(command, {{QStringLiteral("configure"), &CommandLine::runLlmConfigure}});
        if (command == QLatin1String("journeys"))
            return dispatch(command, {{QStringLiteral("list"), &CommandLine::runJourneysList},
                                      {QStringLiteral("start"), &CommandLine::runJourneysStart}});
        if (command == QLatin1String("jobs"))
            return dispatch(command, {{QStringLiteral("run"), &CommandLine::runJobsRun},
                                      {QStringLiteral("configure"), &CommandLine::runJobsConfigure}});
        if (command == QLatin1String("tasks") && subcommand == QLatin1String("move")) {
            if (positional.size() < 3)
                throw UsageError{tr("\"tasks move\" needs the task's key or id, like DENT-42.")};
            expectArguments(3);
            return runTasksMove(positional.at(2));
        }
        if (command == QLatin1String("tasks"))
            return dispatch(command, {{QStringLiteral("list"), &CommandLine::runTasksList},
                                      {QStringLiteral("add"), &CommandLine::runTasksAdd},
                                      {QStringLiteral("from-leads"), &CommandLine::runTasksFromLeads}});
        if (command == QLatin1String("boards"))
            return dispatch(command, {{QStringLiteral("add"), &CommandLine::runBoardsAdd},
                                      {QStringLiteral("list"), &CommandLine::runBoardsList}});
        if (command == QLatin1String("sync"))
            return dispatch(command, {{QStringLiteral("ctm"), &CommandLine::runSyncCtm},
                                      {QStringLiteral("outbox"), &CommandLine::runSyncOutbox},
                                      {QStringLiteral("mailgun"), &CommandLine::runSyncMailgun}});
        if (command == QLatin1String("export") && subcommand == QLatin1String("leads")) {
            expectArguments(2);
            return runExportLeads();
        }
        if (command == QLatin1String("export"))
            throw UsageError{tr("\"export\" needs what to export: leads.")};
        throw UsageError{tr("Unknown command \"%1\".").arg(command)};
    } catch (const OutputError &) {
        m_err << tr("anchorctl: writing the output failed (is the disk full or the pipe closed?).") << Qt::endl;
        return 1;
    } catch (const UsageError &error) {
        m_err << tr("anchorctl: %1").arg(error.message) << Qt::endl
              << tr("Run \"anchorctl --help\" for the commands and options.") << Qt::endl;
        return 2;
    } catch (const StorageError &error) {
        m_err << tr("anchorctl: %1").arg(error.message()) << Qt::endl;
        return 1;
    }
}

void CommandLine::requireOnly(const QStringList &allowed) const
{
    for (const QString &name : m_parser.optionNames()) {
        const QString option = name;
        if (option == QLatin1String("database") || allowed.contains(option))
            continue;
        throw UsageError{tr("The option --%1 does not apply to this command.").arg(option)};
    }
}

storage::Database CommandLine::openDatabase(bool createIfMissing) const
{
    const QString path = m_parser.isSet(QStringLiteral("database")) ? m_parser.value(QStringLiteral("database"))
                                                                    : storage::Database::defaultPath();
    storage::Database::OpenOptions options;
    options.createIfMissing = createIfMissing;
    options.migrate = createIfMissing;
    return storage::Database::open(path, options);
}

int CommandLine::parseInt(const QString &option, qint64 min, qint64 max, qint64 fallback) const
{
    if (!m_parser.isSet(option))
        return static_cast<int>(fallback);
    bool ok = false;
    const qint64 value = m_parser.value(option).toLongLong(&ok);
    if (!ok || value < min || value > max)
        throw UsageError{tr("--%1 must be a whole number from %2 to %3, not \"%4\".")
                             .arg(option).arg(min).arg(max).arg(m_parser.value(option))};
    return static_cast<int>(value);
}

QString CommandLine::parseFormat() const
{
    const QString format = m_parser.isSet(QStringLiteral("format")) ? m_parser.value(QStringLiteral("format")).toLower()
                                                                    : QStringLiteral("table");
    if (format != QLatin1String("table") && format != QLatin1String("csv") && format != QLatin1String("json"))
        throw UsageError{tr("Unknown format \"%1\"; use table, csv or json.").arg(format)};
    return format;
}

storage::LeadSort CommandLine::parseSort(storage::LeadSort fallback) const
{
    if (!m_parser.isSet(QStringLiteral("sort")))
        return fallback;
    const auto sort = storage::LeadColumns::parseSort(m_parser.value(QStringLiteral("sort")));
    if (!sort)
        throw UsageError{tr("Cannot sort by \"%1\"; use one of %2, optionally followed by :asc or :desc.")
                             .arg(m_parser.value(QStringLiteral("sort")), storage::LeadColumns::keys().join(QStringLiteral(", ")))};
    return *sort;
}

storage::LeadFilter CommandLine::parseFilter(const storage::Database &database) const
{
    storage::LeadFilter filter;
    filter.text = m_parser.value(QStringLiteral("search"));

    const storage::ClientRepository clients(database);
    for (const QString &client : listValues(m_parser, QStringLiteral("client"))) {
        try {
            filter.clientIds.append(clients.resolve(client).id);
        } catch (const StorageError &error) {
            if (error.kind() != StorageError::Kind::NotFound && error.kind() != StorageError::Kind::Constraint)
                throw;
            throw UsageError{error.message()};   // a name that matches no client, or several
        }
    }

    for (const QString &category : listValues(m_parser, QStringLiteral("category"))) {
        if (!storage::LeadVocabulary::isCategory(category))
            throw UsageError{tr("Unknown category \"%1\"; use one of %2.")
                                 .arg(category, storage::LeadVocabulary::categories().join(QStringLiteral(", ")))};
        filter.categories.append(category);
    }
    for (const QString &type : listValues(m_parser, QStringLiteral("caller-type"))) {
        if (!storage::LeadVocabulary::isCallerType(type))
            throw UsageError{tr("Unknown caller type \"%1\"; use one of %2.")
                                 .arg(type, storage::LeadVocabulary::callerTypes().join(QStringLiteral(", ")))};
        filter.callerTypes.append(type);
    }
    filter.minStars = parseInt(QStringLiteral("min-stars"), 1, 5, 0);
    filter.maxStars = parseInt(QStringLiteral("max-stars"), 1, 5, 0);
    if (filter.minStars > 0 && filter.maxStars > 0 && filter.minStars > filter.maxStars)
        throw UsageError{tr("--min-stars (%1) is more than --max-stars (%2).").arg(filter.minStars).arg(filter.maxStars)};

    // A tag or stage name that matches nothing is a mistake on the command line, not an empty result.
    const storage::TagRepository tags(database);
    for (const QString &tag : listValues(m_parser, QStringLiteral("tag"))) {
        const QStringList ids = tags.idsNamed(tag);
        if (ids.isEmpty())
            throw UsageError{tr("No tag is called \"%1\".").arg(tag)};
        filter.tagIds.append(ids);
    }
    const storage::PipelineStageRepository stages(database);
    for (const QString &stage : listValues(m_parser, QStringLiteral("stage"))) {
        const QStringList ids = stages.idsNamed(stage);
        if (ids.isEmpty())
            throw UsageError{tr("No pipeline stage is called \"%1\".").arg(stage)};
        filter.stageIds.append(ids);
    }
    filter.sources = listValues(m_parser, QStringLiteral("source"));

    auto parseDay = [this](const QString &option) {
        const QString text = m_parser.value(option);
        const QDate day = QDate::fromString(text, Qt::ISODate);
        if (!day.isValid())
            throw UsageError{tr("--%1 must be a date like 2026-01-31, not \"%2\".").arg(option, text)};
        return day;
    };
    if (m_parser.isSet(QStringLiteral("from")))
        filter.from = parseDay(QStringLiteral("from")).startOfDay();
    if (m_parser.isSet(QStringLiteral("to")))
        filter.to = parseDay(QStringLiteral("to")).addDays(1).startOfDay();
    if (filter.from.isValid() && filter.to.isValid() && filter.from >= filter.to)
        throw UsageError{tr("--from is after --to.")};
    return filter;
}

int CommandLine::runInit()
{
    requireOnly({});
    const storage::Database database = openDatabase(true);
    m_out << tr("Database %1 is ready (schema version %2).")
                 .arg(QDir::toNativeSeparators(database.path()))
                 .arg(database.schemaVersion())
          << Qt::endl;
    if (!database.lastBackupPath().isEmpty())
        m_out << tr("A backup of the previous version is at %1.").arg(QDir::toNativeSeparators(database.lastBackupPath()))
              << Qt::endl;
    return 0;
}

int CommandLine::runDemo()
{
    requireOnly({QStringLiteral("calls"), QStringLiteral("clients"), QStringLiteral("seed"), QStringLiteral("until"),
                 QStringLiteral("journeys")});
    if (!m_parser.isSet(QStringLiteral("calls")))
        throw UsageError{tr("\"demo\" needs --calls N.")};
    storage::DemoOptions options;
    options.calls = parseInt(QStringLiteral("calls"), 0, 50'000'000, 0);
    options.clients = parseInt(QStringLiteral("clients"), 1, 200, 6);
    options.journeys = parseInt(QStringLiteral("journeys"), 0, 10'000'000, -1);
    if (m_parser.isSet(QStringLiteral("seed"))) {
        bool ok = false;
        options.seed = m_parser.value(QStringLiteral("seed")).toULongLong(&ok);
        if (!ok)
            throw UsageError{tr("--seed must be a whole number, not \"%1\".").arg(m_parser.value(QStringLiteral("seed")))};
    }
    if (m_parser.isSet(QStringLiteral("until"))) {
        options.until = QDate::fromString(m_parser.value(QStringLiteral("until")), Qt::ISODate);
        if (!options.until.isValid())
            throw UsageError{tr("--until must be a date like 2026-01-31, not \"%1\".").arg(m_parser.value(QStringLiteral("until")))};
    }

    const storage::Database database = openDatabase(true);
    QElapsedTimer timer;
    timer.start();
    int lastPercent = -1;
    const storage::DemoSummary summary = storage::DemoGenerator(database).generate(
        options, [&](qint64 done, qint64 total) {
            const int percent = total > 0 ? static_cast<int>(done * 100 / total) : 100;
            if (percent != lastPercent) {
                lastPercent = percent;
                m_err << tr("Generating demo calls: %1 of %2 (%3%)").arg(done).arg(total).arg(percent) << Qt::endl;
            }
            return true;
        });
    m_out << tr("Added %1 clients, %2 calls, %3 notes, %4 tagged calls, %5 active clients and %6 journeys "
                "(%7 steps) in %8 s.")
                 .arg(summary.clients)
                 .arg(summary.calls)
                 .arg(summary.notes)
                 .arg(summary.taggedCalls)
                 .arg(summary.activeClients)
                 .arg(summary.journeys)
                 .arg(summary.journeySteps)
                 .arg(static_cast<double>(timer.elapsed()) / 1000.0, 0, 'f', 1)
          << Qt::endl;
    return 0;
}

void CommandLine::finishOutput()
{
    m_out.flush();
    if (m_out.status() != QTextStream::Ok)
        throw OutputError{};
}

int CommandLine::runLeadsList(const QString &searchText)
{
    requireOnly(kFilterOptions + QStringList{QStringLiteral("sort"), QStringLiteral("limit"), QStringLiteral("offset"),
                                             QStringLiteral("format")});
    const QString format = parseFormat();   // usage errors before the database is touched
    storage::LeadPageRequest request;
    request.sort = parseSort({});
    request.limit = parseInt(QStringLiteral("limit"), 1, 1'000'000, 50);
    request.offset = parseInt(QStringLiteral("offset"), 0, 2'000'000'000, 0);

    const storage::Database database = openDatabase(false);
    request.filter = parseFilter(database);
    if (!searchText.isEmpty())
        request.filter.text = QString(request.filter.text + u' ' + searchText).trimmed();
    printLeads(database, request, format);
    finishOutput();
    return 0;
}

void CommandLine::printLeads(const storage::Database &database, const storage::LeadPageRequest &request,
                             const QString &format)
{
    const QList<storage::LeadRow> rows = storage::CallRepository(database).page(request);

    if (format == QLatin1String("json")) {
        QJsonArray array;
        for (const auto &row : rows)
            array.append(models::LeadFormat::toJson(row));
        m_out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return;
    }
    if (format == QLatin1String("csv")) {
        m_out << QString::fromUtf8(models::CsvWriter::record(models::LeadCsvExporter::header()));
        for (const auto &row : rows)
            m_out << QString::fromUtf8(models::CsvWriter::record(models::LeadCsvExporter::cells(row)));
        return;
    }

    QList<QStringList> table;
    QStringList headings;
    for (int c = 0; c < static_cast<int>(storage::LeadColumn::Count); ++c)
        headings.append(storage::LeadColumns::title(static_cast<storage::LeadColumn>(c)));
    table.append(headings);
    for (const auto &row : rows) {
        table.append({row.startedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                      models::LeadFormat::callerName(row), row.fromNumber, row.clientName,
                      storage::LeadVocabulary::categoryLabel(row.category), models::LeadFormat::stars(row.stars),
                      models::LeadFormat::duration(row.durationSec),
                      storage::LeadVocabulary::callerTypeLabel(row.callerType), models::LeadFormat::tags(row.tags),
                      row.stageName, row.source});
    }
    printTable(table);
    m_out << tr("%n lead(s)", nullptr, static_cast<int>(rows.size())) << Qt::endl;
}

void CommandLine::printTable(const QList<QStringList> &table, bool wholeLastColumn)
{
    const qsizetype columns = table.isEmpty() ? 0 : table.first().size();
    const auto cut = [&](qsizetype column) { return !(wholeLastColumn && column == columns - 1); };
    QList<qsizetype> widths(columns, 0);
    for (const QStringList &line : table) {
        for (qsizetype c = 0; c < line.size() && c < columns; ++c)
            widths[c] = qMax(widths[c], cut(c) ? qMin<qsizetype>(line.at(c).size(), 32) : line.at(c).size());
    }
    for (const QStringList &line : table) {
        QStringList cells;
        for (qsizetype c = 0; c < line.size() && c < columns; ++c) {
            QString cell = line.at(c);
            if (cut(c) && cell.size() > 32)
                cell = cell.left(31) + QChar(0x2026);
            cells.append(padded(cell, widths[c]));
        }
        m_out << cells.join(QStringLiteral("  ")).trimmed() << u'\n';
    }
}

int CommandLine::runExportLeads()
{
    requireOnly(kFilterOptions + QStringList{QStringLiteral("sort"), QStringLiteral("output")});
    if (!m_parser.isSet(QStringLiteral("output")) || m_parser.value(QStringLiteral("output")).isEmpty())
        throw UsageError{tr("\"export leads\" needs --output FILE.")};
    const storage::LeadSort sort = parseSort({});
    const QString output = m_parser.value(QStringLiteral("output"));
    const storage::Database database = openDatabase(false);
    const storage::LeadFilter filter = parseFilter(database);

    int lastPercent = -1;
    const auto result = models::LeadCsvExporter(database).exportTo(output, filter, sort, [&](qint64 done, qint64 total) {
        const int percent = total > 0 ? static_cast<int>(done * 100 / total) : 100;
        if (percent / 10 != lastPercent / 10) {
            lastPercent = percent;
            m_err << tr("Exporting: %1 of %2 rows").arg(done).arg(total) << Qt::endl;
        }
        return true;
    });
    m_out << tr("Exported %n lead(s) to %1.", nullptr, static_cast<int>(result.rows))
                 .arg(QDir::toNativeSeparators(QFileInfo(output).absoluteFilePath()))
          << Qt::endl;
    return 0;
}

} // namespace anchor::cli
