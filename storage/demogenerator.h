#pragma once

#include "database.h"

#include <QCoreApplication>
#include <QDate>

#include <functional>

namespace anchor::storage {

struct DemoOptions
{
    qint64 calls = 5000;
    int clients = 6;          // 1..200
    quint64 seed = 1;
    QDate until;              // the last day with calls; invalid = today (UTC)
    // Journeys over the good leads (very good, warm, converted): -1 a realistic share of them
    // with the shipped templates' steps; N exactly N, about ten steps each (benchmarks), more
    // than one per lead as follow-ups when there are fewer leads.
    qint64 journeys = -1;
};

struct DemoSummary
{
    int clients = 0;
    qint64 calls = 0;
    qint64 notes = 0;
    qint64 taggedCalls = 0;
    qint64 activeClients = 0;
    qint64 journeys = 0;
    qint64 journeySteps = 0;
};

// Fills a database with believable demo data: client businesses (seed 000's service presets) and a
// year of their calls, with tags, notes, pipeline stages and repeat callers, and the journeys of
// the good leads (steps, notes, statuses, conversions into active clients with the services
// agreed). The same seed gives the same rows in a fresh database; only the dates follow `until`.
class DemoGenerator
{
    Q_DECLARE_TR_FUNCTIONS(anchor::storage::DemoGenerator)

public:
    explicit DemoGenerator(Database database);

    // Adds demo clients and calls to the (already migrated) database. `progress(done, total)` is
    // called after every committed batch; returning false stops after that batch (what is committed stays).
    // Throws StorageError on failure (bad options: Kind::Constraint with a clear message).
    DemoSummary generate(const DemoOptions &options,
                         const std::function<bool(qint64 done, qint64 total)> &progress);

private:
    Database m_database;
};

} // namespace anchor::storage
