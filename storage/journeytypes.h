#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace anchor::storage {

// A service a client business offers (services): what journeys are about and clients agree to.
struct Service
{
    QString id;
    QString clientId;                    // services.user_id: the client business
    QString name;
    QString description;
    std::optional<qint64> basePriceCents;  // money is integer cents; none = not priced
    bool active = true;
};

// The channels a follow-up step goes through (CHECK constraint of the step tables).
inline const QStringList &journeyChannels()
{
    static const QStringList channels = {QStringLiteral("call"), QStringLiteral("sms"), QStringLiteral("email"),
                                         QStringLiteral("meeting"), QStringLiteral("task")};
    return channels;
}

// One step of a journey template: due offsetWeeks weeks and offsetDays days after the start.
struct TemplateStep
{
    QString label;
    QString channel = QStringLiteral("call");
    QString message;   // may hold placeholders such as {{client_name}} and {{service}}
    int offsetWeeks = 0;
    int offsetDays = 0;

    int totalDays() const { return offsetWeeks * 7 + offsetDays; }
    bool operator==(const TemplateStep &) const = default;
};

// A reusable follow-up plan (journey_templates and journey_template_steps).
struct JourneyTemplate
{
    QString id;
    QString clientId;      // empty: agency-wide
    QString name;
    QString description;
    QString serviceType;   // a client subtype (dental, roofing, ...) or empty for any
    QList<TemplateStep> steps;
};

// Offsets are kept to what a follow-up plan can mean: up to ten years out, never negative.
constexpr int kMaxOffsetWeeks = 520;
constexpr int kMaxOffsetDays = 3650;

// The statuses of seed 000's journey workflow.
inline const QStringList &journeyStatuses()
{
    static const QStringList statuses = {QStringLiteral("pending"), QStringLiteral("in_progress"),
                                         QStringLiteral("active_client"), QStringLiteral("won"),
                                         QStringLiteral("lost"), QStringLiteral("archived")};
    return statuses;
}

// Statuses still being worked: their next actions are due, overdue or upcoming.
inline bool isOpenJourneyStatus(const QString &status)
{
    return status == QLatin1String("pending") || status == QLatin1String("in_progress")
        || status == QLatin1String("active_client");
}

// Which status changes the workflow allows by hand. active_client is reached by converting
// (which also creates the active client), never by a plain status change.
bool journeyStatusChangeAllowed(const QString &from, const QString &to);
QStringList journeyStatusesReachableFrom(const QString &from);

struct JourneyFilter
{
    QString clientId;        // empty: every client
    QStringList statuses;    // empty: every status
    QString search;          // person's name, phone, email or concerns
    bool overdueOnly = false;
    bool pausedOnly = false;
    QString activeClientId;  // the journeys of one active client

    bool operator==(const JourneyFilter &) const = default;
};

enum class JourneySortKey { NextAction, Created, Name, Status, Client };

struct JourneySort
{
    JourneySortKey key = JourneySortKey::NextAction;
    bool descending = false;

    bool operator==(const JourneySort &) const = default;
};

// One row of the journeys list.
struct JourneyRow
{
    QString id;
    QString clientId;
    QString clientName;      // the client business
    QString personName;      // client_journeys.client_name: the caller
    QString phone;
    QString email;
    QString status;
    bool paused = false;
    QDateTime nextActionAt;  // invalid: nothing left to do
    QString nextStepLabel;
    int stepsDone = 0;
    int stepsTotal = 0;
    QStringList concerns;    // symptoms
    bool concernsRedacted = false;
    QString serviceName;
    QString leadCallKey;
    QString activeClientId;
    QString parentJourneyId;
    QDateTime createdAt;
    QDateTime updatedAt;

    // Open, not paused, and the next action's time has passed.
    bool isOverdue(const QDateTime &now) const
    {
        return !paused && isOpenJourneyStatus(status) && nextActionAt.isValid() && nextActionAt < now;
    }
};

struct JourneyStep
{
    QString id;
    QString journeyId;
    int position = 0;
    QString label;
    QString channel;
    QString message;
    int offsetWeeks = 0;
    QDateTime dueAt;
    QDateTime completedAt;   // invalid: not done
    QString notes;

    bool operator==(const JourneyStep &) const = default;
};

struct JourneyNote
{
    QString id;
    QString journeyId;
    QString authorId;
    QString authorName;
    QString body;
    QDateTime createdAt;
};

// What starting a journey needs. The person and the client business come from the call.
struct NewJourney
{
    QString id;                 // empty: a new id (redo passes the first run's id back)
    QString callId;             // the lead (CTM call id)
    QStringList serviceIds;     // services the person asked about; the first is the journey's service
    QStringList concerns;       // symptoms and concerns in the person's words
    QString templateId;         // empty: no steps yet
    QString parentJourneyId;    // a follow-up journey of the same person
    QDateTime startAt;          // step due dates count from here; invalid: now
    QString authorId;
};

// A journey's status, pause flag and link, captured before an edit so undo can put them back.
struct JourneyState
{
    QString journeyId;
    QString status;
    bool paused = false;
    QString archivedAt;
    QString activeClientId;

    bool operator==(const JourneyState &) const = default;
};

// One entry of a journey's timeline: calls from the number, steps done, notes and events.
struct TimelineEntry
{
    enum class Kind { Call, Step, Note, Event };
    Kind kind = Kind::Event;
    QDateTime at;
    QString refId;       // call id, step id, note id or event id
    QString title;       // step label, call category, event kind ...
    QString detail;      // note body, step notes, call summary ...
    QString fromStatus;  // events
    QString toStatus;
    int durationSec = -1;   // calls
};

// A converted lead: a current customer of a client business (active_clients).
struct ActiveClient
{
    QString id;
    QString clientId;       // active_clients.owner_user_id: the client business
    QString clientName;     // the business's name
    QString name;
    QString phone;
    QString email;
    QString source;
    QString status;         // active, inactive, archived
    QDateTime createdAt;
    int serviceCount = 0;
    qint64 agreedCents = 0;
    int journeyCount = 0;
};

struct ActiveClientFilter
{
    QString clientId;
    QStringList statuses;
    QString search;

    bool operator==(const ActiveClientFilter &) const = default;
};

// A service an active client agreed to (client_services).
struct AgreedService
{
    QString id;             // client_services.id; empty: new
    QString serviceId;
    QString serviceName;    // read only; "redacted" rows show no name
    std::optional<qint64> priceCents;
    QDate agreedDate;
    bool redacted = false;
};

// Converting a journey, or a lead directly ("Agreed to Service"), into an active client.
struct Conversion
{
    QString journeyId;          // or
    QString callId;             // a lead without a journey
    QString existingActiveClientId;   // add the services to this active client instead of a new one
    QString name;
    QString phone;
    QString email;
    QList<AgreedService> services;
    QString activeClientId;     // empty: a new id (redo passes the first run's id back)
    QString authorId;
};

// What a conversion changed, so undo can take it back exactly.
struct ConversionResult
{
    QString activeClientId;
    bool createdActiveClient = false;
    QStringList clientServiceIds;
    std::optional<JourneyState> journeyBefore;
    QString callId;
    QString callActiveClientBefore;
    QString callCallerTypeBefore;
};

} // namespace anchor::storage
