#include "mailgunclient.h"

#include <QJsonArray>
#include <QLocale>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTimeZone>

namespace anchor::sync {

namespace {

constexpr int kMaxAcceptedPages = 50;   // a recipient with more than 15,000 accepted messages is not ours
constexpr std::chrono::seconds kDefaultRateLimitWait{10};

QString serverWords(const QByteArray &body)
{
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    for (const char *key : {"message", "error", "reason"}) {
        const QJsonValue value = object.value(QLatin1String(key));
        if (value.isString() && !value.toString().isEmpty())
            return value.toString().left(300);
    }
    // A plain-text answer ("Forbidden"), but never a whole HTML page.
    const QByteArray trimmed = body.trimmed();
    if (!trimmed.isEmpty() && trimmed.size() <= 200 && !trimmed.startsWith('<'))
        return QString::fromUtf8(trimmed);
    return {};
}

// Retry-After (seconds or an HTTP date), else X-Request-Reset (epoch milliseconds).
std::chrono::milliseconds rateLimitWait(const HttpResult &http)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (const auto seconds = RetryPolicy::parseRetryAfter(http.header("Retry-After"), now))
        return std::max(std::chrono::milliseconds(std::chrono::seconds(1)), std::chrono::milliseconds(*seconds));
    bool ok = false;
    const qint64 reset = http.header("X-Request-Reset").trimmed().toLongLong(&ok);
    if (ok && reset > 0) {
        const qint64 wait = reset - now.toMSecsSinceEpoch();
        return std::chrono::milliseconds(std::clamp<qint64>(wait, 1000, 3600 * 1000));
    }
    return kDefaultRateLimitWait;
}

QByteArray formEncode(const QList<QPair<QString, QString>> &fields)
{
    QByteArray body;
    for (const auto &[name, value] : fields) {
        if (!body.isEmpty())
            body += '&';
        body += QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
    }
    return body;
}

QByteArray quotedHeaderValue(const QString &text)
{
    QByteArray value = text.toUtf8();
    value.replace('\\', "\\\\").replace('"', "\\\"").replace('\r', ' ').replace('\n', ' ');
    return '"' + value + '"';
}

QByteArray multipartEncode(const QList<QPair<QString, QString>> &fields, const QList<MailgunAttachment> &attachments,
                           const QByteArray &boundary)
{
    QByteArray body;
    for (const auto &[name, value] : fields) {
        body += "--" + boundary + "\r\nContent-Disposition: form-data; name=" + quotedHeaderValue(name)
                + "\r\n\r\n" + value.toUtf8() + "\r\n";
    }
    for (const MailgunAttachment &attachment : attachments) {
        body += "--" + boundary + "\r\nContent-Disposition: form-data; name=\"attachment\"; filename="
                + quotedHeaderValue(attachment.fileName) + "\r\nContent-Type: "
                + (attachment.contentType.isEmpty() ? QByteArray("application/octet-stream") : attachment.contentType)
                + "\r\n\r\n" + attachment.data + "\r\n";
    }
    body += "--" + boundary + "--\r\n";
    return body;
}

QString variableText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 15);
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    return {};
}

// "Fri, 21 Oct 2011 11:02:55 UTC" (Mailgun writes UTC or GMT where RFC 2822 wants +0000).
QDateTime parseCreatedAt(const QString &text)
{
    QString normalised = text.trimmed();
    if (normalised.endsWith(QLatin1String(" UTC")) || normalised.endsWith(QLatin1String(" GMT")))
        normalised = normalised.left(normalised.size() - 4) + QStringLiteral(" +0000");
    QDateTime when = QDateTime::fromString(normalised, Qt::RFC2822Date);
    if (!when.isValid())
        when = QDateTime::fromString(text.trimmed(), Qt::ISODateWithMs);
    return when.isValid() ? when.toUTC() : QDateTime();
}

} // namespace

QUrl mailgunBaseUrl(const storage::MailgunConnection &connection)
{
    QString base = connection.baseUrl.trimmed();
    if (base.isEmpty()) {
        base = connection.region.compare(QLatin1String("eu"), Qt::CaseInsensitive) == 0
                   ? QStringLiteral("https://api.eu.mailgun.net")
                   : QStringLiteral("https://api.mailgun.net");
    }
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    return QUrl(base);
}

MailgunClient::MailgunClient(NetworkService *network, storage::MailgunConnection connection, QString apiKey,
                             QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_connection(std::move(connection))
    , m_apiKey(std::move(apiKey).trimmed())
    , m_base(mailgunBaseUrl(m_connection))
{
}

QString MailgunClient::mailbox(const QString &name, const QString &address)
{
    const QString trimmed = name.simplified();
    if (trimmed.isEmpty())
        return address.trimmed();
    static const QRegularExpression special(QStringLiteral(R"([()<>\[\]:;@\\,."])"));
    QString display = trimmed;
    if (display.contains(special)) {
        display.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('"'), QStringLiteral("\\\""));
        display = QLatin1Char('"') + display + QLatin1Char('"');
    }
    return display + QStringLiteral(" <") + address.trimmed() + QLatin1Char('>');
}

bool MailgunClient::sameServer(const QUrl &url) const
{
    return url.scheme() == m_base.scheme() && url.host().compare(m_base.host(), Qt::CaseInsensitive) == 0
           && url.port(443) == m_base.port(443);
}

HttpRequest MailgunClient::request(const QUrl &url) const
{
    HttpRequest request;
    request.url = url;
    request.user = QStringLiteral("api");
    request.password = m_apiKey;
    request.caCertificateFile = m_connection.caCertificateFile;
    return request;
}

MailgunResult MailgunClient::precheck() const
{
    MailgunResult result;
    if (m_connection.domain.trimmed().isEmpty()) {
        result.error = MailgunResult::Error::Configuration;
        result.message = tr("No Mailgun sending domain is set.");
    } else if (m_apiKey.isEmpty()) {
        result.error = MailgunResult::Error::Configuration;
        result.message = tr("No Mailgun API key is stored for this sender. Enter it in the Mailgun settings "
                            "(or set ANCHOR_MAILGUN_API_KEY).");
    } else if (!m_base.isValid() || m_base.scheme() != QLatin1String("https")) {
        result.error = MailgunResult::Error::Configuration;
        result.message = tr("The Mailgun address %1 is not a valid https:// URL.").arg(m_base.toDisplayString());
    }
    return result;
}

MailgunResult MailgunClient::mapResult(const HttpResult &http, bool isSend, const storage::MailgunConnection &connection)
{
    using Error = MailgunResult::Error;
    MailgunResult result;
    result.status = http.status;
    result.json = http.json.object();
    if (http.ok())
        return result;

    const QString words = serverWords(http.body);
    const QString wordsSuffix = words.isEmpty() ? QString() : QStringLiteral(": ") + words;
    switch (http.error) {
    case HttpResult::Error::None:
        break;
    case HttpResult::Error::Http:
        if (http.status == 400) {
            result.error = Error::BadInput;
            result.message = tr("Mailgun refused the request (HTTP 400)%1").arg(wordsSuffix);
        } else if (http.status == 401) {
            result.error = Error::WrongKey;
            result.message = tr("Mailgun refused the API key (HTTP 401%1): the key is wrong, or belongs to the "
                                "other region (%2).")
                                 .arg(words.isEmpty() ? QString() : QStringLiteral(", ") + words,
                                      connection.region.toUpper());
        } else if (http.status == 403) {
            result.error = Error::NotAllowed;
            result.message = tr("Mailgun does not allow %1 to send (HTTP 403)%2")
                                 .arg(connection.domain, wordsSuffix);
        } else if (http.status == 404) {
            result.error = Error::NotFound;
            result.message = tr("Mailgun does not know the domain %1 in the %2 region (HTTP 404)%3")
                                 .arg(connection.domain, connection.region.toUpper(), wordsSuffix);
        } else if (http.status == 420 || http.status == 429) {
            result.error = Error::RateLimited;
            result.retryAfter = rateLimitWait(http);
            result.message = tr("Mailgun is rate limiting this account (HTTP %1); waiting %2 seconds.")
                                 .arg(http.status)
                                 .arg(std::chrono::duration_cast<std::chrono::seconds>(result.retryAfter).count());
        } else if (http.status >= 500) {
            result.error = isSend ? Error::Ambiguous : Error::Server;
            result.message = isSend ? tr("Mailgun failed while taking the message (HTTP %1)%2; it may have been "
                                         "accepted, so it is checked before it is sent again.")
                                          .arg(http.status)
                                          .arg(wordsSuffix)
                                    : tr("Mailgun had a server error (HTTP %1)%2").arg(http.status).arg(wordsSuffix);
        } else {
            result.error = Error::BadInput;
            result.message = tr("Mailgun refused the request (HTTP %1)%2").arg(http.status).arg(wordsSuffix);
        }
        break;
    case HttpResult::Error::Network:
    case HttpResult::Error::Timeout:
        if (isSend && !http.neverArrived) {
            result.error = Error::Ambiguous;
            result.message = tr("The connection to Mailgun ended before it answered (%1); the message may have been "
                                "accepted, so it is checked before it is sent again.")
                                 .arg(http.message);
        } else {
            result.error = Error::Network;
            result.message = http.message;
        }
        break;
    case HttpResult::Error::Tls:
        result.error = Error::Tls;
        result.message = http.message;
        break;
    case HttpResult::Error::BadReply:
    case HttpResult::Error::Remote:
        result.error = isSend ? Error::Ambiguous : Error::BadReply;
        result.message = isSend ? tr("Mailgun's answer to a message could not be read (%1); it was probably accepted, "
                                     "so it is checked before it is sent again.")
                                      .arg(http.message)
                                : http.message;
        break;
    case HttpResult::Error::Cancelled:
        result.error = Error::Cancelled;
        result.message = http.message;
        break;
    case HttpResult::Error::Configuration:
        result.error = Error::Configuration;
        result.message = http.message;
        break;
    }
    return result;
}

std::optional<HttpRequest> MailgunClient::messageRequest(const storage::OutgoingMessage &message,
                                                         const QList<MailgunAttachment> &attachments,
                                                         MailgunResult *error) const
{
    auto refuse = [error](const QString &text) {
        error->error = MailgunResult::Error::BadInput;
        error->message = text;
        return std::nullopt;
    };
    if (message.toAddress.trimmed().isEmpty())
        return refuse(tr("The message has no recipient address."));
    if (message.html.isEmpty() && message.text.isEmpty())
        return refuse(tr("The message to %1 has neither an HTML nor a text part.").arg(message.toAddress));

    const QString domain = m_connection.domain.trimmed();
    QList<QPair<QString, QString>> fields;
    // A campaign may send from its own address (from_email); the name follows the connection.
    const QString fromAddress = message.fromAddress.trimmed().isEmpty() ? m_connection.fromAddress : message.fromAddress;
    const QString fromName = message.fromName.trimmed().isEmpty() ? m_connection.fromName : message.fromName;
    fields.append({QStringLiteral("from"), mailbox(fromName, fromAddress)});
    fields.append({QStringLiteral("to"), mailbox(message.toName, message.toAddress)});
    fields.append({QStringLiteral("subject"), message.subject});
    if (!message.html.isEmpty())
        fields.append({QStringLiteral("html"), message.html});
    if (!message.text.isEmpty())
        fields.append({QStringLiteral("text"), message.text});

    // o:/h:/v: options: Mailgun allows 16 KB of them together.
    QList<QPair<QString, QString>> options;
    for (const QString &tag : message.tags.mid(0, kMaxTags)) {
        if (!tag.trimmed().isEmpty())
            options.append({QStringLiteral("o:tag"), tag.trimmed()});
    }
    options.append({QStringLiteral("h:List-Unsubscribe"),
                    QStringLiteral("<mailto:unsubscribe@%1?subject=unsubscribe>, <%unsubscribe_url%>").arg(domain)});
    for (auto it = message.variables.constBegin(); it != message.variables.constEnd(); ++it)
        options.append({QStringLiteral("v:") + it.key(), variableText(it.value())});
    qsizetype optionBytes = 0;
    for (const auto &[name, value] : options)
        optionBytes += name.toUtf8().size() + value.toUtf8().size();
    if (optionBytes > kMaxOptionsBytes)
        return refuse(tr("The message's Mailgun options and variables take %1 bytes, more than the 16 KB Mailgun "
                         "allows.")
                          .arg(optionBytes));
    fields += options;

    HttpRequest request = this->request(QUrl(m_base.toString() + QStringLiteral("/v3/%1/messages").arg(domain)));
    request.method = "POST";
    request.retryAmbiguous = false;   // never twice: an uncertain send is checked against the events instead
    request.timeout = std::chrono::seconds(60);
    if (attachments.isEmpty()) {
        request.contentType = "application/x-www-form-urlencoded";
        request.body = formEncode(fields);
    } else {
        const QByteArray boundary = "anchor-" + QByteArray::number(QRandomGenerator::global()->generate64(), 36)
                                    + QByteArray::number(QRandomGenerator::global()->generate64(), 36);
        request.contentType = "multipart/form-data; boundary=" + boundary;
        request.body = multipartEncode(fields, attachments, boundary);
    }
    if (request.body.size() > kMaxMessageBytes) {
        return refuse(tr("The message to %1 is %2 MB with its attachments, more than the 25 MB Mailgun accepts. "
                         "Attach smaller files or link to them.")
                          .arg(message.toAddress)
                          .arg(double(request.body.size()) / (1024.0 * 1024.0), 0, 'f', 1));
    }
    return request;
}

void MailgunClient::sendMessage(const storage::OutgoingMessage &message, Done done,
                                const QList<MailgunAttachment> &attachments)
{
    MailgunResult refused = precheck();
    std::optional<HttpRequest> request;
    if (refused.ok())
        request = messageRequest(message, attachments, &refused);
    if (!request) {
        QMetaObject::invokeMethod(this, [done = std::move(done), refused] { done(refused); }, Qt::QueuedConnection);
        return;
    }
    m_network->send(*request, this, [this, done = std::move(done)](const HttpResult &http) {
        MailgunResult result = mapResult(http, true, m_connection);
        if (result.ok()) {
            result.messageId = result.json.value(QLatin1String("id")).toString().trimmed();
            if (result.messageId.startsWith(QLatin1Char('<')) && result.messageId.endsWith(QLatin1Char('>')))
                result.messageId = result.messageId.mid(1, result.messageId.size() - 2);
        }
        done(result);
    });
}

void MailgunClient::testConnection(Done done)
{
    const MailgunResult refused = precheck();
    if (!refused.ok()) {
        QMetaObject::invokeMethod(this, [done = std::move(done), refused] { done(refused); }, Qt::QueuedConnection);
        return;
    }
    HttpRequest request = this->request(QUrl(m_base.toString() + QStringLiteral("/v3/domains/")
                                             + QString::fromLatin1(QUrl::toPercentEncoding(m_connection.domain.trimmed()))));
    request.timeout = std::chrono::seconds(20);
    m_network->send(request, this, [this, done = std::move(done)](const HttpResult &http) {
        MailgunResult result = mapResult(http, false, m_connection);
        if (result.error == MailgunResult::Error::WrongKey)
            result.message = tr("Wrong API key: Mailgun refused it (HTTP 401). Check the key and the region (%1).")
                                 .arg(m_connection.region.toUpper());
        else if (result.error == MailgunResult::Error::NotFound)
            result.message = tr("Unknown domain for this region: Mailgun has no domain %1 in the %2 region.")
                                 .arg(m_connection.domain, m_connection.region.toUpper());
        else if (result.ok())
            result.message = tr("Connected: Mailgun knows the domain %1.").arg(m_connection.domain);
        done(result);
    });
}

void MailgunClient::sendTestMessage(const QString &to, Done done)
{
    storage::OutgoingMessage message;
    message.kind = storage::OutgoingMessage::Kind::Transactional;
    message.toAddress = to.trimmed();
    message.subject = tr("Anchor CRM test message");
    message.text = tr("This test message shows that Anchor CRM can send through Mailgun with the domain %1.")
                       .arg(m_connection.domain);
    message.tags = {QStringLiteral("anchor-test")};
    sendMessage(message, std::move(done));
}

QUrl MailgunClient::eventsUrl(const QDateTime &begin, const QString &recipient, const QString &eventType) const
{
    // Built by hand, every value percent-encoded: an address may hold '+', which a server
    // would otherwise read as a space.
    QList<QPair<QString, QString>> items{{QStringLiteral("begin"), QString::number(begin.toSecsSinceEpoch())},
                                         {QStringLiteral("ascending"), QStringLiteral("yes")},
                                         {QStringLiteral("limit"), QString::number(kEventsPerPage)}};
    if (!recipient.isEmpty())
        items.append({QStringLiteral("recipient"), recipient});
    if (!eventType.isEmpty())
        items.append({QStringLiteral("event"), eventType});
    QUrl url(m_base.toString() + QStringLiteral("/v3/%1/events").arg(m_connection.domain.trimmed()));
    url.setQuery(QString::fromLatin1(formEncode(items)), QUrl::StrictMode);
    return url;
}

void MailgunClient::fetchEvents(const QUrl &url, EventsDone done)
{
    MailgunResult refused = precheck();
    if (refused.ok() && !sameServer(url)) {
        refused.error = MailgunResult::Error::Configuration;
        refused.message = tr("Mailgun pointed the next events page at another server (%1); it was not followed.")
                              .arg(url.host());
    }
    if (!refused.ok()) {
        QMetaObject::invokeMethod(this, [done = std::move(done), refused] { done(refused, {}); }, Qt::QueuedConnection);
        return;
    }
    m_network->send(request(url), this, [this, done = std::move(done)](const HttpResult &http) {
        MailgunResult result = mapResult(http, false, m_connection);
        EventPage page;
        if (result.ok()) {
            page = EventsApiParser().parsePage(http.json, http.body);
            if (!page.error.isEmpty()) {
                result.error = MailgunResult::Error::BadReply;
                result.message = page.error;
            }
        }
        done(result, page);
    });
}

void MailgunClient::findAccepted(const QString &recipient, const QString &idempotencyKey, const QDateTime &since,
                                 AcceptedDone done)
{
    const QDateTime begin = (since.isValid() ? since : QDateTime::currentDateTimeUtc().addDays(-7))
                                .addSecs(-60 * kAcceptedLookbackMinutes);
    findAcceptedPage(eventsUrl(begin, recipient.trimmed().toLower(), QStringLiteral("accepted")), idempotencyKey, 0,
                     std::move(done));
}

void MailgunClient::findAcceptedPage(const QUrl &url, const QString &key, int pages, AcceptedDone done)
{
    fetchEvents(url, [this, url, key, pages, done = std::move(done)](const MailgunResult &result, const EventPage &page) {
        if (!result.ok()) {
            done(result, false, {});
            return;
        }
        for (const storage::MailgunEvent &event : page.events) {
            if (event.type == QLatin1String("accepted")
                && event.userVariables.value(QLatin1String("anchor-key")).toString() == key) {
                done(result, true, event.messageId);
                return;
            }
        }
        if (page.isEnd() || !page.next.isValid() || page.next == url || pages + 1 >= kMaxAcceptedPages) {
            done(result, false, {});
            return;
        }
        findAcceptedPage(page.next, key, pages + 1, done);
    });
}

QUrl MailgunClient::suppressionsUrl(SuppressionList list) const
{
    const char *name = list == SuppressionList::Bounces        ? "bounces"
                       : list == SuppressionList::Unsubscribes ? "unsubscribes"
                                                               : "complaints";
    QUrl url(m_base.toString() + QStringLiteral("/v3/%1/%2").arg(m_connection.domain.trimmed(), QLatin1String(name)));
    url.setQuery(QStringLiteral("limit=%1").arg(kSuppressionsPerPage));
    return url;
}

void MailgunClient::fetchSuppressions(SuppressionList list, const QUrl &url, SuppressionsDone done)
{
    MailgunResult refused = precheck();
    if (refused.ok() && !sameServer(url)) {
        refused.error = MailgunResult::Error::Configuration;
        refused.message = tr("Mailgun pointed the next suppressions page at another server (%1); it was not followed.")
                              .arg(url.host());
    }
    if (!refused.ok()) {
        QMetaObject::invokeMethod(this, [done = std::move(done), refused] { done(refused, {}); }, Qt::QueuedConnection);
        return;
    }
    m_network->send(request(url), this, [this, list, url, done = std::move(done)](const HttpResult &http) {
        MailgunResult result = mapResult(http, false, m_connection);
        SuppressionPage page;
        if (!result.ok()) {
            done(result, page);
            return;
        }
        const QJsonObject envelope = http.json.object();
        const QJsonValue items = envelope.value(QLatin1String("items"));
        if (!items.isArray()) {
            result.error = MailgunResult::Error::BadReply;
            result.message = tr("Mailgun sent a suppressions page without a list of addresses.");
            done(result, page);
            return;
        }
        const QString kind = list == SuppressionList::Bounces        ? QStringLiteral("bounce")
                             : list == SuppressionList::Unsubscribes ? QStringLiteral("unsubscribe")
                                                                     : QStringLiteral("complaint");
        const QJsonArray array = items.toArray();
        page.itemCount = int(array.size());
        for (const QJsonValue &value : array) {
            const QJsonObject item = value.toObject();
            storage::SuppressionEntry entry;
            entry.address = item.value(QLatin1String("address")).toString().trimmed().toLower();
            if (entry.address.isEmpty()) {
                page.problems.append(tr("a %1 entry without an address").arg(kind));
                continue;
            }
            entry.kind = kind;
            if (list == SuppressionList::Bounces) {
                const QJsonValue code = item.value(QLatin1String("code"));
                const QString codeText = code.isDouble() ? QString::number(code.toInt()) : code.toString();
                entry.reason = QString(codeText + QLatin1Char(' ') + item.value(QLatin1String("error")).toString()).trimmed();
            }
            entry.createdAt = parseCreatedAt(item.value(QLatin1String("created_at")).toString());
            page.entries.append(entry);
        }
        const QJsonObject paging = envelope.value(QLatin1String("paging")).toObject();
        const QUrl next = url.resolved(QUrl(paging.value(QLatin1String("next")).toString()));
        const QUrl last = url.resolved(QUrl(paging.value(QLatin1String("last")).toString()));
        // The end: an empty page, or next == last (shared/api/mailgun.md, Suppressions).
        if (!array.isEmpty() && next.isValid() && !paging.value(QLatin1String("next")).toString().isEmpty()
            && next != last && next != url)
            page.next = next;
        done(result, page);
    });
}

} // namespace anchor::sync
