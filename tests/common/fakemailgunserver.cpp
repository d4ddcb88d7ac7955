#include "fakemailgunserver.h"

#include "fakehttpsserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTimeZone>

#include <algorithm>
#include <optional>

namespace anchor::testing {

namespace {

using EventKey = QPair<double, qint64>;

HttpResponse jsonMessage(int status, const QString &message)
{
    return HttpResponse::json(status, {{QStringLiteral("message"), message}});
}

QByteArray htmlError(int status)
{
    return "<html>\r\n<head><title>" + QByteArray::number(status) + " Server Error</title></head>\r\n<body>\r\n"
           "<center><h1>" + QByteArray::number(status) + " Server Error</h1></center>\r\n<hr><center>nginx</center>\r\n"
           "</body>\r\n</html>\r\n";
}

// application/x-www-form-urlencoded: '+' is a space, everything else percent-decoded.
QList<QPair<QString, QString>> parseUrlEncoded(const QByteArray &body)
{
    QList<QPair<QString, QString>> fields;
    for (const QByteArray &pair : body.split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype equals = pair.indexOf('=');
        QByteArray name = equals < 0 ? pair : pair.left(equals);
        QByteArray value = equals < 0 ? QByteArray() : pair.mid(equals + 1);
        name.replace('+', ' ');
        value.replace('+', ' ');
        fields.append({QString::fromUtf8(QByteArray::fromPercentEncoding(name)),
                       QString::fromUtf8(QByteArray::fromPercentEncoding(value))});
    }
    return fields;
}

QByteArray headerParameter(const QByteArray &header, const QByteArray &name)
{
    static const QRegularExpression quoted(QStringLiteral(R"re(;\s*([A-Za-z0-9_-]+)="((?:[^"\\]|\\.)*)")re"));
    static const QRegularExpression bare(QStringLiteral(R"re(;\s*([A-Za-z0-9_-]+)=([^";\s]+))re"));
    const QString text = QString::fromUtf8(header);
    for (const QRegularExpression *pattern : {&quoted, &bare}) {
        auto it = pattern->globalMatch(text);
        while (it.hasNext()) {
            const auto match = it.next();
            if (match.captured(1).toUtf8().compare(name, Qt::CaseInsensitive) == 0) {
                QString value = match.captured(2);
                value.replace(QStringLiteral("\\\""), QStringLiteral("\"")).replace(QStringLiteral("\\\\"), QStringLiteral("\\"));
                return value.toUtf8();
            }
        }
    }
    return {};
}

struct Part
{
    QString name;
    QString fileName;
    QByteArray contentType;
    QByteArray data;
};

std::optional<QList<Part>> parseMultipart(const QByteArray &body, const QByteArray &boundary)
{
    if (boundary.isEmpty())
        return std::nullopt;
    QList<Part> parts;
    const QByteArray delimiter = "--" + boundary;
    qsizetype position = body.indexOf(delimiter);
    if (position < 0)
        return std::nullopt;
    while (true) {
        position += delimiter.size();
        if (body.mid(position, 2) == "--")
            return parts;
        if (body.mid(position, 2) != "\r\n")
            return std::nullopt;
        position += 2;
        const qsizetype headerEnd = body.indexOf("\r\n\r\n", position);
        const qsizetype next = body.indexOf(QByteArray("\r\n" + delimiter), position);
        if (headerEnd < 0 || next < 0 || headerEnd > next)
            return std::nullopt;
        Part part;
        for (const QByteArray &line : body.mid(position, headerEnd - position).split('\n')) {
            const QByteArray trimmed = line.trimmed();
            if (trimmed.toLower().startsWith("content-disposition:")) {
                part.name = QString::fromUtf8(headerParameter(trimmed, "name"));
                part.fileName = QString::fromUtf8(headerParameter(trimmed, "filename"));
            } else if (trimmed.toLower().startsWith("content-type:")) {
                part.contentType = trimmed.mid(13).trimmed();
            }
        }
        part.data = body.mid(headerEnd + 4, next - headerEnd - 4);
        parts.append(part);
        position = next + 2;
    }
}

QString bareAddress(const QString &mailbox)
{
    const qsizetype open = mailbox.lastIndexOf(QLatin1Char('<'));
    const qsizetype close = mailbox.lastIndexOf(QLatin1Char('>'));
    if (open >= 0 && close > open)
        return mailbox.mid(open + 1, close - open - 1).trimmed().toLower();
    return mailbox.trimmed().toLower();
}

QString randomToken(int length)
{
    static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    QString token;
    for (int i = 0; i < length; ++i)
        token += QLatin1Char(alphabet[QRandomGenerator::global()->bounded(int(sizeof(alphabet) - 1))]);
    return token;
}

double nowSeconds()
{
    return double(QDateTime::currentMSecsSinceEpoch()) / 1000.0;
}

QByteArray encodeToken(const QJsonObject &state)
{
    return QJsonDocument(state).toJson(QJsonDocument::Compact).toBase64(QByteArray::Base64UrlEncoding
                                                                        | QByteArray::OmitTrailingEquals);
}

std::optional<QJsonObject> decodeToken(const QString &token)
{
    const auto decoded = QByteArray::fromBase64Encoding(token.toLatin1(), QByteArray::Base64UrlEncoding
                                                                           | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    const QJsonDocument document = QJsonDocument::fromJson(*decoded);
    if (!document.isObject())
        return std::nullopt;
    return document.object();
}

// "delivered OR failed" -> {delivered, failed}
QStringList eventTypes(const QString &expression)
{
    QStringList types;
    for (const QString &part : expression.split(QStringLiteral(" OR "), Qt::SkipEmptyParts))
        types.append(part.trimmed().toLower());
    return types;
}

std::optional<double> epochParameter(const QString &text)
{
    if (text.isEmpty())
        return std::nullopt;
    bool ok = false;
    const double value = text.toDouble(&ok);
    if (ok)
        return value;
    QString normalised = text.trimmed();
    if (normalised.endsWith(QLatin1String(" UTC")) || normalised.endsWith(QLatin1String(" GMT")))
        normalised = normalised.left(normalised.size() - 4) + QStringLiteral(" +0000");
    const QDateTime when = QDateTime::fromString(normalised, Qt::RFC2822Date);
    if (!when.isValid())
        return std::nullopt;
    return double(when.toMSecsSinceEpoch()) / 1000.0;
}

QString rfc2822(const QDateTime &when)
{
    return QLocale::c().toString(when.toUTC(), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss")) + QStringLiteral(" UTC");
}

} // namespace

QJsonObject FakeMailgunServer::Message::toJson() const
{
    QJsonObject vars;
    for (auto it = variables.constBegin(); it != variables.constEnd(); ++it)
        vars.insert(it.key(), it.value());
    QJsonObject heads;
    for (auto it = headers.constBegin(); it != headers.constEnd(); ++it)
        heads.insert(it.key(), it.value());
    QJsonArray attached;
    for (const Attachment &attachment : attachments)
        attached.append(QJsonObject{{QStringLiteral("filename"), attachment.fileName},
                                    {QStringLiteral("content-type"), QString::fromUtf8(attachment.contentType)},
                                    {QStringLiteral("size"), double(attachment.size)}});
    return {{QStringLiteral("id"), id},
            {QStringLiteral("domain"), domain},
            {QStringLiteral("from"), from},
            {QStringLiteral("to"), to},
            {QStringLiteral("to_address"), toAddress},
            {QStringLiteral("subject"), subject},
            {QStringLiteral("html"), html},
            {QStringLiteral("text"), text},
            {QStringLiteral("tags"), QJsonArray::fromStringList(tags)},
            {QStringLiteral("variables"), vars},
            {QStringLiteral("headers"), heads},
            {QStringLiteral("attachments"), attached},
            {QStringLiteral("multipart"), multipart},
            {QStringLiteral("received_at"), receivedAt.toString(Qt::ISODateWithMs)}};
}

FakeMailgunServer::FakeMailgunServer(QObject *parent)
    : QObject(parent)
    , m_http(new FakeHttpsServer([this](const HttpRequest &request) { return handle(request); }, this))
{
}

FakeMailgunServer::~FakeMailgunServer() = default;

bool FakeMailgunServer::start(quint16 port, const QString &certificateFile, const QString &keyFile)
{
    return m_http->listen(certificateFile.isEmpty() ? FakeHttpsServer::tlsFixturePath(QStringLiteral("server.crt"))
                                                    : certificateFile,
                          keyFile.isEmpty() ? FakeHttpsServer::tlsFixturePath(QStringLiteral("server.key")) : keyFile,
                          port);
}

void FakeMailgunServer::stop()
{
    m_http->close();
}

QUrl FakeMailgunServer::baseUrl() const
{
    return QUrl(QStringLiteral("https://127.0.0.1:%1").arg(m_http->port()));
}

quint16 FakeMailgunServer::port() const
{
    return m_http->port();
}

QString FakeMailgunServer::caCertificatePath()
{
    return FakeHttpsServer::tlsFixturePath(QStringLiteral("ca.crt"));
}

int FakeMailgunServer::connectionsAccepted() const
{
    return m_http->connectionsAccepted();
}

void FakeMailgunServer::addDomain(const QString &domain, bool allowedToSend)
{
    m_domains[domain.toLower()].allowedToSend = allowedToSend;
}

void FakeMailgunServer::setAllowedToSend(const QString &domain, bool allowed)
{
    m_domains[domain.toLower()].allowedToSend = allowed;
}

QList<FakeMailgunServer::Message> FakeMailgunServer::messagesTo(const QString &address) const
{
    QList<Message> found;
    for (const Message &message : m_messages) {
        if (message.toAddress == address.trimmed().toLower())
            found.append(message);
    }
    return found;
}

int FakeMailgunServer::countWithAnchorKey(const QString &key) const
{
    return int(std::count_if(m_messages.begin(), m_messages.end(),
                             [&](const Message &message) { return message.anchorKey() == key; }));
}

QJsonObject FakeMailgunServer::eventFor(const Message &message, const QString &type, double timestamp) const
{
    QJsonObject vars;
    for (auto it = message.variables.constBegin(); it != message.variables.constEnd(); ++it)
        vars.insert(it.key(), it.value());
    const QString recipientDomain = message.toAddress.section(QLatin1Char('@'), 1);
    QJsonObject event{{QStringLiteral("id"), randomToken(22)},
                      {QStringLiteral("event"), type},
                      {QStringLiteral("timestamp"), timestamp > 0 ? timestamp : nowSeconds()},
                      {QStringLiteral("recipient"), message.toAddress},
                      {QStringLiteral("recipient-domain"), recipientDomain},
                      {QStringLiteral("log-level"), type == QLatin1String("failed") ? QStringLiteral("error")
                                                                                    : QStringLiteral("info")},
                      {QStringLiteral("tags"), QJsonArray::fromStringList(message.tags)},
                      {QStringLiteral("campaigns"), QJsonArray()},
                      {QStringLiteral("user-variables"), vars}};
    QJsonObject headers{{QStringLiteral("message-id"), message.id}};
    if (type == QLatin1String("accepted") || type == QLatin1String("delivered") || type == QLatin1String("failed")
        || type == QLatin1String("complained")) {
        headers.insert(QStringLiteral("to"), message.to);
        headers.insert(QStringLiteral("from"), message.from);
        headers.insert(QStringLiteral("subject"), message.subject);
        event.insert(QStringLiteral("envelope"), QJsonObject{{QStringLiteral("targets"), message.toAddress},
                                                             {QStringLiteral("transport"), QStringLiteral("smtp")},
                                                             {QStringLiteral("sender"), bareAddress(message.from)}});
        event.insert(QStringLiteral("method"), QStringLiteral("http"));
        event.insert(QStringLiteral("flags"), QJsonObject{{QStringLiteral("is-routed"), QJsonValue::Null},
                                                          {QStringLiteral("is-authenticated"), true},
                                                          {QStringLiteral("is-system-test"), false},
                                                          {QStringLiteral("is-test-mode"), false}});
    }
    event.insert(QStringLiteral("message"),
                 QJsonObject{{QStringLiteral("headers"), headers},
                             {QStringLiteral("attachments"), QJsonArray()},
                             {QStringLiteral("recipients"), QJsonArray{message.toAddress}},
                             {QStringLiteral("size"), double(message.html.size() + message.text.size() + 400)}});
    if (type == QLatin1String("delivered")) {
        event.insert(QStringLiteral("delivery-status"),
                     QJsonObject{{QStringLiteral("code"), 250},
                                 {QStringLiteral("message"), QStringLiteral("OK")},
                                 {QStringLiteral("description"), QString()},
                                 {QStringLiteral("attempt-no"), 1},
                                 {QStringLiteral("session-seconds"), 0.43}});
    } else if (type == QLatin1String("failed")) {
        event.insert(QStringLiteral("severity"), QStringLiteral("permanent"));
        event.insert(QStringLiteral("reason"), QStringLiteral("bounce"));
        event.insert(QStringLiteral("delivery-status"),
                     QJsonObject{{QStringLiteral("code"), 550},
                                 {QStringLiteral("message"), QStringLiteral("5.1.1 The email account that you tried to reach does not exist.")},
                                 {QStringLiteral("description"), QString()},
                                 {QStringLiteral("attempt-no"), 1}});
    } else if (type == QLatin1String("opened") || type == QLatin1String("clicked")
               || type == QLatin1String("unsubscribed")) {
        event.insert(QStringLiteral("ip"), QStringLiteral("203.0.113.7"));
        event.insert(QStringLiteral("geolocation"), QJsonObject{{QStringLiteral("country"), QStringLiteral("US")},
                                                                {QStringLiteral("region"), QStringLiteral("CO")},
                                                                {QStringLiteral("city"), QStringLiteral("Denver")}});
        event.insert(QStringLiteral("client-info"),
                     QJsonObject{{QStringLiteral("client-name"), QStringLiteral("Thunderbird")},
                                 {QStringLiteral("client-os"), QStringLiteral("Linux")},
                                 {QStringLiteral("client-type"), QStringLiteral("email client")},
                                 {QStringLiteral("device-type"), QStringLiteral("desktop")},
                                 {QStringLiteral("user-agent"), QStringLiteral("Mozilla/5.0 (X11; Linux x86_64) Thunderbird/115.0")}});
        if (type == QLatin1String("clicked"))
            event.insert(QStringLiteral("url"), QStringLiteral("https://brightsmile.example/book"));
    }
    return event;
}

void FakeMailgunServer::logEvent(Domain &domain, const QJsonObject &event)
{
    const QJsonValue stamp = event.value(QLatin1String("timestamp"));
    const double timestamp = stamp.isDouble() ? stamp.toDouble() : stamp.toString().toDouble();
    const EventKey key{timestamp, ++m_sequence};
    const auto position = std::upper_bound(domain.events.begin(), domain.events.end(), key,
                                           [](const EventKey &k, const auto &entry) { return k < entry.first; });
    domain.events.insert(position, {key, event});
}

void FakeMailgunServer::addEvent(const QString &domain, const QJsonObject &event)
{
    logEvent(m_domains[domain.toLower()], event);
}

QList<QJsonObject> FakeMailgunServer::events(const QString &domain) const
{
    QList<QJsonObject> list;
    for (const auto &entry : m_domains.value(domain.toLower()).events)
        list.append(entry.second);
    return list;
}

void FakeMailgunServer::addSuppression(const QString &domain, SuppressionList list, const QJsonObject &item)
{
    m_domains[domain.toLower()].suppressions[int(list)].append(item);
}

void FakeMailgunServer::injectFault(Fault fault, const QString &pathContains, int times, int param)
{
    m_faults.append({fault, pathContains, times, param});
}

bool FakeMailgunServer::faultFromName(const QString &name, Fault *fault)
{
    static const QHash<QString, Fault> names{{QStringLiteral("too-many-requests"), Fault::TooManyRequests},
                                             {QStringLiteral("rate-limited-420"), Fault::RateLimited420},
                                             {QStringLiteral("server-error-html"), Fault::ServerErrorHtml},
                                             {QStringLiteral("slow"), Fault::Slow},
                                             {QStringLiteral("accept-then-drop"), Fault::AcceptThenDrop},
                                             {QStringLiteral("accept-then-server-error"), Fault::AcceptThenServerError}};
    const auto it = names.constFind(name);
    if (it == names.constEnd())
        return false;
    *fault = *it;
    return true;
}

bool FakeMailgunServer::authorized(const HttpRequest &request) const
{
    if (m_apiKey.isEmpty())
        return true;
    const QByteArray header = request.header("Authorization");
    if (!header.startsWith("Basic ") && !header.startsWith("basic "))
        return false;
    return QByteArray::fromBase64(header.mid(6).trimmed()) == "api:" + m_apiKey.toUtf8();
}

HttpResponse FakeMailgunServer::handle(const HttpRequest &request)
{
    const QString path = request.path();
    m_requests.append({request.method, path, request.query(), request.body, request.header("Authorization"),
                       request.header("Content-Type"), request.connection});
    if (path.startsWith(QLatin1String("/_test/")))
        return testRoute(request);

    std::optional<PendingFault> fault;
    for (qsizetype i = 0; i < m_faults.size(); ++i) {
        if (path.contains(m_faults.at(i).pathContains)) {
            fault = m_faults.at(i);
            if (--m_faults[i].times <= 0)
                m_faults.removeAt(i);
            break;
        }
    }
    if (fault) {
        switch (fault->fault) {
        case Fault::TooManyRequests: {
            HttpResponse response = jsonMessage(429, QStringLiteral("Too many requests"));
            response.headers.append({"Retry-After", QByteArray::number(fault->param)});
            return response;
        }
        case Fault::RateLimited420: {
            HttpResponse response = jsonMessage(420, QStringLiteral("Request limit exceeded, try again later"));
            response.headers.append({QByteArray("X-Request-Limit"), QByteArray("100")});
            response.headers.append({QByteArray("X-Request-Remaining"), QByteArray("0")});
            response.headers.append(
                {"X-Request-Reset", QByteArray::number(QDateTime::currentMSecsSinceEpoch() + fault->param)});
            return response;
        }
        case Fault::ServerErrorHtml:
            return HttpResponse::text(502, "text/html", htmlError(502));
        case Fault::Slow:
        case Fault::AcceptThenDrop:
        case Fault::AcceptThenServerError:
            break;   // the API acts first, below
        }
    }

    if (!authorized(request))
        return HttpResponse::text(401, "text/plain", "Forbidden");
    bool accepted = false;
    HttpResponse response = route(request, &accepted);
    if (fault) {
        switch (fault->fault) {
        case Fault::Slow:
            response.delay = std::chrono::milliseconds(fault->param);
            break;
        case Fault::AcceptThenDrop:
            response = HttpResponse();
            response.dropWithoutAnswer = true;
            break;
        case Fault::AcceptThenServerError:
            response = HttpResponse::text(500, "text/html", htmlError(500));
            break;
        default:
            break;
        }
    }
    return response;
}

HttpResponse FakeMailgunServer::route(const HttpRequest &request, bool *accepted)
{
    const QString path = request.path();
    static const QRegularExpression domainRoute(QStringLiteral(R"(^/v3/domains/([^/]+)/?$)"));
    static const QRegularExpression apiRoute(QStringLiteral(R"(^/v3/([^/]+)/(messages|events|bounces|unsubscribes|complaints)(?:/([^/]+))?/?$)"));

    if (const auto match = domainRoute.match(path); match.hasMatch()) {
        if (request.method != "GET")
            return jsonMessage(405, QStringLiteral("Method not allowed"));
        const QString name = match.captured(1).toLower();
        if (!m_domains.contains(name))
            return jsonMessage(404, QStringLiteral("Domain not found"));
        const Domain &domain = m_domains[name];
        return HttpResponse::json(
            200, {{QStringLiteral("domain"), QJsonObject{{QStringLiteral("name"), name},
                                                         {QStringLiteral("state"), domain.allowedToSend
                                                                                       ? QStringLiteral("active")
                                                                                       : QStringLiteral("disabled")},
                                                         {QStringLiteral("type"), QStringLiteral("custom")},
                                                         {QStringLiteral("spam_action"), QStringLiteral("disabled")}}},
                  {QStringLiteral("receiving_dns_records"), QJsonArray()},
                  {QStringLiteral("sending_dns_records"), QJsonArray()}});
    }
    const auto match = apiRoute.match(path);
    if (!match.hasMatch())
        return jsonMessage(404, QStringLiteral("Not Found"));
    const QString name = match.captured(1).toLower();
    const QString what = match.captured(2);
    if (!m_domains.contains(name))
        return jsonMessage(404, QStringLiteral("Domain not found: %1").arg(name));
    Domain &domain = m_domains[name];

    if (what == QLatin1String("messages")) {
        if (request.method != "POST" || !match.captured(3).isEmpty())
            return jsonMessage(405, QStringLiteral("Method not allowed"));
        HttpResponse response = receiveMessage(request, name, domain);
        *accepted = response.status == 200;
        return response;
    }
    if (request.method != "GET")
        return jsonMessage(405, QStringLiteral("Method not allowed"));
    if (what == QLatin1String("events")) {
        if (!match.captured(3).isEmpty()) {
            const auto state = decodeToken(match.captured(3));
            if (!state || state->value(QLatin1String("d")).toString() != name)
                return jsonMessage(400, QStringLiteral("Invalid page token"));
            return eventsPage(name, domain, *state);
        }
        const QUrlQuery query = request.query();
        auto value = [&](const char *key) {
            return query.queryItemValue(QLatin1String(key), QUrl::FullyDecoded);
        };
        QJsonObject state{{QStringLiteral("d"), name}};
        bool ok = true;
        const int limit = query.hasQueryItem(QStringLiteral("limit")) ? value("limit").toInt(&ok) : 100;
        if (!ok || limit < 1 || limit > MaxEventsLimit)
            return jsonMessage(400, QStringLiteral("'limit' parameter should be in range 1..%1").arg(MaxEventsLimit));
        state.insert(QStringLiteral("l"), limit);
        const QString ascending = value("ascending").toLower();
        if (!ascending.isEmpty() && ascending != QLatin1String("yes") && ascending != QLatin1String("no"))
            return jsonMessage(400, QStringLiteral("'ascending' parameter should be yes or no"));
        state.insert(QStringLiteral("a"), ascending == QLatin1String("yes"));
        for (const char *key : {"begin", "end"}) {
            if (value(key).isEmpty())
                continue;
            const auto epoch = epochParameter(value(key));
            if (!epoch)
                return jsonMessage(400, QStringLiteral("'%1' parameter is not a valid time").arg(QLatin1String(key)));
            state.insert(QLatin1String(key), *epoch);
        }
        if (!value("recipient").isEmpty())
            state.insert(QStringLiteral("r"), value("recipient").trimmed().toLower());
        if (!value("event").isEmpty())
            state.insert(QStringLiteral("e"), QJsonArray::fromStringList(eventTypes(value("event"))));
        if (!value("message-id").isEmpty())
            state.insert(QStringLiteral("m"), value("message-id").remove(QLatin1Char('<')).remove(QLatin1Char('>')));
        return eventsPage(name, domain, state);
    }
    return suppressionsPage(request, name, domain, what);
}

HttpResponse FakeMailgunServer::receiveMessage(const HttpRequest &request, const QString &domainName, Domain &domain)
{
    const QByteArray contentType = request.header("Content-Type");
    Message message;
    message.domain = domainName;
    if (contentType.toLower().startsWith("multipart/form-data")) {
        const auto parts = parseMultipart(request.body, headerParameter(contentType, "boundary"));
        if (!parts)
            return jsonMessage(400, QStringLiteral("Malformed multipart body"));
        message.multipart = true;
        for (const Part &part : *parts) {
            if (!part.fileName.isEmpty() || part.name == QLatin1String("attachment")
                || part.name == QLatin1String("inline")) {
                message.attachments.append({part.fileName, part.contentType, part.data.size()});
                continue;
            }
            message.fields.append({part.name, QString::fromUtf8(part.data)});
        }
    } else if (contentType.toLower().startsWith("application/x-www-form-urlencoded")) {
        message.fields = parseUrlEncoded(request.body);
    } else {
        return jsonMessage(400, QStringLiteral("Unsupported content type"));
    }

    qsizetype optionBytes = 0;
    for (const auto &[name, value] : std::as_const(message.fields)) {
        if (name == QLatin1String("from"))
            message.from = value;
        else if (name == QLatin1String("to"))
            message.to = value;
        else if (name == QLatin1String("subject"))
            message.subject = value;
        else if (name == QLatin1String("html"))
            message.html = value;
        else if (name == QLatin1String("text"))
            message.text = value;
        else if (name == QLatin1String("o:tag"))
            message.tags.append(value);
        else if (name.startsWith(QLatin1String("v:")))
            message.variables.insert(name.mid(2), value);
        else if (name.startsWith(QLatin1String("h:")))
            message.headers.insert(name.mid(2), value);
        if (name.startsWith(QLatin1String("o:")) || name.startsWith(QLatin1String("h:"))
            || name.startsWith(QLatin1String("v:")) || name.startsWith(QLatin1String("t:")))
            optionBytes += name.toUtf8().size() + value.toUtf8().size();
    }
    if (message.from.isEmpty())
        return jsonMessage(400, QStringLiteral("from parameter is missing"));
    if (message.to.isEmpty())
        return jsonMessage(400, QStringLiteral("to parameter is missing"));
    if (message.html.isEmpty() && message.text.isEmpty())
        return jsonMessage(400, QStringLiteral("Need at least one of 'text', 'html' or 'template' parameters specified"));
    if (optionBytes > 16 * 1024)
        return jsonMessage(400, QStringLiteral("Options and variables exceed 16KB"));
    if (request.body.size() > 25 * 1024 * 1024)
        return jsonMessage(413, QStringLiteral("Message size exceeds 25MB"));
    message.toAddress = bareAddress(message.to);
    if (!message.toAddress.contains(QLatin1Char('@')))
        return jsonMessage(400, QStringLiteral("to parameter is not a valid address. please check documentation"));
    if (m_rejected.contains(message.toAddress))
        return jsonMessage(400, m_rejected.value(message.toAddress));
    if (!domain.allowedToSend)
        return jsonMessage(403, QStringLiteral("Domain %1 is not allowed to send: Free accounts are for test purposes "
                                               "only. Please upgrade or add the address to authorized recipients.")
                                    .arg(domainName));

    const QDateTime now = QDateTime::currentDateTimeUtc();
    message.receivedAt = now;
    message.id = QStringLiteral("%1.%2.%3@%4")
                     .arg(now.toString(QStringLiteral("yyyyMMddHHmmss")))
                     .arg(m_messages.size() + 1)
                     .arg(QRandomGenerator::global()->bounded(100000))
                     .arg(domainName);
    m_messages.append(message);
    const double stamp = double(now.toMSecsSinceEpoch()) / 1000.0;
    logEvent(domain, eventFor(message, QStringLiteral("accepted"), stamp));
    if (m_autoDeliver)
        logEvent(domain, eventFor(message, QStringLiteral("delivered"), stamp + 0.5));
    Q_EMIT messageReceived(message.anchorKey());
    return HttpResponse::json(200, {{QStringLiteral("id"), QStringLiteral("<%1>").arg(message.id)},
                                    {QStringLiteral("message"), QStringLiteral("Queued. Thank you.")}});
}

HttpResponse FakeMailgunServer::eventsPage(const QString &domainName, const Domain &domain, const QJsonObject &state)
{
    const bool ascending = state.value(QLatin1String("a")).toBool();
    const int limit = state.value(QLatin1String("l")).toInt(100);
    const bool hasBegin = state.contains(QLatin1String("begin"));
    const bool hasEnd = state.contains(QLatin1String("end"));
    const double begin = state.value(QLatin1String("begin")).toDouble();
    const double end = state.value(QLatin1String("end")).toDouble();
    const QString recipient = state.value(QLatin1String("r")).toString();
    QStringList types;
    for (const QJsonValue &type : state.value(QLatin1String("e")).toArray())
        types.append(type.toString());
    const QString messageId = state.value(QLatin1String("m")).toString();
    // Where the previous page stopped: (timestamp, sequence) of its last event.
    const bool hasPosition = state.contains(QLatin1String("pt"));
    const EventKey position{state.value(QLatin1String("pt")).toDouble(),
                            qint64(state.value(QLatin1String("ps")).toDouble())};

    auto matches = [&](const QPair<EventKey, QJsonObject> &entry) {
        const double stamp = entry.first.first;
        if (hasBegin && (ascending ? stamp < begin : stamp > begin))
            return false;
        if (hasEnd && (ascending ? stamp > end : stamp < end))
            return false;
        const QJsonObject &event = entry.second;
        if (!recipient.isEmpty() && event.value(QLatin1String("recipient")).toString().toLower() != recipient)
            return false;
        if (!types.isEmpty() && !types.contains(event.value(QLatin1String("event")).toString()))
            return false;
        if (!messageId.isEmpty()
            && event.value(QLatin1String("message")).toObject().value(QLatin1String("headers")).toObject()
                       .value(QLatin1String("message-id")).toString() != messageId)
            return false;
        return true;
    };

    QJsonArray items;
    EventKey last = position;
    bool any = false;
    if (ascending) {
        auto it = hasPosition ? std::upper_bound(domain.events.begin(), domain.events.end(), position,
                                                 [](const EventKey &k, const auto &entry) { return k < entry.first; })
                              : domain.events.begin();
        for (; it != domain.events.end() && items.size() < limit; ++it) {
            if (hasEnd && it->first.first > end)
                break;
            if (!matches(*it))
                continue;
            items.append(it->second);
            last = it->first;
            any = true;
        }
    } else {
        for (auto it = domain.events.rbegin(); it != domain.events.rend() && items.size() < limit; ++it) {
            if (hasPosition && !(it->first < position))
                continue;
            if (!matches(*it))
                continue;
            items.append(it->second);
            last = it->first;
            any = true;
        }
    }

    QJsonObject nextState = state;
    if (any) {
        nextState.insert(QStringLiteral("pt"), last.first);
        nextState.insert(QStringLiteral("ps"), double(last.second));
    }
    QJsonObject firstState = state;
    firstState.remove(QStringLiteral("pt"));
    firstState.remove(QStringLiteral("ps"));
    QJsonObject lastState = firstState;
    lastState.insert(QStringLiteral("x"), QStringLiteral("last"));
    QJsonObject previousState = state;
    previousState.insert(QStringLiteral("x"), QStringLiteral("previous"));
    auto link = [&](const QJsonObject &linkState) {
        return QStringLiteral("%1/v3/%2/events/%3").arg(baseUrl().toString(), domainName,
                                                        QString::fromLatin1(encodeToken(linkState)));
    };
    return HttpResponse::json(200, {{QStringLiteral("items"), items},
                                    {QStringLiteral("paging"), QJsonObject{{QStringLiteral("first"), link(firstState)},
                                                                           {QStringLiteral("last"), link(lastState)},
                                                                           {QStringLiteral("next"), link(nextState)},
                                                                           {QStringLiteral("previous"), link(previousState)}}}});
}

HttpResponse FakeMailgunServer::suppressionsPage(const HttpRequest &request, const QString &domainName,
                                                 const Domain &domain, const QString &listName)
{
    const SuppressionList list = listName == QLatin1String("bounces")        ? SuppressionList::Bounces
                                 : listName == QLatin1String("unsubscribes") ? SuppressionList::Unsubscribes
                                                                             : SuppressionList::Complaints;
    const QUrlQuery query = request.query();
    bool ok = true;
    const int limit = query.hasQueryItem(QStringLiteral("limit")) ? query.queryItemValue(QStringLiteral("limit")).toInt(&ok)
                                                                  : 100;
    if (!ok || limit < 1 || limit > MaxSuppressionsLimit)
        return jsonMessage(400, QStringLiteral("'limit' parameter should be in range 1..%1").arg(MaxSuppressionsLimit));
    const QString page = query.queryItemValue(QStringLiteral("page"));
    const QString after = query.queryItemValue(QStringLiteral("address"), QUrl::FullyDecoded).toLower();

    // Ordered by address, as the page=next&address= paging implies.
    QList<QJsonObject> all = domain.suppressions.value(int(list));
    std::sort(all.begin(), all.end(), [](const QJsonObject &a, const QJsonObject &b) {
        return a.value(QLatin1String("address")).toString().toLower() < b.value(QLatin1String("address")).toString().toLower();
    });
    qsizetype start = 0;
    if (page == QLatin1String("next") && !after.isEmpty()) {
        while (start < all.size() && all.at(start).value(QLatin1String("address")).toString().toLower() <= after)
            ++start;
    } else if (page == QLatin1String("last")) {
        start = std::max<qsizetype>(0, all.size() - limit);
    }
    QJsonArray items;
    QString lastAddress = after;
    for (qsizetype i = start; i < all.size() && items.size() < limit; ++i) {
        QJsonObject item = all.at(i);
        if (!item.contains(QLatin1String("created_at")))
            item.insert(QStringLiteral("created_at"), rfc2822(QDateTime::currentDateTimeUtc()));
        items.append(item);
        lastAddress = item.value(QLatin1String("address")).toString().toLower();
    }
    const QString base = QStringLiteral("%1/v3/%2/%3").arg(baseUrl().toString(), domainName, listName);
    auto link = [&](const QString &pageName, const QString &address) -> QString {
        QString url = base + QStringLiteral("?page=") + pageName;
        if (!address.isEmpty())
            url += QStringLiteral("&address=") + QString::fromLatin1(QUrl::toPercentEncoding(address));
        return url + QStringLiteral("&limit=%1").arg(limit);
    };
    return HttpResponse::json(200, {{QStringLiteral("items"), items},
                                    {QStringLiteral("paging"),
                                     QJsonObject{{QStringLiteral("first"), link(QStringLiteral("first"), {})},
                                                 {QStringLiteral("last"), link(QStringLiteral("last"), {})},
                                                 {QStringLiteral("next"), link(QStringLiteral("next"), lastAddress)},
                                                 {QStringLiteral("previous"), link(QStringLiteral("previous"), after)}}}});
}

HttpResponse FakeMailgunServer::testRoute(const HttpRequest &request)
{
    const QString path = request.path();
    if (path == QLatin1String("/_test/messages") && request.method == "GET") {
        QJsonArray items;
        for (const Message &message : std::as_const(m_messages))
            items.append(message.toJson());
        return HttpResponse::json(200, {{QStringLiteral("count"), int(items.size())}, {QStringLiteral("items"), items}});
    }
    if (path == QLatin1String("/_test/faults") && request.method == "POST") {
        const QJsonObject body = QJsonDocument::fromJson(request.body).object();
        Fault fault;
        if (!faultFromName(body.value(QLatin1String("fault")).toString(), &fault))
            return jsonMessage(400, QStringLiteral("unknown fault"));
        injectFault(fault, body.value(QLatin1String("path")).toString(), body.value(QLatin1String("times")).toInt(1),
                    body.value(QLatin1String("param")).toInt(0));
        return jsonMessage(200, QStringLiteral("ok"));
    }
    if (path == QLatin1String("/_test/events") && request.method == "POST") {
        const QJsonObject body = QJsonDocument::fromJson(request.body).object();
        const QString domain = body.value(QLatin1String("domain")).toString();
        if (domain.isEmpty() || !body.value(QLatin1String("event")).isObject())
            return jsonMessage(400, QStringLiteral("need domain and event"));
        addEvent(domain, body.value(QLatin1String("event")).toObject());
        return jsonMessage(200, QStringLiteral("ok"));
    }
    return jsonMessage(404, QStringLiteral("Not Found"));
}

} // namespace anchor::testing
