#include "ctmcallmapper.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTimeZone>

#include <algorithm>

namespace anchor::sync {

namespace {

// Transcripts are kept whole up to this size; beyond it the text is cut (the URL stays).
constexpr qsizetype kMaxTranscript = 2 * 1024 * 1024;
constexpr qsizetype kMaxField = 4096;

QString text(const QJsonObject &call, const char *key, qsizetype limit = kMaxField)
{
    const QJsonValue value = call.value(QLatin1String(key));
    if (value.isString())
        return value.toString().trimmed().left(limit);
    if (value.isDouble())
        return QString::number(qint64(value.toDouble()));
    return {};
}

QString firstText(const QJsonObject &call, std::initializer_list<const char *> keys)
{
    for (const char *key : keys) {
        const QString value = text(call, key);
        if (!value.isEmpty())
            return value;
    }
    return {};
}

// Numbers may arrive as numbers or as numeric strings.
std::optional<qint64> integer(const QJsonObject &call, const char *key)
{
    const QJsonValue value = call.value(QLatin1String(key));
    if (value.isDouble())
        return qint64(value.toDouble());
    if (value.isString()) {
        bool ok = false;
        const qint64 parsed = value.toString().trimmed().toLongLong(&ok);
        if (ok)
            return parsed;
        const double asDouble = value.toString().trimmed().toDouble(&ok);
        if (ok)
            return qint64(asDouble);
    }
    return std::nullopt;
}

QStringList tagList(const QJsonValue &value)
{
    QStringList tags;
    if (value.isArray()) {
        for (const QJsonValue &tag : value.toArray()) {
            if (tag.isString() && !tag.toString().trimmed().isEmpty())
                tags.append(tag.toString().trimmed());
        }
    } else if (value.isString()) {
        for (const QString &tag : value.toString().split(QLatin1Char(','), Qt::SkipEmptyParts))
            if (!tag.trimmed().isEmpty())
                tags.append(tag.trimmed());
    }
    return tags;
}

} // namespace

QDateTime parseCtmCalledAt(const QString &input)
{
    static const QRegularExpression pattern(
        QStringLiteral(R"(^(\d{4})-(\d{2})-(\d{2})[ T](\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AaPp][Mm])?\s*([+-])(\d{2}):?(\d{2})$)"));
    const auto match = pattern.match(input.trimmed());
    if (!match.hasMatch())
        return {};
    int hour = match.captured(4).toInt();
    const QString meridiem = match.captured(7).toLower();
    if (meridiem == QLatin1String("pm") && hour < 12)
        hour += 12;
    else if (meridiem == QLatin1String("am") && hour == 12)
        hour = 0;
    const QDate date(match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt());
    const QTime time(hour, match.captured(5).toInt(), match.captured(6).toInt());
    if (!date.isValid() || !time.isValid())
        return {};
    const int sign = match.captured(8) == QLatin1String("-") ? -1 : 1;
    const int offset = sign * (match.captured(9).toInt() * 3600 + match.captured(10).toInt() * 60);
    return QDateTime(date, time, QTimeZone(offset)).toUTC();
}

std::optional<storage::IncomingCall> mapCtmCall(const QJsonObject &call, QString *error)
{
    storage::IncomingCall mapped;
    const auto id = integer(call, "id");
    if (!id || *id <= 0) {
        if (error)
            *error = QCoreApplication::translate("anchor::sync::CtmCallMapper", "a call without a usable id");
        return std::nullopt;
    }
    mapped.callId = QString::number(*id);

    // Start time: unix_time; old records only have called_at (local time with its offset).
    if (const auto unixTime = integer(call, "unix_time"); unixTime && *unixTime > 0)
        mapped.startedAt = QDateTime::fromSecsSinceEpoch(*unixTime, Qt::UTC);
    else
        mapped.startedAt = parseCtmCalledAt(text(call, "called_at"));
    if (!mapped.startedAt.isValid()) {
        if (error)
            *error = QCoreApplication::translate("anchor::sync::CtmCallMapper", "call %1 has neither unix_time nor a readable called_at")
                         .arg(mapped.callId);
        return std::nullopt;
    }

    // direction: call_logs only knows inbound and outbound; SMS, forms and chats keep their
    // kind in meta.kind.
    const QString direction = text(call, "direction").toLower();
    if (direction == QLatin1String("inbound") || direction == QLatin1String("outbound"))
        mapped.direction = direction;
    else if (!direction.isEmpty())
        mapped.meta.insert(QStringLiteral("kind"), direction);

    mapped.fromNumber = firstText(call, {"caller_number_complete", "caller_number", "caller_number_bare"});
    mapped.toNumber = firstText(call, {"tracking_number", "business_number"});
    if (const auto duration = integer(call, "duration"); duration && *duration >= 0)
        mapped.durationSec = int(qMin<qint64>(*duration, 7 * 24 * 3600));
    mapped.callerName = firstText(call, {"name", "cnam"}).simplified();
    mapped.source = text(call, "source");
    mapped.status = firstText(call, {"call_status", "dial_status", "status"}).toLower();
    mapped.recordingUrl = text(call, "audio");
    mapped.transcriptUrl = text(call, "transcription");
    mapped.transcript = text(call, "transcription_text", kMaxTranscript);
    mapped.remoteSummary = text(call, "summary", kMaxField * 4);
    mapped.remoteNotes = text(call, "notes", kMaxField * 4);
    mapped.tags = tagList(call.value(QLatin1String("tag_list")));

    // sale.score is the 1-5 star rating; 0 or none means unrated. A record without a sale
    // object says nothing about the rating (the list does not always embed it).
    const QJsonValue sale = call.value(QLatin1String("sale"));
    if (sale.isObject()) {
        const auto score = integer(sale.toObject(), "score");
        mapped.remoteStars = score ? int(std::clamp<qint64>(*score, 0, 5)) : 0;
    }

    // Kept in meta for the detail pane and later features.
    for (const char *key : {"sid", "email", "city", "state", "country", "postal_code", "medium", "campaign",
                            "keyword", "referrer", "called_at", "tracking_label", "business_label"}) {
        const QString value = text(call, key);
        if (!value.isEmpty())
            mapped.meta.insert(QLatin1String(key), value);
    }
    for (const char *key : {"talk_time", "ring_time", "account_id"}) {
        if (const auto value = integer(call, key))
            mapped.meta.insert(QLatin1String(key), double(*value));
    }
    const QJsonValue isNew = call.value(QLatin1String("is_new_caller"));
    if (isNew.isBool())
        mapped.meta.insert(QStringLiteral("is_new_caller"), isNew.toBool());
    const QJsonObject agent = call.value(QLatin1String("agent")).toObject();
    if (!agent.isEmpty()) {
        QJsonObject kept;
        for (const char *key : {"id", "name", "email"}) {
            const QString value = text(agent, key);
            if (!value.isEmpty())
                kept.insert(QLatin1String(key), value);
        }
        mapped.meta.insert(QStringLiteral("agent"), kept);
    }
    return mapped;
}

} // namespace anchor::sync
