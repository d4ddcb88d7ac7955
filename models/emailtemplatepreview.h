#pragma once

#include <database.h>
#include <emailtemplaterepository.h>

#include <QHash>
#include <QString>
#include <QStringList>

#include <functional>

class QObject;

namespace anchor::models {

// A template's subject and body as one recipient would get them, for the editor's preview.
struct EmailPreview
{
    QString subject;            // filled in, plain text
    QString html;               // filled in, values escaped
    QString text;               // the plain-text part derived from `html`
    QStringList unknownPlaceholders;   // in the subject or body, in order of appearance
};

// The made-up recipient used when there is no real one to preview with.
storage::PreviewRecipient sampleRecipient(const QString &clientName);

// What each known placeholder becomes for `person` in a preview (unsubscribe_url is a
// stand-in: the real link is made per message when it is sent).
QHash<QString, QString> previewValues(const storage::PreviewRecipient &person, const QString &senderName);

EmailPreview renderPreview(const QString &subject, const QString &html, const QHash<QString, QString> &values);

// Loads up to `limit` real people with an email to preview with, off the GUI thread (the
// background pool); `done` runs on `context`'s thread unless `context` is gone by then.
void loadPreviewRecipients(QObject *context, storage::Database database, const QString &clientId, int limit,
                           std::function<void(const QList<storage::PreviewRecipient> &people)> done);

} // namespace anchor::models
