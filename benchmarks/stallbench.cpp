// Event-loop stalls while a user works the leads list: opens the main window on a database
// (offscreen), then scrolls to load many pages, types a search letter by letter, clears it, and
// sorts by every column. A 2 ms heartbeat timer measures the longest gap the GUI thread did not
// answer; the report names the worst stall per activity. Target: none over 50 ms.
//
//   anchor-bench-stalls --database FILE
#include <clientrepository.h>
#include <database.h>
#include <leadsfilterbar.h>
#include <leadspage.h>
#include <leadstablemodel.h>
#include <mainwindow.h>
#include <storageerror.h>

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QScrollBar>
#include <QTableView>
#include <QTest>
#include <QTextStream>
#include <QTimer>

#include <cstdio>

namespace {

class Heartbeat final : public QObject
{
public:
    Heartbeat()
    {
        m_timer.setInterval(2);
        m_timer.setTimerType(Qt::PreciseTimer);
        QObject::connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            m_worst = qMax(m_worst, now - m_last);
            m_last = now;
        });
    }
    void start()
    {
        m_clock.start();
        m_last = 0;
        m_worst = 0;
        m_timer.start();
    }
    double stopMs()
    {
        m_timer.stop();
        return double(m_worst) / 1e6;
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_worst = 0;
};

void waitIdle(anchor::models::LeadsTableModel *model, int ms = 30000)
{
    QElapsedTimer clock;
    clock.start();
    QTest::qWait(20);
    while (model->isLoading() && clock.elapsed() < ms)
        QTest::qWait(5);
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("database"), QStringLiteral("Database file"), QStringLiteral("file")});
    parser.process(app);
    anchor::storage::Database database;
    QString user;
    try {
        database = anchor::storage::Database::open(parser.value(QStringLiteral("database")));
        user = anchor::storage::UserRepository(database).ensureLocalUser();
    } catch (const anchor::storage::StorageError &error) {
        QTextStream(stderr) << error.message() << '\n';
        return 1;
    }

    Heartbeat heartbeat;
    QTextStream out(stdout);
    auto report = [&](const char *activity, double ms) {
        out << QStringLiteral("%1 %2 ms%3\n").arg(QString::fromLatin1(activity), -40).arg(ms, 8, 'f', 1)
                   .arg(ms > 50.0 ? QStringLiteral("   OVER 50 ms") : QString());
        out.flush();
    };

    heartbeat.start();
    anchor::ui::MainWindow window(database, user);
    window.show();
    anchor::models::LeadsTableModel *model = window.leadsPage()->model();
    QTableView *table = window.leadsPage()->table();
    waitIdle(model);
    heartbeat.stopMs();   // start-up itself is measured by --quit-after-first-paint, not here

    heartbeat.start();
    for (int page = 0; page < 40; ++page) {   // scroll to the bottom 40 times: 40 more pages
        table->verticalScrollBar()->setValue(table->verticalScrollBar()->maximum());
        QTest::qWait(1);
        waitIdle(model);
    }
    report("scroll (40 pages loaded)", heartbeat.stopMs());

    QLineEdit *search = window.leadsPage()->filterBar()->searchField();
    heartbeat.start();
    for (const QChar c : QStringLiteral("smith")) {
        QTest::keyClick(search, c.toLatin1());
        QTest::qWait(60);   // a quick typist
    }
    QTest::qWait(400);
    waitIdle(model);
    report("type a search (\"smith\")", heartbeat.stopMs());

    heartbeat.start();
    search->clear();
    QTest::qWait(400);
    waitIdle(model);
    report("clear the search", heartbeat.stopMs());

    double worstSort = 0;
    for (int column = 0; column < model->columnCount(); ++column) {
        for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            heartbeat.start();
            table->sortByColumn(column, order);
            waitIdle(model, 120000);
            worstSort = qMax(worstSort, heartbeat.stopMs());
        }
    }
    report("sort by every column, both ways", worstSort);
    return 0;
}
