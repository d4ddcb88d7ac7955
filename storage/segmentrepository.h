#pragma once

#include "database.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace anchor::storage {

// A saved recipient filter (segments.filters). Every set field narrows; empty fields do not.
// Leads are call_logs with an email (meta $.email); active clients are active_clients with a
// client_email. Call-based criteria (categories, stars, tags, caller types, call dates) apply
// to an active client through the calls linked to it (call_logs.active_client_id).
struct SegmentFilter
{
    enum class Audience { Leads, ActiveClients, Both };
    enum class DateField { CallDate, ConversionDate };

    Audience audience = Audience::Both;
    QString clientId;                  // the client business (owner_user_id); empty: every client
    QStringList categories;            // call_logs.category values (leadtypes.h)
    int minStars = 0;                  // call_logs.score bounds, 1..5; 0: no bound
    int maxStars = 0;
    QStringList tags;                  // lead tag names, any of (case-insensitive)
    QStringList callerTypes;           // new, repeat, returning_customer
    QStringList journeyStatuses;       // client_journeys.status of the lead's or client's journeys
    DateField dateField = DateField::CallDate;
    QDate from;                        // inclusive, UTC days; invalid: open
    QDate to;                          // inclusive

    QJsonObject toJson() const;
    static SegmentFilter fromJson(const QJsonObject &json);
    bool operator==(const SegmentFilter &) const = default;
};

struct Segment
{
    QString id;
    QString clientId;      // empty: agency-wide
    QString name;
    QString description;
    SegmentFilter filter;
    int customerCount = 0; // valid distinct addresses when last saved
    QString createdBy;
    QDateTime createdAt;
    QDateTime updatedAt;
};

// One address a segment mails: deduplicated by the lower-cased address, the newest call (or the
// active client) giving the name.
struct SegmentRecipient
{
    QString email;         // lower-cased
    QString name;
    QString firstName;
    QString customerId;    // active_clients.id, empty for a lead not linked to a client
    QString callId;        // call_logs.call_id of the newest call with this address, empty for a client
};

struct SegmentRecipients
{
    QList<SegmentRecipient> recipients;   // valid addresses, each once, in address order
    QStringList invalid;                  // distinct addresses rejected by email::isValidAddress
};

// segments: saved filters over leads and active clients, and the addresses they select.
// Reads are safe on any thread with its own connection (Database's contract): the live count
// of a filter being edited belongs on a worker thread.
class SegmentRepository
{
    Q_DECLARE_TR_FUNCTIONS(anchor::storage::SegmentRepository)

public:
    explicit SegmentRepository(Database database);

    // The segments of a client plus the agency-wide ones; an empty clientId lists every segment.
    QList<Segment> list(const QString &clientId = {}) const;
    std::optional<Segment> find(const QString &id) const;
    // Inserts (empty id) or updates; the name is required. Recomputes customer_count. Returns the id.
    QString save(const Segment &segment);
    void remove(const QString &id);
    // The undo of remove(): writes a deleted segment back under its id (campaigns name segments
    // by id), with its name, filter and creator as they were; the customer count is counted
    // again. A segment that is still there is updated instead.
    void restore(const Segment &segment);

    // Distinct valid addresses the filter selects.
    int count(const SegmentFilter &filter) const;
    SegmentRecipients recipients(const SegmentFilter &filter) const;

private:
    Database m_database;
};

} // namespace anchor::storage
