#pragma once

#include <campaignrepository.h>
#include <database.h>

#include <QAbstractTableModel>
#include <QList>

namespace anchor::models {

// The campaigns list with each campaign's figures (recipients, sent, delivered, open and click
// rates as Pipedrive defines them). A client's campaigns number in the hundreds, not millions:
// the list and the statistics of the started ones are read in one go off the GUI thread, and
// the search narrows and sort orders the loaded rows. A generation counter drops answers that
// arrive after a newer reload.
class CampaignsTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CampaignsTableModel)

public:
    enum Column { Name, Client, Status, When, Recipients, Sent, Delivered, OpenRate, ClickRate, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        CampaignIdRole = Qt::UserRole + 1,
        StatusRole, // the stored status value
        SortRole,   // a raw value to sort by
    };
    Q_ENUM(Role)

    struct Row
    {
        storage::Campaign campaign;
        storage::CampaignStatistics statistics;
    };

    explicit CampaignsTableModel(storage::Database database, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // Empty: every client / every status.
    void setFilter(const QString &clientId, const QStringList &statuses);
    // A part of the name, subject or client name; narrows the loaded rows at once.
    void setSearch(const QString &text);
    void reload();
    bool isLoading() const { return m_loading; }

    const Row *rowAt(int row) const;
    int rowOfCampaign(const QString &campaignId) const;
    // Every loaded campaign before the search narrowed them.
    int loadedCount() const { return int(m_all.size()); }

    static QString percent(double rate);

Q_SIGNALS:
    void loaded();
    void loadFailed(const QString &message);

private:
    void rebuild();
    QVariant sortValue(const Row &row, int column) const;

    storage::Database m_database;
    QString m_clientId;
    QStringList m_statuses;
    QString m_search;
    QList<Row> m_all;  // as loaded, newest first
    QList<Row> m_rows; // shown: searched and sorted
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    quint64 m_generation = 0;
    bool m_loading = false;
};

} // namespace anchor::models
