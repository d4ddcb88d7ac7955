#include "dashboardrepository.h"

#include "sqlhelpers.h"
#include "timestamps.h"

#include <QSqlQuery>
#include <QVariant>

namespace anchor::storage {

namespace {

// The shared WHERE clause; the (owner_user_id, category, started_at) and (category, started_at)
// indexes cover it, so no figure reads the call rows themselves.
QString scope(const QStringList &clientIds, QVariantList &binds, const QDateTime &from, const QDateTime &to)
{
    QString where = QStringLiteral(" WHERE started_at >= ? AND started_at < ?");
    binds << toDbTimestamp(from) << toDbTimestamp(to);
    if (!clientIds.isEmpty()) {
        where += QStringLiteral(" AND owner_user_id IN (") + QStringList(clientIds.size(), QStringLiteral("?")).join(u',')
                 + u')';
        for (const QString &id : clientIds)
            binds << id;
    }
    return where;
}

QSqlQuery run(const Database &database, const QString &statement, const QVariantList &binds, const QString &context)
{
    QSqlQuery query(database.connection());
    query.setForwardOnly(true);
    sql::prepare(query, statement);
    for (const QVariant &value : binds)
        query.addBindValue(value);
    sql::exec(query, context);
    return query;
}

} // namespace

DashboardRepository::DashboardRepository(Database database)
    : m_database(std::move(database))
{
}

DashboardFigures DashboardRepository::figures(const QStringList &clientIds, const QDateTime &from, const QDateTime &to) const
{
    DashboardFigures figures;
    const QString context = tr("Computing the dashboard");
    QVariantList binds;
    const QString where = scope(clientIds, binds, from, to);

    QSqlQuery categories = run(m_database, QStringLiteral("SELECT category, count(*) AS n FROM call_logs") + where
                                               + QStringLiteral(" GROUP BY category ORDER BY n DESC, category"),
                               binds, context);
    while (categories.next()) {
        const qint64 n = categories.value(1).toLongLong();
        const QString category = categories.value(0).toString();
        figures.categories.append({category, n});
        figures.calls += n;
        if (category != QLatin1String("unanswered") && category != QLatin1String("voicemail"))
            figures.answered += n;
        if (category == QLatin1String("warm") || category == QLatin1String("very_good")
            || category == QLatin1String("converted"))
            figures.warmOrBetter += n;
        if (category == QLatin1String("converted"))
            figures.converted += n;
    }

    QSqlQuery sources = run(m_database, QStringLiteral("SELECT coalesce(source, ''), count(*) AS n FROM call_logs") + where
                                            + QStringLiteral(" GROUP BY 1 ORDER BY n DESC, 1"),
                            binds, context);
    while (sources.next())
        figures.sources.append({sources.value(0).toString(), sources.value(1).toLongLong()});

    QSqlQuery days = run(m_database, QStringLiteral("SELECT substr(started_at, 1, 10) AS day, count(*) FROM call_logs") + where
                                         + QStringLiteral(" GROUP BY day ORDER BY day"),
                         binds, context);
    while (days.next())
        figures.callsPerDay.append({QDate::fromString(days.value(0).toString(), Qt::ISODate), days.value(1).toLongLong()});
    return figures;
}

} // namespace anchor::storage
