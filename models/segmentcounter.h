#pragma once

#include <database.h>
#include <segmentrepository.h>

#include <QObject>

class QTimer;

namespace anchor::models {

// What a filter selects right now: the number of distinct valid addresses, the first few of
// them, and how many addresses it would skip as invalid.
struct SegmentCount
{
    int recipients = 0;
    int invalid = 0;
    QList<storage::SegmentRecipient> first;
    QString error;   // set when the count failed; the numbers are then 0
};

// The live count of a filter being edited. request() waits for a pause in the edits (300 ms by
// default), then counts on the background pool with the thread's own connection. At most one
// count runs at a time: a filter that changes during a run is counted when it ends, and the run
// that went stale is dropped, so typing never piles up queries and an old answer never replaces
// a newer one. counted() runs on this object's thread.
class SegmentCounter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SegmentCounter)

public:
    explicit SegmentCounter(storage::Database database, QObject *parent = nullptr);

    void setDelay(int milliseconds);
    void setPreviewSize(int recipients) { m_previewSize = recipients; }
    void request(const storage::SegmentFilter &filter);
    // Drops the pending request and any running one's answer.
    void cancel();
    bool isBusy() const { return m_busy; }

Q_SIGNALS:
    void busyChanged(bool busy);
    void counted(const anchor::models::SegmentCount &result);

private:
    void launch();
    void setBusy(bool busy);

    storage::Database m_database;
    QTimer *m_delay;
    storage::SegmentFilter m_filter;
    quint64 m_generation = 0;   // of the newest request
    int m_previewSize = 50;
    bool m_running = false;
    bool m_busy = false;
};

} // namespace anchor::models
