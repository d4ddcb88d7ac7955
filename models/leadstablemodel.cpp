#include "leadstablemodel.h"

#include "backgroundwork.h"
#include "leadformat.h"

#include <callrepository.h>
#include <storageerror.h>

#include <QColor>
#include <QFutureWatcher>
#include <QtConcurrent>

namespace anchor::models {

using storage::LeadColumn;

namespace {

struct PageResult
{
    QList<storage::LeadRow> rows;
    QString error;
};

LeadColumn columnAt(int column)
{
    return static_cast<LeadColumn>(column);
}

} // namespace

LeadsTableModel::LeadsTableModel(storage::Database database, QObject *parent)
    : QAbstractTableModel(parent)
    , m_database(std::move(database))
{
}

LeadsTableModel::~LeadsTableModel() = default;

int LeadsTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int LeadsTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(LeadColumn::Count);
}

const storage::LeadRow *LeadsTableModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

QVariant LeadsTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const storage::LeadRow &row = m_rows.at(index.row());
    const LeadColumn column = columnAt(index.column());

    switch (role) {
    case CallIdRole:
        return row.callId;
    case StarsRole:
        return row.stars;
    case CategoryColorRole:
        return QColor(storage::LeadVocabulary::categoryColor(row.category));
    case TagsRole: {
        QStringList names;
        for (const auto &tag : row.tags)
            names.append(tag.name);
        return names;
    }
    case TagColorsRole: {
        QStringList colors;
        for (const auto &tag : row.tags)
            colors.append(tag.color);
        return colors;
    }
    case Qt::ToolTipRole:
        if (column == LeadColumn::CallerName || column == LeadColumn::Category)
            return row.summary.isEmpty() ? QVariant() : QVariant(row.summary);
        return {};
    case Qt::TextAlignmentRole:
        if (column == LeadColumn::Duration)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::DisplayRole:
    case RawValueRole:
        break;
    default:
        return {};
    }

    const bool raw = role == RawValueRole;
    switch (column) {
    case LeadColumn::StartedAt: return raw ? QVariant(row.startedAt) : QVariant(LeadFormat::localDateTime(row.startedAt));
    case LeadColumn::CallerName: return raw ? row.callerName : LeadFormat::callerName(row);
    case LeadColumn::Number: return row.fromNumber;
    case LeadColumn::Client: return row.clientName;
    case LeadColumn::Category:
        return raw ? row.category : storage::LeadVocabulary::categoryLabel(row.category);
    case LeadColumn::Stars: return raw ? QVariant(row.stars) : QVariant(LeadFormat::stars(row.stars));
    case LeadColumn::Duration: return raw ? QVariant(row.durationSec) : QVariant(LeadFormat::duration(row.durationSec));
    case LeadColumn::CallerType:
        return raw ? row.callerType : storage::LeadVocabulary::callerTypeLabel(row.callerType);
    case LeadColumn::Tags: return LeadFormat::tags(row.tags);
    case LeadColumn::Stage: return raw ? row.stageId : row.stageName;
    case LeadColumn::Source: return row.source;
    case LeadColumn::Count: break;
    }
    return {};
}

QVariant LeadsTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0
        || section >= static_cast<int>(LeadColumn::Count))
        return QAbstractTableModel::headerData(section, orientation, role);
    return storage::LeadColumns::title(columnAt(section));
}

bool LeadsTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd && !m_loading;
}

void LeadsTableModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        requestPage(m_rows.size());
}

void LeadsTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= static_cast<int>(LeadColumn::Count))
        return;
    const storage::LeadSort wanted{columnAt(column), order};
    if (wanted == m_sort)
        return;
    m_sort = wanted;
    if (m_started)   // before the first load, only remember it
        reload();
}

void LeadsTableModel::setFilter(const storage::LeadFilter &filter)
{
    if (filter == m_filter && m_started)
        return;
    m_filter = filter;
    reload();
}

void LeadsTableModel::reload()
{
    ++m_generation;   // pages still in flight are dropped when they arrive
    m_loading = true;   // views reacting to the reset must not request a page of their own
    beginResetModel();
    m_rows.clear();
    m_rowOfCall.clear();
    m_atEnd = false;
    endResetModel();
    requestPage(0);
}

void LeadsTableModel::refreshRows(const QStringList &callIds)
{
    // A big bulk edit is cheaper (and simpler) to show by loading the list again.
    if (callIds.size() > kRefreshInPlaceLimit) {
        reload();
        return;
    }
    QStringList loaded;
    for (const QString &callId : callIds) {
        if (m_rowOfCall.contains(callId))
            loaded.append(callId);
    }
    if (loaded.isEmpty())
        return;
    try {
        for (const storage::LeadRow &fresh : storage::CallRepository(m_database).findByCallIds(loaded)) {
            const int row = rowOfCall(fresh.callId);
            if (row < 0)
                continue;
            m_rows[row] = fresh;
            Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1));
        }
    } catch (const storage::StorageError &error) {
        Q_EMIT loadFailed(error.message());
    }
}

int LeadsTableModel::rowOfCall(const QString &callId) const
{
    return m_rowOfCall.value(callId, -1);
}

void LeadsTableModel::warmUp(const storage::Database &database)
{
    (void)QtConcurrent::run([database] {
        try {
            database.connection();
        } catch (const storage::StorageError &) {
            // The first page reports the problem.
        }
    });
}

void LeadsTableModel::requestCount()
{
    const quint64 generation = ++m_countGeneration;
    const storage::LeadFilter filter = m_filter;
    const storage::Database database = m_database;
    auto *watcher = new QFutureWatcher<qint64>(this);
    connect(watcher, &QFutureWatcher<qint64>::finished, this, [this, watcher, generation] {
        const qint64 count = watcher->result();
        watcher->deleteLater();
        if (generation == m_countGeneration && count >= 0)
            Q_EMIT countReady(count);
    });
    watcher->setFuture(QtConcurrent::run(backgroundPool(), [database, filter]() -> qint64 {
        try {
            return storage::CallRepository(database).count(filter);
        } catch (const storage::StorageError &) {
            return -1;   // the page load reports the problem; a count is not worth a second message
        }
    }));
}

void LeadsTableModel::requestPage(qint64 offset)
{
    m_started = true;
    m_loading = true;
    Q_EMIT loadingChanged(true);
    const quint64 generation = m_generation;
    const int limit = offset == 0 && m_firstPageSize > 0 ? m_firstPageSize : m_pageSize;
    const storage::LeadPageRequest request{m_filter, m_sort, limit, offset};
    const storage::Database database = m_database;

    auto *watcher = new QFutureWatcher<PageResult>(this);
    connect(watcher, &QFutureWatcher<PageResult>::finished, this, [this, watcher, generation, offset, limit] {
        const PageResult result = watcher->result();
        watcher->deleteLater();
        acceptPage(generation, offset, limit, result.rows, result.error);
    });
    watcher->setFuture(QtConcurrent::run([database, request] {
        PageResult result;
        try {
            result.rows = storage::CallRepository(database).page(request);
        } catch (const storage::StorageError &error) {
            result.error = error.message();
        }
        return result;
    }));
}

void LeadsTableModel::acceptPage(quint64 generation, qint64 offset, int limit, const QList<storage::LeadRow> &rows,
                                 const QString &error)
{
    if (generation != m_generation)
        return;   // reload() already started the page that counts
    if (offset != m_rows.size()) {
        m_loading = false;   // cannot happen while inserts are guarded; never leave the model stuck
        Q_EMIT loadingChanged(false);
        return;
    }
    if (!error.isEmpty()) {
        m_loading = false;
        m_atEnd = true;
        Q_EMIT loadingChanged(false);
        Q_EMIT loadFailed(error);
        return;
    }
    m_atEnd = rows.size() < limit;
    const int first = static_cast<int>(m_rows.size());
    if (!rows.isEmpty()) {
        // Still "loading" while views react to the insert, so none of them asks for the next
        // page at an offset that is about to change.
        beginInsertRows({}, first, first + static_cast<int>(rows.size()) - 1);
        for (const storage::LeadRow &row : rows) {
            if (!m_rowOfCall.contains(row.callId))
                m_rowOfCall.insert(row.callId, int(m_rows.size()));
            m_rows.append(row);
        }
        endInsertRows();
    }
    m_loading = false;
    Q_EMIT loadingChanged(false);
    Q_EMIT pageLoaded(first, static_cast<int>(rows.size()));
}

} // namespace anchor::models
