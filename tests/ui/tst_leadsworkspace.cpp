// The leads workspace as a user drives it, on the offscreen platform: typing a search, rating
// with the keyboard and undoing, bulk edits, saved views, dragging a lead to another stage,
// exporting. Every test reads the database afterwards to prove what was written.
#include "testdatabase.h"

#include <actionregistry.h>
#include <clientrepository.h>
#include <dashboardpage.h>
#include <leadannotationrepositories.h>
#include <leaddetailpane.h>
#include <leadsfilterbar.h>
#include <leadspage.h>
#include <leadstablemodel.h>
#include <mainwindow.h>
#include <pipelinepage.h>
#include <starratingwidget.h>
#include <translationloader.h>

#include <QAction>
#include <QApplication>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace anchor;
using anchor::testing::TestDatabase;

class LeadsWorkspaceTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<ui::MainWindow> m_window;
    QString m_dental;
    QString m_roofing;
    QString m_userId;
    QStringList m_stages;

    ui::LeadsPage *page() { return m_window->leadsPage(); }
    models::LeadsTableModel *model() { return page()->model(); }
    QString callAt(int row) { return model()->index(row, 0).data(models::LeadsTableModel::CallIdRole).toString(); }
    QVariant value(const QString &sql, const QVariantList &binds = {}) { return m_db->scalar(sql, binds); }

    void openWindow()
    {
        m_window = std::make_unique<ui::MainWindow>(m_db->database(), m_userId);
        QSignalSpy painted(m_window.get(), &ui::MainWindow::firstLeadsPagePainted);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(painted.wait(5000));
        QTRY_VERIFY(!model()->isLoading());
    }

    void waitForReload()
    {
        QTRY_VERIFY(!model()->isLoading());
        QTest::qWait(20);
        QTRY_VERIFY(!model()->isLoading());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        anchor::installTranslations(*QCoreApplication::instance());
    }

    void init()
    {
        m_db = std::make_unique<TestDatabase>();
        m_userId = storage::UserRepository(m_db->database()).ensureLocalUser();
        m_dental = m_db->addClient("Bright Smile Dental");
        m_roofing = m_db->addClient("Summit Roofing");
        storage::PipelineStageRepository stages(m_db->database());
        m_stages = {stages.create({{}, m_dental, "New", "#9aa0a6", 0, false, false}),
                    stages.create({{}, m_dental, "Qualified", "#1a73e8", 1, false, false}),
                    stages.create({{}, m_dental, "Won", "#1e8e3e", 2, true, false})};
        const QStringList names = {"Ana Smith", "Bo Jensen", "Chidi Okafor", "Dana Smith", "Émile Roux", "Farah Khan"};
        const QStringList categories = {"warm", "spam", "very_good", "warm", "voicemail", "neutral"};
        for (int i = 0; i < 60; ++i) {
            TestDatabase::Call call{QStringLiteral("call-%1").arg(i, 2, 10, QLatin1Char('0')), i % 3 ? m_dental : m_roofing,
                                    QDateTime(QDate(2026, 1, 1), QTime(9, 0), Qt::UTC).addSecs(i * 3600).toString(Qt::ISODateWithMs)};
            call.callerName = names.at(i % names.size());
            call.category = categories.at(i % categories.size());
            call.score = i % 5 ? QVariant(i % 5) : QVariant();
            call.transcript = QStringLiteral("Caller: I need help with number %1").arg(i);
            m_db->addCall(call);
        }
    }

    void cleanup()
    {
        m_window.reset();
        m_db.reset();
    }

    void typingSearchesAsYouType()
    {
        openWindow();
        QLineEdit *search = page()->filterBar()->searchField();
        m_window->actions()->action("leads.search")->trigger();
        QVERIFY(search->hasFocus());
        QTest::keyClicks(search, "smith");
        QTRY_COMPARE(model()->filter().text, QString("smith"));
        waitForReload();
        QCOMPARE(model()->rowCount(), 20);
        for (int row = 0; row < model()->rowCount(); ++row)
            QVERIFY(model()->index(row, int(storage::LeadColumn::CallerName)).data().toString().contains("Smith"));
        QTRY_VERIFY(page()->filterBar()->findChild<QLabel *>()->text().contains("20 leads")
                    || !page()->filterBar()->findChildren<QLabel *>().isEmpty());
    }

    void searchSyntaxIsPlainText()
    {
        openWindow();
        QLineEdit *search = page()->filterBar()->searchField();
        QTest::keyClicks(search, "\"smith OR (");
        QTRY_COMPARE(model()->filter().text, QString("\"smith OR ("));
        waitForReload();
        QCOMPARE(model()->rowCount(), 0);   // "or" and "(" are words to find, not syntax errors
        for (auto *label : page()->findChildren<QLabel *>())
            QVERIFY2(!(label->isVisible() && label->text().contains("could not be loaded")), "no error for odd search text");
        bool emptyStateShown = false;
        for (auto *label : page()->table()->viewport()->findChildren<QLabel *>())
            emptyStateShown = emptyStateShown || (label->isVisible() && label->text().contains("No leads match"));
        QVERIFY(emptyStateShown);
    }

    void keyboardStarsAndUndo()
    {
        openWindow();
        QTableView *table = page()->table();
        table->setFocus();
        table->selectRow(0);
        const QString callId = callAt(0);
        const int before = value("SELECT coalesce(score, 0) FROM call_logs WHERE call_id = ?", {callId}).toInt();
        QTest::keyClick(table, Qt::Key_4);
        QCOMPARE(value("SELECT score FROM call_logs WHERE call_id = ?", {callId}).toInt(), 4);
        QCOMPARE(model()->index(0, int(storage::LeadColumn::Stars)).data(models::LeadsTableModel::StarsRole).toInt(), 4);
        QAction *undo = m_window->actions()->action("edit.undo");
        QCOMPARE(undo->text(), QString("Undo Set rating to 4 stars"));
        QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(value("SELECT coalesce(score, 0) FROM call_logs WHERE call_id = ?", {callId}).toInt(), before);
        QCOMPARE(model()->index(0, int(storage::LeadColumn::Stars)).data(models::LeadsTableModel::StarsRole).toInt(), before);
        QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(value("SELECT score FROM call_logs WHERE call_id = ?", {callId}).toInt(), 4);
        // The detail pane shows the same lead and the same rating at once.
        QCOMPARE(page()->detailPane()->callId(), callId);
    }

    void bulkEditIsOneUndoStep()
    {
        openWindow();
        QTableView *table = page()->table();
        table->setFocus();
        table->selectionModel()->select(QItemSelection(model()->index(0, 0), model()->index(2, 0)),
                                        QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        const QStringList ids = {callAt(0), callAt(1), callAt(2)};
        m_window->actions()->action("leads.category.spam")->trigger();
        QCOMPARE(value("SELECT count(*) FROM call_logs WHERE category = 'spam' AND category_manual = 1 AND call_id IN (?, ?, ?)",
                       {ids.at(0), ids.at(1), ids.at(2)}).toInt(), 3);
        m_window->actions()->action("edit.undo")->trigger();
        QCOMPARE(value("SELECT count(*) FROM call_logs WHERE category_manual = 1").toInt(), 0);
    }

    void triageInAFilteredListNeverSkipsALead()
    {
        storage::LeadFilter warm;
        warm.categories = {"warm"};
        storage::SavedViewRepository views(m_db->database());
        views.setDefault(m_userId, views.save(m_userId, "Warm", warm));
        openWindow();
        QCOMPARE(model()->rowCount(), 20);
        QTableView *table = page()->table();
        table->setFocus();
        table->selectRow(3);
        const QString next = callAt(4);
        m_window->actions()->action("leads.category.spam")->trigger();   // it leaves the "Warm" list
        waitForReload();
        QCOMPARE(model()->rowCount(), 19);
        QCOMPARE(table->currentIndex().row(), 3);
        QCOMPARE(callAt(3), next);   // the next lead moved up under the cursor, nothing skipped
        QCOMPARE(value("SELECT count(*) FROM call_logs WHERE category = 'warm'").toInt(), 19);
    }

    void savedViewsApplyAndOpenOnStart()
    {
        storage::LeadFilter warm;
        warm.categories = {"warm"};
        storage::SavedViewRepository views(m_db->database());
        const QString id = views.save(m_userId, "Warm leads", warm);
        views.setDefault(m_userId, id);
        openWindow();   // the default view opens on start
        QCOMPARE(model()->filter().categories, QStringList{"warm"});
        QCOMPARE(model()->rowCount(), 20);
        QCOMPARE(page()->savedViews()->currentData().toString(), id);

        // A view that filters by source keeps it although sources load only after the first paint.
        storage::LeadFilter web;
        web.sources = {"Website"};
        const QString webId = views.save(m_userId, "Website leads", web);
        views.setDefault(m_userId, webId);
        m_window.reset();
        openWindow();
        QCOMPARE(model()->filter().sources, QStringList{"Website"});
        views.setDefault(m_userId, id);

        page()->applySavedView({});   // "All leads"
        waitForReload();
        QCOMPARE(model()->rowCount(), 60);
        page()->applySavedView(id);
        waitForReload();
        for (int row = 0; row < model()->rowCount(); ++row)
            QCOMPARE(model()->index(row, int(storage::LeadColumn::Category)).data(models::LeadsTableModel::RawValueRole).toString(), "warm");
    }

    void dragALeadToAnotherStage()
    {
        openWindow();
        m_window->setClient(m_dental);
        m_window->showSection(1);
        ui::PipelinePage *board = m_window->pipelinePage();
        QSignalSpy loaded(board, &ui::PipelinePage::loaded);
        QTRY_COMPARE(board->columns().size(), 4);   // "No stage" + three stages
        QTRY_VERIFY(board->columnModels().at(0)->rowCount() > 0);
        const QModelIndex card = board->columnModels().at(0)->index(0, 0);
        const QString callId = card.data(ui::StageColumnModel::CallIdRole).toString();

        // A real drop on the "Qualified" column's viewport, as the mouse delivers it.
        QListView *target = board->columns().at(2);
        std::unique_ptr<QMimeData> mime(board->columnModels().at(0)->mimeData({card}));
        const QPoint pos = target->viewport()->rect().center();
        QDragEnterEvent enter(pos, Qt::MoveAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(target->viewport(), &enter);
        QDragMoveEvent move(pos, Qt::MoveAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(target->viewport(), &move);
        QDropEvent drop(pos, Qt::MoveAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(target->viewport(), &drop);

        QCOMPARE(value("SELECT pipeline_stage_id FROM call_logs WHERE call_id = ?", {callId}).toString(), m_stages.at(1));
        QCOMPARE(m_window->actions()->action("edit.undo")->text(), QString("Undo Move to stage Qualified"));
        QTRY_VERIFY(!board->columnModels().at(2)->rows().isEmpty());
        QCOMPARE(board->columnModels().at(2)->rows().first().callId, callId);
        m_window->actions()->action("edit.undo")->trigger();
        QVERIFY(value("SELECT pipeline_stage_id FROM call_logs WHERE call_id = ?", {callId}).isNull());
    }

    void keyboardMovesCardsAcrossStages()
    {
        openWindow();
        m_window->setClient(m_dental);
        m_window->showSection(1);
        ui::PipelinePage *board = m_window->pipelinePage();
        QTRY_COMPARE(board->columns().size(), 4);
        QTRY_VERIFY(board->columnModels().at(0)->rowCount() > 0);
        QListView *first = board->columns().at(0);
        first->setFocus();
        first->setCurrentIndex(board->columnModels().at(0)->index(0, 0));
        const QString callId = first->currentIndex().data(ui::StageColumnModel::CallIdRole).toString();
        QTest::keyClick(first, Qt::Key_Right, Qt::ControlModifier);
        QCOMPARE(value("SELECT pipeline_stage_id FROM call_logs WHERE call_id = ?", {callId}).toString(), m_stages.at(0));
        QTRY_VERIFY(board->columns().at(1)->hasFocus());
        QTest::keyClick(board->columns().at(1), Qt::Key_Right, Qt::ControlModifier);
        QCOMPARE(value("SELECT pipeline_stage_id FROM call_logs WHERE call_id = ?", {callId}).toString(), m_stages.at(1));
    }

    void exportsTheCurrentFilter()
    {
        openWindow();
        QTest::keyClicks(page()->filterBar()->searchField(), "smith");
        QTRY_COMPARE(model()->filter().text, QString("smith"));
        const QString path = m_db->folder() + "/export.csv";
        QSignalSpy status(page(), &ui::LeadsPage::statusMessage);
        page()->exportTo(path);
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(path), 10000);
        QTRY_VERIFY(!status.isEmpty() && status.last().first().toString().contains("Exported 20 leads"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray content = file.readAll();
        QCOMPARE(content.count("\r\n"), 21);
        QVERIFY(!content.contains("Jensen"));
    }

    void notesFromTheDetailPane()
    {
        openWindow();
        page()->table()->selectRow(0);
        const QString callId = callAt(0);
        QTRY_COMPARE(page()->detailPane()->callId(), callId);
        page()->detailPane()->findChild<QTabWidget *>()->setCurrentIndex(2);   // the Notes tab
        QPlainTextEdit *noteEditor = nullptr;
        for (auto *edit : page()->detailPane()->findChildren<QPlainTextEdit *>()) {
            if (!edit->isReadOnly())
                noteEditor = edit;
        }
        QVERIFY(noteEditor);
        noteEditor->setFocus();
        QTest::keyClicks(noteEditor, "Call back Tuesday");
        QTest::keyClick(noteEditor, Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(value("SELECT body FROM lead_notes WHERE call_id = ?", {callId}).toString(), QString("Call back Tuesday"));
        QCOMPARE(value("SELECT author_id FROM lead_notes WHERE call_id = ?", {callId}).toString(), m_userId);
        QCOMPARE(m_window->actions()->action("edit.undo")->text(), QString("Undo Add note"));
        QTRY_VERIFY(page()->detailPane()->findChild<QListWidget *>()->count() == 1);
    }

    void commandPaletteRunsCommands()
    {
        openWindow();
        QTimer::singleShot(100, this, [] {
            QWidget *palette = QApplication::activePopupWidget() ? QApplication::activePopupWidget() : QApplication::activeModalWidget();
            QVERIFY(palette);
            auto *input = palette->findChild<QLineEdit *>();
            QTest::keyClicks(input, "go dashboard");
            QTest::keyClick(input, Qt::Key_Return);
        });
        m_window->actions()->action("edit.palette")->trigger();
        QTRY_COMPARE(m_window->findChild<QListWidget *>()->currentRow(), 2);
    }

    void dashboardCountsInSql()
    {
        openWindow();
        QSignalSpy refreshed(m_window->dashboardPage(), &ui::DashboardPage::refreshed);
        m_window->setClient(m_roofing);
        m_window->showSection(2);
        auto *period = m_window->dashboardPage()->findChild<QComboBox *>();
        period->setCurrentIndex(period->findData(0));   // all time
        QTRY_VERIFY(refreshed.count() >= 1);
        QTRY_COMPARE(m_window->dashboardPage()->figures().calls, 20);
        const auto &figures = m_window->dashboardPage()->figures();
        QCOMPARE(figures.warmOrBetter, value("SELECT count(*) FROM call_logs WHERE owner_user_id = ? AND category IN ('warm', 'very_good', 'converted')", {m_roofing}).toLongLong());
        QCOMPARE(figures.answered, value("SELECT count(*) FROM call_logs WHERE owner_user_id = ? AND category NOT IN ('voicemail', 'unanswered')", {m_roofing}).toLongLong());

        // The charts come from the anchor_charts plugin; the category bars add up to the calls.
        const auto views = m_window->dashboardPage()->findChildren<QChartView *>();
        QCOMPARE(views.size(), 4);
        const QChart *categories = views.at(0)->chart();
        QCOMPARE(categories->title(), "Calls by category");
        const auto *bars = qobject_cast<QHorizontalBarSeries *>(categories->series().value(0));
        QVERIFY(bars);
        QCOMPARE(bars->barSets().value(0)->sum(), double(figures.calls));

        // A custom range: the test calls fall on 2026-01-01 to 2026-01-03 (one an hour from 09:00).
        period->setCurrentIndex(period->findData(-1));
        auto dates = m_window->dashboardPage()->findChildren<QDateEdit *>();
        QCOMPARE(dates.size(), 2);
        dates.at(0)->setDate(QDate(2026, 1, 2));
        dates.at(1)->setDate(QDate(2026, 1, 2));
        QTRY_COMPARE(m_window->dashboardPage()->figures().calls,
                     value("SELECT count(*) FROM call_logs WHERE owner_user_id = ? AND started_at >= ? AND started_at < ?",
                           {m_roofing, QDate(2026, 1, 2).startOfDay().toUTC().toString(Qt::ISODateWithMs),
                            QDate(2026, 1, 3).startOfDay().toUTC().toString(Qt::ISODateWithMs)}).toLongLong());
    }

    void enterOpensTheDetailAndTabWalksIt()
    {
        openWindow();
        QTableView *table = page()->table();
        table->setFocus();
        table->selectRow(1);
        QTest::keyClick(table, Qt::Key_Return);
        QTRY_VERIFY(page()->detailPane()->stars()->hasFocus());
        QTest::keyClick(page()->detailPane()->stars(), Qt::Key_2);   // 1-5 in the pane rate too
        QCOMPARE(value("SELECT score FROM call_logs WHERE call_id = ?", {callAt(1)}).toInt(), 2);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), page()->detailPane()->categoryBox());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), page()->detailPane()->stageBox());
    }

    void failedEditShowsAMessageAndTheStoredState()
    {
        openWindow();
        m_db->exec("CREATE TRIGGER refuse BEFORE UPDATE OF score ON call_logs BEGIN SELECT RAISE(ABORT, 'disk said no'); END");
        QTableView *table = page()->table();
        table->setFocus();
        table->selectRow(0);
        const int before = model()->index(0, int(storage::LeadColumn::Stars)).data(models::LeadsTableModel::StarsRole).toInt();
        QTest::keyClick(table, Qt::Key_5);
        bool shown = false;
        for (auto *label : page()->findChildren<QLabel *>())
            shown = shown || (label->isVisible() && label->text().contains("disk said no"));
        QVERIFY(shown);
        waitForReload();
        QCOMPARE(model()->index(0, int(storage::LeadColumn::Stars)).data(models::LeadsTableModel::StarsRole).toInt(), before);
        QVERIFY(!m_window->actions()->action("edit.undo")->isEnabled());
    }
};

QTEST_MAIN(LeadsWorkspaceTest)
#include "tst_leadsworkspace.moc"
