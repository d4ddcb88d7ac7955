// fake-mailgun: the tests' Mailgun (tests/common/fakemailgunserver.h) as a program, for tests
// that run anchorctl in another process and kill it (the crash test) or for trying the GUI.
//
//   fake-mailgun [--port P] [--cert FILE --key FILE] [--domain D]... [--api-key K] [--deliver]
//                [--fault NAME:PATH:TIMES:PARAM]...
//
// Prints its base URL ("https://127.0.0.1:P") as the first line of stdout once it listens, then
// serves until killed. GET <url>/_test/messages lists every message received (JSON); POST
// <url>/_test/faults and <url>/_test/events script faults and events (see the header).
#include "fakemailgunserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

using anchor::testing::FakeMailgunServer;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("A fake Mailgun API over HTTPS on 127.0.0.1, for tests."));
    parser.addHelpOption();
    const QCommandLineOption port(QStringLiteral("port"), QStringLiteral("Port to listen on (0: any free one)."),
                                  QStringLiteral("port"), QStringLiteral("0"));
    const QCommandLineOption cert(QStringLiteral("cert"), QStringLiteral("Server certificate (PEM); default: the test one."),
                                  QStringLiteral("file"));
    const QCommandLineOption key(QStringLiteral("key"), QStringLiteral("Server private key (PEM)."), QStringLiteral("file"));
    const QCommandLineOption domain(QStringLiteral("domain"), QStringLiteral("A sending domain (repeatable); default mg.example.com."),
                                    QStringLiteral("domain"));
    const QCommandLineOption apiKey(QStringLiteral("api-key"), QStringLiteral("The API key requests must carry (default: any)."),
                                    QStringLiteral("key"));
    const QCommandLineOption deliver(QStringLiteral("deliver"), QStringLiteral("Log a delivered event after each accepted one."));
    const QCommandLineOption fault(QStringLiteral("fault"),
                                   QStringLiteral("A fault NAME:PATH:TIMES:PARAM, e.g. accept-then-drop:messages:3:0 (repeatable)."),
                                   QStringLiteral("spec"));
    parser.addOptions({port, cert, key, domain, apiKey, deliver, fault});
    parser.process(app);

    FakeMailgunServer server;
    const QStringList domains = parser.isSet(domain) ? parser.values(domain) : QStringList{QStringLiteral("mg.example.com")};
    for (const QString &name : domains)
        server.addDomain(name);
    if (parser.isSet(apiKey))
        server.setApiKey(parser.value(apiKey));
    server.setAutoDeliver(parser.isSet(deliver));
    for (const QString &spec : parser.values(fault)) {
        const QStringList parts = spec.split(QLatin1Char(':'));
        FakeMailgunServer::Fault kind;
        if (parts.isEmpty() || !FakeMailgunServer::faultFromName(parts.value(0), &kind)) {
            std::fprintf(stderr, "fake-mailgun: unknown fault %s\n", qPrintable(spec));
            return 2;
        }
        server.injectFault(kind, parts.value(1), parts.value(2, QStringLiteral("1")).toInt(), parts.value(3).toInt());
    }
    bool portOk = false;
    const uint portNumber = parser.value(port).toUInt(&portOk);
    if (!portOk || portNumber > 65535) {
        std::fprintf(stderr, "fake-mailgun: --port must be 0..65535\n");
        return 2;
    }
    if (!server.start(quint16(portNumber), parser.value(cert), parser.value(key))) {
        std::fprintf(stderr, "fake-mailgun: cannot listen on 127.0.0.1:%u\n", portNumber);
        return 1;
    }
    std::printf("%s\n", qPrintable(server.baseUrl().toString()));
    std::fflush(stdout);
    return app.exec();
}
