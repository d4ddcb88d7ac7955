#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace anchor::storage {

// The columns of the leads list, in display order. Every one of them can be sorted on.
enum class LeadColumn {
    StartedAt,
    CallerName,
    Number,
    Client,
    Category,
    Stars,
    Duration,
    CallerType,
    Tags,
    Stage,
    Source,
    Count
};

struct LeadSort
{
    LeadColumn column = LeadColumn::StartedAt;
    Qt::SortOrder order = Qt::DescendingOrder;

    bool operator==(const LeadSort &) const = default;
};

// What the leads list shows: every field narrows the result; empty fields do not filter.
struct LeadFilter
{
    QString text;               // full-text search (caller name, numbers, summary, transcript, notes)
    QStringList clientIds;
    QStringList categories;
    QStringList callerTypes;
    QStringList tagIds;         // any of these tags
    QStringList stageIds;
    QStringList sources;
    int minStars = 0;           // 1-5; 0 = no lower bound (unrated calls included)
    int maxStars = 0;           // 1-5; 0 = no upper bound
    QDateTime from;             // inclusive
    QDateTime to;               // exclusive

    bool operator==(const LeadFilter &) const = default;
    bool isEmpty() const { return *this == LeadFilter{}; }

    // The JSON form kept in lead_saved_views.filters.
    QJsonObject toJson() const;
    static LeadFilter fromJson(const QJsonObject &json);
};

struct LeadPageRequest
{
    LeadFilter filter;
    LeadSort sort;
    int limit = 100;
    qint64 offset = 0;
};

class LeadColumns
{
    Q_DECLARE_TR_FUNCTIONS(anchor::storage::LeadColumns)

public:
    // Stable machine names, used by the CLI (--sort duration:desc), CSV headers and saved state.
    static QString key(LeadColumn column);
    static std::optional<LeadColumn> fromKey(const QString &key);
    static QStringList keys();
    static QString title(LeadColumn column);

    // Parses "duration" or "duration:desc" / "caller:asc".
    static std::optional<LeadSort> parseSort(const QString &text);
};

// Builds the FTS5 MATCH expression for what a user typed: every word must match as a prefix,
// punctuation never reaches FTS5 syntax. Returns an empty string when nothing searchable is left.
QString ftsMatchExpression(const QString &userText);
// The lowercase word pieces of a search as the index holds them ("Smith-Jones 555" -> smith,
// jones, 555), for estimates from the index's vocabulary.
QStringList ftsSearchTokens(const QString &userText);

} // namespace anchor::storage
