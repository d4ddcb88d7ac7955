#pragma once

#include <database.h>
#include <leadquery.h>
#include <leadtypes.h>

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <functional>

namespace anchor::models {

// Writes the leads matching a filter to a CSV file, without a row cap. Used by the GUI (in a
// background job) and by anchorctl. The file appears only when the export finished: a failed or
// cancelled export leaves an existing file at that path as it was.
class LeadCsvExporter
{
    Q_DECLARE_TR_FUNCTIONS(anchor::models::LeadCsvExporter)

public:
    struct Result
    {
        qint64 rows = 0;
        bool cancelled = false;
    };
    // done, total; return false to cancel.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    explicit LeadCsvExporter(storage::Database database);

    static QStringList header();
    static QStringList cells(const storage::LeadRow &row);

    // Throws storage::StorageError when the file cannot be written (folder missing, no
    // permission, disk full) or the query fails.
    Result exportTo(const QString &path, const storage::LeadFilter &filter, const storage::LeadSort &sort,
                    const Progress &progress = {}) const;

private:
    storage::Database m_database;
};

} // namespace anchor::models
