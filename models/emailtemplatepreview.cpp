#include "emailtemplatepreview.h"

#include "backgroundwork.h"

#include <emailcontent.h>
#include <storageerror.h>

#include <QCoreApplication>
#include <QDate>
#include <QFutureWatcher>
#include <QLocale>
#include <QPointer>
#include <QtConcurrent>

namespace anchor::models {

namespace {

QString translate(const char *text)
{
    return QCoreApplication::translate("anchor::models::EmailTemplatePreview", text);
}

} // namespace

storage::PreviewRecipient sampleRecipient(const QString &clientName)
{
    return {translate("Jane Doe"), QStringLiteral("jane.doe@example.com"),
            clientName.isEmpty() ? translate("Your business") : clientName, false};
}

QHash<QString, QString> previewValues(const storage::PreviewRecipient &person, const QString &senderName)
{
    const QString first = storage::email::firstNameOf(person.name);
    QString last = person.name.trimmed();
    last = last.size() > first.size() ? last.mid(first.size()).trimmed() : QString();
    return {
        {QStringLiteral("first_name"), first},
        {QStringLiteral("last_name"), last},
        {QStringLiteral("name"), person.name.trimmed()},
        {QStringLiteral("email"), person.email},
        {QStringLiteral("client_name"), person.clientName},
        {QStringLiteral("sender_name"), senderName.isEmpty() ? person.clientName : senderName},
        {QStringLiteral("campaign_name"), translate("Sample campaign")},
        {QStringLiteral("unsubscribe_url"), QStringLiteral("https://unsubscribe.example/preview")},
        {QStringLiteral("today"), QLocale().toString(QDate::currentDate(), QLocale::LongFormat)},
    };
}

EmailPreview renderPreview(const QString &subject, const QString &html, const QHash<QString, QString> &values)
{
    EmailPreview preview;
    preview.subject = storage::email::fillPlaceholders(subject, values, false);
    preview.html = storage::email::fillPlaceholders(html, values, true);
    preview.text = storage::email::htmlToPlainText(preview.html);
    preview.unknownPlaceholders = storage::email::unknownPlaceholders(subject);
    for (const QString &name : storage::email::unknownPlaceholders(html)) {
        if (!preview.unknownPlaceholders.contains(name))
            preview.unknownPlaceholders.append(name);
    }
    return preview;
}

void loadPreviewRecipients(QObject *context, storage::Database database, const QString &clientId, int limit,
                           std::function<void(const QList<storage::PreviewRecipient> &people)> done)
{
    auto *watcher = new QFutureWatcher<QList<storage::PreviewRecipient>>(context);
    QObject::connect(watcher, &QFutureWatcher<QList<storage::PreviewRecipient>>::finished, context,
                     [watcher, done = std::move(done)] {
                         done(watcher->result());
                         watcher->deleteLater();
                     });
    watcher->setFuture(QtConcurrent::run(backgroundPool(), [database = std::move(database), clientId, limit] {
        try {
            return storage::EmailTemplateRepository(database).previewRecipients(clientId, limit);
        } catch (const storage::StorageError &) {
            return QList<storage::PreviewRecipient>();   // the sample stays; a preview is not worth an error
        }
    }));
}

} // namespace anchor::models
