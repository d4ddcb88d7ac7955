// anchorctl's Mailgun settings commands, which the desktop app's Mailgun settings dialog runs
// (models/mailgunsetup.h) so the app never loads the keychain or the network stack itself:
// mailgun key-status, mailgun key (also spelled set-key), mailgun test, mailgun send-test.
#include "commandline.h"
#include "waitfor.h"

#include <clientrepository.h>
#include <credentialstore.h>
#include <emailcontent.h>
#include <mailgunaccounts.h>
#include <mailgunclient.h>
#include <mailgunsettingsrepository.h>
#include <networkservice.h>
#include <storageerror.h>

#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <cstdio>

#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif

namespace anchor::cli {

namespace {

// One line without echo when it is typed at a terminal: an API key must not stay on screen.
QString readSecretLine(QTextStream &prompt, const QString &question)
{
#ifdef Q_OS_UNIX
    const bool terminal = ::isatty(STDIN_FILENO) == 1;
    termios saved{};
    if (terminal && ::tcgetattr(STDIN_FILENO, &saved) == 0) {
        prompt << question << Qt::flush;
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
        QTextStream in(stdin);
        const QString line = in.readLine();
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
        prompt << Qt::endl;
        return line.trimmed();
    }
#else
    Q_UNUSED(prompt)
    Q_UNUSED(question)
#endif
    QTextStream in(stdin);
    return in.readLine().trimmed();
}

} // namespace

QString CommandLine::mailgunScope(const storage::Database &database) const
{
    if (!m_parser.isSet(QStringLiteral("client")))
        return {};   // the agency
    return storage::ClientRepository(database).resolve(m_parser.value(QStringLiteral("client"))).id;
}

QString CommandLine::readMailgunKeyFromStdin()
{
    const QString key = readSecretLine(m_err, tr("Mailgun API key: "));
    if (key.isEmpty())
        throw UsageError{tr("The Mailgun API key is read from stdin, on one line.")};
    return key;
}

QString CommandLine::storedMailgunKey(const QString &scopeId, QString *error)
{
    sync::CredentialStore store;
    QString key;
    waitFor([&](auto finished) {
        store.readMailgunKey(scopeId, [&, finished](const QString &read, const QString &problem) {
            key = read;
            *error = problem;
            finished();
        });
    });
    return key;
}

QString CommandLine::mailgunKeyFor(const QString &scopeId, QString *error)
{
    sync::CredentialStore store;
    QString key;
    waitFor([&](auto finished) {
        sync::readMailgunKeyFor(&store, scopeId, [&, finished](const QString &read, const QString &problem) {
            key = read;
            *error = problem;
            finished();
        });
    });
    return key;
}

int CommandLine::runMailgunKeyStatus()
{
    requireOnly({QStringLiteral("client"), QStringLiteral("format")});
    const QString format = parseFormat();
    const storage::Database database = openDatabase(false);
    const QString scope = mailgunScope(database);
    QString error;
    const bool stored = !storedMailgunKey(scope, &error).isEmpty();
    if (!error.isEmpty()) {
        m_err << tr("anchorctl: %1").arg(error) << Qt::endl;
        return 1;
    }
    if (format == QLatin1String("json"))
        m_out << QJsonDocument(QJsonObject{{QStringLiteral("stored"), stored}}).toJson(QJsonDocument::Compact) << Qt::endl;
    else
        m_out << (stored ? tr("A Mailgun API key is stored in the system keychain.")
                         : tr("No Mailgun API key is stored for this scope."))
              << Qt::endl;
    finishOutput();
    return 0;
}

// "mailgun key" and "mailgun set-key" (what the settings dialog runs, with --key-from-stdin):
// the key always comes from stdin, without echo at a terminal.
int CommandLine::runMailgunKey()
{
    requireOnly({QStringLiteral("client"), QStringLiteral("key-from-stdin")});
    const storage::Database database = openDatabase(false);
    const QString scope = mailgunScope(database);
    const QString key = readMailgunKeyFromStdin();
    sync::CredentialStore store;
    QString error;
    waitFor([&](auto finished) {
        store.writeMailgunKey(scope, key, [&, finished](const QString &problem) {
            error = problem;
            finished();
        });
    });
    if (!error.isEmpty()) {
        m_err << tr("anchorctl: %1").arg(error) << Qt::endl;
        return 1;
    }
    m_out << tr("The Mailgun API key of %1 is stored in the system keychain.").arg(mailgunScopeName(database, scope))
          << Qt::endl;
    finishOutput();
    return 0;
}

int CommandLine::runMailgunCheck(bool sendTest)
{
    requireOnly({QStringLiteral("client"), QStringLiteral("domain"), QStringLiteral("region"), QStringLiteral("sender"),
                 QStringLiteral("sender-name"), QStringLiteral("base-url"), QStringLiteral("ca-cert"),
                 QStringLiteral("key-from-stdin"), QStringLiteral("format"), QStringLiteral("recipient"),
                 QStringLiteral("to")});
    const QString format = parseFormat();
    // --to is the same as --recipient (the spelling of "campaigns create").
    const QString recipient = m_parser.value(QLatin1String(m_parser.isSet(QStringLiteral("to")) ? "to" : "recipient")).trimmed();
    if (sendTest && !storage::email::isValidAddress(recipient))
        throw UsageError{tr("\"mailgun send-test\" needs --recipient with a valid email address.")};
    const storage::Database database = openDatabase(false);
    const QString scope = mailgunScope(database);
    // What is given on the command line overrides what is stored: the settings dialog checks
    // what the user typed before saving it.
    storage::MailgunSettingsRepository settings(database);
    storage::MailgunConnection connection = settings.effectiveFor(scope).value_or(storage::MailgunConnection{});
    connection.scopeId = scope;
    const auto override = [this](const char *option, QString &field) {
        if (m_parser.isSet(QLatin1String(option)))
            field = m_parser.value(QLatin1String(option)).trimmed();
    };
    override("domain", connection.domain);
    override("region", connection.region);
    override("sender", connection.fromAddress);
    override("sender-name", connection.fromName);
    override("base-url", connection.baseUrl);
    override("ca-cert", connection.caCertificateFile);
    connection.domain = connection.domain.toLower();
    connection.region = connection.region.toLower();

    QString problem = storage::MailgunSettingsRepository::validationError(connection);
    QString key;
    if (problem.isEmpty()) {
        if (m_parser.isSet(QStringLiteral("key-from-stdin"))) {
            key = readMailgunKeyFromStdin();
        } else {
            QString error;
            key = mailgunKeyFor(scope, &error);
            if (key.isEmpty())
                problem = error.isEmpty() ? tr("no Mailgun API key is stored (enter one in the settings, or set "
                                               "ANCHOR_MAILGUN_API_KEY).")
                                          : error;
        }
    }
    sync::MailgunResult result;
    if (problem.isEmpty()) {
        sync::NetworkService network;
        sync::MailgunClient client(&network, connection, key);
        waitFor([&](auto finished) {
            const auto done = [&, finished](const sync::MailgunResult &answer) {
                result = answer;
                finished();
            };
            if (sendTest)
                client.sendTestMessage(recipient, done);
            else
                client.testConnection(done);
        });
        if (!result.ok())
            problem = result.message.isEmpty() ? tr("Mailgun refused the request (HTTP %1).").arg(result.status)
                                               : result.message;
    }

    if (format == QLatin1String("json")) {
        QJsonObject reply{{QStringLiteral("ok"), problem.isEmpty()}, {QStringLiteral("error"), problem}};
        if (sendTest && problem.isEmpty())
            reply.insert(QStringLiteral("message_id"), result.messageId);
        m_out << QJsonDocument(reply).toJson(QJsonDocument::Compact) << Qt::endl;
    } else if (problem.isEmpty()) {
        m_out << (sendTest ? tr("Mailgun accepted the test message to %1.").arg(recipient)
                           : tr("Connected: Mailgun accepts the key for %1.").arg(connection.domain))
              << Qt::endl;
    }
    finishOutput();
    if (!problem.isEmpty()) {
        m_err << tr("anchorctl: %1").arg(problem) << Qt::endl;
        return 1;
    }
    return 0;
}

} // namespace anchor::cli
