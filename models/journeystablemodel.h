#pragma once

#include <database.h>
#include <journeytypes.h>

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace anchor::models {

// The journeys list: pages of rows loaded off the GUI thread, filtered and sorted in SQL. A
// generation counter drops pages that arrive after the filter or sort changed; the model grows
// page by page through canFetchMore/fetchMore and never counts all rows on the GUI thread.
class JourneysTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JourneysTableModel)

public:
    enum Column { Person, Client, Status, NextAction, NextStep, Progress, Concerns, Phone, Created, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        JourneyIdRole = Qt::UserRole + 1,
        StatusRole,     // the stored status value
        OverdueRole,    // bool
        PausedRole,     // bool
        ProgressRole,   // 0..1, for the progress bar delegate
    };
    Q_ENUM(Role)

    explicit JourneysTableModel(storage::Database database, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    void setFilter(const storage::JourneyFilter &filter);
    storage::JourneyFilter filter() const { return m_filter; }
    void setPageSize(int rows) { m_pageSize = qMax(1, rows); }
    bool isLoading() const { return m_loading; }
    const storage::JourneyRow *rowAt(int row) const;
    int rowOfJourney(const QString &journeyId) const { return m_rowOf.value(journeyId, -1); }

    void reload();
    // Re-reads these journeys' rows after an edit (indexed lookups of a few rows); a journey
    // that no longer matches the filter stays until the next reload, so rows do not jump.
    void refreshRows(const QStringList &journeyIds);
    // Counts every match in the background; the answer arrives as countReady().
    void requestCount();

    // Display text for a status value ("in_progress" -> "In progress").
    static QString statusLabel(const QString &status);

Q_SIGNALS:
    void pageLoaded(int firstRow, int rowCount);
    void loadFailed(const QString &message);
    void loadingChanged(bool loading);
    void countReady(qint64 count);

private:
    void requestPage(qint64 offset);

    storage::Database m_database;
    storage::JourneyFilter m_filter;
    storage::JourneySort m_sort;
    QList<storage::JourneyRow> m_rows;
    QHash<QString, int> m_rowOf;
    quint64 m_generation = 0;
    quint64 m_countGeneration = 0;
    int m_pageSize = 200;
    bool m_loading = false;
    bool m_atEnd = false;
    bool m_started = false;
};

} // namespace anchor::models
