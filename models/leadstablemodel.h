#pragma once

#include <database.h>
#include <leadquery.h>
#include <leadtypes.h>

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace anchor::models {

// The leads list: pages of rows loaded from SQL off the GUI thread, filtered and sorted in SQL.
// A generation counter drops pages that arrive after the filter or sort changed; the model never
// counts all rows on the GUI thread (it grows page by page through canFetchMore/fetchMore).
class LeadsTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LeadsTableModel)

public:
    static constexpr int kRefreshInPlaceLimit = 300;

    enum Role {
        CallIdRole = Qt::UserRole + 1,
        RawValueRole,      // the stored value, for sorting and editing
        CategoryColorRole,
        StarsRole,
        TagsRole,          // QStringList of tag names
        TagColorsRole,     // QStringList of their colours
    };
    Q_ENUM(Role)

    explicit LeadsTableModel(storage::Database database, QObject *parent = nullptr);
    ~LeadsTableModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    void setFilter(const storage::LeadFilter &filter);
    storage::LeadFilter filter() const { return m_filter; }
    storage::LeadSort sortOrder() const { return m_sort; }
    void setPageSize(int rows) { m_pageSize = qMax(1, rows); }
    // The first page only has to fill the screen: smaller, so it arrives sooner. 0 = page size.
    void setFirstPageSize(int rows) { m_firstPageSize = qMax(0, rows); }
    bool isLoading() const { return m_loading; }
    const storage::LeadRow *rowAt(int row) const;

    // Drops what is loaded and loads the first page again.
    void reload();
    // Re-reads the loaded rows of these calls (after an edit): indexed lookups of a few rows.
    void refreshRows(const QStringList &callIds);
    int rowOfCall(const QString &callId) const;
    // Counts every row of the filter in the background; the answer arrives as countReady().
    void requestCount();
    // Opens a worker thread's connection ahead of the first page (SQLite parses the schema
    // on a connection's first use), so start-up overlaps it with building the window.
    static void warmUp(const storage::Database &database);

Q_SIGNALS:
    void pageLoaded(int firstRow, int rowCount);
    void loadFailed(const QString &message);
    void loadingChanged(bool loading);
    void countReady(qint64 count);

private:
    void requestPage(qint64 offset);
    void acceptPage(quint64 generation, qint64 offset, int limit, const QList<storage::LeadRow> &rows,
                    const QString &error);

    storage::Database m_database;
    storage::LeadFilter m_filter;
    storage::LeadSort m_sort;
    QList<storage::LeadRow> m_rows;
    QHash<QString, int> m_rowOfCall;
    quint64 m_generation = 0;
    quint64 m_countGeneration = 0;
    int m_pageSize = 200;
    int m_firstPageSize = 0;
    bool m_loading = false;
    bool m_atEnd = false;
    bool m_started = false;   // a page was requested: changes of sort or filter reload
};

} // namespace anchor::models
