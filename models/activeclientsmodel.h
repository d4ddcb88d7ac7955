#pragma once

#include <database.h>
#include <journeytypes.h>

#include <QAbstractTableModel>

namespace anchor::models {

// The active clients list (converted leads), loaded off the GUI thread. Agencies have hundreds
// or a few thousand per client business, so the whole filtered list (up to a cap) is loaded.
class ActiveClientsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActiveClientsModel)

public:
    enum Column { Name, Client, Status, Phone, Email, Services, Agreed, Journeys, Since, ColumnCount };
    Q_ENUM(Column)
    enum Role { ActiveClientIdRole = Qt::UserRole + 1, StatusRole };
    Q_ENUM(Role)
    static constexpr int kRowCap = 5000;

    explicit ActiveClientsModel(storage::Database database, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setFilter(const storage::ActiveClientFilter &filter);
    storage::ActiveClientFilter filter() const { return m_filter; }
    void reload();
    const storage::ActiveClient *rowAt(int row) const;
    int rowOf(const QString &activeClientId) const;

    static QString statusLabel(const QString &status);

Q_SIGNALS:
    void loaded(int rows);
    void loadFailed(const QString &message);

private:
    storage::Database m_database;
    storage::ActiveClientFilter m_filter;
    QList<storage::ActiveClient> m_rows;
    quint64 m_generation = 0;
};

} // namespace anchor::models
