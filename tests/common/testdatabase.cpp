#include "testdatabase.h"

#include <storageerror.h>
#include <timestamps.h>

#include <QSqlError>
#include <QTest>

namespace anchor::testing {

TestDatabase::TestDatabase()
{
    if (!m_dir.isValid())
        qFatal("Cannot create a temporary folder");
    try {
        m_database = storage::Database::open(path());
    } catch (const storage::StorageError &error) {
        qFatal("Cannot open the test database: %s", qPrintable(error.message()));
    }
}

TestDatabase::~TestDatabase()
{
    m_database.releaseThreadConnection();
}

void TestDatabase::exec(const QString &statement, const QVariantList &values)
{
    QSqlQuery query(m_database.connection());
    if (!query.prepare(statement))
        QFAIL(qPrintable(query.lastError().text() + QStringLiteral(" in ") + statement));
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        QFAIL(qPrintable(query.lastError().text() + QStringLiteral(" in ") + statement));
}

QVariant TestDatabase::scalar(const QString &statement, const QVariantList &values)
{
    QSqlQuery query(m_database.connection());
    if (!query.prepare(statement)) {
        qWarning("%s", qPrintable(query.lastError().text()));
        return {};
    }
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec() || !query.next()) {
        qWarning("%s", qPrintable(query.lastError().text()));
        return {};
    }
    return query.value(0);
}

QString TestDatabase::addClient(const QString &name, const QString &ctmAccount)
{
    const QString id = storage::newId();
    exec(QStringLiteral("INSERT INTO users (id, email, role) VALUES (?, ?, 'client')"),
         {id, QString(id + QStringLiteral("@example.com"))});
    exec(QStringLiteral("INSERT INTO client_profiles (user_id, client_type, client_subtype, ctm_account_number) "
                        "VALUES (?, 'medical', 'dental', ?)"),
         {id, ctmAccount.isEmpty() ? QVariant() : QVariant(ctmAccount)});
    exec(QStringLiteral("INSERT INTO brand_assets (user_id, business_name) VALUES (?, ?)"), {id, name});
    return id;
}

QString TestDatabase::addCall(const Call &call)
{
    const QString id = storage::newId();
    exec(QStringLiteral("INSERT INTO call_logs (id, owner_user_id, user_id, call_id, direction, from_number, to_number, "
                        "started_at, duration_sec, score, caller_type, call_sequence, category, caller_name, transcript, "
                        "classification_summary, source) "
                        "VALUES (?, ?, ?, ?, 'inbound', ?, '+13035559999', ?, ?, ?, ?, 1, ?, ?, ?, ?, ?)"),
         {id, call.clientId, call.clientId, call.callId, call.fromNumber, call.startedAt, call.durationSec, call.score,
          call.callerType, call.category, call.callerName.isEmpty() ? QVariant() : QVariant(call.callerName),
          call.transcript.isEmpty() ? QVariant() : QVariant(call.transcript),
          call.summary.isEmpty() ? QVariant() : QVariant(call.summary),
          call.source.isEmpty() ? QVariant() : QVariant(call.source)});
    return id;
}

} // namespace anchor::testing
