#pragma once

#include "networkservice.h"

#include <callimport.h>
#include <clientrepository.h>

#include <QObject>

namespace anchor::sync {

struct LlmSummary
{
    int classified = 0;   // calls whose category came from the model
    int kept = 0;         // calls that kept the offline category (bad or unusable answer)
    QString error;        // the last problem, for people
};

// The optional AI classifier: asks an OpenAI-compatible chat-completions endpoint to classify
// calls, with the client's ai_prompt as guidance, and writes the answer over the offline
// category (never over a manual one; never "converted"). Runs after a pull over its new calls,
// one request at a time; any call it cannot classify keeps the offline result.
class LlmClassifyJob final : public QObject
{
    Q_OBJECT

public:
    LlmClassifyJob(storage::Database database, NetworkService *network, storage::LlmSettings settings, QString apiKey,
                   QString clientId, QStringList callIds, QObject *parent = nullptr);
    void start();
    const LlmSummary &summary() const { return m_summary; }

    // The request body for one call, and the verdict read from an answer (empty category when
    // the answer is unusable, with the reason in *error). Public for tests.
    static QByteArray requestBody(const QString &model, const QString &aiPrompt, const storage::IncomingCall &call);
    static storage::CallCategory parseAnswer(const QJsonDocument &answer, QString *error);

Q_SIGNALS:
    void finished(const anchor::sync::LlmSummary &summary);

private:
    void next();

    storage::Database m_database;
    NetworkService *m_network;
    storage::LlmSettings m_settings;
    QString m_apiKey;
    QString m_clientId;
    QString m_aiPrompt;
    QList<storage::CallImportRepository::StoredCall> m_queue;
    QStringList m_callIds;
    LlmSummary m_summary;
};

} // namespace anchor::sync
