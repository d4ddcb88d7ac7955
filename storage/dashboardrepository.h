#pragma once

#include "database.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QStringList>

namespace anchor::storage {

// The dashboard's figures for some clients (all when empty) and a time range, computed in SQL.
struct DashboardFigures
{
    QList<QPair<QString, qint64>> categories;   // category key -> calls, most first
    QList<QPair<QString, qint64>> sources;      // source -> calls, most first ("" = unknown)
    QList<QPair<QDate, qint64>> callsPerDay;    // UTC days with calls, in order
    // The conversion funnel: every call, those answered (not unanswered or voicemail), those
    // warm or better (warm, very_good, converted), and those converted.
    qint64 calls = 0;
    qint64 answered = 0;
    qint64 warmOrBetter = 0;
    qint64 converted = 0;
};

class DashboardRepository
{
    Q_DECLARE_TR_FUNCTIONS(anchor::storage::DashboardRepository)

public:
    explicit DashboardRepository(Database database);

    DashboardFigures figures(const QStringList &clientIds, const QDateTime &from, const QDateTime &to) const;

private:
    Database m_database;
};

} // namespace anchor::storage
