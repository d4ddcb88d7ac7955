// The fake CTM server the sync tests run against: real TLS that a client must trust explicitly,
// Basic auth, paging and filters as in shared/api/ctm.md, writes, every injected fault, and
// HTTP/1.1 connection handling (keep-alive, Connection: close, pipelining).
#include <fakectmserver.h>

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTest>
#include <QTimer>

#include <memory>

using anchor::testing::FakeCtmServer;

namespace {

constexpr qint64 Account = 5;
constexpr qint64 NewYear2026 = 1767225600;   // 2026-01-01T00:00:00Z

QByteArray basicAuth(const QByteArray &user, const QByteArray &password)
{
    return "Basic " + QByteArray(user + ':' + password).toBase64();
}

QSslConfiguration trustingTestCa()
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    if (!configuration.addCaCertificates(FakeCtmServer::caCertificatePath()))
        qWarning("Cannot load %s", qPrintable(FakeCtmServer::caCertificatePath()));
    return configuration;
}

QDateTime utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

struct Reply
{
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    int status = 0;
    QByteArray body;
    QList<QSslError> sslErrors;
    QNetworkReply *headers = nullptr;   // kept alive until the next request, for rawHeader()
    qint64 elapsedMs = 0;

    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QByteArray header(const QByteArray &name) const { return headers ? headers->rawHeader(name) : QByteArray(); }
};

struct Options
{
    QByteArray body;
    bool trustTestCa = true;
    QByteArray authorization = basicAuth("key", "secret");
    QList<QPair<QByteArray, QByteArray>> headers;
};

QList<qint64> idsOf(const QJsonArray &calls)
{
    QList<qint64> ids;
    for (const QJsonValue &call : calls)
        ids.append(call.toObject().value(QLatin1String("id")).toInteger());
    return ids;
}

} // namespace

class FakeCtmServerTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<FakeCtmServer> m_ctm;
    std::unique_ptr<QNetworkAccessManager> m_manager;
    std::unique_ptr<QNetworkReply> m_lastReply;

    QUrl url(const QString &relative) const { return m_ctm->baseUrl().resolved(QUrl(relative)); }

    Reply send(const QByteArray &method, const QUrl &target, const Options &options = Options())
    {
        QNetworkRequest request(target);
        request.setTransferTimeout(8000);
        if (options.trustTestCa)
            request.setSslConfiguration(trustingTestCa());
        if (!options.authorization.isEmpty())
            request.setRawHeader("Authorization", options.authorization);
        if (!options.body.isEmpty())
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        for (const auto &[name, value] : options.headers)
            request.setRawHeader(name, value);

        Reply result;
        QElapsedTimer clock;
        clock.start();
        m_lastReply.reset(m_manager->sendCustomRequest(request, method, options.body));
        QNetworkReply *reply = m_lastReply.get();
        connect(reply, &QNetworkReply::sslErrors, this,
                [&result](const QList<QSslError> &errors) { result.sslErrors += errors; });
        QEventLoop loop;
        connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(10'000, &loop, &QEventLoop::quit);
        if (!reply->isFinished())
            loop.exec();
        if (!reply->isFinished())
            qWarning("%s %s did not finish", method.constData(), qPrintable(target.toString()));
        result.elapsedMs = clock.elapsed();
        result.error = reply->error();
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.body = reply->readAll();
        result.headers = reply;
        return result;
    }

    Reply get(const QString &relative, const Options &options = Options())
    {
        return send("GET", url(relative), options);
    }

private Q_SLOTS:
    void init()
    {
        m_ctm = std::make_unique<FakeCtmServer>();
        QVERIFY(m_ctm->start());
        m_ctm->setCredentials("key", "secret");
        m_ctm->addAccount(Account, "Smile Dental");
        m_manager = std::make_unique<QNetworkAccessManager>();
    }

    void cleanup()
    {
        m_lastReply.reset();
        m_manager.reset();
        m_ctm.reset();
    }

    // --- TLS ---------------------------------------------------------------------------------

    void trustsTheTestCa()
    {
        QCOMPARE(m_ctm->baseUrl().toString(), QStringLiteral("https://127.0.0.1:%1/api/v1/").arg(m_ctm->baseUrl().port()));
        const Reply reply = get("accounts.json");
        QCOMPARE(reply.error, QNetworkReply::NoError);
        QCOMPARE(reply.status, 200);
        QVERIFY(reply.sslErrors.isEmpty());
        const QJsonArray accounts = reply.json().value("accounts").toArray();
        QCOMPARE(accounts.size(), 1);
        QCOMPARE(accounts.first().toObject().value("id").toInteger(), Account);
        QCOMPARE(accounts.first().toObject().value("name").toString(), QStringLiteral("Smile Dental"));
        QCOMPARE(m_ctm->failedHandshakes(), 0);
    }

    void refusesUntrustedCertificates_data()
    {
        QTest::addColumn<int>("certificate");   // FakeCtmServer::Certificate
        QTest::addColumn<bool>("trustTestCa");
        QTest::addColumn<int>("expected");      // QSslError::SslError
        QTest::newRow("test CA not added") << int(FakeCtmServer::Certificate::Valid) << false
                                           << int(QSslError::UnableToGetLocalIssuerCertificate);
        QTest::newRow("expired") << int(FakeCtmServer::Certificate::Expired) << true
                                 << int(QSslError::CertificateExpired);
        QTest::newRow("self-signed") << int(FakeCtmServer::Certificate::SelfSigned) << true
                                     << int(QSslError::SelfSignedCertificate);
    }

    void refusesUntrustedCertificates()
    {
        QFETCH(int, certificate);
        QFETCH(bool, trustTestCa);
        QFETCH(int, expected);
        QVERIFY(m_ctm->start(FakeCtmServer::Certificate(certificate)));

        Options options;
        options.trustTestCa = trustTestCa;
        const Reply reply = get("accounts.json", options);
        QCOMPARE(reply.error, QNetworkReply::SslHandshakeFailedError);
        QList<int> errors;
        for (const QSslError &error : reply.sslErrors)
            errors.append(int(error.error()));
        QVERIFY2(errors.contains(expected), qPrintable(QDebug::toString(reply.sslErrors)));
        QVERIFY(m_ctm->requests().isEmpty());
        QTRY_COMPARE(m_ctm->failedHandshakes(), 1);
        QCOMPARE(m_ctm->connectionsAccepted(), 0);
    }

    // --- Authentication ----------------------------------------------------------------------

    void answers401ToWrongCredentials()
    {
        Options wrong;
        wrong.authorization = basicAuth("key", "guess");
        Reply reply = get("accounts.json", wrong);
        QCOMPARE(reply.status, 401);
        QCOMPARE(reply.json(), (QJsonObject{{"error", "Unauthorized"}}));

        Options none;
        none.authorization.clear();
        reply = get("accounts/5/calls.json", none);
        QCOMPARE(reply.status, 401);
        QCOMPARE(reply.json().value("error").toString(), QStringLiteral("Unauthorized"));

        QCOMPARE(get("accounts.json").status, 200);
        const QList<FakeCtmServer::Request> requests = m_ctm->requests();
        QCOMPARE(requests.size(), 3);
        QCOMPARE(requests.at(0).authorization, basicAuth("key", "guess"));
        QCOMPARE(requests.at(1).authorization, QByteArray());
        QCOMPARE(requests.at(2).authorization, basicAuth("key", "secret"));
    }

    // --- Listing -----------------------------------------------------------------------------

    void pagingFollowsNextPageToTheEnd()
    {
        m_ctm->addCalls(Account, 1000, 20'000, NewYear2026);
        QString next = url("accounts/5/calls.json?start_date=2025-11-01&end_date=2026-01-01&per_page=150").toString();
        QList<qint64> seen;
        int pages = 0;
        while (!next.isEmpty()) {
            const Reply reply = send("GET", QUrl(next));
            QCOMPARE(reply.status, 200);
            const QJsonObject envelope = reply.json();
            ++pages;
            QCOMPARE(envelope.value("page").toInt(), pages);
            QCOMPARE(envelope.value("per_page").toInt(), 150);
            QCOMPARE(envelope.value("total_entries").toInt(), 1000);
            QCOMPARE(envelope.value("total_pages").toInt(), 7);
            QCOMPARE(envelope.value("previous_page").isNull(), pages == 1);
            seen += idsOf(envelope.value("calls").toArray());
            const QJsonValue nextPage = envelope.value("next_page");
            QCOMPARE(nextPage.isNull(), pages == 7);
            next = nextPage.toString();
            if (!next.isEmpty()) {
                // Absolute, with every parameter carried over.
                QVERIFY2(next.startsWith(m_ctm->baseUrl().toString() + "accounts/5/calls.json?"), qPrintable(next));
                const QUrlQuery query(QUrl(next).query());
                QCOMPARE(query.queryItemValue("page"), QString::number(pages + 1));
                QCOMPARE(query.queryItemValue("per_page"), QStringLiteral("150"));
                QCOMPARE(query.queryItemValue("start_date"), QStringLiteral("2025-11-01"));
                QCOMPARE(query.queryItemValue("end_date"), QStringLiteral("2026-01-01"));
            }
        }
        QCOMPARE(pages, 7);
        QCOMPARE(seen.size(), 1000);
        // Newest first: the generator makes higher ids newer, so ids fall strictly; each once.
        for (qsizetype i = 0; i < seen.size(); ++i)
            QCOMPARE(seen.at(i), 20'999 - i);

        // A page past the end is empty, not an error.
        const Reply beyond = get("accounts/5/calls.json?per_page=150&page=8");
        QCOMPARE(beyond.status, 200);
        QVERIFY(beyond.json().value("calls").toArray().isEmpty());
        QVERIFY(beyond.json().value("next_page").isNull());
    }

    void generatedCallsLookReal()
    {
        m_ctm->addCalls(Account, 40, 700, NewYear2026, 2000);
        const QJsonObject newest = m_ctm->call(Account, 739);
        QCOMPARE(newest.value("unix_time").toInteger(), NewYear2026);
        QCOMPARE(newest.value("called_at").toString(), QStringLiteral("2025-12-31 08:00 PM -04:00"));
        QCOMPARE(newest.value("account_id").toInteger(), Account);
        QCOMPARE(newest.value("transcription_text").toString().size(), 2000);
        for (const char *field : {"id", "sid", "direction", "duration", "caller_number", "tracking_number",
                                  "business_number", "name", "source", "tag_list", "notes", "call_status",
                                  "agent", "audio", "transcription", "summary", "sale"})
            QVERIFY2(newest.contains(QLatin1String(field)), field);

        int rated = 0;
        int withAgent = 0;
        for (const QJsonObject &call : m_ctm->calls(Account)) {
            const QJsonValue sale = call.value("sale");
            QVERIFY(sale.isNull() || sale.toObject().value("score").toInt() >= 1);
            rated += sale.isObject() ? 1 : 0;
            withAgent += call.value("agent").isObject() ? 1 : 0;
        }
        QVERIFY(rated > 0 && rated < 40);
        QVERIFY(withAgent > 0 && withAgent < 40);

        // Deterministic.
        FakeCtmServer other;
        other.addCalls(Account, 40, 700, NewYear2026, 2000);
        QCOMPARE(other.calls(Account), m_ctm->calls(Account));
    }

    void dateFilterTakesWholeUtcDays()
    {
        const auto add = [this](qint64 id, const QJsonValue &unixTime, const QString &calledAt = {}) {
            QJsonObject call{{"id", id}};
            if (!unixTime.isNull())
                call.insert("unix_time", unixTime);
            if (!calledAt.isEmpty())
                call.insert("called_at", calledAt);
            m_ctm->addCall(Account, call);
        };
        add(1, utc("2026-03-10T00:00:00Z").toSecsSinceEpoch());   // first second of start_date
        add(2, utc("2026-03-09T23:59:59Z").toSecsSinceEpoch());
        add(3, utc("2026-03-11T23:59:59Z").toSecsSinceEpoch());   // last second of end_date
        add(4, utc("2026-03-12T00:00:00Z").toSecsSinceEpoch());
        add(5, QJsonValue::Null, "2026-03-10 10:30 PM -04:00");    // old record: 2026-03-11 02:30 UTC
        add(6, QJsonValue::Null, "2026-03-09 07:30 PM -04:00");    // 23:30 UTC, the day before
        add(7, QJsonValue::Null);                                  // no time at all
        add(8, utc("2026-03-10T12:00:00Z").toSecsSinceEpoch());    // same time as 9: higher id first
        add(9, QString::number(utc("2026-03-10T12:00:00Z").toSecsSinceEpoch()));

        const Reply reply = get("accounts/5/calls?start_date=2026-03-10&end_date=2026-03-11&per_page=50");
        QCOMPARE(reply.status, 200);
        QCOMPARE(idsOf(reply.json().value("calls").toArray()), (QList<qint64>{3, 5, 9, 8, 1}));
        QCOMPARE(reply.json().value("total_entries").toInt(), 5);

        // Unfiltered, the call without a time comes last.
        const Reply all = get("accounts/5/calls.json?per_page=50");
        QCOMPARE(idsOf(all.json().value("calls").toArray()), (QList<qint64>{4, 3, 5, 9, 8, 1, 2, 6, 7}));

        QCOMPARE(get("accounts/5/calls.json?start_date=10.03.2026").status, 400);
    }

    void perPageAbove150Is400()
    {
        m_ctm->addCalls(Account, 3, 1, NewYear2026);
        Reply reply = get("accounts/5/calls.json?per_page=151");
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.json(), (QJsonObject{{"error", "per_page limit is 150"}}));
        reply = get("accounts/5/calls.json?per_page=150");
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json().value("calls").toArray().size(), 3);
        QCOMPARE(get("accounts.json?per_page=151").status, 400);
    }

    void duplicateAcrossPagesRepeatsTheLastCall()
    {
        m_ctm->addCalls(Account, 25, 100, NewYear2026);
        m_ctm->setDuplicateAcrossPages(true);
        QList<QList<qint64>> pages;
        QString next = url("accounts/5/calls.json?per_page=10").toString();
        while (!next.isEmpty()) {
            const QJsonObject envelope = send("GET", QUrl(next)).json();
            pages.append(idsOf(envelope.value("calls").toArray()));
            next = envelope.value("next_page").toString();
        }
        QCOMPARE(pages.size(), 3);
        QCOMPARE(pages.at(1).first(), pages.at(0).last());
        QCOMPARE(pages.at(2).first(), pages.at(1).last());
        QSet<qint64> unique;
        for (const QList<qint64> &page : pages)
            unique.unite(QSet<qint64>(page.begin(), page.end()));
        QCOMPARE(unique.size(), 25);
    }

    void numbersAsStrings()
    {
        m_ctm->addCalls(Account, 2, 729485, NewYear2026);
        m_ctm->setNumbersAsStrings(true);
        const QJsonObject listed = get("accounts/5/calls.json").json().value("calls").toArray().first().toObject();
        QCOMPARE(listed.value("id"), QJsonValue("729486"));
        QCOMPARE(listed.value("unix_time"), QJsonValue(QString::number(NewYear2026)));
        QVERIFY(listed.value("duration").isString());
        QVERIFY(listed.value("talk_time").isDouble());
        const QJsonObject single = get("accounts/5/calls/729485").json();
        QCOMPARE(single.value("id"), QJsonValue("729485"));
        // The stored record keeps its numbers.
        QVERIFY(m_ctm->call(Account, 729485).value("id").isDouble());
    }

    void unknownAccountOrCallIs404()
    {
        m_ctm->addCalls(Account, 1, 42, NewYear2026);
        Reply reply = get("accounts/6/calls.json");
        QCOMPARE(reply.status, 404);
        QVERIFY(!reply.json().value("error").toString().isEmpty());
        reply = get("accounts/5/calls/43.json");
        QCOMPARE(reply.status, 404);
        QVERIFY(!reply.json().value("error").toString().isEmpty());
        QCOMPARE(get("accounts/5/calls/42.json").json().value("id").toInteger(), 42);
        QCOMPARE(get("accounts/5/calls/42").json().value("id").toInteger(), 42);
    }

    // --- Writes ------------------------------------------------------------------------------

    void saleIsStoredAndEmbedded()
    {
        m_ctm->addCall(Account, {{"id", 9}, {"unix_time", NewYear2026}, {"sale", QJsonValue::Null}});
        Reply reply = get("accounts/5/calls/9/sale.json");
        QCOMPARE(reply.status, 200);
        QVERIFY(reply.json().value("score").isNull());

        const QJsonObject sale{{"name", "Dana"}, {"score", 4}, {"conversion", false}, {"value", "0.00"},
                               {"sale_date", "2026-01-05"}};
        Options post;
        post.body = QJsonDocument(sale).toJson(QJsonDocument::Compact);
        reply = send("POST", url("accounts/5/calls/9/sale.json"), post);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json(), (QJsonObject{{"status", "success"}}));
        QCOMPARE(m_ctm->call(Account, 9).value("sale").toObject(), sale);
        QCOMPARE(m_ctm->requests().last().body, post.body);

        reply = get("accounts/5/calls/9/sale.json");
        QCOMPARE(reply.json().value("score").toInt(), 4);
        QCOMPARE(reply.json().value("service_rep_name").toString(), QStringLiteral("Dana"));
        QCOMPARE(reply.json().value("value").toString(), QStringLiteral("0.00"));
        QCOMPARE(get("accounts/5/calls/9.json").json().value("sale").toObject(), sale);

        reply = send("DELETE", url("accounts/5/calls/9/sale"));
        QCOMPARE(reply.json(), (QJsonObject{{"status", "success"}}));
        QVERIFY(m_ctm->call(Account, 9).value("sale").isNull());

        Options notJson;
        notJson.body = "score=4";
        QCOMPARE(send("POST", url("accounts/5/calls/9/sale.json"), notJson).status, 400);
    }

    void modifySetsNotes()
    {
        m_ctm->addCall(Account, {{"id", 9}, {"notes", ""}});
        Options put;
        put.body = R"({"call":{"comments":"Wants a callback after 5"}})";
        const Reply reply = send("PUT", url("accounts/5/calls/9/modify.json"), put);
        QCOMPARE(reply.json(), (QJsonObject{{"status", "success"}}));
        QCOMPARE(m_ctm->call(Account, 9).value("notes").toString(), QStringLiteral("Wants a callback after 5"));
        QCOMPARE(m_ctm->requests().last().method, QByteArray("PUT"));
        QCOMPARE(send("GET", url("accounts/5/calls/9/modify.json")).status, 405);
    }

    void remoteEditsAreServed()
    {
        m_ctm->addCalls(Account, 1, 9, NewYear2026);
        m_ctm->setCallField(Account, 9, "sale", QJsonObject{{"score", 5}});
        m_ctm->setCallField(Account, 9, "tag_list", QJsonArray{"vip"});
        const QJsonObject call = get("accounts/5/calls/9.json").json();
        QCOMPARE(call.value("sale").toObject().value("score").toInt(), 5);
        QCOMPARE(call.value("tag_list").toArray(), QJsonArray{"vip"});
    }

    // --- Faults ------------------------------------------------------------------------------

    void tooManyRequestsCarriesRetryAfter()
    {
        m_ctm->injectFault(FakeCtmServer::Fault::TooManyRequests, "calls", 1, 7);
        const Reply reply = get("accounts/5/calls.json");
        QCOMPARE(reply.status, 429);
        QCOMPARE(reply.header("Retry-After"), QByteArray("7"));
        QCOMPARE(get("accounts/5/calls.json").status, 200);   // used up
    }

    void badGatewayIsHtml()
    {
        m_ctm->injectFault(FakeCtmServer::Fault::BadGatewayHtml, "calls");
        const Reply reply = get("accounts/5/calls.json");
        QCOMPARE(reply.status, 502);
        QCOMPARE(reply.header("Content-Type"), QByteArray("text/html"));
        QVERIFY(reply.body.startsWith("<html>"));
        QVERIFY(QJsonDocument::fromJson(reply.body).isNull());
    }

    void truncatedJsonIsCutInHalf()
    {
        m_ctm->addCalls(Account, 20, 1, NewYear2026);
        const Reply whole = get("accounts/5/calls.json");
        m_ctm->injectFault(FakeCtmServer::Fault::TruncatedJson, "calls");
        const Reply cut = get("accounts/5/calls.json");
        QCOMPARE(cut.error, QNetworkReply::NoError);
        QCOMPARE(cut.status, 200);
        QCOMPARE(cut.body, whole.body.left(whole.body.size() / 2));
        QCOMPARE(cut.header("Content-Length").toLongLong(), cut.body.size());
        QJsonParseError error;
        QJsonDocument::fromJson(cut.body, &error);
        QVERIFY(error.error != QJsonParseError::NoError);
    }

    void statusErrorAt200()
    {
        m_ctm->injectFault(FakeCtmServer::Fault::StatusErrorAt200, "calls");
        const Reply reply = get("accounts/5/calls.json");
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json(), (QJsonObject{{"status", "error"}, {"message", "Internal failure"}}));
    }

    void slowWaitsBeforeAnswering()
    {
        m_ctm->injectFault(FakeCtmServer::Fault::Slow, "calls", 1, 300);
        const Reply reply = get("accounts/5/calls.json");
        QCOMPARE(reply.status, 200);
        QVERIFY2(reply.elapsedMs >= 300, qPrintable(QString::number(reply.elapsedMs)));
        QVERIFY(reply.json().contains("calls"));
    }

    void closeMidBodyDropsTheConnection()
    {
        m_ctm->addCalls(Account, 20, 1, NewYear2026);
        m_ctm->injectFault(FakeCtmServer::Fault::CloseMidBody, "calls");
        const Reply reply = get("accounts/5/calls.json");
        QCOMPARE(reply.error, QNetworkReply::RemoteHostClosedError);
        QCOMPARE(reply.status, 200);
        QVERIFY(reply.header("Content-Length").toLongLong() > 1000);
        QCOMPARE(m_ctm->requests().size(), 1);   // not retried behind our back
        QCOMPARE(get("accounts/5/calls.json").status, 200);
        // On a new connection. (Under load QNAM sometimes opens one more, unused: count loosely.)
        QCOMPARE(m_ctm->requests().size(), 2);
        QVERIFY(m_ctm->requests().at(1).connection > m_ctm->requests().at(0).connection);
        QVERIFY(m_ctm->connectionsAccepted() >= 2);
    }

    void serverError500()
    {
        m_ctm->injectFault(FakeCtmServer::Fault::ServerError500, "calls");
        const Reply reply = get("accounts/5/calls.json");
        QCOMPARE(reply.status, 500);
        QCOMPARE(reply.json().value("error").toString(), QStringLiteral("Internal Server Error"));
    }

    void faultsMatchPathAndAreUsedUp()
    {
        m_ctm->injectFault(FakeCtmServer::Fault::ServerError500, "/calls", 2);
        QCOMPARE(get("accounts.json").status, 200);
        QCOMPARE(get("accounts/5/calls.json").status, 500);
        QCOMPARE(get("accounts/5/calls.json?page=2").status, 500);
        QCOMPARE(get("accounts/5/calls.json").status, 200);
    }

    void rejectingFaultsSkipTheWriteSpoilingOnesDoNot()
    {
        m_ctm->addCall(Account, {{"id", 9}});
        Options post;
        post.body = R"({"name":"Dana","score":3,"conversion":false,"value":"0","sale_date":"2026-01-05"})";

        m_ctm->injectFault(FakeCtmServer::Fault::ServerError500, "sale");
        QCOMPARE(send("POST", url("accounts/5/calls/9/sale.json"), post).status, 500);
        QVERIFY(!m_ctm->call(Account, 9).contains("sale"));

        m_ctm->injectFault(FakeCtmServer::Fault::CloseMidBody, "sale");
        QCOMPARE(send("POST", url("accounts/5/calls/9/sale.json"), post).error, QNetworkReply::RemoteHostClosedError);
        QCOMPARE(m_ctm->call(Account, 9).value("sale").toObject().value("score").toInt(), 3);
    }

    // --- Connections -------------------------------------------------------------------------

    void keepAliveReusesOneConnection()
    {
        m_ctm->addCalls(Account, 30, 1, NewYear2026);
        for (int page = 1; page <= 5; ++page)
            QCOMPARE(get(QStringLiteral("accounts/5/calls.json?page=%1").arg(page)).status, 200);
        QCOMPARE(m_ctm->connectionsAccepted(), 1);
        const QList<FakeCtmServer::Request> requests = m_ctm->requests();
        QCOMPARE(requests.size(), 5);
        for (const FakeCtmServer::Request &request : requests)
            QCOMPARE(request.connection, 1);
    }

    void connectionCloseIsHonoured()
    {
        Options closing;
        closing.headers = {{"Connection", "close"}};
        const Reply first = get("accounts.json", closing);
        QCOMPARE(first.status, 200);
        QCOMPARE(first.header("Connection"), QByteArray("close"));
        QCOMPARE(get("accounts.json").status, 200);
        QCOMPARE(m_ctm->requests().size(), 2);
        QCOMPARE(m_ctm->requests().at(0).connection, 1);
        QVERIFY(m_ctm->requests().at(1).connection > 1);
    }

    void stopDuringARequestDropsItsConnection()
    {
        connect(m_ctm.get(), &FakeCtmServer::requestReceived, this, [this] { m_ctm->stop(); });
        const Reply reply = get("accounts.json");
        QVERIFY2(reply.error == QNetworkReply::RemoteHostClosedError
                     || reply.error == QNetworkReply::ConnectionRefusedError,
                 qPrintable(QString::number(reply.error)));
        QCOMPARE(reply.status, 0);
        QCOMPARE(m_ctm->requests().size(), 1);
    }

    void pipelinedRequestsAreAnsweredInOrder()
    {
        // QNetworkAccessManager does not pipeline by default; a raw socket does.
        QSslSocket socket;
        socket.setSslConfiguration(trustingTestCa());
        QByteArray received;
        connect(&socket, &QIODevice::readyRead, this, [&] { received += socket.readAll(); });
        QSignalSpy encrypted(&socket, &QSslSocket::encrypted);
        socket.connectToHostEncrypted("127.0.0.1", quint16(m_ctm->baseUrl().port()));
        QTRY_COMPARE(encrypted.size(), 1);

        // The first answer is slow: the others must still come after it.
        m_ctm->injectFault(FakeCtmServer::Fault::Slow, "accounts/5", 1, 200);
        m_ctm->addCall(Account, {{"id", 9}});
        const QByteArray auth = "Authorization: " + basicAuth("key", "secret") + "\r\n";
        const QByteArray body = R"({"call":{"comments":"pipelined"}})";
        socket.write(QByteArray("GET /api/v1/accounts/5.json HTTP/1.1\r\nHost: 127.0.0.1\r\n" + auth + "\r\n"
                     + "PUT /api/v1/accounts/5/calls/9/modify.json HTTP/1.1\r\nHost: 127.0.0.1\r\n" + auth
                     + "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size())
                     + "\r\n\r\n" + body
                     + "GET /api/v1/accounts HTTP/1.1\r\nHost: 127.0.0.1\r\n" + auth + "Connection: close\r\n\r\n"));
        QTRY_COMPARE_WITH_TIMEOUT(socket.state(), QAbstractSocket::UnconnectedState, 5000);
        received += socket.readAll();

        const qsizetype account = received.indexOf(R"("name":"Smile Dental")");
        const qsizetype success = received.indexOf(R"({"status":"success"})");
        const qsizetype accounts = received.indexOf(R"("accounts":)");
        QVERIFY2(account > 0 && success > account && accounts > success, received.constData());
        QCOMPARE(received.count("HTTP/1.1 200 OK\r\n"), 3);
        QCOMPARE(m_ctm->call(Account, 9).value("notes").toString(), QStringLiteral("pipelined"));
        QCOMPARE(m_ctm->connectionsAccepted(), 1);
    }
};

QTEST_GUILESS_MAIN(FakeCtmServerTest)
#include "tst_fakectmserver.moc"
