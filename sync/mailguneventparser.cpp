#include "mailguneventparser.h"

#include "jsonarrayslices.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonObject>

#include <cmath>

namespace anchor::sync {

namespace {

QString stripAngles(QString id)
{
    id = id.trimmed();
    if (id.startsWith(QLatin1Char('<')) && id.endsWith(QLatin1Char('>')))
        id = id.mid(1, id.size() - 2);
    return id;
}

// Numbers may come as JSON numbers or, from odd proxies, as numeric strings.
std::optional<double> numberOf(const QJsonValue &value)
{
    if (value.isDouble())
        return value.toDouble();
    if (value.isString()) {
        bool ok = false;
        const double number = value.toString().toDouble(&ok);
        if (ok)
            return number;
    }
    return std::nullopt;
}

QString textOf(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 15);
    return {};
}

} // namespace

const QStringList &EventsApiParser::knownTypes()
{
    static const QStringList types{QStringLiteral("accepted"),  QStringLiteral("delivered"),    QStringLiteral("failed"),
                                   QStringLiteral("rejected"),  QStringLiteral("opened"),       QStringLiteral("clicked"),
                                   QStringLiteral("unsubscribed"), QStringLiteral("complained"), QStringLiteral("stored")};
    return types;
}

EventsApiParser::ItemResult EventsApiParser::parseItem(const QJsonValue &value, storage::MailgunEvent *event,
                                                       QString *problem, QByteArrayView raw)
{
    if (!value.isObject()) {
        *problem = tr("an event that is not a JSON object");
        return ItemResult::Malformed;
    }
    const QJsonObject item = value.toObject();
    const QString type = item.value(QLatin1String("event")).toString().trimmed().toLower();
    if (type.isEmpty()) {
        *problem = tr("an event without its type (\"event\")");
        return ItemResult::Malformed;
    }
    if (!knownTypes().contains(type))
        return ItemResult::UnknownType;
    const std::optional<double> timestamp = numberOf(item.value(QLatin1String("timestamp")));
    if (!timestamp || !std::isfinite(*timestamp) || *timestamp <= 0 || *timestamp > 32503680000.0) {
        *problem = tr("a %1 event without a valid timestamp").arg(type);
        return ItemResult::Malformed;
    }

    storage::MailgunEvent parsed;
    parsed.type = type;
    parsed.occurredAt = QDateTime::fromMSecsSinceEpoch(qint64(std::llround(*timestamp * 1000.0)), Qt::UTC);
    const auto written = [&item] { return QJsonDocument(item).toJson(QJsonDocument::Compact); };
    parsed.payload = raw.isEmpty() ? written() : raw.toByteArray();
    parsed.eventId = textOf(item.value(QLatin1String("id"))).trimmed();
    if (parsed.eventId.isEmpty()) {
        // Nearly every event has an id; for the rest, one from the content as Qt writes it
        // (object keys sorted), so the same event always gives the same bytes however it came.
        parsed.eventId = QStringLiteral("anchor-")
                         + QString::fromLatin1(QCryptographicHash::hash(written(), QCryptographicHash::Sha1).toHex());
    }
    parsed.recipient = item.value(QLatin1String("recipient")).toString().trimmed().toLower();

    const QJsonObject message = item.value(QLatin1String("message")).toObject();
    const QJsonObject headers = message.value(QLatin1String("headers")).toObject();
    parsed.messageId = stripAngles(headers.value(QLatin1String("message-id")).toString());

    const QJsonObject deliveryStatus = item.value(QLatin1String("delivery-status")).toObject();
    parsed.deliveryMessage = deliveryStatus.value(QLatin1String("message")).toString().trimmed();
    if (parsed.deliveryMessage.isEmpty())
        parsed.deliveryMessage = deliveryStatus.value(QLatin1String("description")).toString().trimmed();

    if (type == QLatin1String("failed")) {
        const QString severity = item.value(QLatin1String("severity")).toString().trimmed().toLower();
        if (severity == QLatin1String("permanent") || severity == QLatin1String("temporary"))
            parsed.severity = severity;
        parsed.reason = item.value(QLatin1String("reason")).toString();
    } else if (type == QLatin1String("rejected")) {
        const QJsonObject reject = item.value(QLatin1String("reject")).toObject();
        parsed.reason = reject.value(QLatin1String("reason")).toString();
        if (parsed.deliveryMessage.isEmpty())
            parsed.deliveryMessage = reject.value(QLatin1String("description")).toString();
    }
    parsed.url = item.value(QLatin1String("url")).toString();
    parsed.ip = item.value(QLatin1String("ip")).toString();
    parsed.userAgent = item.value(QLatin1String("client-info")).toObject().value(QLatin1String("user-agent")).toString();
    // A string here is truncated or invalid JSON: keep the event, ignore the variables.
    parsed.userVariables = item.value(QLatin1String("user-variables")).toObject();

    *event = std::move(parsed);
    return ItemResult::Parsed;
}

EventPage EventsApiParser::parsePage(const QJsonDocument &reply, QByteArrayView body) const
{
    EventPage page;
    const QJsonObject envelope = reply.object();
    const QJsonValue items = envelope.value(QLatin1String("items"));
    if (!items.isArray()) {
        page.error = tr("Mailgun sent an events page without a list of events.");
        return page;
    }
    const QJsonArray array = items.toArray();
    page.itemCount = int(array.size());
    page.events.reserve(array.size());
    std::optional<QList<QByteArrayView>> raw;
    if (!body.isEmpty())
        raw = jsonArraySlices(body, "items");
    if (raw && raw->size() != array.size())
        raw.reset();   // not the array the document holds: write the payloads from it instead
    for (qsizetype index = 0; index < array.size(); ++index) {
        storage::MailgunEvent event;
        QString problem;
        switch (parseItem(array.at(index), &event, &problem, raw ? raw->at(index) : QByteArrayView())) {
        case ItemResult::Parsed:
            page.events.append(std::move(event));
            break;
        case ItemResult::UnknownType:
            ++page.unknownSkipped;
            break;
        case ItemResult::Malformed:
            ++page.malformedSkipped;
            page.problems.append(problem);
            break;
        }
    }
    page.next = QUrl(envelope.value(QLatin1String("paging")).toObject().value(QLatin1String("next")).toString());
    return page;
}

} // namespace anchor::sync
