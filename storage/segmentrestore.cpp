#include "segmentrestore.h"

#include "sqlhelpers.h"
#include "storageerror.h"
#include "transaction.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlQuery>

namespace anchor::storage {

void restoreSegment(const Database &database, const Segment &segment)
{
    const QString context = QCoreApplication::translate("anchor::storage::SegmentRepository", "Restoring the segment");
    if (segment.id.isEmpty())
        throw StorageError(StorageError::Kind::Constraint,
                           QCoreApplication::translate("anchor::storage::SegmentRepository",
                                                       "Only a segment with an id can be restored."));
    QSqlDatabase db = database.connection();
    Transaction transaction(db);
    QSqlQuery stored = sql::run(db, QStringLiteral("SELECT 1 FROM segments WHERE id = ?"), {segment.id}, context);
    const bool exists = stored.next();
    stored.finish();
    if (!exists) {
        // A bare row under the old id first, so save() below updates it: that validates and
        // fills in the segment (and counts it).
        sql::run(db, QStringLiteral("INSERT INTO segments (id, client_id, name, created_by) VALUES (?, ?, ?, ?)"),
                 {segment.id, sql::textOrNull(segment.clientId), segment.name, sql::textOrNull(segment.createdBy)},
                 context);
    }
    SegmentRepository(database).save(segment);
    transaction.commit();
}

} // namespace anchor::storage
