#pragma once

#include <database.h>
#include <emaillogrepository.h>
#include <emailtypes.h>

#include <QWidget>

#include <optional>

class QLabel;
class QPlainTextEdit;
class QTabWidget;
class QTextBrowser;
class QTreeWidget;

namespace anchor::ui {

// One email log message in full: who, when, its state and error, the HTML rendered without
// loading anything remote (no tracking pixels fire, nothing leaks that it was opened), the
// plain-text part, its metadata, and the Mailgun events recorded for it. Read off the GUI
// thread; an answer for a message no longer shown is dropped.
class EmailLogDetailPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EmailLogDetailPane)

public:
    explicit EmailLogDetailPane(storage::Database database, QWidget *parent = nullptr);

    void showMessage(const QString &emailLogId);
    QString emailLogId() const { return m_id; }
    const std::optional<storage::EmailLogEntry> &entry() const { return m_entry; }
    const QList<storage::MailgunEvent> &events() const { return m_events; }
    QTextBrowser *messageBrowser() const { return m_html; }
    QPlainTextEdit *plainTextView() const { return m_text; }
    QTreeWidget *eventsView() const { return m_eventList; }
    QLabel *headerLabel() const { return m_header; }

Q_SIGNALS:
    void loaded();

private:
    void show(const storage::EmailLogEntry &entry, const QList<storage::MailgunEvent> &events);

    storage::Database m_database;
    QString m_id;
    std::optional<storage::EmailLogEntry> m_entry;
    QList<storage::MailgunEvent> m_events;
    QLabel *m_header;
    QTabWidget *m_tabs;
    QTextBrowser *m_html;
    QPlainTextEdit *m_text;
    QPlainTextEdit *m_metadata;
    QTreeWidget *m_eventList;
    quint64 m_generation = 0;
};

} // namespace anchor::ui
