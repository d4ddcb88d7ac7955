#include "storageerror.h"

#include <QSqlError>

namespace anchor::storage {

namespace {
// Primary SQLite result codes (the low byte of the extended code).
constexpr int kSqliteBusy = 5;
constexpr int kSqliteLocked = 6;
constexpr int kSqliteInterrupt = 9;
constexpr int kSqliteReadOnly = 8;
constexpr int kSqliteIoErr = 10;
constexpr int kSqliteCorrupt = 11;
constexpr int kSqliteFull = 13;
constexpr int kSqliteCantOpen = 14;
constexpr int kSqliteConstraint = 19;
constexpr int kSqliteNotADb = 26;
} // namespace

StorageError::StorageError(Kind kind, const QString &message)
    : std::runtime_error(message.toStdString())
    , m_kind(kind)
    , m_message(message)
{
}

StorageError StorageError::fromSqlError(const QSqlError &error, const QString &context)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok) & 0xff;
    const QString detail = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    const QString prefix = context.isEmpty() ? QString() : context + QStringLiteral(": ");

    switch (ok ? code : -1) {
    case kSqliteFull:
        return {Kind::DiskFull,
                prefix + tr("the disk is full. Free some space and try again; nothing already saved was lost.")};
    case kSqliteCorrupt:
        return {Kind::Corrupt,
                prefix + tr("the database file is damaged (%1). Restore it from a backup; "
                            "Anchor CRM did not change it.").arg(detail)};
    case kSqliteNotADb:
        return {Kind::NotADatabase,
                prefix + tr("the file is not an Anchor CRM database (it is not an SQLite file).")};
    case kSqliteCantOpen:
        return {Kind::CannotOpen,
                prefix + tr("the database file cannot be opened (%1). Check that the folder exists "
                            "and that you may write to it.").arg(detail)};
    case kSqliteReadOnly:
        return {Kind::ReadOnly,
                prefix + tr("the database is read-only. Check the file's permissions.")};
    case kSqliteBusy:
    case kSqliteLocked:
        return {Kind::Busy,
                prefix + tr("the database is busy in another program. Try again in a moment.")};
    case kSqliteInterrupt:
        return {Kind::Interrupted, prefix + tr("cancelled.")};
    case kSqliteConstraint:
        return {Kind::Constraint, prefix + tr("a value was rejected by the database (%1).").arg(detail)};
    case kSqliteIoErr:
        return {Kind::Other,
                prefix + tr("the disk reported an input/output error (%1). Nothing already saved was "
                            "lost.").arg(detail)};
    default:
        return {Kind::Other, prefix + detail};
    }
}

} // namespace anchor::storage
