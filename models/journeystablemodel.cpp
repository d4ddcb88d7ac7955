#include "journeystablemodel.h"

#include "backgroundwork.h"

#include <journeyrepository.h>
#include <storageerror.h>

#include <QBrush>
#include <QColor>
#include <QFutureWatcher>
#include <QLocale>
#include <QtConcurrent>

namespace anchor::models {

namespace {

struct PageResult
{
    QList<storage::JourneyRow> rows;
    QString error;
};

storage::JourneySortKey sortKeyOf(int column)
{
    switch (column) {
    case JourneysTableModel::Person:
        return storage::JourneySortKey::Name;
    case JourneysTableModel::Client:
        return storage::JourneySortKey::Client;
    case JourneysTableModel::Status:
        return storage::JourneySortKey::Status;
    case JourneysTableModel::Created:
        return storage::JourneySortKey::Created;
    default:
        return storage::JourneySortKey::NextAction;
    }
}

} // namespace

JourneysTableModel::JourneysTableModel(storage::Database database, QObject *parent)
    : QAbstractTableModel(parent)
    , m_database(std::move(database))
{
}

QString JourneysTableModel::statusLabel(const QString &status)
{
    if (status == QLatin1String("pending"))
        return tr("Pending");
    if (status == QLatin1String("in_progress"))
        return tr("In progress");
    if (status == QLatin1String("active_client"))
        return tr("Active client");
    if (status == QLatin1String("won"))
        return tr("Won");
    if (status == QLatin1String("lost"))
        return tr("Lost");
    if (status == QLatin1String("archived"))
        return tr("Archived");
    return status;
}

int JourneysTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int JourneysTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const storage::JourneyRow *JourneysTableModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

QVariant JourneysTableModel::data(const QModelIndex &index, int role) const
{
    const storage::JourneyRow *row = index.isValid() ? rowAt(index.row()) : nullptr;
    if (!row || index.column() >= ColumnCount)
        return {};
    const QDateTime now = QDateTime::currentDateTimeUtc();
    switch (role) {
    case JourneyIdRole:
        return row->id;
    case StatusRole:
        return row->status;
    case OverdueRole:
        return row->isOverdue(now);
    case PausedRole:
        return row->paused;
    case ProgressRole:
        return row->stepsTotal > 0 ? double(row->stepsDone) / row->stepsTotal : 0.0;
    case Qt::ForegroundRole:
        if (index.column() == NextAction && row->isOverdue(now))
            return QBrush(QColor(0xc5, 0x22, 0x1f));
        return {};
    case Qt::ToolTipRole:
        if (index.column() == NextAction && row->isOverdue(now))
            return tr("Overdue since %1").arg(QLocale().toString(row->nextActionAt.toLocalTime(), QLocale::ShortFormat));
        if (index.column() == Concerns && row->concernsRedacted)
            return tr("Redacted for privacy after the retention period");
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case Person:
        return row->personName.isEmpty() ? row->phone : row->personName;
    case Client:
        return row->clientName;
    case Status:
        return row->paused ? tr("%1 (paused)").arg(statusLabel(row->status)) : statusLabel(row->status);
    case NextAction:
        return row->nextActionAt.isValid() ? QLocale().toString(row->nextActionAt.toLocalTime().date(), QLocale::ShortFormat)
                                           : QString();
    case NextStep:
        return row->nextStepLabel;
    case Progress:
        return row->stepsTotal > 0 ? tr("%1 of %2").arg(row->stepsDone).arg(row->stepsTotal) : QString();
    case Concerns:
        return row->concernsRedacted ? tr("(redacted)") : row->concerns.join(QStringLiteral(", "));
    case Phone:
        return row->phone;
    case Created:
        return QLocale().toString(row->createdAt.toLocalTime().date(), QLocale::ShortFormat);
    default:
        return {};
    }
}

QVariant JourneysTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Person:
        return tr("Person");
    case Client:
        return tr("Client");
    case Status:
        return tr("Status");
    case NextAction:
        return tr("Next action");
    case NextStep:
        return tr("Next step");
    case Progress:
        return tr("Steps done");
    case Concerns:
        return tr("Services and concerns");
    case Phone:
        return tr("Phone");
    case Created:
        return tr("Started");
    default:
        return {};
    }
}

bool JourneysTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_started && !m_loading && !m_atEnd;
}

void JourneysTableModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        requestPage(m_rows.size());
}

void JourneysTableModel::sort(int column, Qt::SortOrder order)
{
    const storage::JourneySort sort{sortKeyOf(column), order == Qt::DescendingOrder};
    if (sort == m_sort && m_started)
        return;
    m_sort = sort;
    if (m_started)
        reload();
}

void JourneysTableModel::setFilter(const storage::JourneyFilter &filter)
{
    if (filter == m_filter && m_started)
        return;
    m_filter = filter;
    reload();
}

void JourneysTableModel::reload()
{
    ++m_generation;
    beginResetModel();
    m_rows.clear();
    m_rowOf.clear();
    m_atEnd = false;
    endResetModel();
    requestPage(0);
}

void JourneysTableModel::refreshRows(const QStringList &journeyIds)
{
    if (journeyIds.isEmpty()) {
        reload();
        return;
    }
    storage::JourneyRepository journeys(m_database);
    for (const QString &id : journeyIds) {
        const int row = rowOfJourney(id);
        std::optional<storage::JourneyRow> fresh;
        try {
            fresh = journeys.find(id);
        } catch (const storage::StorageError &error) {
            Q_EMIT loadFailed(error.message());
            return;
        }
        if (row < 0) {
            if (fresh)
                reload();   // a new journey: it belongs somewhere in the order
            return;
        }
        if (!fresh) {   // deleted (an undone start)
            beginRemoveRows({}, row, row);
            m_rows.removeAt(row);
            endRemoveRows();
            m_rowOf.clear();
            for (int i = 0; i < m_rows.size(); ++i)
                m_rowOf.insert(m_rows.at(i).id, i);
            continue;
        }
        m_rows[row] = *fresh;
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
}

void JourneysTableModel::requestCount()
{
    const quint64 generation = ++m_countGeneration;
    const storage::Database database = m_database;
    const storage::JourneyFilter filter = m_filter;
    auto *watcher = new QFutureWatcher<qint64>(this);
    connect(watcher, &QFutureWatcher<qint64>::finished, this, [this, watcher, generation] {
        const qint64 count = watcher->result();
        watcher->deleteLater();
        if (generation == m_countGeneration && count >= 0)
            Q_EMIT countReady(count);
    });
    watcher->setFuture(QtConcurrent::run(backgroundPool(), [database, filter]() -> qint64 {
        try {
            return storage::JourneyRepository(database).count(filter);
        } catch (const storage::StorageError &) {
            return -1;   // the page load reports the problem
        }
    }));
}

void JourneysTableModel::requestPage(qint64 offset)
{
    m_started = true;
    m_loading = true;
    Q_EMIT loadingChanged(true);
    const quint64 generation = m_generation;
    const int limit = m_pageSize;
    const storage::Database database = m_database;
    const storage::JourneyFilter filter = m_filter;
    const storage::JourneySort sort = m_sort;

    auto *watcher = new QFutureWatcher<PageResult>(this);
    connect(watcher, &QFutureWatcher<PageResult>::finished, this, [this, watcher, generation, offset, limit] {
        const PageResult result = watcher->result();
        watcher->deleteLater();
        if (generation != m_generation)
            return;   // a newer filter or sort owns the model now
        m_loading = false;
        if (!result.error.isEmpty() || offset != m_rows.size()) {
            m_atEnd = true;
            Q_EMIT loadingChanged(false);
            if (!result.error.isEmpty())
                Q_EMIT loadFailed(result.error);
            return;
        }
        m_atEnd = result.rows.size() < limit;
        const int first = int(m_rows.size());
        if (!result.rows.isEmpty()) {
            m_loading = true;   // views react to the insert; none may ask for a page meanwhile
            beginInsertRows({}, first, first + int(result.rows.size()) - 1);
            for (const storage::JourneyRow &row : result.rows) {
                m_rowOf.insert(row.id, int(m_rows.size()));
                m_rows.append(row);
            }
            endInsertRows();
            m_loading = false;
        }
        Q_EMIT loadingChanged(false);
        Q_EMIT pageLoaded(first, int(result.rows.size()));
    });
    watcher->setFuture(QtConcurrent::run([database, filter, sort, offset, limit] {
        PageResult result;
        try {
            result.rows = storage::JourneyRepository(database).page(filter, sort, offset, limit);
        } catch (const storage::StorageError &error) {
            result.error = error.message();
        }
        return result;
    }));
}

} // namespace anchor::models
