#include "llmclassifier.h"

#include <leadtypes.h>
#include <storageerror.h>

#include <QJsonArray>
#include <QJsonObject>

namespace anchor::sync {

namespace {

constexpr qsizetype kMaxTranscriptChars = 12'000;   // keeps a request well inside model limits

QStringList allowedCategories()
{
    QStringList categories = storage::LeadVocabulary::categories();
    categories.removeAll(QStringLiteral("converted"));    // manual only (seed 000)
    categories.removeAll(QStringLiteral("unreviewed"));
    return categories;
}

} // namespace

LlmClassifyJob::LlmClassifyJob(storage::Database database, NetworkService *network, storage::LlmSettings settings,
                               QString apiKey, QString clientId, QStringList callIds, QObject *parent)
    : QObject(parent)
    , m_database(std::move(database))
    , m_network(network)
    , m_settings(std::move(settings))
    , m_apiKey(std::move(apiKey))
    , m_clientId(std::move(clientId))
    , m_callIds(std::move(callIds))
{
}

QByteArray LlmClassifyJob::requestBody(const QString &model, const QString &aiPrompt, const storage::IncomingCall &call)
{
    const QString instructions = QStringLiteral(
        "You classify phone calls to a business for its marketing agency. Answer with a JSON object "
        "{\"category\": one of [%1], \"summary\": one or two sentences saying why}. voicemail: reached voicemail; "
        "unanswered: nobody spoke; spam: robocalls and sales pitches to the business; applicant: job seekers; "
        "needs_attention: a problem or a request staff must follow up; very_good: wants to book or buy; warm: "
        "interested, not booked; not_a_fit: wrong number, service not offered, outside the area; neutral: anything "
        "else.")
                                     .arg(allowedCategories().join(QStringLiteral(", ")));
    QJsonArray messages{QJsonObject{{QStringLiteral("role"), QStringLiteral("system")},
                                    {QStringLiteral("content"), instructions}}};
    if (!aiPrompt.trimmed().isEmpty())
        messages.append(QJsonObject{{QStringLiteral("role"), QStringLiteral("system")},
                                    {QStringLiteral("content"), QString(QStringLiteral("About this business: ") + aiPrompt.trimmed())}});
    const QJsonObject facts{{QStringLiteral("direction"), call.meta.value(QLatin1String("kind")).toString(call.direction)},
                            {QStringLiteral("status"), call.status},
                            {QStringLiteral("duration_seconds"), call.durationSec},
                            {QStringLiteral("summary"), call.remoteSummary},
                            {QStringLiteral("transcript"), call.transcript.left(kMaxTranscriptChars)}};
    messages.append(QJsonObject{{QStringLiteral("role"), QStringLiteral("user")},
                                {QStringLiteral("content"), QString::fromUtf8(QJsonDocument(facts).toJson(QJsonDocument::Compact))}});
    const QJsonObject body{{QStringLiteral("model"), model},
                           {QStringLiteral("temperature"), 0},
                           {QStringLiteral("response_format"), QJsonObject{{QStringLiteral("type"), QStringLiteral("json_object")}}},
                           {QStringLiteral("messages"), messages}};
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

storage::CallCategory LlmClassifyJob::parseAnswer(const QJsonDocument &answer, QString *error)
{
    const QString content = answer.object()
                                .value(QLatin1String("choices")).toArray().at(0).toObject()
                                .value(QLatin1String("message")).toObject()
                                .value(QLatin1String("content")).toString();
    const QJsonObject verdict = QJsonDocument::fromJson(content.trimmed().toUtf8()).object();
    const QString category = verdict.value(QLatin1String("category")).toString().trimmed().toLower();
    if (!allowedCategories().contains(category)) {
        if (error)
            *error = tr("The AI classifier answered something that is not a category (%1).")
                         .arg(content.left(120).simplified());
        return {};
    }
    return {category, verdict.value(QLatin1String("summary")).toString().simplified().left(500)};
}

void LlmClassifyJob::start()
{
    try {
        m_aiPrompt = storage::SettingsRepository(m_database).aiPrompt(m_clientId);
        m_queue = storage::CallImportRepository(m_database).callsToClassify(m_callIds);
    } catch (const storage::StorageError &error) {
        m_summary.error = error.message();
        Q_EMIT finished(m_summary);
        return;
    }
    next();
}

void LlmClassifyJob::next()
{
    if (m_queue.isEmpty()) {
        Q_EMIT finished(m_summary);
        return;
    }
    const storage::IncomingCall call = m_queue.takeFirst().call;
    HttpRequest request;
    request.method = "POST";
    QString base = m_settings.url.trimmed();
    if (!base.endsWith(QLatin1Char('/')))
        base += QLatin1Char('/');
    request.url = QUrl(base).resolved(QUrl(QStringLiteral("chat/completions")));
    request.bearerToken = m_apiKey;
    request.caCertificateFile = m_settings.caCertificateFile;
    request.body = requestBody(m_settings.model, m_aiPrompt, call);
    request.timeout = std::chrono::seconds(60);
    m_network->send(request, this, [this, callId = call.callId](const HttpResult &result) {
        QString problem = result.message;
        storage::CallCategory verdict;
        if (result.ok())
            verdict = parseAnswer(result.json, &problem);
        if (verdict.category.isEmpty()) {
            ++m_summary.kept;
            m_summary.error = problem;
            if (result.error == HttpResult::Error::Http && (result.status == 401 || result.status == 403)) {
                m_summary.kept += int(m_queue.size());   // a wrong key fails every call the same way
                m_queue.clear();
            }
        } else {
            try {
                storage::CallImportRepository(m_database).saveCategories({{callId, verdict}});
                ++m_summary.classified;
            } catch (const storage::StorageError &error) {
                m_summary.error = error.message();
            }
        }
        next();
    });
}

} // namespace anchor::sync
