#pragma once

#include <database.h>

#include <QSqlQuery>
#include <QString>
#include <QTemporaryDir>
#include <QVariantList>

namespace anchor::testing {

// A fresh database file in its own temporary folder, migrated to the current schema.
class TestDatabase
{
public:
    TestDatabase();
    ~TestDatabase();

    storage::Database &database() { return m_database; }
    QString path() const { return m_dir.filePath(QStringLiteral("anchor.sqlite")); }
    QString folder() const { return m_dir.path(); }

    // Runs one statement with bound values; fails the test with SQLite's message otherwise.
    void exec(const QString &statement, const QVariantList &values = {});
    QVariant scalar(const QString &statement, const QVariantList &values = {});

    // A client business (users + client_profiles + brand_assets); returns its id.
    QString addClient(const QString &name, const QString &ctmAccount = {});
    struct Call
    {
        QString callId;
        QString clientId;
        QString startedAt;       // ISO-8601 UTC
        QString callerName;
        QString fromNumber = QStringLiteral("+13035550100");
        QString category = QStringLiteral("unreviewed");
        QVariant score;          // null = unrated
        int durationSec = 60;
        QString callerType = QStringLiteral("new");
        QString transcript;
        QString summary;
        QString source;
    };
    QString addCall(const Call &call);

private:
    QTemporaryDir m_dir;
    storage::Database m_database;
};

} // namespace anchor::testing
