// Segments: saved recipient filters over leads and active clients, their count and addresses.
#include <segmentrepository.h>
#include <storageerror.h>
#include <testdatabase.h>
#include <timestamps.h>

#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTest>

using namespace anchor::storage;
using anchor::testing::TestDatabase;

namespace {

QStringList addressesOf(const SegmentRecipients &selected)
{
    QStringList addresses;
    for (const SegmentRecipient &recipient : selected.recipients)
        addresses.append(recipient.email);
    return addresses;
}

} // namespace

class TestSegments : public QObject
{
    Q_OBJECT

private:
    // A small world: two clients, leads with and without email, an active client, tags, journeys.
    struct World
    {
        QString client;
        QString other;
        QString activeClient;
    };

    static QString lead(TestDatabase &db, const QString &client, const QString &callId, const QString &email,
                        const QString &startedAt, const QString &category = QStringLiteral("warm"), int stars = 0,
                        const QString &callerType = QStringLiteral("new"), const QString &name = {})
    {
        TestDatabase::Call call;
        call.callId = callId;
        call.clientId = client;
        call.startedAt = startedAt;
        call.category = category;
        call.score = stars > 0 ? QVariant(stars) : QVariant();
        call.callerType = callerType;
        call.callerName = name.isEmpty() ? QStringLiteral("Caller ") + callId : name;
        const QString id = db.addCall(call);
        if (!email.isNull())
            db.exec(QStringLiteral("UPDATE call_logs SET meta = json_object('email', ?) WHERE id = ?"), {email, id});
        return id;
    }

    static World world(TestDatabase &db)
    {
        World w;
        w.client = db.addClient(QStringLiteral("Bright Smiles"));
        w.other = db.addClient(QStringLiteral("Other Dental"));
        const QString c1 = lead(db, w.client, QStringLiteral("c1"), QStringLiteral("Ann@Example.com"),
                                QStringLiteral("2026-01-05T10:00:00.000Z"), QStringLiteral("very_good"), 5,
                                QStringLiteral("new"), QStringLiteral("Ann Lee"));
        lead(db, w.client, QStringLiteral("c2"), QStringLiteral("ann@example.com"), QStringLiteral("2026-01-20T10:00:00.000Z"),
             QStringLiteral("warm"), 3, QStringLiteral("repeat"), QStringLiteral("Ann B. Lee"));
        lead(db, w.client, QStringLiteral("c3"), QStringLiteral("bob@example.com"), QStringLiteral("2026-02-10T10:00:00.000Z"),
             QStringLiteral("voicemail"), 1, QStringLiteral("new"), QStringLiteral("Bob Stone"));
        lead(db, w.client, QStringLiteral("c4"), QStringLiteral("not-an-address"), QStringLiteral("2026-02-11T10:00:00.000Z"));
        lead(db, w.client, QStringLiteral("c5"), QString(), QStringLiteral("2026-02-12T10:00:00.000Z"));
        lead(db, w.other, QStringLiteral("o1"), QStringLiteral("olga@example.com"), QStringLiteral("2026-01-06T10:00:00.000Z"),
             QStringLiteral("very_good"), 5);

        // Carol became an active client (converted 2026-03-01) from call c6.
        w.activeClient = anchor::storage::newId();
        db.exec(QStringLiteral("INSERT INTO active_clients (id, owner_user_id, client_name, client_email, created_at) "
                               "VALUES (?, ?, 'Carol King', ' Carol@Example.com ', '2026-03-01T09:00:00.000Z')"),
                {w.activeClient, w.client});
        const QString c6 = lead(db, w.client, QStringLiteral("c6"), QStringLiteral("carol.k@example.com"),
                                QStringLiteral("2026-02-20T10:00:00.000Z"), QStringLiteral("converted"), 4,
                                QStringLiteral("returning_customer"), QStringLiteral("Carol K"));
        db.exec(QStringLiteral("UPDATE call_logs SET active_client_id = ? WHERE id = ?"), {w.activeClient, c6});
        // An archived client is not mailed.
        db.exec(QStringLiteral("INSERT INTO active_clients (owner_user_id, client_name, client_email, status) "
                               "VALUES (?, 'Gone', 'gone@example.com', 'archived')"), {w.client});

        // Tags: c3 is "vip".
        const QString tag = anchor::storage::newId();
        db.exec(QStringLiteral("INSERT INTO lead_tags (id, owner_user_id, name) VALUES (?, ?, 'VIP')"), {tag, w.client});
        db.exec(QStringLiteral("INSERT INTO call_log_tags (call_id, tag_id) VALUES ('c3', ?)"), {tag});
        // Journeys: c1's is won; Carol's client journey is in progress.
        db.exec(QStringLiteral("INSERT INTO client_journeys (owner_user_id, lead_call_id, status) VALUES (?, ?, 'won')"),
                {w.client, c1});
        db.exec(QStringLiteral("INSERT INTO client_journeys (owner_user_id, active_client_id, status) VALUES (?, ?, 'in_progress')"),
                {w.client, w.activeClient});
        return w;
    }

private slots:
    void filterRoundTripsThroughJson()
    {
        SegmentFilter filter;
        filter.audience = SegmentFilter::Audience::Leads;
        filter.clientId = QStringLiteral("client-1");
        filter.categories = {QStringLiteral("warm"), QStringLiteral("very_good")};
        filter.minStars = 3;
        filter.maxStars = 5;
        filter.tags = {QStringLiteral("vip")};
        filter.callerTypes = {QStringLiteral("new")};
        filter.journeyStatuses = {QStringLiteral("won")};
        filter.dateField = SegmentFilter::DateField::ConversionDate;
        filter.from = QDate(2026, 1, 1);
        filter.to = QDate(2026, 1, 31);
        QCOMPARE(SegmentFilter::fromJson(filter.toJson()), filter);
        QCOMPARE(SegmentFilter::fromJson({}), SegmentFilter{});
    }

    void selectsDeduplicatedValidAddresses()
    {
        TestDatabase db;
        const World w = world(db);
        SegmentRepository segments(db.database());
        SegmentFilter filter;
        filter.clientId = w.client;
        const SegmentRecipients all = segments.recipients(filter);
        QCOMPARE(addressesOf(all), (QStringList{QStringLiteral("ann@example.com"), QStringLiteral("bob@example.com"),
                                                QStringLiteral("carol.k@example.com"), QStringLiteral("carol@example.com")}));
        QCOMPARE(all.invalid, QStringList{QStringLiteral("not-an-address")});
        QCOMPARE(segments.count(filter), 4);
        // The newest call names the person.
        QCOMPARE(all.recipients.first().name, QStringLiteral("Ann B. Lee"));
        QCOMPARE(all.recipients.first().firstName, QStringLiteral("Ann"));
        QCOMPARE(all.recipients.first().callId, QStringLiteral("c2"));
        QCOMPARE(all.recipients.last().customerId, w.activeClient);
        QCOMPARE(all.recipients.last().name, QStringLiteral("Carol King"));
        // c6's lead is linked to Carol's client record.
        QCOMPARE(all.recipients.at(2).customerId, w.activeClient);

        // Every client: Olga too.
        QCOMPARE(segments.count(SegmentFilter{}), 5);
    }

    void eachCriterionNarrows_data()
    {
        QTest::addColumn<QString>("criterion");
        QTest::addColumn<QStringList>("expected");
        const QString ann = QStringLiteral("ann@example.com");
        const QString bob = QStringLiteral("bob@example.com");
        const QString carolLead = QStringLiteral("carol.k@example.com");
        const QString carol = QStringLiteral("carol@example.com");
        QTest::newRow("leads only") << "leads" << QStringList{ann, bob, carolLead};
        QTest::newRow("active clients only") << "clients" << QStringList{carol};
        QTest::newRow("category") << "category" << QStringList{ann};                 // c1 very_good
        QTest::newRow("category via linked call") << "converted" << QStringList{carolLead, carol};
        QTest::newRow("min stars") << "min4" << QStringList{ann, carolLead, carol};   // c1 5, c6 4
        QTest::newRow("max stars") << "max1" << QStringList{bob};
        QTest::newRow("tag any of") << "tag" << QStringList{bob};
        QTest::newRow("caller type") << "repeat" << QStringList{ann};
        QTest::newRow("journey status lead") << "won" << QStringList{ann};
        QTest::newRow("journey status client") << "in_progress" << QStringList{carol};
        QTest::newRow("call date range") << "february" << QStringList{bob, carolLead, carol};
        QTest::newRow("conversion date range") << "converted-march" << QStringList{carolLead, carol};
        QTest::newRow("conversion date outside") << "converted-january" << QStringList{};
    }

    void eachCriterionNarrows()
    {
        QFETCH(QString, criterion);
        QFETCH(QStringList, expected);
        TestDatabase db;
        const World w = world(db);
        SegmentRepository segments(db.database());
        SegmentFilter filter;
        filter.clientId = w.client;
        if (criterion == QLatin1String("leads"))
            filter.audience = SegmentFilter::Audience::Leads;
        else if (criterion == QLatin1String("clients"))
            filter.audience = SegmentFilter::Audience::ActiveClients;
        else if (criterion == QLatin1String("category"))
            filter.categories = {QStringLiteral("very_good")};
        else if (criterion == QLatin1String("converted"))
            filter.categories = {QStringLiteral("converted")};
        else if (criterion == QLatin1String("min4"))
            filter.minStars = 4;
        else if (criterion == QLatin1String("max1"))
            filter.maxStars = 1;
        else if (criterion == QLatin1String("tag"))
            filter.tags = {QStringLiteral("vip"), QStringLiteral("nobody-has-this")};
        else if (criterion == QLatin1String("repeat"))
            filter.callerTypes = {QStringLiteral("repeat")};
        else if (criterion == QLatin1String("won"))
            filter.journeyStatuses = {QStringLiteral("won")};
        else if (criterion == QLatin1String("in_progress"))
            filter.journeyStatuses = {QStringLiteral("in_progress")};
        else if (criterion == QLatin1String("february")) {
            filter.from = QDate(2026, 2, 1);
            filter.to = QDate(2026, 2, 28);
        } else if (criterion == QLatin1String("converted-march")) {
            filter.dateField = SegmentFilter::DateField::ConversionDate;
            filter.from = QDate(2026, 3, 1);
            filter.to = QDate(2026, 3, 1);
        } else if (criterion == QLatin1String("converted-january")) {
            filter.dateField = SegmentFilter::DateField::ConversionDate;
            filter.from = QDate(2026, 1, 1);
            filter.to = QDate(2026, 1, 31);
        }
        QCOMPARE(addressesOf(segments.recipients(filter)), expected);
        QCOMPARE(segments.count(filter), expected.size());
    }

    void savesListsAndRemoves()
    {
        TestDatabase db;
        const World w = world(db);
        SegmentRepository segments(db.database());
        Segment segment;
        segment.clientId = w.client;
        segment.name = QStringLiteral("  Happy patients ");
        segment.filter.minStars = 4;
        QVERIFY_THROWS_EXCEPTION(StorageError, segments.save(Segment{}));   // a name is required
        const QString id = segments.save(segment);
        auto saved = segments.find(id);
        QVERIFY(saved);
        QCOMPARE(saved->name, QStringLiteral("Happy patients"));
        QCOMPARE(saved->customerCount, 3);
        QCOMPARE(saved->filter.clientId, w.client);   // a client's segment stays within the client

        Segment agency;
        agency.name = QStringLiteral("Everyone");
        const QString agencyId = segments.save(agency);
        QCOMPARE(segments.find(agencyId)->customerCount, 5);
        Segment otherSegment;
        otherSegment.clientId = w.other;
        otherSegment.name = QStringLiteral("Olga");
        segments.save(otherSegment);

        QCOMPARE(segments.list(w.client).size(), 2);   // its own and the agency's
        QCOMPARE(segments.list().size(), 3);

        saved->filter.maxStars = 4;
        saved->filter.minStars = 4;
        segments.save(*saved);
        QCOMPARE(segments.find(id)->customerCount, 2);   // c6's lead address and Carol
        saved->filter.minStars = 5;
        QVERIFY_THROWS_EXCEPTION(StorageError, segments.save(*saved));   // min above max

        segments.remove(id);
        QVERIFY(!segments.find(id));

        // restore() brings it back under its own id (campaigns name segments by id), counted again.
        saved->filter.minStars = 4;
        saved->customerCount = 0;
        segments.restore(*saved);
        const auto back = segments.find(id);
        QVERIFY(back);
        QCOMPARE(back->name, QStringLiteral("Happy patients"));
        QCOMPARE(back->filter, saved->filter);
        QCOMPARE(back->clientId, w.client);
        QCOMPARE(back->customerCount, 2);
        // Still there: updated instead; without an id or with a bad filter: refused, nothing written.
        saved->name = QStringLiteral("Happier patients");
        segments.restore(*saved);
        QCOMPARE(segments.find(id)->name, QStringLiteral("Happier patients"));
        QVERIFY_THROWS_EXCEPTION(StorageError, segments.restore(Segment{}));
        Segment broken = *saved;
        broken.id = QStringLiteral("gone-for-good");
        broken.filter.minStars = 5;
        broken.filter.maxStars = 1;
        QVERIFY_THROWS_EXCEPTION(StorageError, segments.restore(broken));
        QVERIFY(!segments.find(QStringLiteral("gone-for-good")));
    }

    void countsAMillionCallsQuickly()
    {
        if (qEnvironmentVariableIsEmpty("ANCHOR_SEGMENT_BENCH"))
            QSKIP("set ANCHOR_SEGMENT_BENCH=1 to count a million calls");
        TestDatabase db;
        const QString client = db.addClient(QStringLiteral("Big"));
        QSqlQuery query(db.database().connection());
        db.exec(QStringLiteral("BEGIN"));
        query.prepare(QStringLiteral("INSERT INTO call_logs (owner_user_id, call_id, started_at, category, score, meta) "
                                     "VALUES (?, ?, ?, ?, ?, ?)"));
        const QStringList categories = {QStringLiteral("warm"), QStringLiteral("very_good"), QStringLiteral("neutral")};
        for (int i = 0; i < 1000000; ++i) {
            query.bindValue(0, client);
            query.bindValue(1, QStringLiteral("call-%1").arg(i));
            query.bindValue(2, QStringLiteral("2026-01-01T00:00:00.000Z"));
            query.bindValue(3, categories.at(i % 3));
            query.bindValue(4, i % 5 + 1);
            // Every fourth call without an address, addresses repeating (500,000 distinct).
            query.bindValue(5, i % 4 == 0 ? QVariant() : QVariant(QStringLiteral("{\"email\":\"p%1@example.com\"}").arg(i % 500000)));
            QVERIFY(query.exec());
        }
        db.exec(QStringLiteral("COMMIT"));
        SegmentRepository segments(db.database());
        SegmentFilter filter;
        filter.clientId = client;
        QElapsedTimer timer;
        timer.start();
        const int all = segments.count(filter);
        qInfo("count over 1,000,000 calls (%d addresses): %lld ms", all, timer.restart());
        filter.categories = {QStringLiteral("warm")};
        filter.minStars = 4;
        const int narrowed = segments.count(filter);
        qInfo("count with category and stars (%d addresses): %lld ms", narrowed, timer.restart());
        QVERIFY(all > narrowed);
    }
};

QTEST_GUILESS_MAIN(TestSegments)
#include "tst_segments.moc"
