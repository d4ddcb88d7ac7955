#pragma once

#include <emailtypes.h>

#include <QCoreApplication>
#include <QJsonDocument>
#include <QList>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace anchor::sync {

// One page of events as the sync needs it, whichever Mailgun API it came from.
struct EventPage
{
    QList<storage::MailgunEvent> events;   // readable events of known types, in page order
    int itemCount = 0;          // items on the page, readable or not; 0 = caught up
    int unknownSkipped = 0;     // events of types the CRM does not use (ignored, not errors)
    int malformedSkipped = 0;   // items that could not be read (kept out, the page still counts)
    QStringList problems;       // why, for the malformed ones
    QUrl next;                  // where the following page is (followed verbatim)
    QString error;              // not a page at all (no items list): nothing on it is used

    bool isEnd() const { return itemCount == 0; }
};

// Turns one reply of an events API into an EventPage. The Events API (GET /v3/{domain}/events)
// is what we read today; Mailgun's Logs API (POST /v1/analytics/logs: @timestamp as ISO text,
// user-variables as a JSON string, token paging) can be added as another implementation.
class EventPageParser
{
public:
    virtual ~EventPageParser() = default;
    // `body`: the reply's bytes, when at hand, so each event is kept exactly as it came.
    virtual EventPage parsePage(const QJsonDocument &reply, QByteArrayView body = {}) const = 0;
};

// The Events API: {"items":[...], "paging":{"next":URL, ...}}. One bad item never spoils the
// page: it is skipped and counted.
class EventsApiParser final : public EventPageParser
{
    Q_DECLARE_TR_FUNCTIONS(anchor::sync::EventsApiParser)

public:
    EventPage parsePage(const QJsonDocument &reply, QByteArrayView body = {}) const override;

    enum class ItemResult { Parsed, UnknownType, Malformed };
    // One item. The float epoch timestamp becomes UTC milliseconds, the message id loses its
    // angle brackets, the recipient is lower-cased, string user-variables are dropped (the event
    // is kept). An item without an id gets a stable one derived from its content, so re-reading
    // it still deduplicates. `problem` says why for Malformed. `raw`: the item's bytes in the
    // reply, kept as its payload; without them the payload is written from `item`.
    static ItemResult parseItem(const QJsonValue &item, storage::MailgunEvent *event, QString *problem,
                                QByteArrayView raw = {});

    static const QStringList &knownTypes();
};

} // namespace anchor::sync
