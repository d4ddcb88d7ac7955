#pragma once

#include <database.h>
#include <emaillogrepository.h>

#include <QAbstractTableModel>
#include <QList>

namespace anchor::models {

// The email log (email_logs), newest first, filtered in SQL. Pages are read off the GUI thread
// as the view scrolls (canFetchMore/fetchMore) and the matches are counted in the background;
// a generation counter drops pages that arrive after the filter changed.
class EmailLogModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EmailLogModel)

public:
    enum Column { Time, Type, Recipient, Subject, Status, Error, Client, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        EmailLogIdRole = Qt::UserRole + 1,
        StatusRole,
    };
    Q_ENUM(Role)

    explicit EmailLogModel(storage::Database database, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    void setFilter(const storage::EmailLogFilter &filter);
    storage::EmailLogFilter filter() const { return m_filter; }
    void setPageSize(int rows) { m_pageSize = qMax(1, rows); }
    bool isLoading() const { return m_loading; }
    bool hasStarted() const { return m_started; }
    qint64 totalCount() const { return m_total; }
    const storage::EmailLogRow *rowAt(int row) const;
    void reload();

Q_SIGNALS:
    void pageLoaded(int firstRow, int rowCount);
    void countReady(qint64 count);
    void loadFailed(const QString &message);

private:
    void requestPage(int offset);
    void requestCount();

    storage::Database m_database;
    storage::EmailLogFilter m_filter;
    QList<storage::EmailLogRow> m_rows;
    quint64 m_generation = 0;
    qint64 m_total = -1;
    int m_pageSize = 300;
    bool m_loading = false;
    bool m_atEnd = true;
    bool m_started = false;
};

} // namespace anchor::models
