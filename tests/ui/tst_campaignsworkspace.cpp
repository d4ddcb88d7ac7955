// The campaigns workspace and the email log as a user drives them, on the offscreen platform:
// composing a campaign with a manual list (invalid addresses listed first), Send Now with its
// check and confirmation, queueing in the background, undo and redo of an edit, schedule,
// pause and resume, a refused move, the statistics pane after Mailgun events, and the email
// log's filters and detail view. Every test reads the database to prove what was written.
#include "testdatabase.h"

#include <actionregistry.h>
#include <campaigneditordialog.h>
#include <campaignrecipientsmodel.h>
#include <campaignsdocument.h>
#include <campaignspage.h>
#include <campaignstablemodel.h>
#include <campaignstatspane.h>
#include <clientrepository.h>
#include <emaileventrepository.h>
#include <emaillogdetailpane.h>
#include <emaillogmodel.h>
#include <emaillogpage.h>
#include <emailqueuerepository.h>
#include <mainwindow.h>
#include <multiselectbutton.h>
#include <suppressionrepository.h>

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeWidget>

using namespace anchor;
using anchor::testing::TestDatabase;

namespace {

// Answers the next message box with `answer` once it is up; its text lands in *text.
void answerNextMessageBox(QObject *context, QMessageBox::StandardButton answer, QString *text = nullptr)
{
    auto *timer = new QTimer(context);
    QObject::connect(timer, &QTimer::timeout, context, [timer, answer, text] {
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            auto *box = qobject_cast<QMessageBox *>(widget);
            if (box && box->isVisible() && box->button(answer)) {
                timer->stop();
                timer->deleteLater();
                if (text)
                    *text = box->text();
                box->button(answer)->click();
                return;
            }
        }
    });
    timer->start(20);
}

void toggleOption(ui::MultiSelectButton *button, const QString &label)
{
    for (QAction *action : button->menu()->actions()) {
        if (action->text() == label) {
            action->toggle();
            return;
        }
    }
    QFAIL(qPrintable("no option " + label));
}

} // namespace

class CampaignsWorkspaceTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<ui::MainWindow> m_window;
    QString m_client;
    QString m_userId;

    QVariant value(const QString &sql, const QVariantList &binds = {}) { return m_db->scalar(sql, binds); }
    ui::CampaignsPage *page() { return m_window->campaignsPage(); }

    void openWindow()
    {
        m_window = std::make_unique<ui::MainWindow>(m_db->database(), m_userId);
        QSignalSpy painted(m_window.get(), &ui::MainWindow::firstLeadsPagePainted);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(painted.wait(5000));
    }

    void showCampaigns()
    {
        QSignalSpy shown(page(), &ui::CampaignsPage::firstPageShown);
        m_window->showSection(ui::MainWindow::CampaignsSection);
        QVERIFY(shown.count() > 0 || shown.wait(10000));
    }

    QString createCampaign(int addresses, const QString &name = QStringLiteral("Spring offer"))
    {
        storage::CampaignDraft draft;
        draft.clientId = m_client;
        draft.name = name;
        draft.subject = QStringLiteral("Spring is here, {{first_name}}");
        draft.content = QStringLiteral("<p>Hi {{first_name}}, come see us.</p>");
        for (int i = 0; i < addresses; ++i)
            draft.addresses.append(QStringLiteral("p%1@example.com").arg(i));
        return m_window->campaignsDocument()->createCampaign(draft);
    }

    void selectCampaign(const QString &id)
    {
        page()->selectCampaign(id);
        QTRY_COMPARE(page()->currentCampaignId(), id);
    }

    QString statusOf(const QString &id)
    {
        return value(QStringLiteral("SELECT status FROM email_campaigns WHERE id = ?"), {id}).toString();
    }

    static storage::MailgunEvent event(const QString &id, const QString &type, const storage::OutgoingMessage &message,
                                       int minutesAgo)
    {
        storage::MailgunEvent e;
        e.eventId = id;
        e.type = type;
        e.occurredAt = QDateTime::currentDateTimeUtc().addSecs(-60 * minutesAgo);
        e.recipient = message.toAddress;
        e.severity = type == QLatin1String("failed") ? QStringLiteral("permanent") : QString();
        e.reason = type == QLatin1String("failed") ? QStringLiteral("bounce") : QString();
        e.url = type == QLatin1String("clicked") ? QStringLiteral("https://brightsmiles.example/book") : QString();
        e.userVariables = {{QStringLiteral("anchor-key"), message.idempotencyKey}};
        e.payload = QByteArrayLiteral("{}");
        return e;
    }

    QList<storage::OutgoingMessage> queueAndSend(const QString &campaignId)
    {
        storage::CampaignRepository(m_db->database()).startSending(campaignId, m_userId);
        storage::EmailQueueRepository queue(m_db->database());
        const QList<storage::OutgoingMessage> messages = queue.claim(1000, QDateTime::currentDateTimeUtc());
        for (int i = 0; i < messages.size(); ++i)
            queue.markSent(messages.at(i), QStringLiteral("<m%1@mg.example.com>").arg(i),
                           QDateTime::currentDateTimeUtc());
        return messages;
    }

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void init()
    {
        m_db = std::make_unique<TestDatabase>();
        m_client = m_db->addClient(QStringLiteral("Bright Smiles Dental"));
        m_userId = storage::UserRepository(m_db->database()).ensureLocalUser();
        openWindow();
    }

    void cleanup()
    {
        m_window.reset();
        m_db.reset();
    }

    void composeWithManualListAndSendNow()
    {
        showCampaigns();
        ui::CampaignEditorDialog editor(m_window->campaignsDocument(), {}, m_client, m_window.get());
        QCOMPARE(editor.clientBox()->currentData().toString(), m_client);
        editor.nameEdit()->setText(QStringLiteral("Spring offer"));
        editor.subjectEdit()->setText(QStringLiteral("{{first_name}}, your spring check-up"));
        editor.contentEdit()->setPlainText(QStringLiteral("<p>Hi {{first_name}}, use {{coupon}}.</p>"));
        editor.refreshPreview();
        QVERIFY(editor.placeholderWarning()->isVisibleTo(&editor));
        QVERIFY(editor.placeholderWarning()->text().contains(QStringLiteral("{{coupon}}")));
        QVERIFY(editor.previewBrowser()->toPlainText().contains(QStringLiteral("Hi Jane")));

        editor.addressesChoice()->setChecked(true);
        editor.addressesEdit()->setPlainText(QStringLiteral("ann@example.com\nbob@example.com\nnot-an-address\n"
                                                            "cy@example.com\nBOB@example.com\ngone@example.com"));
        QVERIFY(editor.recipientsLabel()->text().contains(QStringLiteral("4 valid address(es)")));
        QVERIFY(editor.recipientsLabel()->text().contains(QStringLiteral("not-an-address")));
        QCOMPARE(editor.invalidAddresses(), QStringList{QStringLiteral("not-an-address")});

        // The first Save lists the invalid address and keeps the dialog open; the second saves without it.
        QVERIFY(!editor.save());
        QVERIFY(editor.messageLabel()->text().contains(QStringLiteral("not-an-address")));
        QCOMPARE(value(QStringLiteral("SELECT count(*) FROM email_campaigns")).toInt(), 0);
        QVERIFY(editor.save());
        const QString id = editor.campaignId();
        QVERIFY(!id.isEmpty());
        QCOMPARE(
            value(QStringLiteral(
                      "SELECT json_array_length(recipient_filters, '$.addresses') FROM email_campaigns WHERE id = ?"),
                  {id})
                .toInt(),
            4);
        QCOMPARE(statusOf(id), QStringLiteral("draft"));

        // One address is on the suppression list: counted, never queued.
        QVERIFY(storage::SuppressionRepository(m_db->database()).add(m_client, QStringLiteral("gone@example.com"), {}));
        selectCampaign(id);
        QVERIFY(m_window->actions()->action(QStringLiteral("campaigns.send"))->isEnabled());
        QString confirmation;
        answerNextMessageBox(this, QMessageBox::Yes, &confirmation);
        QSignalSpy finished(page(), &ui::CampaignsPage::queueingFinished);
        QSignalSpy nudged(page(), &ui::CampaignsPage::sendQueueRequested);
        page()->sendNow();
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.at(0).at(1).toBool(), true);
        QVERIFY2(confirmation.contains(QStringLiteral("3 message(s) will be queued")), qPrintable(confirmation));
        QVERIFY(confirmation.contains(QStringLiteral("1 address(es) are on the suppression list")));
        QVERIFY(confirmation.contains(QStringLiteral("{{coupon}}")));

        QCOMPARE(page()->lastQueueResult().queued, 3);
        QCOMPARE(page()->lastQueueResult().suppressed, 1);
        QVERIFY(page()->resultLabel()->text().contains(QStringLiteral("Queued 3 message(s)")));
        QCOMPARE(nudged.count(), 1);
        QCOMPARE(value(QStringLiteral("SELECT count(*) FROM campaign_recipients WHERE campaign_id = ?"), {id}).toInt(),
                 4);
        QCOMPARE(value(QStringLiteral(
                           "SELECT count(*) FROM campaign_recipients WHERE campaign_id = ? AND status = 'suppressed'"),
                       {id})
                     .toInt(),
                 1);
        QCOMPARE(
            value(QStringLiteral("SELECT count(*) FROM email_job_items WHERE campaign_id = ? AND status = 'pending'"),
                  {id})
                .toInt(),
            3);
        QCOMPARE(
            value(QStringLiteral("SELECT count(DISTINCT idempotency_key) FROM email_job_items WHERE campaign_id = ?"),
                  {id})
                .toInt(),
            3);
        QCOMPARE(statusOf(id), QStringLiteral("sending"));
        QTRY_COMPARE(page()
                         ->model()
                         ->index(page()->model()->rowOfCampaign(id), models::CampaignsTableModel::Status)
                         .data()
                         .toString(),
                     QStringLiteral("Sending"));
        QVERIFY(!m_window->actions()->action(QStringLiteral("campaigns.send"))->isEnabled());
        QVERIFY(m_window->actions()->action(QStringLiteral("campaigns.pause"))->isEnabled());
    }

    void sendNowShowsProgressAndCanBeCancelled()
    {
        showCampaigns();
        const int total = 3000;
        const QString id = createCampaign(total);
        selectCampaign(id);
        models::CampaignsDocument *document = m_window->campaignsDocument();
        QVERIFY(page()->queueingBar()->isHidden());

        // Cancel as soon as queueing starts: the bar is up with its button, and nothing is queued.
        QSignalSpy finished(page(), &ui::CampaignsPage::queueingFinished);
        bool barShown = false;
        auto cancelAtStart = connect(document, &models::CampaignsDocument::queueingStarted, this, [&] {
            barShown = page()->queueingBar()->isVisibleTo(page()) && page()->cancelQueueingButton()->isEnabled();
            page()->cancelQueueingButton()->click();
        });
        answerNextMessageBox(this, QMessageBox::Yes);
        page()->sendNow();
        QVERIFY(finished.wait(30000));
        disconnect(cancelAtStart);
        QVERIFY(barShown);
        QCOMPARE(finished.at(0).at(1).toBool(), false);
        QVERIFY2(page()->resultLabel()->text().contains(QStringLiteral("cancelled")),
                 qPrintable(page()->resultLabel()->text()));
        QVERIFY(page()->queueingBar()->isHidden());
        QCOMPARE(value(QStringLiteral("SELECT count(*) FROM email_job_items")).toInt(), 0);
        QCOMPARE(value(QStringLiteral("SELECT count(*) FROM campaign_recipients")).toInt(), 0);
        QCOMPARE(statusOf(id), QStringLiteral("draft"));
        QTRY_VERIFY(m_window->actions()->action(QStringLiteral("campaigns.send"))->isEnabled());

        // Again, to the end: the bar counts up to the whole audience, then goes away.
        QList<std::pair<int, int>> shown;
        connect(document, &models::CampaignsDocument::queueProgress, this, [&] {
            shown.append({page()->queueingProgress()->value(), page()->queueingProgress()->maximum()});
        });
        answerNextMessageBox(this, QMessageBox::Yes);
        page()->sendNow();
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.at(1).at(1).toBool(), true);
        QVERIFY(!shown.isEmpty());
        QCOMPARE(shown.last(), std::make_pair(total, total));
        QVERIFY(page()->queueingBar()->isHidden());
        QCOMPARE(value(QStringLiteral("SELECT count(*) FROM email_job_items WHERE campaign_id = ?"), {id}).toInt(),
                 total);
        QCOMPARE(statusOf(id), QStringLiteral("sending"));
    }

    void sendNowDeclinedQueuesNothing()
    {
        showCampaigns();
        const QString id = createCampaign(2);
        selectCampaign(id);
        QString confirmation;
        answerNextMessageBox(this, QMessageBox::No, &confirmation);
        page()->sendNow();
        QTRY_VERIFY(!confirmation.isEmpty());
        QTest::qWait(100);
        QCOMPARE(value(QStringLiteral("SELECT count(*) FROM email_job_items")).toInt(), 0);
        QCOMPARE(statusOf(id), QStringLiteral("draft"));
    }

    void undoRedoEditScheduleAndPauseResume()
    {
        showCampaigns();
        const QString id = createCampaign(2);
        selectCampaign(id);
        QAction *undo = m_window->actions()->action(QStringLiteral("edit.undo"));
        QAction *redo = m_window->actions()->action(QStringLiteral("edit.redo"));

        {
            ui::CampaignEditorDialog editor(m_window->campaignsDocument(), id, {}, m_window.get());
            QCOMPARE(editor.nameEdit()->text(), QStringLiteral("Spring offer"));
            QCOMPARE(editor.addressesEdit()->toPlainText(), QStringLiteral("p0@example.com\np1@example.com"));
            editor.subjectEdit()->setText(QStringLiteral("Last chance"));
            QVERIFY(editor.save());
        }
        const QString subject = QStringLiteral("SELECT subject FROM email_campaigns WHERE id = ?");
        QCOMPARE(value(subject, {id}).toString(), QStringLiteral("Last chance"));
        undo->trigger();
        QCOMPARE(value(subject, {id}).toString(), QStringLiteral("Spring is here, {{first_name}}"));
        redo->trigger();
        QCOMPARE(value(subject, {id}).toString(), QStringLiteral("Last chance"));

        const QDateTime when = QDateTime::currentDateTimeUtc().addDays(3);
        page()->scheduleCurrent(when);
        QCOMPARE(statusOf(id), QStringLiteral("scheduled"));
        QTRY_COMPARE(page()
                         ->model()
                         ->index(page()->model()->rowOfCampaign(id), models::CampaignsTableModel::Status)
                         .data()
                         .toString(),
                     QStringLiteral("Scheduled"));
        QTRY_VERIFY(m_window->actions()->action(QStringLiteral("campaigns.pause"))->isEnabled());
        page()->pauseCurrent();
        QCOMPARE(statusOf(id), QStringLiteral("paused"));
        QTRY_VERIFY(m_window->actions()->action(QStringLiteral("campaigns.resume"))->isEnabled());
        page()->resumeCurrent();
        QCOMPARE(statusOf(id), QStringLiteral("scheduled"));
        undo->trigger(); // the resume
        QCOMPARE(statusOf(id), QStringLiteral("paused"));
        undo->trigger(); // the pause
        QCOMPARE(statusOf(id), QStringLiteral("scheduled"));
        undo->trigger(); // the schedule
        QCOMPARE(statusOf(id), QStringLiteral("draft"));
        redo->trigger();
        QCOMPARE(statusOf(id), QStringLiteral("scheduled"));

        // A sending campaign: pause holds the queue back, resume lets it go; both undoable.
        const QString sending = createCampaign(3, QStringLiteral("Autumn news"));
        storage::CampaignRepository(m_db->database()).startSending(sending, m_userId);
        m_window->campaignsDocument()->announce();
        selectCampaign(sending);
        QTRY_VERIFY(m_window->actions()->action(QStringLiteral("campaigns.pause"))->isEnabled());
        QVERIFY(!m_window->actions()->action(QStringLiteral("campaigns.resume"))->isEnabled());
        page()->pauseCurrent();
        QCOMPARE(statusOf(sending), QStringLiteral("paused"));
        QCOMPARE(storage::EmailQueueRepository(m_db->database()).claim(10, QDateTime::currentDateTimeUtc()).size(), 0);
        undo->trigger();
        QCOMPARE(statusOf(sending), QStringLiteral("sending"));
        redo->trigger();
        QCOMPARE(statusOf(sending), QStringLiteral("paused"));
        QTRY_VERIFY(m_window->actions()->action(QStringLiteral("campaigns.resume"))->isEnabled());
        page()->resumeCurrent();
        QCOMPARE(statusOf(sending), QStringLiteral("sending"));

        // A refused move says why and changes nothing.
        QVERIFY(!m_window->campaignsDocument()->resumeCampaign(sending));
        QTRY_VERIFY(page()->resultLabel()->text().contains(QStringLiteral("paused")));
        QCOMPARE(statusOf(sending), QStringLiteral("sending"));
    }

    void statisticsPaneShowsEvents()
    {
        const QString id = createCampaign(5);
        const QList<storage::OutgoingMessage> messages = queueAndSend(id);
        QCOMPARE(messages.size(), 5);
        QList<storage::MailgunEvent> events;
        for (int i = 0; i < 4; ++i)
            events.append(event(QStringLiteral("d%1").arg(i), QStringLiteral("delivered"), messages.at(i), 120));
        events.append(event(QStringLiteral("f4"), QStringLiteral("failed"), messages.at(4), 118));
        events.append(event(QStringLiteral("o0"), QStringLiteral("opened"), messages.at(0), 90));
        events.append(event(QStringLiteral("o0b"), QStringLiteral("opened"), messages.at(0), 60));
        events.append(event(QStringLiteral("o1"), QStringLiteral("opened"), messages.at(1), 60));
        events.append(event(QStringLiteral("c1"), QStringLiteral("clicked"), messages.at(1), 59));
        events.append(event(QStringLiteral("u2"), QStringLiteral("unsubscribed"), messages.at(2), 30));
        const storage::ApplySummary summary = storage::EmailEventRepository(m_db->database()).apply({}, events);
        QCOMPARE(summary.inserted, 10);

        showCampaigns();
        ui::CampaignStatsPane *stats = page()->statsPane();
        QSignalSpy refreshed(stats, &ui::CampaignStatsPane::refreshed);
        selectCampaign(id);
        QTRY_COMPARE(stats->campaignId(), id);
        QTRY_COMPARE(stats->figureText(QStringLiteral("delivered")), QStringLiteral("4"));
        QCOMPARE(stats->figureText(QStringLiteral("sent")), QStringLiteral("5"));
        QCOMPARE(stats->rateText(QStringLiteral("delivered")), QStringLiteral("80.0%"));
        QCOMPARE(stats->figureText(QStringLiteral("opened")), QStringLiteral("2")); // unique opens
        QCOMPARE(stats->rateText(QStringLiteral("opened")), QStringLiteral("50.0%"));
        QCOMPARE(stats->figureText(QStringLiteral("clicked")), QStringLiteral("1"));
        QCOMPARE(stats->rateText(QStringLiteral("clicked")), QStringLiteral("25.0%"));
        QCOMPARE(stats->figureText(QStringLiteral("bounced")), QStringLiteral("1"));
        QCOMPARE(stats->rateText(QStringLiteral("bounced")), QStringLiteral("20.0%"));
        QCOMPARE(stats->figureText(QStringLiteral("unsubscribed")), QStringLiteral("1"));
        QCOMPARE(stats->figureText(QStringLiteral("suppressed")), QStringLiteral("0"));
        QVERIFY(!stats->timeline().isEmpty());

        // The chart comes from the plugin on first look.
        stats->tabs()->setCurrentIndex(0);
        QTRY_VERIFY(stats->chartView() != nullptr);
        QCOMPARE(stats->chartView()->objectName(), QStringLiteral("campaignChart"));

        // The campaigns list shows the same rates.
        const int row = page()->model()->rowOfCampaign(id);
        QCOMPARE(page()->model()->index(row, models::CampaignsTableModel::OpenRate).data().toString(),
                 QStringLiteral("50.0%"));

        // Per-recipient statuses, filtered.
        stats->tabs()->setCurrentIndex(1);
        QTRY_COMPARE(stats->recipientsModel()->rowCount(), 5);
        const int bounced = stats->recipientStatusFilter()->findData(QStringLiteral("bounced"));
        QVERIFY(bounced > 0);
        stats->recipientStatusFilter()->setCurrentIndex(bounced);
        QTRY_COMPARE(stats->recipientsModel()->rowCount(), 1);
        QCOMPARE(stats->recipientsModel()->index(0, models::CampaignRecipientsModel::Email).data().toString(),
                 messages.at(4).toAddress);
    }

    void emailLogFiltersAndDetail()
    {
        const QString other = m_db->addClient(QStringLiteral("Top Roofing"));
        storage::EmailQueueRepository queue(m_db->database());
        const auto queueMail = [&queue](const QString &client, const QString &type, const QString &to,
                                        const QString &html) {
            storage::TransactionalEmail mail;
            mail.emailType = type;
            mail.clientId = client;
            mail.toAddress = to;
            mail.subject = QStringLiteral("About %1").arg(to);
            mail.html = html;
            return queue.enqueueTransactional(mail);
        };
        queueMail(m_client, QStringLiteral("task_notification"), QStringLiteral("ann@example.com"),
                  QStringLiteral("<p>Task</p>"));
        queueMail(other, QStringLiteral("document_review"), QStringLiteral("bob@example.com"),
                  QStringLiteral("<p>Review</p>"));
        const QString campaignId = createCampaign(1);
        const QList<storage::OutgoingMessage> sent = queueAndSend(campaignId); // also sends the two above
        storage::EmailEventRepository(m_db->database())
            .apply({}, {event(QStringLiteral("ev-d"), QStringLiteral("delivered"), sent.last(), 5)});
        // A message with a remote image: it must not be fetched when shown.
        const QString tracked =
            queueMail(m_client, QStringLiteral("task_notification"), QStringLiteral("cy@example.com"),
                      QStringLiteral("<p>Hello <img src=\"http://127.0.0.1:9/pixel.png\"></p>"));
        m_db->exec(QStringLiteral("UPDATE email_logs SET created_at = '2026-01-05T12:00:00.000Z' WHERE id = ?"),
                   {tracked});

        ui::EmailLogPage *log = m_window->emailLogPage();
        QSignalSpy shown(log, &ui::EmailLogPage::firstPageShown);
        m_window->showSection(ui::MainWindow::EmailLogSection);
        QVERIFY(shown.wait(10000));
        QTRY_COMPARE(log->model()->rowCount(), 4);
        QTRY_VERIFY(log->countLabel()->text().startsWith(QStringLiteral("4 ")));

        toggleOption(log->statusFilter(), QStringLiteral("Pending"));
        QTRY_COMPARE(log->model()->rowCount(), 1);
        QCOMPARE(log->model()->rowAt(0)->id, tracked);
        toggleOption(log->statusFilter(), QStringLiteral("Pending"));
        toggleOption(log->statusFilter(), QStringLiteral("Delivered"));
        QTRY_COMPARE(log->model()->rowCount(), 1);
        QCOMPARE(log->model()->rowAt(0)->emailType, QStringLiteral("campaign"));
        toggleOption(log->statusFilter(), QStringLiteral("Delivered"));
        QTRY_COMPARE(log->model()->rowCount(), 4);

        toggleOption(log->typeFilter(), QStringLiteral("Document review request"));
        QTRY_COMPARE(log->model()->rowCount(), 1);
        QCOMPARE(log->model()->rowAt(0)->recipientEmail, QStringLiteral("bob@example.com"));
        toggleOption(log->typeFilter(), QStringLiteral("Document review request"));

        log->clientFilter()->setCurrentIndex(log->clientFilter()->findData(other));
        QTRY_COMPARE(log->model()->rowCount(), 1);
        log->clientFilter()->setCurrentIndex(0);
        QTRY_COMPARE(log->model()->rowCount(), 4);

        log->searchField()->setText(QStringLiteral("ann@"));
        QTRY_COMPARE(log->model()->rowCount(), 1);
        log->searchField()->clear();
        QTRY_COMPARE(log->model()->rowCount(), 4);

        log->periodFilter()->setCurrentIndex(log->periodFilter()->findData(-1)); // date range
        log->fromEdit()->setDate(QDate(2026, 1, 1));
        log->toEdit()->setDate(QDate(2026, 1, 31));
        QTRY_COMPARE(log->model()->rowCount(), 1);
        QCOMPARE(log->model()->rowAt(0)->id, tracked);

        // The detail view: the HTML rendered with nothing remote loaded.
        ui::EmailLogDetailPane *detail = log->detailPane();
        log->table()->setCurrentIndex(log->model()->index(0, 0));
        QTRY_VERIFY(detail->entry().has_value() && detail->entry()->row.id == tracked);
        QVERIFY(detail->messageBrowser()->toPlainText().contains(QStringLiteral("Hello")));
        QVERIFY(!detail->messageBrowser()
                     ->loadResource(QTextDocument::ImageResource, QUrl(QStringLiteral("http://127.0.0.1:9/pixel.png")))
                     .isValid());
        QVERIFY(detail->headerLabel()->text().contains(QStringLiteral("cy@example.com")));

        // A campaign message shows its recipient's tracking events.
        log->periodFilter()->setCurrentIndex(0);
        toggleOption(log->typeFilter(), QStringLiteral("Campaign"));
        QTRY_COMPARE(log->model()->rowCount(), 1);
        log->table()->setCurrentIndex(log->model()->index(0, 0));
        QTRY_VERIFY(detail->entry().has_value() && detail->entry()->row.emailType == QLatin1String("campaign"));
        QCOMPARE(detail->events().size(), 1);
        QCOMPARE(detail->eventsView()->topLevelItem(0)->text(1), QStringLiteral("Delivered"));
    }

    void emailMenuOpensTheDialogs()
    {
        for (const char *id :
             {"email.templates", "email.segments", "email.mailgun", "email.sendqueue", "go.campaigns", "go.emaillog"})
            QVERIFY2(m_window->actions()->action(QString::fromLatin1(id)), id);
        m_window->actions()->action(QStringLiteral("go.emaillog"))->trigger();
        QCOMPARE(m_window->findChild<QListWidget *>()->currentRow(), int(ui::MainWindow::EmailLogSection));
        // Templates... opens U1's dialog as a modal window; close it again.
        QTimer::singleShot(200, this, [] {
            if (QWidget *dialog = QApplication::activeModalWidget())
                dialog->close();
        });
        m_window->actions()->action(QStringLiteral("email.templates"))->trigger();
    }
};

QTEST_MAIN(CampaignsWorkspaceTest)
#include "tst_campaignsworkspace.moc"
