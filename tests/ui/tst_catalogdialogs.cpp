// The services and journey templates dialogs as a user drives them, on the offscreen platform:
// typing prices, dragging and moving steps, refusing a template without steps. Every test reads
// the database afterwards to prove what was written. ANCHOR_TEST_GRABS=<folder> saves pictures.
#include "testdatabase.h"

#include <catalogdocument.h>
#include <journeytemplatesdialog.h>
#include <journeytemplaterepository.h>
#include <servicelistmodel.h>
#include <servicesdialog.h>
#include <templatestepsmodel.h>

#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace anchor;
using anchor::testing::TestDatabase;

namespace {

void grab(QWidget *widget, const QString &name)
{
    const QString folder = qEnvironmentVariable("ANCHOR_TEST_GRABS");
    if (!folder.isEmpty())
        widget->grab().save(QDir(folder).filePath(name + QStringLiteral(".png")));
}

QPushButton *button(QWidget *dialog, const QString &text)
{
    for (QPushButton *candidate : dialog->findChildren<QPushButton *>()) {
        if (candidate->text().remove(u'&') == text)
            return candidate;
    }
    return nullptr;
}

// Answers the next message box with `answer` once it is up.
void answerNextMessageBox(QObject *context, QMessageBox::StandardButton answer)
{
    auto *timer = new QTimer(context);
    QObject::connect(timer, &QTimer::timeout, context, [timer, answer] {
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            auto *box = qobject_cast<QMessageBox *>(widget);
            if (box && box->isVisible() && box->button(answer)) {
                timer->deleteLater();
                timer->stop();
                box->button(answer)->click();
                return;
            }
        }
    });
    timer->start(20);
}

// Drags a row of a view onto a point of its viewport: the drag enter, move and drop events a
// mouse drag delivers, with the data the view itself puts on the drag.
void dragRow(QTableView *view, int row, const QPoint &target)
{
    view->selectRow(row);
    std::unique_ptr<QMimeData> data(view->model()->mimeData(view->selectionModel()->selectedIndexes()));
    QVERIFY(data);
    QDragEnterEvent enter(target, Qt::MoveAction, data.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(view->viewport(), &enter);
    QVERIFY(enter.isAccepted());
    QDragMoveEvent move(target, Qt::MoveAction, data.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(view->viewport(), &move);
    QVERIFY(move.isAccepted());
    QDropEvent drop(target, Qt::MoveAction, data.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(view->viewport(), &drop);
}

} // namespace

class CatalogDialogsTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<QUndoStack> m_stack;
    std::unique_ptr<models::CatalogDocument> m_document;
    QString m_client;

    QVariant value(const QString &sql, const QVariantList &binds = {}) { return m_db->scalar(sql, binds); }
    QString serviceId(const QString &name)
    {
        return value("SELECT id FROM services WHERE user_id = ? AND name = ?", {m_client, name}).toString();
    }
    QString templateId(const QString &name)
    {
        storage::JourneyTemplateRepository(m_db->database()).list();   // adds the shipped ones
        return value("SELECT id FROM journey_templates WHERE name = ?", {name}).toString();
    }
    QStringList storedSteps(const QString &id)
    {
        QStringList labels;
        QSqlQuery query(m_db->database().connection());
        query.prepare("SELECT position, label FROM journey_template_steps WHERE template_id = ? ORDER BY position");
        query.addBindValue(id);
        query.exec();
        for (int expected = 0; query.next(); ++expected) {
            if (query.value(0).toInt() != expected)
                labels.append("position gap");
            labels.append(query.value(1).toString());
        }
        return labels;
    }

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void init()
    {
        m_db = std::make_unique<TestDatabase>();
        m_client = m_db->addClient("Bright Smile Dental");
        m_stack = std::make_unique<QUndoStack>();
        m_document = std::make_unique<models::CatalogDocument>(m_db->database(), m_stack.get());
    }
    void cleanup()
    {
        m_document.reset();
        m_stack.reset();
        m_db.reset();
    }

    void typingAPriceSavesCents()
    {
        ui::ServicesDialog dialog(m_document.get(), m_client);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        auto *price = dialog.findChild<QLineEdit *>("servicePrice");
        auto *message = dialog.findChild<QLabel *>("servicesMessage");
        QVERIFY(price && message);

        const QString implants = serviceId("Implants");
        QVERIFY(!implants.isEmpty());   // seeded from the dental presets when the dialog opened
        dialog.view()->selectRow(dialog.model()->rowOf(implants));
        QCOMPARE(dialog.currentServiceId(), implants);
        price->setFocus();
        QTest::keyClicks(price, "$2,450.5");
        QVERIFY(dialog.hasUnsavedChanges());
        QTest::keyClick(price, Qt::Key_S, Qt::ControlModifier);   // the Save button's shortcut clicks it animated
        QTRY_COMPARE(value("SELECT base_price FROM services WHERE id = ?", {implants}).toLongLong(), 245050);
        QCOMPARE(price->text(), "$2,450.50");
        QVERIFY(!dialog.hasUnsavedChanges());
        QCOMPARE(dialog.model()->index(dialog.model()->rowOf(implants), models::ServiceListModel::PriceColumn).data().toString(),
                 "$2,450.50");

        // Not money: refused with a message, nothing written.
        price->selectAll();
        QTest::keyClicks(price, "about 2k");
        QTest::keyClick(price, Qt::Key_Return);
        QTRY_VERIFY(message->text().contains("not an amount of money"));
        QCOMPARE(value("SELECT base_price FROM services WHERE id = ?", {implants}).toLongLong(), 245050);
        QCOMPARE(m_stack->count(), 1);
        button(&dialog, "Revert")->click();
        QCOMPARE(price->text(), "$2,450.50");

        // A new service, typed the plain way.
        QTest::keyClick(dialog.view(), Qt::Key_N, Qt::ControlModifier);
        auto *name = dialog.findChild<QLineEdit *>("serviceName");
        QTRY_VERIFY(name->hasFocus());
        QCOMPARE(dialog.currentServiceId(), QString());
        QTest::keyClicks(name, "Night guards");
        QTest::keyClicks(price, "1250");
        QTest::keyClick(name, Qt::Key_Return);
        QTRY_VERIFY(!serviceId("Night guards").isEmpty());
        const QString guards = serviceId("Night guards");
        QCOMPARE(dialog.currentServiceId(), guards);
        QCOMPARE(value("SELECT base_price FROM services WHERE id = ?", {guards}).toLongLong(), 125000);
        grab(&dialog, "services");

        // Deactivate, then undo it from the dialog.
        button(&dialog, "Deactivate")->click();
        QCOMPARE(value("SELECT active FROM services WHERE id = ?", {guards}).toInt(), 0);
        QVERIFY(button(&dialog, "Activate"));
        dialog.view()->setFocus();
        QTest::keyClick(dialog.view(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(value("SELECT active FROM services WHERE id = ?", {guards}).toInt(), 1);

        // Delete: refused while an active client agreed to the service, then allowed.
        m_db->exec("INSERT INTO active_clients (id, owner_user_id, client_name) VALUES ('ac1', ?, 'Ann Lee')", {m_client});
        m_db->exec("INSERT INTO client_services (active_client_id, service_id) VALUES ('ac1', ?)", {guards});
        dialog.view()->setFocus();
        QTest::keyClick(dialog.view(), Qt::Key_Delete);
        QVERIFY(message->text().contains("mark it inactive"));
        QCOMPARE(value("SELECT count(*) FROM services WHERE id = ?", {guards}).toInt(), 1);
        m_db->exec("DELETE FROM client_services");
        QTest::keyClick(dialog.view(), Qt::Key_Delete);
        QCOMPARE(value("SELECT count(*) FROM services WHERE id = ?", {guards}).toInt(), 0);
        QCOMPARE(dialog.model()->rowOf(guards), -1);
        m_stack->undo();
        QCOMPARE(value("SELECT base_price FROM services WHERE id = ?", {guards}).toLongLong(), 125000);
        QVERIFY(dialog.model()->rowOf(guards) >= 0);
    }

    void draggingAStepReordersTheSavedTemplate()
    {
        const QString id = templateId("New patient consultation");
        const QStringList before = storedSteps(id);
        QCOMPARE(before.size(), 6);
        ui::JourneyTemplatesDialog dialog(m_document.get(), m_client);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        dialog.selectTemplate(id);
        QCOMPARE(dialog.currentTemplateId(), id);
        QTableView *view = dialog.stepsView();
        QCOMPARE(view->model()->rowCount(), 6);

        // The first step, dropped on the lower half of the last row, becomes the last step.
        const QRect last = view->visualRect(view->model()->index(5, 0));
        dragRow(view, 0, QPoint(last.center().x(), last.bottom() - 2));
        QCOMPARE(view->model()->rowCount(), 6);   // moved, not copied or lost
        QCOMPARE(view->model()->index(5, 0).data().toString(), before.at(0));
        QVERIFY(dialog.hasUnsavedChanges());
        QCOMPARE(storedSteps(id), before);   // nothing written before Save
        grab(&dialog, "templates");
        QVERIFY(dialog.save());
        QCOMPARE(storedSteps(id), (QStringList{before.at(1), before.at(2), before.at(3), before.at(4), before.at(5),
                                               before.at(0)}));

        // Keyboard: Ctrl+Up moves the selected step (still the dragged one) up.
        view->setFocus();
        view->setCurrentIndex(view->model()->index(5, 0));
        QTest::keyClick(view, Qt::Key_Up, Qt::ControlModifier);
        QTest::keyClick(view, Qt::Key_Up, Qt::ControlModifier);
        QCOMPARE(view->currentIndex().row(), 3);
        QTest::keyClick(view, Qt::Key_Down, Qt::ControlModifier);
        QCOMPARE(view->model()->index(4, 0).data().toString(), before.at(0));
        QTest::keyClick(view, Qt::Key_S, Qt::ControlModifier);
        QTRY_COMPARE(storedSteps(id), (QStringList{before.at(1), before.at(2), before.at(3), before.at(4), before.at(0),
                                               before.at(5)}));

        // Undo puts back the stored order, and the editor shows it.
        m_stack->undo();
        m_stack->undo();
        QCOMPARE(storedSteps(id), before);
        QCOMPARE(view->model()->index(0, 0).data().toString(), before.at(0));
    }

    void editingAStepAndItsMessage()
    {
        const QString id = templateId("New lead follow-up");
        ui::JourneyTemplatesDialog dialog(m_document.get(), m_client);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        dialog.selectTemplate(id);
        QVERIFY(dialog.findChild<QLabel *>("placeholderHint")->text().contains("{{business_name}}"));
        QTableView *view = dialog.stepsView();
        view->setCurrentIndex(view->model()->index(1, models::TemplateStepsModel::ChannelColumn));
        QVERIFY(view->model()->setData(view->currentIndex(), "meeting"));
        auto *message = dialog.findChild<QPlainTextEdit *>("stepMessage");
        message->selectAll();
        QTest::keyClicks(message, "Hello {{first_name}}");
        button(&dialog, "Add step")->click();
        auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        QVERIFY(editor);   // the new step's label, open for typing
        QTest::keyClicks(editor, "Reminder");
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_COMPARE(view->model()->index(2, 0).data().toString(), "Reminder");   // committed queued
        QVERIFY(dialog.save());
        const storage::JourneyTemplate stored = *storage::JourneyTemplateRepository(m_db->database()).find(id);
        QCOMPARE(stored.steps.at(1).channel, "meeting");
        QCOMPARE(stored.steps.at(1).message, "Hello {{first_name}}");
        QCOMPARE(stored.steps.at(2).label, "Reminder");
        QCOMPARE(stored.steps.size(), 6);
    }

    void aTemplateWithoutStepsIsRefused()
    {
        const QString id = templateId("Sleep consultation");
        const QStringList before = storedSteps(id);
        ui::JourneyTemplatesDialog dialog(m_document.get(), m_client);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        dialog.selectTemplate(id);
        QTableView *view = dialog.stepsView();
        view->setFocus();
        while (view->model()->rowCount() > 0)
            QTest::keyClick(view, Qt::Key_Delete);
        QVERIFY(dialog.hasUnsavedChanges());
        button(&dialog, "Save")->click();
        QCOMPARE(dialog.findChild<QLabel *>("templatesMessage")->text(), "A journey template needs at least one step.");
        QCOMPARE(storedSteps(id), before);
        QCOMPARE(m_stack->count(), 0);
        QVERIFY(dialog.hasUnsavedChanges());
        grab(&dialog, "templates-refused");

        // An offset out of range is refused the same way.
        button(&dialog, "Revert")->click();
        QCOMPARE(view->model()->rowCount(), before.size());
        view->model()->setData(view->model()->index(0, models::TemplateStepsModel::WeeksColumn), 600);
        QVERIFY(!dialog.save());
        QVERIFY(dialog.findChild<QLabel *>("templatesMessage")->text().contains("Step 1"));
        QCOMPARE(storedSteps(id), before);
        button(&dialog, "Revert")->click();
    }

    void duplicateAndDeleteTemplates()
    {
        const QString id = templateId("Roofing estimate");
        const int templates = value("SELECT count(*) FROM journey_templates").toInt();
        ui::JourneyTemplatesDialog dialog(m_document.get(), m_client);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        dialog.selectTemplate(id);
        QTest::keyClick(dialog.templateList(), Qt::Key_D, Qt::ControlModifier);
        QTRY_VERIFY(dialog.currentTemplateId() != id);
        const QString copy = dialog.currentTemplateId();
        QVERIFY(!copy.isEmpty() && copy != id);
        QCOMPARE(value("SELECT name FROM journey_templates WHERE id = ?", {copy}).toString(), "Roofing estimate (copy)");
        QCOMPARE(storedSteps(copy), storedSteps(id));

        // Delete asks first; No keeps it.
        answerNextMessageBox(this, QMessageBox::No);
        button(&dialog, "Delete")->click();
        QCOMPARE(value("SELECT count(*) FROM journey_templates WHERE id = ?", {copy}).toInt(), 1);
        answerNextMessageBox(this, QMessageBox::Yes);
        dialog.activateWindow();   // back from the message box
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        dialog.templateList()->setFocus();
        QTest::keyClick(dialog.templateList(), Qt::Key_Delete);
        QCOMPARE(value("SELECT count(*) FROM journey_templates WHERE id = ?", {copy}).toInt(), 0);
        QCOMPARE(value("SELECT count(*) FROM journey_templates").toInt(), templates);
        QVERIFY(!dialog.currentTemplateId().isEmpty());   // another template is shown

        // A new template, saved for this client only.
        button(&dialog, "New")->click();
        QVERIFY(dialog.hasUnsavedChanges());
        auto *name = dialog.findChild<QLineEdit *>("templateName");
        QTest::keyClicks(name, "Whitening promo");
        QVERIFY(dialog.save());
        const QString added = dialog.currentTemplateId();
        QCOMPARE(value("SELECT owner_user_id FROM journey_templates WHERE id = ?", {added}).toString(), m_client);
        QCOMPARE(storedSteps(added).size(), 1);
        QCOMPARE(dialog.templateList()->currentItem()->text(), "Whitening promo");
    }
};

QTEST_MAIN(CatalogDialogsTest)
#include "tst_catalogdialogs.moc"
