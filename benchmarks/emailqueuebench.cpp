// Queueing a 100,000-recipient campaign (issue 7: "seconds, not minutes"), then draining part of
// it through claim/markSent and applying delivered events, on a fresh database file.
//
//   anchor-bench-emailqueue [recipients]     (default 100000)
#include <campaignrepository.h>
#include <database.h>
#include <emaileventrepository.h>
#include <emailqueuerepository.h>
#include <segmentrepository.h>
#include <storageerror.h>
#include <timestamps.h>
#include <transaction.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstdio>
#include <ctime>

using namespace anchor::storage;

namespace {

double cpuSeconds(std::clock_t since)
{
    return double(std::clock() - since) / CLOCKS_PER_SEC;
}

void report(const char *what, int count, const QElapsedTimer &timer, std::clock_t cpu)
{
    const double seconds = timer.elapsed() / 1000.0;
    std::printf("%-40s %8d in %7.2f s (%6.2f s CPU, %9.0f per second)\n", what, count, seconds, cpuSeconds(cpu),
                seconds > 0 ? count / seconds : 0.0);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int total = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 100000;
    QTemporaryDir dir;
    if (qEnvironmentVariableIsSet("ANCHOR_BENCH_KEEP")) {   // keep the file to look at query plans
        dir.setAutoRemove(false);
        std::printf("database: %s\n", qPrintable(dir.filePath(QStringLiteral("bench.sqlite"))));
    }
    try {
        Database database = Database::open(dir.filePath(QStringLiteral("bench.sqlite")));
        QSqlDatabase db = database.connection();
        const QString client = newId();
        {
            Transaction transaction(db);
            QSqlQuery query(db);
            query.prepare(QStringLiteral("INSERT INTO users (id, email, role) VALUES (?, ?, 'client')"));
            query.addBindValue(client);
            query.addBindValue(QString(client + QStringLiteral("@example.com")));
            query.exec();
            query.prepare(QStringLiteral("INSERT INTO call_logs (owner_user_id, call_id, started_at, caller_name, meta) "
                                         "VALUES (?, ?, '2026-01-01T00:00:00.000Z', ?, ?)"));
            for (int i = 0; i < total; ++i) {
                query.bindValue(0, client);
                query.bindValue(1, QStringLiteral("call-%1").arg(i));
                query.bindValue(2, QStringLiteral("Person %1").arg(i));
                query.bindValue(3, QStringLiteral("{\"email\":\"person%1@example.com\"}").arg(i));
                query.exec();
            }
            transaction.commit();
        }
        Segment segment;
        segment.clientId = client;
        segment.name = QStringLiteral("Everyone");
        SegmentRepository segments(database);
        QElapsedTimer timer;
        timer.start();
        std::clock_t cpu = std::clock();
        segment.id = segments.save(segment);
        report("segment count (save)", segments.find(segment.id)->customerCount, timer, cpu);

        CampaignDraft draft;
        draft.clientId = client;
        draft.name = QStringLiteral("Benchmark");
        draft.subject = QStringLiteral("Hello {{first_name}}");
        draft.content = QStringLiteral("<p>Hi {{first_name}},</p><p>news from {{client_name}}.</p>"
                                       "<p><a href=\"{{unsubscribe_url}}\">Unsubscribe</a></p>");
        draft.segmentId = segment.id;
        CampaignRepository campaigns(database);
        const QString campaignId = campaigns.create(draft);

        timer.restart();
        cpu = std::clock();
        const QueueResult queued = campaigns.startSending(campaignId, {});
        report("startSending (one transaction)", queued.queued, timer, cpu);

        EmailQueueRepository queue(database);
        const int drain = qMin(10000, queued.queued);
        QList<OutgoingMessage> sent;
        timer.restart();
        cpu = std::clock();
        while (sent.size() < drain) {
            const QList<OutgoingMessage> batch = queue.claim(qMin(100, drain - int(sent.size())), QDateTime::currentDateTimeUtc());
            for (const OutgoingMessage &message : batch) {
                queue.markSent(message, QStringLiteral("<%1@mg.example.com>").arg(message.queueId), QDateTime::currentDateTimeUtc());
                sent.append(message);
            }
        }
        report("claim 100 + markSent each", int(sent.size()), timer, cpu);

        QList<MailgunEvent> events;
        for (const OutgoingMessage &message : std::as_const(sent)) {
            MailgunEvent event;
            event.eventId = newId();
            event.type = QStringLiteral("delivered");
            event.occurredAt = QDateTime::currentDateTimeUtc();
            event.recipient = message.toAddress;
            event.messageId = message.queueId + QStringLiteral("@mg.example.com");
            event.userVariables = {{QStringLiteral("anchor-key"), message.idempotencyKey}};
            event.payload = QByteArrayLiteral("{\"event\":\"delivered\"}");
            events.append(event);
        }
        EmailEventRepository eventRepository(database);
        timer.restart();
        cpu = std::clock();
        for (qsizetype at = 0; at < events.size(); at += 300)
            eventRepository.apply({}, events.mid(at, 300));
        report("apply delivered events (pages of 300)", int(events.size()), timer, cpu);
        db = QSqlDatabase();
        database.releaseThreadConnection();
    } catch (const StorageError &error) {
        std::fprintf(stderr, "%s\n", qPrintable(error.message()));
        return 1;
    }
    return 0;
}
