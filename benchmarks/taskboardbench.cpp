// Task board speed (issue 6): does a board of 5,000 cards open and paint as fast as one of 50,
// and does dragging a card on it keep the GUI thread answering?
//
//   anchor-bench-tasks --database FILE [--small 50] [--big 5000] [--runs 11]
//
// Creates the two boards in FILE when missing (through TaskBoardRepository, one transaction per
// board; Basic Workflow: three columns), then on the offscreen platform:
//  - opens them alternately in one TaskBoardPage and times showBoard() to the first paint of the
//    columns with cards (firstBoardPainted), median of --runs runs after a warm-up; the target is a
//    ratio big/small of at most 1.20;
//  - on the big board, with a 2 ms heartbeat timer on the GUI thread, drags 20 cards between and
//    within columns through the views' drag-and-drop events (enter, moves across the column, drop;
//    then the database move and the model update) and reports the longest stall; target 50 ms.
#include <actionregistry.h>
#include <clientrepository.h>
#include <database.h>
#include <storageerror.h>
#include <taskboardmodel.h>
#include <taskboardpage.h>
#include <taskboardrepository.h>
#include <tasksdocument.h>
#include <transaction.h>

#include <QApplication>
#include <QCommandLineParser>
#include <QDragEnterEvent>
#include <QElapsedTimer>
#include <QListView>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>
#include <QTextStream>
#include <QTimer>
#include <QUndoStack>

#include <algorithm>

namespace {

using anchor::storage::TaskBoardRepository;

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
        const qint64 now = m_clock.nsecsElapsed();
        m_worst = qMax(m_worst, now - m_last);
        m_timer.stop();
        return double(m_worst) / 1e6;
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_worst = 0;
};

// The board named "Bench <cards>", created with that many cards when missing.
QString benchBoard(const anchor::storage::Database &database, const QString &user, int cards)
{
    TaskBoardRepository boards(database);
    const QString name = QStringLiteral("Bench %1").arg(cards);
    for (const anchor::storage::TaskBoard &board : boards.boards()) {
        if (board.name == name)
            return board.id;
    }
    QTextStream(stderr) << "creating board \"" << name << "\"...\n";
    anchor::storage::Transaction transaction(database.connection());
    QString workspace;
    for (const anchor::storage::TaskWorkspace &candidate : boards.workspaces()) {
        if (candidate.name == QLatin1String("Benchmarks"))
            workspace = candidate.id;
    }
    if (workspace.isEmpty())
        workspace = boards.createWorkspace(QStringLiteral("Benchmarks"), user);
    const QString id = boards.createBoard(workspace, name, QStringLiteral("B%1").arg(cards), anchor::storage::BoardTemplate::BasicWorkflow, user);
    const QList<anchor::storage::TaskGroup> groups = boards.groups(id);
    const QList<anchor::storage::TaskStatusLabel> labels = boards.statusLabels(id);
    const QStringList priorities = {QStringLiteral("low"), QStringLiteral("normal"), QStringLiteral("high"), QStringLiteral("urgent")};
    const QDate today = QDate::currentDate();
    for (int i = 0; i < cards; ++i) {
        // Most cards wait in the first column, as on a real backlog.
        const int group = i % 10 < 6 ? 0 : (i % 10 < 9 ? 1 : 2);
        const QString item = boards.createItem(groups.at(group).id, QStringLiteral("Follow up with caller %1").arg(i), user, -1,
                                               labels.at(group % labels.size()).label);
        if (i % 2 == 0)
            boards.setDueDate(item, today.addDays(i % 21 - 7));
        if (i % 7 == 0)
            boards.setPriority(item, priorities.at(i % 4));
        if (i % 3 == 0)
            boards.setAssigned(item, user, true);
        if (i % 13 == 0)
            boards.setFlags(item, i % 2 == 0, i % 2 == 1);
    }
    transaction.commit();
    return id;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2;
}

void waitLoaded(anchor::ui::TaskBoardPage &page)
{
    QElapsedTimer clock;
    clock.start();
    while (page.model()->isLoading() && clock.elapsed() < 60000)
        QTest::qWait(2);
}

// Opens the board and returns milliseconds from showBoard() to its first painted cards.
double openOnce(anchor::ui::TaskBoardPage &page, const QString &boardId)
{
    QSignalSpy painted(&page, &anchor::ui::TaskBoardPage::firstBoardPainted);
    QElapsedTimer clock;
    clock.start();
    page.showBoard(boardId);
    if (!painted.wait(30000))
        return -1;
    const double ms = double(clock.nsecsElapsed()) / 1e6;
    waitLoaded(page);   // the rest of the cards, before the next run
    QTest::qWait(20);
    return ms;
}

// One drag as the views see it: enter the target viewport, move down the column, drop.
// Returns how long the drop itself took (the database move and the model update), in ms.
double dragCard(QListView *source, int row, QListView *target, int targetRow)
{
    std::unique_ptr<QMimeData> mime(source->model()->mimeData({source->model()->index(row, 0)}));
    QWidget *viewport = target->viewport();
    const QRect rect = target->visualRect(target->model()->index(targetRow, 0));
    const QPoint at(rect.center().x(), rect.top() + rect.height() / 4);
    QDragEnterEvent enter(QPoint(at.x(), 2), Qt::MoveAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &enter);
    for (int y = 2; y < at.y(); y += 12) {   // the pointer travels to the drop point
        QDragMoveEvent move(QPoint(at.x(), y), Qt::MoveAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(viewport, &move);
        QTest::qWait(1);
    }
    QDragMoveEvent move(at, Qt::MoveAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &move);
    QDropEvent drop(QPointF(at), Qt::MoveAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QElapsedTimer clock;
    clock.start();
    QApplication::sendEvent(viewport, &drop);
    return double(clock.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("database"), QStringLiteral("Database file (created when missing)"), QStringLiteral("file")});
    parser.addOption({QStringLiteral("small"), QStringLiteral("Cards on the small board"), QStringLiteral("n"), QStringLiteral("50")});
    parser.addOption({QStringLiteral("big"), QStringLiteral("Cards on the big board"), QStringLiteral("n"), QStringLiteral("5000")});
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Timed runs per board"), QStringLiteral("n"), QStringLiteral("11")});
    parser.process(app);
    QTextStream out(stdout);

    anchor::storage::Database database;
    QString user;
    QString small;
    QString big;
    try {
        database = anchor::storage::Database::open(parser.value(QStringLiteral("database")));
        user = anchor::storage::UserRepository(database).ensureLocalUser();
        small = benchBoard(database, user, parser.value(QStringLiteral("small")).toInt());
        big = benchBoard(database, user, parser.value(QStringLiteral("big")).toInt());
    } catch (const anchor::storage::StorageError &error) {
        QTextStream(stderr) << error.message() << '\n';
        return 1;
    }

    QUndoStack stack;
    anchor::models::TasksDocument document(database, user, &stack);
    anchor::ui::ActionRegistry actions;
    anchor::ui::TaskBoardPage page(&document, &actions);
    page.resize(1280, 800);
    page.show();
    if (!QTest::qWaitForWindowExposed(&page))
        return 1;

    // Opening: interleaved, after a warm-up of each.
    const int runs = qMax(1, parser.value(QStringLiteral("runs")).toInt());
    openOnce(page, small);
    openOnce(page, big);
    QList<double> smallTimes;
    QList<double> bigTimes;
    for (int run = 0; run < runs; ++run) {
        smallTimes.append(openOnce(page, small));
        bigTimes.append(openOnce(page, big));
    }
    const double s = median(smallTimes);
    const double b = median(bigTimes);
    const double ratio = b / s;
    out << QStringLiteral("open and first paint, median of %1   %2 cards %3 ms   %4 cards %5 ms   ratio %6%7\n")
               .arg(runs)
               .arg(parser.value(QStringLiteral("small")))
               .arg(s, 0, 'f', 1)
               .arg(parser.value(QStringLiteral("big")))
               .arg(b, 0, 'f', 1)
               .arg(ratio, 0, 'f', 2)
               .arg(ratio > 1.2 ? QStringLiteral("   OVER 1.20") : QString());
    out.flush();

    // The big board, loaded in full while the heartbeat runs: how long the GUI thread is held.
    Heartbeat heartbeat;
    heartbeat.start();
    page.showBoard(small);
    waitLoaded(page);
    page.showBoard(big);
    waitLoaded(page);
    QTest::qWait(50);
    const double loadStall = heartbeat.stopMs();

    double longestDrop = 0;
    // Drags: 10 across columns (first to second, mid-column) and 10 within the first column.
    heartbeat.start();
    for (int i = 0; i < 20; ++i) {
        const QList<QListView *> views = page.columnViews();
        QListView *source = views.at(0);
        QListView *target = i % 2 ? views.at(0) : views.at(1);
        // Visible rows: a user drags what is on the screen.
        source->scrollToTop();
        target->scrollToTop();
        longestDrop = qMax(longestDrop, dragCard(source, i % 5, target, 3 + i % 4));
        QTest::qWait(30);
    }
    const double dragStall = heartbeat.stopMs();
    heartbeat.start();
    for (int i = 0; i < 20; ++i) {   // and every drag undone, one Ctrl+Z at a time
        stack.undo();
        QTest::qWait(30);
    }
    const double undoStall = heartbeat.stopMs();
    auto report = [&](const QString &what, double ms) {
        out << QStringLiteral("%1 %2 ms%3\n").arg(what, -52).arg(ms, 8, 'f', 1).arg(ms > 50.0 ? QStringLiteral("   OVER 50 ms") : QString());
    };
    report(QStringLiteral("longest stall, 20 drags on the big board"), dragStall);
    report(QStringLiteral("longest drop (database move and model update)"), longestDrop);
    report(QStringLiteral("longest stall, undoing them"), undoStall);
    report(QStringLiteral("longest stall, opening the big board (all cards)"), loadStall);
    return 0;
}
