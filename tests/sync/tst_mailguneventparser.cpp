// Mailgun Events API items -> storage::MailgunEvent: the recorded page from shared/api/mailgun.md
// and the odd items real pages carry. One bad item never spoils a page.
#include <jsonarrayslices.h>
#include <mailguneventparser.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using anchor::storage::MailgunEvent;
using anchor::sync::EventPage;
using anchor::sync::EventsApiParser;

namespace {

QJsonDocument json(const QByteArray &text)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text, &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad test JSON: %s", qPrintable(error.errorString()));
    return document;
}

EventPage parse(const QByteArray &text)
{
    return EventsApiParser().parsePage(json(text), text);   // as the client does: the bytes at hand
}

// The recorded page in shared/api/mailgun.md, read from the file itself.
QByteArray recordedPage()
{
    QFile file(QStringLiteral(ANCHOR_SHARED_DIR "/api/mailgun.md"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QString text = QString::fromUtf8(file.readAll());
    const qsizetype start = text.indexOf(QStringLiteral("{\"items\":[{\"tags\""));
    const qsizetype end = text.indexOf(QStringLiteral("\n```"), start);
    if (start < 0 || end < 0)
        return {};
    return text.mid(start, end - start).toUtf8();
}

} // namespace

class MailgunEventParserTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void recordedPageFromTheApiNotes()
    {
        const QByteArray page = recordedPage();
        QVERIFY2(!page.isEmpty(), "the recorded page was not found in shared/api/mailgun.md");
        const EventPage parsed = parse(page);
        QVERIFY2(parsed.error.isEmpty(), qPrintable(parsed.error));
        QCOMPARE(parsed.itemCount, 1);
        QCOMPARE(parsed.events.size(), 1);
        const MailgunEvent &event = parsed.events.first();
        QCOMPARE(event.eventId, "JAx9z641TuGGUyaJlD9sCQ");
        QCOMPARE(event.type, "accepted");
        QCOMPARE(event.recipient, "sally@example.com");
        QCOMPARE(event.messageId, "20160107220803.53710.46802@example.com");
        // 1452204483.41958 -> to the millisecond, UTC
        QCOMPARE(event.occurredAt, QDateTime::fromMSecsSinceEpoch(1452204483420LL, Qt::UTC));
        QCOMPARE(event.occurredAt.timeSpec(), Qt::UTC);
        QVERIFY(event.userVariables.isEmpty());
        // Kept as it came: the item's own text.
        QCOMPARE(QJsonDocument::fromJson(event.payload).object(),
                 json(page).object().value("items").toArray().first().toObject());
        QVERIFY(page.contains(event.payload));
        QVERIFY(parsed.next.isValid());
        QVERIFY(parsed.next.toString().startsWith("https://api.mailgun.net/v3/example.com/events/"));
    }

    void itemFields_data()
    {
        QTest::addColumn<QByteArray>("item");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("expected");

        QTest::newRow("message id loses its brackets")
            << QByteArray("{\"id\":\"a\",\"event\":\"delivered\",\"timestamp\":1700000000,\"message\":{\"headers\":{\"message-id\":\"<x.1@mg.example.com>\"}}}")
            << "messageId" << "x.1@mg.example.com";
        QTest::newRow("recipient lower-cased")
            << QByteArray("{\"id\":\"a\",\"event\":\"delivered\",\"timestamp\":1700000000,\"recipient\":\" Jane.Doe@Example.COM \"}")
            << "recipient" << "jane.doe@example.com";
        QTest::newRow("delivery-status message")
            << QByteArray("{\"id\":\"a\",\"event\":\"delivered\",\"timestamp\":1700000000,\"delivery-status\":{\"code\":250,\"message\":\"OK\",\"description\":\"\"}}")
            << "deliveryMessage" << "OK";
        QTest::newRow("description when message is empty")
            << QByteArray("{\"id\":\"a\",\"event\":\"failed\",\"severity\":\"permanent\",\"timestamp\":1700000000,\"delivery-status\":{\"code\":605,\"message\":\"\",\"description\":\"Not delivering to previously bounced address\"}}")
            << "deliveryMessage" << "Not delivering to previously bounced address";
        QTest::newRow("failed severity")
            << QByteArray("{\"id\":\"a\",\"event\":\"failed\",\"severity\":\"temporary\",\"reason\":\"greylisted\",\"timestamp\":1700000000}")
            << "severity" << "temporary";
        QTest::newRow("failed reason")
            << QByteArray("{\"id\":\"a\",\"event\":\"failed\",\"severity\":\"permanent\",\"reason\":\"bounce\",\"timestamp\":1700000000}")
            << "reason" << "bounce";
        QTest::newRow("rejected: reject.reason")
            << QByteArray("{\"id\":\"a\",\"event\":\"rejected\",\"timestamp\":1700000000,\"reject\":{\"reason\":\"suppress-bounce\",\"description\":\"previously bounced\"}}")
            << "reason" << "suppress-bounce";
        QTest::newRow("rejected: reject.description")
            << QByteArray("{\"id\":\"a\",\"event\":\"rejected\",\"timestamp\":1700000000,\"reject\":{\"reason\":\"suppress-bounce\",\"description\":\"previously bounced\"}}")
            << "deliveryMessage" << "previously bounced";
        QTest::newRow("clicked url")
            << QByteArray("{\"id\":\"a\",\"event\":\"clicked\",\"timestamp\":1700000000,\"url\":\"https://brightsmile.example/book?x=1\",\"ip\":\"203.0.113.9\"}")
            << "url" << "https://brightsmile.example/book?x=1";
        QTest::newRow("opened ip")
            << QByteArray("{\"id\":\"a\",\"event\":\"opened\",\"timestamp\":1700000000,\"ip\":\"203.0.113.9\"}") << "ip" << "203.0.113.9";
        QTest::newRow("client-info user agent")
            << QByteArray("{\"id\":\"a\",\"event\":\"opened\",\"timestamp\":1700000000,\"client-info\":{\"client-name\":\"Chrome\",\"user-agent\":\"Mozilla/5.0 Windows NT 10.0\"}}")
            << "userAgent" << "Mozilla/5.0 Windows NT 10.0";
        QTest::newRow("type lower-cased")
            << QByteArray("{\"id\":\"a\",\"event\":\"Complained\",\"timestamp\":1700000000}") << "type" << "complained";
        QTest::newRow("timestamp as a numeric string")
            << QByteArray("{\"id\":\"a\",\"event\":\"opened\",\"timestamp\":\"1700000000.5\"}") << "occurredAt"
            << "2023-11-14T22:13:20.500Z";
        QTest::newRow("microseconds round to the millisecond")
            << QByteArray("{\"id\":\"a\",\"event\":\"opened\",\"timestamp\":1452204483.4196}") << "occurredAt"
            << "2016-01-07T22:08:03.420Z";
        QTest::newRow("numeric id")
            << QByteArray("{\"id\":12345,\"event\":\"opened\",\"timestamp\":1700000000}") << "eventId" << "12345";
    }

    void itemFields()
    {
        QFETCH(QByteArray, item);
        QFETCH(QString, field);
        QFETCH(QString, expected);
        MailgunEvent event;
        QString problem;
        QCOMPARE(EventsApiParser::parseItem(json(item).object(), &event, &problem), EventsApiParser::ItemResult::Parsed);
        const QHash<QString, QString> fields{
            {"messageId", event.messageId},   {"recipient", event.recipient},
            {"deliveryMessage", event.deliveryMessage}, {"severity", event.severity},
            {"reason", event.reason},         {"url", event.url},
            {"ip", event.ip},                 {"userAgent", event.userAgent},
            {"type", event.type},             {"eventId", event.eventId},
            {"occurredAt", event.occurredAt.toString(Qt::ISODateWithMs)}};
        QCOMPARE(fields.value(field), expected);
    }

    void userVariables()
    {
        MailgunEvent event;
        QString problem;
        // An object: kept.
        const QJsonObject withObject = json("{\"id\":\"a\",\"event\":\"accepted\",\"timestamp\":1700000000,"
                                            "\"user-variables\":{\"anchor-key\":\"k-1\",\"anchor-campaign\":\"c\"}}").object();
        QCOMPARE(EventsApiParser::parseItem(withObject, &event, &problem), EventsApiParser::ItemResult::Parsed);
        QCOMPARE(event.userVariables.value("anchor-key").toString(), "k-1");
        // A string (truncated or invalid JSON): the event is kept, the variables ignored.
        QJsonObject withString = withObject;
        withString.insert("id", "b");
        withString.insert("user-variables", QStringLiteral("{\"anchor-key\":\"k-1\",\"anch"));
        QCOMPARE(EventsApiParser::parseItem(withString, &event, &problem), EventsApiParser::ItemResult::Parsed);
        QCOMPARE(event.eventId, "b");
        QVERIFY(event.userVariables.isEmpty());
    }

    void missingIdGetsAStableOne()
    {
        const QByteArray item = "{\"event\":\"opened\",\"timestamp\":1700000000.25,\"recipient\":\"a@example.com\"}";
        MailgunEvent first;
        MailgunEvent second;
        QString problem;
        QCOMPARE(EventsApiParser::parseItem(json(item).object(), &first, &problem), EventsApiParser::ItemResult::Parsed);
        QCOMPARE(EventsApiParser::parseItem(json(item).object(), &second, &problem), EventsApiParser::ItemResult::Parsed);
        QVERIFY(first.eventId.startsWith("anchor-"));
        QCOMPARE(first.eventId, second.eventId);   // re-reading the page still deduplicates
        MailgunEvent other;
        EventsApiParser::parseItem(json("{\"event\":\"opened\",\"timestamp\":1700000001.25,\"recipient\":\"a@example.com\"}").object(),
                                   &other, &problem);
        QVERIFY(other.eventId != first.eventId);
    }

    void badItemsAreSkippedAndCounted()
    {
        const EventPage page = parse("{\"items\":["
            "{\"id\":\"1\",\"event\":\"delivered\",\"timestamp\":1700000000,\"recipient\":\"a@example.com\"},"
            "{\"id\":\"2\",\"event\":\"list_member_uploaded\",\"timestamp\":1700000001},"
            "{\"id\":\"3\",\"timestamp\":1700000002},"
            "{\"id\":\"4\",\"event\":\"opened\"},"
            "{\"id\":\"5\",\"event\":\"opened\",\"timestamp\":\"yesterday\"},"
            "\"not an object\","
            "{\"id\":\"6\",\"event\":\"clicked\",\"timestamp\":1700000003,\"url\":\"https://x.example\",\"extra\":{\"new\":\"field\"}}"
            "],\"paging\":{\"next\":\"https://api.mailgun.net/v3/d/events/n\"}}");
        QVERIFY(page.error.isEmpty());
        QCOMPARE(page.itemCount, 7);
        QCOMPARE(page.events.size(), 2);
        QCOMPARE(page.events.at(0).eventId, "1");
        QCOMPARE(page.events.at(1).eventId, "6");
        QCOMPARE(page.unknownSkipped, 1);
        QCOMPARE(page.malformedSkipped, 4);
        QCOMPARE(page.problems.size(), 4);
        QVERIFY(!page.isEnd());
    }

    void eventsAreKeptExactlyAsTheyCame()
    {
        // Spaces, keys out of order, brackets and quotes inside strings, and an "items" key that
        // is not the top-level one: each payload is the item's own bytes, not a rewrite.
        const QByteArray first = "{ \"timestamp\" : 1700000000,\n  \"id\": \"a]}\\\"{[\", \"event\":\"opened\",\n"
                                 "  \"user-variables\": {\"anchor-key\": \"k-1\", \"items\": [\"x\"]} }";
        const QByteArray second = "{\"event\":\"clicked\",\"timestamp\":1700000001,\"id\":\"b\",\"url\":\"https://x.example/?a=[1]\"}";
        const QByteArray body = "{\n \"paging\": {\"items\": [1, 2, 3], \"next\": \"https://api.mailgun.net/v3/d/events/n\"},\n"
                                " \"items\" : [ " + first + " ,\n\t" + second + "\n ]\n}\n";
        const EventPage page = parse(body);
        QVERIFY(page.error.isEmpty());
        QCOMPARE(page.events.size(), 2);
        QCOMPARE(page.events.at(0).eventId, "a]}\"{[");
        QCOMPARE(page.events.at(0).payload, first);
        QCOMPARE(page.events.at(1).payload, second);
        QCOMPARE(page.events.at(0).userVariables.value("anchor-key").toString(), "k-1");

        // Without the bytes, or with bytes of another page, the payload is written from the document.
        const EventPage written = EventsApiParser().parsePage(json(body));
        QCOMPARE(written.events.at(1).payload, QJsonDocument(json(second).object()).toJson(QJsonDocument::Compact));
        const EventPage mismatched = EventsApiParser().parsePage(json(body), "{\"items\":[{}]}");
        QCOMPARE(mismatched.events.at(0).payload, QJsonDocument(json(first).object()).toJson(QJsonDocument::Compact));
    }

    void arraySlicesOnlyForOneTopLevelArray()
    {
        using anchor::sync::jsonArraySlices;
        const auto slices = jsonArraySlices("{\"a\":{\"items\":[9]},\"items\":[1, \"two\", [3,{\"x\":\"]\"}], {\"y\":null}, true],\"z\":0}", "items");
        QVERIFY(slices);
        QCOMPARE(slices->size(), 5);
        QCOMPARE(slices->at(0), "1");
        QCOMPARE(slices->at(1), "\"two\"");
        QCOMPARE(slices->at(2), "[3,{\"x\":\"]\"}]");
        QCOMPARE(slices->at(3), "{\"y\":null}");
        QCOMPARE(slices->at(4), "true");
        QCOMPARE(jsonArraySlices("{\"items\":[]}", "items")->size(), 0);
        QVERIFY(!jsonArraySlices("{\"items\":[1],\"items\":[2]}", "items"));   // twice: which one Qt kept is its business
        QVERIFY(!jsonArraySlices("{\"items\":{\"a\":1}}", "items"));
        QVERIFY(!jsonArraySlices("{\"other\":[1]}", "items"));
        QVERIFY(!jsonArraySlices("[{\"items\":[1]}]", "items"));
        QVERIFY(!jsonArraySlices("{\"it\\u0065ms\":[1,2],\"items\":[3,4]}", "items"));   // Qt may keep either
        QVERIFY(!jsonArraySlices("{\"items\":[1,}", "items"));   // not JSON: no slices, and no endless loop
        QVERIFY(!jsonArraySlices("{\"items\":[1", "items"));
    }

    void emptyPageIsTheEnd()
    {
        const EventPage page = parse("{\"items\":[],\"paging\":{\"next\":\"https://api.mailgun.net/v3/d/events/same\"}}");
        QVERIFY(page.error.isEmpty());
        QVERIFY(page.isEnd());
        QCOMPARE(page.next, QUrl("https://api.mailgun.net/v3/d/events/same"));
    }

    void notAPage()
    {
        QVERIFY(!parse("{\"message\":\"oops\"}").error.isEmpty());
        QVERIFY(!parse("[1,2,3]").error.isEmpty());
        QVERIFY(!parse("{\"items\":{\"a\":1}}").error.isEmpty());
    }

    void everyKnownTypeParses()
    {
        for (const QString &type : EventsApiParser::knownTypes()) {
            MailgunEvent event;
            QString problem;
            QJsonObject item{{"id", "x"}, {"event", type}, {"timestamp", 1700000000}};
            QCOMPARE(EventsApiParser::parseItem(item, &event, &problem), EventsApiParser::ItemResult::Parsed);
            QCOMPARE(event.type, type);
        }
    }
};

QTEST_GUILESS_MAIN(MailgunEventParserTest)
#include "tst_mailguneventparser.moc"
