#include "emaillogdetailpane.h"

#include <backgroundwork.h>
#include <emaileventrepository.h>
#include <storageerror.h>

#include <QFutureWatcher>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace anchor::ui {

namespace {

// Renders a message without fetching anything it refers to: remote images are tracking pixels
// and would tell the sender (or Mailgun) the message was opened by us; local files are none of
// the message's business. Inline data: images still show.
class OfflineBrowser final : public QTextBrowser
{
public:
    using QTextBrowser::QTextBrowser;

    QVariant loadResource(int type, const QUrl &name) override
    {
        if (name.scheme() == QLatin1String("data"))
            return QTextBrowser::loadResource(type, name);
        return {};
    }
};

struct Loaded
{
    std::optional<storage::EmailLogEntry> entry;
    QList<storage::MailgunEvent> events;
    QString error;
};

QString eventLabel(const QString &type)
{
    static const QHash<QString, const char *> labels = {
        {QStringLiteral("accepted"), QT_TRANSLATE_NOOP("anchor::ui::EmailLogDetailPane", "Accepted by Mailgun")},
        {QStringLiteral("delivered"), QT_TRANSLATE_NOOP("anchor::ui::EmailLogDetailPane", "Delivered")},
        {QStringLiteral("failed"), QT_TRANSLATE_NOOP("anchor::ui::EmailLogDetailPane", "Failed")},
        {QStringLiteral("rejected"), QT_TRANSLATE_NOOP("anchor::ui::EmailLogDetailPane", "Rejected")},
        {QStringLiteral("opened"), QT_TRANSLATE_NOOP("anchor::ui::EmailLogDetailPane", "Opened")},
        {QStringLiteral("clicked"), QT_TRANSLATE_NOOP("anchor::ui::EmailLogDetailPane", "Clicked")},
        {QStringLiteral("unsubscribed"), QT_TRANSLATE_NOOP("anchor::ui::EmailLogDetailPane", "Unsubscribed")},
        {QStringLiteral("complained"), QT_TRANSLATE_NOOP("anchor::ui::EmailLogDetailPane", "Complained (spam)")},
        {QStringLiteral("stored"), QT_TRANSLATE_NOOP("anchor::ui::EmailLogDetailPane", "Stored")},
    };
    const char *source = labels.value(type);
    return source ? QCoreApplication::translate("anchor::ui::EmailLogDetailPane", source) : type;
}

} // namespace

EmailLogDetailPane::EmailLogDetailPane(storage::Database database, QWidget *parent)
    : QWidget(parent)
    , m_database(std::move(database))
    , m_header(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_html(new OfflineBrowser(this))
    , m_text(new QPlainTextEdit(this))
    , m_metadata(new QPlainTextEdit(this))
    , m_eventList(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("emailLogDetailPane"));
    m_header->setWordWrap(true);
    m_header->setTextFormat(Qt::RichText);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_html->setOpenLinks(false);
    m_html->setOpenExternalLinks(false);
    m_html->setAccessibleName(tr("Message"));
    m_text->setReadOnly(true);
    m_text->setAccessibleName(tr("Plain-text part"));
    m_metadata->setReadOnly(true);
    m_metadata->setAccessibleName(tr("Details"));
    m_eventList->setRootIsDecorated(false);
    m_eventList->setHeaderLabels({tr("Time"), tr("Event"), tr("Details")});
    m_eventList->setAccessibleName(tr("Tracking events"));
    m_eventList->header()->setStretchLastSection(true);
    const int em = m_eventList->fontMetrics().horizontalAdvance(QLatin1Char('M'));
    m_eventList->setColumnWidth(0, 11 * em);
    m_eventList->setColumnWidth(1, 10 * em);
    m_tabs->addTab(m_html, tr("Message"));
    m_tabs->addTab(m_text, tr("Plain text"));
    m_tabs->addTab(m_eventList, tr("Events"));
    m_tabs->addTab(m_metadata, tr("Details"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_header);
    layout->addWidget(m_tabs, 1);
    showMessage({});
}

void EmailLogDetailPane::showMessage(const QString &emailLogId)
{
    m_id = emailLogId;
    const quint64 generation = ++m_generation;
    m_entry.reset();
    m_events.clear();
    m_html->clear();
    m_text->clear();
    m_metadata->clear();
    m_eventList->clear();
    setEnabled(!emailLogId.isEmpty());
    if (emailLogId.isEmpty()) {
        m_header->setText(tr("<i>Select a message to read it.</i>"));
        return;
    }
    m_header->setText(tr("Loading..."));
    const storage::Database database = m_database;
    auto *watcher = new QFutureWatcher<Loaded>(this);
    connect(watcher, &QFutureWatcher<Loaded>::finished, this, [this, watcher, generation] {
        const Loaded result = watcher->result();
        watcher->deleteLater();
        if (generation != m_generation)
            return;
        if (!result.error.isEmpty()) {
            m_header->setText(tr("The message could not be read: %1").arg(result.error.toHtmlEscaped()));
            return;
        }
        if (!result.entry) {
            m_header->setText(tr("<i>This message is no longer in the log.</i>"));
            return;
        }
        show(*result.entry, result.events);
        Q_EMIT loaded();
    });
    watcher->setFuture(QtConcurrent::run(models::backgroundPool(), [database, emailLogId] {
        Loaded result;
        try {
            result.entry = storage::EmailLogRepository(database).find(emailLogId);
            if (result.entry) {
                // Campaign mail's events belong to its recipient; transactional mail's to the row.
                const storage::EmailEventRepository events(database);
                result.events = result.entry->recipientId.isEmpty()
                                    ? events.eventsForLog(emailLogId)
                                    : events.eventsForRecipient(result.entry->recipientId);
            }
        } catch (const storage::StorageError &error) {
            result.error = error.message();
        }
        return result;
    }));
}

void EmailLogDetailPane::show(const storage::EmailLogEntry &entry, const QList<storage::MailgunEvent> &events)
{
    m_entry = entry;
    m_events = events;
    const storage::EmailLogRow &row = entry.row;
    const QLocale locale;
    const auto line = [](const QString &label, const QString &value) {
        return value.isEmpty() ? QString()
                               : QStringLiteral("<br><b>%1</b> %2").arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    const QString to =
        row.recipientName.isEmpty() ? row.recipientEmail : tr("%1 <%2>").arg(row.recipientName, row.recipientEmail);
    QString header =
        QStringLiteral("<b>%1</b>").arg((row.subject.isEmpty() ? tr("(no subject)") : row.subject).toHtmlEscaped());
    header += line(tr("To:"), to);
    header += line(tr("Cc:"), entry.cc.join(QStringLiteral(", ")));
    header += line(tr("Status:"), storage::EmailLogStatus::label(row.status));
    header += line(tr("Type:"), storage::EmailLogRepository::typeLabel(row.emailType));
    header += line(tr("Client:"), row.clientName.isEmpty() ? tr("Agency") : row.clientName);
    header += line(tr("Created:"), locale.toString(row.createdAt.toLocalTime(), QLocale::LongFormat));
    if (row.sentAt.isValid())
        header += line(tr("Sent:"), locale.toString(row.sentAt.toLocalTime(), QLocale::LongFormat));
    header += line(tr("Attempts:"), row.attempts > 0 ? locale.toString(row.attempts) : QString());
    header += line(tr("Triggered by:"), entry.triggeredBy);
    header += line(tr("Mailgun id:"), row.mailgunId);
    if (!row.errorMessage.isEmpty())
        header += QStringLiteral("<br><span style=\"color:#c5221f\"><b>%1</b> %2</span>")
                      .arg(tr("Error:").toHtmlEscaped(), row.errorMessage.toHtmlEscaped());
    m_header->setText(header);

    if (entry.htmlBody.isEmpty())
        m_html->setPlainText(entry.textBody);
    else
        m_html->setHtml(entry.htmlBody);
    m_text->setPlainText(entry.textBody);
    m_metadata->setPlainText(QString::fromUtf8(QJsonDocument(entry.metadata).toJson(QJsonDocument::Indented)));
    for (const storage::MailgunEvent &event : events) {
        QStringList details;
        if (!event.severity.isEmpty())
            details.append(event.severity == QLatin1String("permanent") ? tr("permanent") : tr("temporary"));
        if (!event.reason.isEmpty())
            details.append(event.reason);
        if (!event.url.isEmpty())
            details.append(event.url);
        if (!event.userAgent.isEmpty())
            details.append(event.userAgent);
        auto *item =
            new QTreeWidgetItem(m_eventList, {locale.toString(event.occurredAt.toLocalTime(), QLocale::ShortFormat),
                                              eventLabel(event.type), details.join(QStringLiteral(" · "))});
        item->setToolTip(2, item->text(2));
    }
    if (events.isEmpty())
        new QTreeWidgetItem(m_eventList, {QString(), tr("No event from Mailgun yet."), QString()});
}

} // namespace anchor::ui
