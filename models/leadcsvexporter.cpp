#include "leadcsvexporter.h"

#include "csvwriter.h"
#include "leadformat.h"

#include <callrepository.h>
#include <storageerror.h>
#include <timestamps.h>

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace anchor::models {

namespace {
constexpr qint64 kProgressEvery = 2000;
}

LeadCsvExporter::LeadCsvExporter(storage::Database database)
    : m_database(std::move(database))
{
}

QStringList LeadCsvExporter::header()
{
    return {QStringLiteral("started_at"), QStringLiteral("caller_name"), QStringLiteral("from_number"),
            QStringLiteral("client"),     QStringLiteral("category"),    QStringLiteral("stars"),
            QStringLiteral("duration_sec"), QStringLiteral("caller_type"), QStringLiteral("tags"),
            QStringLiteral("stage"),      QStringLiteral("source"),      QStringLiteral("call_id"),
            QStringLiteral("to_number"),  QStringLiteral("summary")};
}

QStringList LeadCsvExporter::cells(const storage::LeadRow &row)
{
    return {storage::toDbTimestamp(row.startedAt),
            row.callerName,
            row.fromNumber,
            row.clientName,
            row.category,
            row.stars > 0 ? QString::number(row.stars) : QString(),
            QString::number(row.durationSec),
            row.callerType,
            LeadFormat::tags(row.tags),
            row.stageName,
            row.source,
            row.callId,
            row.toNumber,
            row.summary};
}

LeadCsvExporter::Result LeadCsvExporter::exportTo(const QString &path, const storage::LeadFilter &filter,
                                                  const storage::LeadSort &sort, const Progress &progress) const
{
    using storage::StorageError;
    const QString shown = QDir::toNativeSeparators(path);
    if (QFileInfo(path).isDir())
        throw StorageError(StorageError::Kind::CannotOpen, tr("Cannot export to %1: it is a folder.").arg(shown));

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        throw StorageError(StorageError::Kind::CannotOpen,
                           tr("Cannot write the export to %1: %2").arg(shown, file.errorString()));

    storage::CallRepository calls(m_database);
    const qint64 total = progress ? calls.count(filter) : 0;
    Result result;
    bool writeFailed = false;
    auto write = [&](const QByteArray &bytes) {
        if (file.write(bytes) != bytes.size())
            writeFailed = true;
        return !writeFailed;
    };

    write(CsvWriter::record(header()));
    calls.forEach(filter, sort, [&](const storage::LeadRow &row) {
        if (!write(CsvWriter::record(cells(row))))
            return false;
        ++result.rows;
        if (progress && result.rows % kProgressEvery == 0 && !progress(result.rows, total)) {
            result.cancelled = true;
            return false;
        }
        return true;
    });

    if (writeFailed) {
        const QString reason = file.errorString();
        file.cancelWriting();
        throw StorageError(StorageError::Kind::DiskFull,
                           tr("Writing the export to %1 failed: %2. No file was written.").arg(shown, reason));
    }
    if (result.cancelled) {
        file.cancelWriting();
        return result;
    }
    if (!file.commit())
        throw StorageError(StorageError::Kind::CannotOpen,
                           tr("Saving the export to %1 failed: %2. No file was written.").arg(shown, file.errorString()));
    if (progress)
        progress(result.rows, total);
    return result;
}

} // namespace anchor::models
