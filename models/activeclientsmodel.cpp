#include "activeclientsmodel.h"

#include <activeclientrepository.h>
#include <storageerror.h>

#include <QFutureWatcher>
#include <QLocale>
#include <QtConcurrent>

namespace anchor::models {

namespace {

struct LoadResult
{
    QList<storage::ActiveClient> rows;
    QString error;
};

} // namespace

ActiveClientsModel::ActiveClientsModel(storage::Database database, QObject *parent)
    : QAbstractTableModel(parent)
    , m_database(std::move(database))
{
}

QString ActiveClientsModel::statusLabel(const QString &status)
{
    if (status == QLatin1String("active"))
        return tr("Active");
    if (status == QLatin1String("inactive"))
        return tr("Inactive");
    if (status == QLatin1String("archived"))
        return tr("Archived");
    return status;
}

int ActiveClientsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ActiveClientsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const storage::ActiveClient *ActiveClientsModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int ActiveClientsModel::rowOf(const QString &activeClientId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == activeClientId)
            return i;
    }
    return -1;
}

QVariant ActiveClientsModel::data(const QModelIndex &index, int role) const
{
    const storage::ActiveClient *row = index.isValid() ? rowAt(index.row()) : nullptr;
    if (!row)
        return {};
    if (role == ActiveClientIdRole)
        return row->id;
    if (role == StatusRole)
        return row->status;
    if (role == Qt::TextAlignmentRole && (index.column() == Agreed || index.column() == Services || index.column() == Journeys))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Name:
        return row->name.isEmpty() ? row->phone : row->name;
    case Client:
        return row->clientName;
    case Status:
        return statusLabel(row->status);
    case Phone:
        return row->phone;
    case Email:
        return row->email;
    case Services:
        return row->serviceCount;
    case Agreed:
        return QLocale().toCurrencyString(double(row->agreedCents) / 100.0);
    case Journeys:
        return row->journeyCount;
    case Since:
        return QLocale().toString(row->createdAt.toLocalTime().date(), QLocale::ShortFormat);
    default:
        return {};
    }
}

QVariant ActiveClientsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case Client:
        return tr("Client");
    case Status:
        return tr("Status");
    case Phone:
        return tr("Phone");
    case Email:
        return tr("Email");
    case Services:
        return tr("Services");
    case Agreed:
        return tr("Agreed total");
    case Journeys:
        return tr("Journeys");
    case Since:
        return tr("Client since");
    default:
        return {};
    }
}

void ActiveClientsModel::setFilter(const storage::ActiveClientFilter &filter)
{
    m_filter = filter;
    reload();
}

void ActiveClientsModel::reload()
{
    const quint64 generation = ++m_generation;
    const storage::Database database = m_database;
    const storage::ActiveClientFilter filter = m_filter;
    auto *watcher = new QFutureWatcher<LoadResult>(this);
    connect(watcher, &QFutureWatcher<LoadResult>::finished, this, [this, watcher, generation] {
        const LoadResult result = watcher->result();
        watcher->deleteLater();
        if (generation != m_generation)
            return;
        if (!result.error.isEmpty()) {
            Q_EMIT loadFailed(result.error);
            return;
        }
        beginResetModel();
        m_rows = result.rows;
        endResetModel();
        Q_EMIT loaded(int(m_rows.size()));
    });
    watcher->setFuture(QtConcurrent::run([database, filter] {
        LoadResult result;
        try {
            result.rows = storage::ActiveClientRepository(database).list(filter, kRowCap);
        } catch (const storage::StorageError &error) {
            result.error = error.message();
        }
        return result;
    }));
}

} // namespace anchor::models
