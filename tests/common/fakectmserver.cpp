#include "fakectmserver.h"

#include "fakehttpsserver.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>
#include <QTimeZone>

#include <algorithm>
#include <cstddef>
#include <optional>

namespace anchor::testing {

namespace {

HttpResponse jsonError(int status, const QString &message)
{
    return HttpResponse::json(status, {{QStringLiteral("error"), message}});
}

HttpResponse success()
{
    return HttpResponse::json(200, {{QStringLiteral("status"), QStringLiteral("success")}});
}

HttpResponse methodNotAllowed(const QByteArray &allow)
{
    HttpResponse response = jsonError(405, QStringLiteral("Method not allowed"));
    response.headers.append({"Allow", allow});
    return response;
}

// Ids and times may be numbers or, with odd data, numeric strings.
std::optional<qint64> integerOf(const QJsonValue &value)
{
    if (value.isDouble())
        return value.toInteger(qint64(value.toDouble()));
    if (value.isString()) {
        bool ok = false;
        const qint64 number = value.toString().toLongLong(&ok);
        if (ok)
            return number;
    }
    return std::nullopt;
}

// "2013-05-01 11:48 PM -04:00" -> epoch seconds.
std::optional<qint64> parseCalledAt(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral(R"(^(\d{4}-\d{2}-\d{2}) (\d{1,2}):(\d{2}) ([AP]M) ([+-])(\d{2}):(\d{2})$)"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const QDate date = QDate::fromString(match.captured(1), Qt::ISODate);
    const int hour12 = match.captured(2).toInt();
    const int minute = match.captured(3).toInt();
    if (!date.isValid() || hour12 < 1 || hour12 > 12 || minute > 59)
        return std::nullopt;
    const int hour = hour12 % 12 + (match.captured(4) == QLatin1String("PM") ? 12 : 0);
    const int offset = (match.captured(5) == QLatin1String("-") ? -1 : 1)
                       * (match.captured(6).toInt() * 3600 + match.captured(7).toInt() * 60);
    // Local time = UTC + offset.
    return date.startOfDay(QTimeZone::utc()).toSecsSinceEpoch() + hour * 3600 + minute * 60 - offset;
}

// When a call started: unix_time, or for old records the called_at text.
std::optional<qint64> callTime(const QJsonObject &call)
{
    if (const auto unixTime = integerOf(call.value(QLatin1String("unix_time"))))
        return unixTime;
    return parseCalledAt(call.value(QLatin1String("called_at")).toString());
}

QString calledAtText(qint64 unixTime)
{
    // As in ctm.md's sample: the account's local time (here EDT) with its offset.
    const QDateTime local = QDateTime::fromSecsSinceEpoch(unixTime, QTimeZone(-4 * 3600));
    return QLocale::c().toString(local, QStringLiteral("yyyy-MM-dd hh:mm AP")) + QStringLiteral(" -04:00");
}

// Query values "1", "150"; anything else is a bad parameter.
std::optional<int> positiveParameter(const QUrlQuery &query, const QString &name, int fallback)
{
    if (!query.hasQueryItem(name))
        return fallback;
    bool ok = false;
    const int value = query.queryItemValue(name).toInt(&ok);
    if (!ok || value < 1)
        return std::nullopt;
    return value;
}

// The same query with page (and per_page, which CTM always echoes) set; every other parameter
// keeps the exact bytes the client sent.
QByteArray queryForPage(const QByteArray &encodedQuery, int page, int perPage)
{
    QList<QByteArray> items;
    bool pageSet = false;
    bool perPageSet = false;
    for (const QByteArray &item : encodedQuery.split('&')) {
        if (item.isEmpty())
            continue;
        const qsizetype equals = item.indexOf('=');
        const QByteArray name = equals < 0 ? item : item.left(equals);
        if (name == "page") {
            if (!pageSet)
                items.append("page=" + QByteArray::number(page));
            pageSet = true;
            continue;
        }
        perPageSet = perPageSet || name == "per_page";
        items.append(item);
    }
    if (!pageSet)
        items.append("page=" + QByteArray::number(page));
    if (!perPageSet)
        items.append("per_page=" + QByteArray::number(perPage));
    return items.join('&');
}

bool containsText(const QJsonValue &value, const QString &needle)
{
    if (value.isString())
        return value.toString().contains(needle, Qt::CaseInsensitive);
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        return std::any_of(array.begin(), array.end(), [&](const QJsonValue &item) { return containsText(item, needle); });
    }
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        return std::any_of(object.begin(), object.end(), [&](const QJsonValue &item) { return containsText(item, needle); });
    }
    return false;
}

// SplitMix64: a fixed, portable mix so generated calls are the same everywhere.
quint64 mix(quint64 x)
{
    x += 0x9E3779B97F4A7C15ULL;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
    return x ^ (x >> 31);
}

template<typename T, std::size_t N>
const T &pick(const T (&items)[N], quint64 hash)
{
    return items[hash % N];
}

QByteArray transcript(qint64 callId, int bytes)
{
    const QByteArray turn =
        "Agent: Thank you for calling Main Office, this is Dana, how can I help you today? "
        "Caller: Hi, I would like to book a cleaning for next week, preferably in the morning. "
        "Agent: Of course, we have Tuesday at nine or Thursday at ten thirty. "
        "Caller: Tuesday works, and do you take Delta Dental? Agent: We do. ";
    QByteArray text = "[call " + QByteArray::number(callId) + "] ";
    while (text.size() < bytes)
        text += turn;
    return text.left(bytes);
}

QJsonObject generatedCall(qint64 accountId, qint64 id, qint64 unixTime, int transcriptBytes)
{
    static const char *const names[] = {"Maria Lopez", "James Carter", "Wei Chen", "Aisha Khan",
                                        "Robert Miller", "Emily Davis", "Carlos Ruiz", "Hannah Brooks",
                                        "David Kim", "Olivia Brown", "Samuel Green", "Priya Patel"};
    struct Source { const char *name; const char *medium; const char *keyword; };
    static const Source sources[] = {{"Google Ads", "cpc", "dentist near me"}, {"Google Organic", "organic", ""},
                                     {"Facebook", "social", ""}, {"Direct", "direct", ""},
                                     {"Referral", "referral", ""}, {"Yelp", "referral", ""}};
    struct Agent { int id; const char *name; const char *email; };
    static const Agent agents[] = {{11, "Dana Whitfield", "dana@anchor.example"},
                                   {12, "Marcus Lee", "marcus@anchor.example"},
                                   {13, "Sofia Alvarez", "sofia@anchor.example"}};
    static const char *const missedStatuses[] = {"no answer", "busy", "hangup"};

    const quint64 h = mix(quint64(id));
    const quint64 kind = h % 20;
    const char *direction = kind < 14 ? "inbound" : kind < 17 ? "outbound" : kind == 17 ? "msg_inbound"
                                                                : kind == 18 ? "form" : "chat";
    const bool voice = kind < 17;
    const bool answered = !voice || (h >> 8) % 10 < 7;
    const QString callStatus = !voice ? QStringLiteral("completed")
                               : answered ? QStringLiteral("answered")
                                          : QString::fromLatin1(pick(missedStatuses, h >> 12));
    const int ringTime = voice ? int(5 + (h >> 16) % 20) : 0;
    const int talkTime = voice && answered ? int(20 + (h >> 20) % 900) : 0;
    const QString digits = QStringLiteral("%1").arg(int((h >> 24) % 10000), 4, 10, QLatin1Char('0'));
    const QString name = QString::fromLatin1(pick(names, h >> 32));
    const Source &source = pick(sources, h >> 36);
    const Agent &agent = pick(agents, h >> 40);
    const QString sid = QStringLiteral("CA") + QString::number(h, 16).rightJustified(32, QLatin1Char('0'));
    const QString accountSid = QStringLiteral("AC%1").arg(accountId);
    const QDate day = QDateTime::fromSecsSinceEpoch(unixTime, QTimeZone::utc()).date();

    QJsonArray tags;
    switch ((h >> 44) % 5) {
    case 1: tags = {QStringLiteral("new patient")}; break;
    case 2: tags = {QStringLiteral("follow up")}; break;
    case 3: tags = {QStringLiteral("new patient"), QStringLiteral("insurance")}; break;
    default: break;
    }

    QJsonObject call{
        {QStringLiteral("id"), id},
        {QStringLiteral("sid"), sid},
        {QStringLiteral("account_id"), accountId},
        {QStringLiteral("direction"), QLatin1String(direction)},
        {QStringLiteral("unix_time"), unixTime},
        {QStringLiteral("called_at"), calledAtText(unixTime)},
        {QStringLiteral("duration"), ringTime + talkTime},
        {QStringLiteral("talk_time"), talkTime},
        {QStringLiteral("ring_time"), ringTime},
        {QStringLiteral("caller_number"), QString(QStringLiteral("+1303555") + digits)},
        {QStringLiteral("caller_number_complete"), QString(QStringLiteral("+1303555") + digits)},
        {QStringLiteral("caller_number_bare"), QString(QStringLiteral("303555") + digits)},
        {QStringLiteral("caller_number_format"), QString(QStringLiteral("(303) 555-") + digits)},
        {QStringLiteral("tracking_number"), QStringLiteral("+17203584118")},
        {QStringLiteral("tracking_number_format"), QStringLiteral("(720) 358-4118")},
        {QStringLiteral("tracking_label"), QJsonValue::Null},
        {QStringLiteral("business_number"), QStringLiteral("+14109759000")},
        {QStringLiteral("business_number_format"), QStringLiteral("(410) 975-9000")},
        {QStringLiteral("business_label"), QStringLiteral("Main Office")},
        {QStringLiteral("name"), name},
        {QStringLiteral("cnam"), name.toUpper()},
        {QStringLiteral("email"), (h >> 48) % 3 == 0 ? QJsonValue(name.section(QLatin1Char(' '), 0, 0).toLower()
                                                                   + QStringLiteral("@example.com"))
                                                      : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("street"), QStringLiteral("1600 Amphitheatre")},
        {QStringLiteral("city"), QStringLiteral("Denver")},
        {QStringLiteral("state"), QStringLiteral("CO")},
        {QStringLiteral("country"), QStringLiteral("US")},
        {QStringLiteral("postal_code"), QStringLiteral("80202")},
        {QStringLiteral("source"), QLatin1String(source.name)},
        {QStringLiteral("source_id"), int(36 + (h >> 36) % 6)},
        {QStringLiteral("medium"), QLatin1String(source.medium)},
        {QStringLiteral("campaign"), QStringLiteral("Spring cleaning")},
        {QStringLiteral("keyword"), QLatin1String(source.keyword)},
        {QStringLiteral("referrer"), QJsonValue::Null},
        {QStringLiteral("location"), QJsonValue::Null},
        {QStringLiteral("tag_list"), tags},
        {QStringLiteral("notes"), QString()},
        {QStringLiteral("call_status"), callStatus},
        {QStringLiteral("status"), callStatus},
        {QStringLiteral("dial_status"), answered ? QStringLiteral("completed") : callStatus},
        {QStringLiteral("is_new_caller"), (h >> 50) % 2 == 0},
        {QStringLiteral("likelihood"), QJsonValue::Null},
        {QStringLiteral("latitude"), 39.7392},
        {QStringLiteral("longitude"), -104.9903},
        {QStringLiteral("agent"), QJsonValue::Null},
        {QStringLiteral("audio"), QJsonValue::Null},
        {QStringLiteral("transcription"), QJsonValue::Null},
        {QStringLiteral("transcription_text"), QJsonValue::Null},
        {QStringLiteral("summary"), QJsonValue::Null},
        {QStringLiteral("sale"), QJsonValue::Null},
    };
    if (voice && answered) {
        call.insert(QStringLiteral("agent"), QJsonObject{{QStringLiteral("id"), agent.id},
                                                         {QStringLiteral("name"), QLatin1String(agent.name)},
                                                         {QStringLiteral("email"), QLatin1String(agent.email)}});
        call.insert(QStringLiteral("audio"), QStringLiteral("https://calltrackingmetrics.com/accounts/%1/recordings/RE%2")
                                                 .arg(accountSid, sid.mid(2)));
        if ((h >> 52) % 5 == 0) {
            const int score = int(1 + (h >> 56) % 5);
            call.insert(QStringLiteral("sale"),
                        QJsonObject{{QStringLiteral("name"), QLatin1String(agent.name)},
                                    {QStringLiteral("score"), score},
                                    {QStringLiteral("conversion"), score == 5},
                                    {QStringLiteral("value"), score == 5 ? QStringLiteral("150.00") : QStringLiteral("0.00")},
                                    {QStringLiteral("sale_date"), day.toString(Qt::ISODate)}});
        }
    }
    if (transcriptBytes > 0) {
        call.insert(QStringLiteral("transcription"),
                    QStringLiteral("https://calltrackingmetrics.com/accounts/%1/transcriptions/%2").arg(accountSid, sid));
        call.insert(QStringLiteral("transcription_text"), QString::fromLatin1(transcript(id, transcriptBytes)));
        call.insert(QStringLiteral("summary"), QStringLiteral("Caller asked to book a cleaning and about Delta Dental."));
    }
    return call;
}

} // namespace

FakeCtmServer::FakeCtmServer(QObject *parent)
    : QObject(parent)
    , m_http(new FakeHttpsServer([this](const HttpRequest &request) { return handle(request); }, this))
{
}

FakeCtmServer::~FakeCtmServer() = default;

bool FakeCtmServer::start(Certificate certificate)
{
    const QString name = certificate == Certificate::Expired      ? QStringLiteral("expired")
                         : certificate == Certificate::SelfSigned ? QStringLiteral("selfsigned")
                                                                  : QStringLiteral("server");
    return m_http->listen(FakeHttpsServer::tlsFixturePath(name + QStringLiteral(".crt")),
                          FakeHttpsServer::tlsFixturePath(name + QStringLiteral(".key")));
}

void FakeCtmServer::stop()
{
    m_http->close();
}

QUrl FakeCtmServer::baseUrl() const
{
    return QUrl(QStringLiteral("https://127.0.0.1:%1/api/v1/").arg(m_http->port()));
}

QString FakeCtmServer::caCertificatePath()
{
    return FakeHttpsServer::tlsFixturePath(QStringLiteral("ca.crt"));
}

void FakeCtmServer::setCredentials(const QString &accessKey, const QString &secretKey)
{
    m_credentials = accessKey.toUtf8() + ':' + secretKey.toUtf8();
}

void FakeCtmServer::addAccount(qint64 id, const QString &name)
{
    account(id).name = name;
}

void FakeCtmServer::addCall(qint64 accountId, const QJsonObject &call)
{
    QList<QJsonObject> &calls = account(accountId).calls;
    if (const auto id = integerOf(call.value(QLatin1String("id")))) {
        if (QJsonObject *existing = findCall(accountId, *id)) {
            *existing = call;
            return;
        }
    }
    calls.append(call);
}

void FakeCtmServer::addCalls(qint64 accountId, int count, qint64 firstId, qint64 newestUnixTime, int transcriptBytes)
{
    if (count <= 0)
        return;
    // Times walk back from the newest (highest id) by 15 to 60 minutes per call.
    QList<qint64> times(count);
    qint64 time = newestUnixTime;
    for (int i = count - 1; i >= 0; --i) {
        times[i] = time;
        time -= qint64(900 + mix(quint64(firstId + i)) % 2701);
    }
    for (int i = 0; i < count; ++i)
        addCall(accountId, generatedCall(accountId, firstId + i, times.at(i), transcriptBytes));
}

QJsonObject FakeCtmServer::call(qint64 accountId, qint64 callId) const
{
    const auto account = m_accounts.constFind(accountId);
    if (account == m_accounts.constEnd())
        return {};
    for (const QJsonObject &call : account->calls) {
        if (integerOf(call.value(QLatin1String("id"))) == callId)
            return call;
    }
    return {};
}

QList<QJsonObject> FakeCtmServer::calls(qint64 accountId) const
{
    return m_accounts.value(accountId).calls;
}

void FakeCtmServer::setCallField(qint64 accountId, qint64 callId, const QString &field, const QJsonValue &value)
{
    QJsonObject *call = findCall(accountId, callId);
    if (!call) {
        qWarning("FakeCtmServer::setCallField: no call %lld in account %lld", callId, accountId);
        return;
    }
    if (value.isUndefined())
        call->remove(field);
    else
        call->insert(field, value);
}

void FakeCtmServer::removeCall(qint64 accountId, qint64 callId)
{
    const auto account = m_accounts.find(accountId);
    if (account == m_accounts.end())
        return;
    account->calls.removeIf([callId](const QJsonObject &call) {
        return integerOf(call.value(QLatin1String("id"))) == callId;
    });
}

void FakeCtmServer::injectFault(Fault fault, const QString &pathContains, int times, int param)
{
    if (times > 0)
        m_faults.append({fault, pathContains, times, param});
}

void FakeCtmServer::clearFaults()
{
    m_faults.clear();
}

int FakeCtmServer::connectionsAccepted() const
{
    return m_http->connectionsAccepted();
}

int FakeCtmServer::failedHandshakes() const
{
    return m_http->failedHandshakes();
}

FakeCtmServer::Account &FakeCtmServer::account(qint64 accountId)
{
    auto account = m_accounts.find(accountId);
    if (account == m_accounts.end())
        account = m_accounts.insert(accountId, {QStringLiteral("Account %1").arg(accountId), {}});
    return *account;
}

QJsonObject *FakeCtmServer::findCall(qint64 accountId, qint64 callId)
{
    const auto account = m_accounts.find(accountId);
    if (account == m_accounts.end())
        return nullptr;
    for (QJsonObject &call : account->calls) {
        if (integerOf(call.value(QLatin1String("id"))) == callId)
            return &call;
    }
    return nullptr;
}

HttpResponse FakeCtmServer::handle(const HttpRequest &request)
{
    const QString path = request.path();
    m_requests.append({request.method, path, request.query(), request.body, request.header("Authorization"),
                       request.connection});
    Q_EMIT requestReceived(path);

    std::optional<PendingFault> fault;
    for (qsizetype i = 0; i < m_faults.size(); ++i) {
        if (path.contains(m_faults.at(i).pathContains)) {
            fault = m_faults.at(i);
            if (--m_faults[i].times == 0)
                m_faults.removeAt(i);
            break;
        }
    }

    if (fault) {
        switch (fault->fault) {
        case Fault::TooManyRequests: {
            HttpResponse response = jsonError(429, QStringLiteral("Rate limit exceeded"));
            response.headers.append({"Retry-After", QByteArray::number(fault->param)});
            return response;
        }
        case Fault::BadGatewayHtml:
            return HttpResponse::text(502, "text/html",
                                      "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
                                      "<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n"
                                      "</body>\r\n</html>\r\n");
        case Fault::StatusErrorAt200:
            return HttpResponse::json(200, {{QStringLiteral("status"), QStringLiteral("error")},
                                            {QStringLiteral("message"), QStringLiteral("Internal failure")}});
        case Fault::ServerError500:
            return jsonError(500, QStringLiteral("Internal Server Error"));
        case Fault::Slow:
        case Fault::TruncatedJson:
        case Fault::CloseMidBody:
            break;   // they spoil the real answer, below
        }
    }

    HttpResponse response = authorized(request) ? route(request) : [] {
        HttpResponse unauthorized = jsonError(401, QStringLiteral("Unauthorized"));
        unauthorized.headers.append({QByteArray("WWW-Authenticate"), R"(Basic realm="CallTrackingMetrics API")"});
        return unauthorized;
    }();

    if (fault) {
        switch (fault->fault) {
        case Fault::Slow:
            response.delay = std::chrono::milliseconds(fault->param);
            break;
        case Fault::TruncatedJson:
            response.body.truncate(response.body.size() / 2);
            break;
        case Fault::CloseMidBody:
            response.bodyBytesBeforeClose = response.body.size() / 2;
            break;
        default:
            break;
        }
    }
    return response;
}

bool FakeCtmServer::authorized(const HttpRequest &request) const
{
    if (m_credentials.isEmpty())
        return true;
    const QByteArray header = request.header("Authorization");
    if (!header.startsWith("Basic ") && !header.startsWith("basic "))
        return false;
    return QByteArray::fromBase64(header.mid(6).trimmed()) == m_credentials;
}

HttpResponse FakeCtmServer::route(const HttpRequest &request)
{
    const QString prefix = QStringLiteral("/api/v1/");
    const QString path = request.path();
    if (!path.startsWith(prefix))
        return jsonError(404, QStringLiteral("Not found"));
    QStringList segments = path.mid(prefix.size()).split(QLatin1Char('/'));
    while (!segments.isEmpty() && segments.last().isEmpty())
        segments.removeLast();
    if (!segments.isEmpty() && segments.last().endsWith(QLatin1String(".json")))
        segments.last().chop(5);
    if (segments.value(0) != QLatin1String("accounts"))
        return jsonError(404, QStringLiteral("Not found"));

    const QByteArray &method = request.method;
    if (segments.size() == 1)
        return method == "GET" ? listAccounts(request) : methodNotAllowed("GET");

    bool ok = false;
    const qint64 accountId = segments.at(1).toLongLong(&ok);
    if (!ok || !m_accounts.contains(accountId))
        return jsonError(404, QStringLiteral("Account not found"));
    Account &account = m_accounts[accountId];
    if (segments.size() == 2) {
        if (method != "GET")
            return methodNotAllowed("GET");
        return HttpResponse::json(200, {{QStringLiteral("id"), accountId}, {QStringLiteral("name"), account.name}});
    }
    if (segments.at(2) != QLatin1String("calls") || segments.size() > 5)
        return jsonError(404, QStringLiteral("Not found"));
    if (segments.size() == 3)
        return method == "GET" ? listCalls(request, account) : methodNotAllowed("GET");

    const qint64 callId = segments.at(3).toLongLong(&ok);
    QJsonObject *call = ok ? findCall(accountId, callId) : nullptr;
    if (!call)
        return jsonError(404, QStringLiteral("Call not found"));
    if (segments.size() == 4)
        return method == "GET" ? HttpResponse::json(200, wireCall(*call)) : methodNotAllowed("GET");
    if (segments.at(4) == QLatin1String("sale"))
        return sale(request, *call);
    if (segments.at(4) == QLatin1String("modify"))
        return method == "PUT" ? modify(request, *call) : methodNotAllowed("PUT");
    return jsonError(404, QStringLiteral("Not found"));
}

HttpResponse FakeCtmServer::listAccounts(const HttpRequest &request)
{
    QList<QJsonObject> accounts;
    for (auto it = m_accounts.cbegin(); it != m_accounts.cend(); ++it)
        accounts.append({{QStringLiteral("id"), it.key()}, {QStringLiteral("name"), it->name}});
    return page(request, QStringLiteral("accounts"), accounts, false);
}

HttpResponse FakeCtmServer::listCalls(const HttpRequest &request, const Account &account)
{
    const QUrlQuery query = request.query();
    // Whole UTC days, both ends included.
    std::optional<qint64> from;
    std::optional<qint64> until;   // exclusive
    for (const QString &name : {QStringLiteral("start_date"), QStringLiteral("end_date")}) {
        if (!query.hasQueryItem(name))
            continue;
        const QDate date = QDate::fromString(query.queryItemValue(name), QStringLiteral("yyyy-MM-dd"));
        if (!date.isValid())
            return jsonError(400, QStringLiteral("invalid %1, expected YYYY-MM-DD").arg(name));
        if (name == QLatin1String("start_date"))
            from = date.startOfDay(QTimeZone::utc()).toSecsSinceEpoch();
        else
            until = date.addDays(1).startOfDay(QTimeZone::utc()).toSecsSinceEpoch();
    }
    const QString filter = query.queryItemValue(QStringLiteral("filter"), QUrl::FullyDecoded);

    struct Entry
    {
        std::optional<qint64> time;
        std::optional<qint64> id;
        const QJsonObject *call;
    };
    QList<Entry> entries;
    for (const QJsonObject &call : account.calls) {
        const std::optional<qint64> time = callTime(call);
        if ((from || until) && !time)
            continue;
        if ((from && *time < *from) || (until && *time >= *until))
            continue;
        if (!filter.isEmpty() && !containsText(call, filter))
            continue;
        entries.append({time, integerOf(call.value(QLatin1String("id"))), &call});
    }
    // Newest first, then highest id; calls without a time or id last.
    std::stable_sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) {
        if (a.time != b.time)
            return a.time > b.time;
        return a.id > b.id;
    });

    QList<QJsonObject> calls;
    calls.reserve(entries.size());
    for (const Entry &entry : std::as_const(entries))
        calls.append(wireCall(*entry.call));
    return page(request, QStringLiteral("calls"), calls, m_duplicateAcrossPages);
}

HttpResponse FakeCtmServer::page(const HttpRequest &request, const QString &key, const QList<QJsonObject> &items,
                                 bool overlapping)
{
    const QUrlQuery query = request.query();
    const std::optional<int> page = positiveParameter(query, QStringLiteral("page"), 1);
    const std::optional<int> perPage = positiveParameter(query, QStringLiteral("per_page"), DefaultPerPage);
    if (!page)
        return jsonError(400, QStringLiteral("invalid page"));
    if (!perPage)
        return jsonError(400, QStringLiteral("invalid per_page"));
    if (*perPage > MaxPerPage)
        return jsonError(400, QStringLiteral("per_page limit is %1").arg(MaxPerPage));

    // Overlapping pages advance by per_page - 1, so each starts with the previous one's last item.
    const qsizetype total = items.size();
    const qsizetype stride = overlapping && *perPage >= 2 ? *perPage - 1 : *perPage;
    const qsizetype totalPages = total == 0 ? 0 : 1 + (std::max<qsizetype>(total - *perPage, 0) + stride - 1) / stride;
    const qsizetype offset = qsizetype(*page - 1) * stride;

    QJsonArray pageItems;
    for (qsizetype i = offset; i < std::min(total, offset + *perPage); ++i)
        pageItems.append(items.at(i));

    const auto link = [&](int target) {
        const QByteArray url = "https://127.0.0.1:" + QByteArray::number(m_http->port()) + request.encodedPath()
                               + '?' + queryForPage(request.encodedQuery(), target, *perPage);
        return QJsonValue(QString::fromLatin1(url));
    };
    return HttpResponse::json(
        200, {{key, pageItems},
              {QStringLiteral("page"), *page},
              {QStringLiteral("per_page"), *perPage},
              {QStringLiteral("total_entries"), qint64(total)},
              {QStringLiteral("total_pages"), qint64(totalPages)},
              {QStringLiteral("next_page"), *page < totalPages ? link(*page + 1) : QJsonValue(QJsonValue::Null)},
              {QStringLiteral("previous_page"), *page > 1 ? link(*page - 1) : QJsonValue(QJsonValue::Null)}});
}

HttpResponse FakeCtmServer::sale(const HttpRequest &request, QJsonObject &call)
{
    if (request.method == "GET") {
        // Unrated: the same shape with nulls.
        const QJsonObject sale = call.value(QLatin1String("sale")).toObject();
        const auto field = [&](const char *name) {
            const QJsonValue value = sale.value(QLatin1String(name));
            return value.isUndefined() ? QJsonValue(QJsonValue::Null) : value;
        };
        return HttpResponse::json(200, {{QStringLiteral("service_rep_name"), field("name")},
                                        {QStringLiteral("call_id"), call.value(QLatin1String("id"))},
                                        {QStringLiteral("score"), field("score")},
                                        {QStringLiteral("conversion"), field("conversion")},
                                        {QStringLiteral("value"), field("value")},
                                        {QStringLiteral("sale_date"), field("sale_date")},
                                        {QStringLiteral("notes"), field("notes")}});
    }
    if (request.method == "POST") {
        const QJsonDocument body = QJsonDocument::fromJson(request.body);
        if (!body.isObject())
            return jsonError(400, QStringLiteral("Expected a JSON object"));
        call.insert(QStringLiteral("sale"), body.object());
        return success();
    }
    if (request.method == "DELETE") {
        call.insert(QStringLiteral("sale"), QJsonValue::Null);
        return success();
    }
    return methodNotAllowed("GET, POST, DELETE");
}

HttpResponse FakeCtmServer::modify(const HttpRequest &request, QJsonObject &call)
{
    const QJsonValue comments =
        QJsonDocument::fromJson(request.body).object().value(QLatin1String("call")).toObject().value(QLatin1String("comments"));
    if (!comments.isString())
        return jsonError(400, QStringLiteral("Expected {\"call\":{\"comments\":\"...\"}}"));
    call.insert(QStringLiteral("notes"), comments);
    return success();
}

QJsonObject FakeCtmServer::wireCall(const QJsonObject &call) const
{
    if (!m_numbersAsStrings)
        return call;
    QJsonObject wire = call;
    for (const QString &key : {QStringLiteral("id"), QStringLiteral("duration"), QStringLiteral("unix_time")}) {
        const QJsonValue value = wire.value(key);
        if (value.isDouble())
            wire.insert(key, QString::number(value.toInteger(qint64(value.toDouble()))));
    }
    return wire;
}

} // namespace anchor::testing
