#pragma once

#include <database.h>
#include <leadquery.h>

#include <QFutureWatcher>
#include <QObject>

#include <atomic>
#include <memory>

class QTimer;

namespace anchor::models {

// Runs LeadCsvExporter off the GUI thread. Progress is polled from atomics (no signal per row);
// cancel() stops the export at the next row and leaves no file behind.
class LeadExportJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LeadExportJob)

public:
    LeadExportJob(storage::Database database, QString path, storage::LeadFilter filter, storage::LeadSort sort,
                  QObject *parent = nullptr);
    ~LeadExportJob() override;

    void start();
    void cancel();
    QString path() const { return m_path; }

Q_SIGNALS:
    void progress(qint64 done, qint64 total);
    // rows written; cancelled; error message (empty on success)
    void finished(qint64 rows, bool cancelled, const QString &error);

private:
    struct Shared
    {
        std::atomic<qint64> done{0};
        std::atomic<qint64> total{0};
        std::atomic<bool> cancel{false};
    };
    struct Outcome
    {
        qint64 rows = 0;
        bool cancelled = false;
        QString error;
    };

    storage::Database m_database;
    QString m_path;
    storage::LeadFilter m_filter;
    storage::LeadSort m_sort;
    std::shared_ptr<Shared> m_shared;
    QFutureWatcher<Outcome> m_watcher;
    QTimer *m_poll = nullptr;
};

} // namespace anchor::models
