#include "emaillogmodel.h"

#include "backgroundwork.h"

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
    QList<storage::EmailLogRow> rows;
    QString error;
};

bool isProblem(const QString &status)
{
    return status == QLatin1String("failed") || status == QLatin1String("bounced") ||
           status == QLatin1String("complained");
}

} // namespace

EmailLogModel::EmailLogModel(storage::Database database, QObject *parent)
    : QAbstractTableModel(parent)
    , m_database(std::move(database))
{
}

int EmailLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int EmailLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const storage::EmailLogRow *EmailLogModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

QVariant EmailLogModel::data(const QModelIndex &index, int role) const
{
    const storage::EmailLogRow *row = index.isValid() ? rowAt(index.row()) : nullptr;
    if (!row || index.column() >= ColumnCount)
        return {};
    switch (role) {
    case EmailLogIdRole:
        return row->id;
    case StatusRole:
        return row->status;
    case Qt::ForegroundRole:
        if ((index.column() == Status || index.column() == Error) && isProblem(row->status))
            return QBrush(QColor(0xc5, 0x22, 0x1f));
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Error || index.column() == Subject)
            return index.column() == Error ? row->errorMessage : row->subject;
        if (index.column() == Time && row->sentAt.isValid())
            return tr("Sent %1").arg(QLocale().toString(row->sentAt.toLocalTime(), QLocale::LongFormat));
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case Time:
        return QLocale().toString(row->createdAt.toLocalTime(), QLocale::ShortFormat);
    case Type:
        return storage::EmailLogRepository::typeLabel(row->emailType);
    case Recipient:
        return row->recipientName.isEmpty() ? row->recipientEmail
                                            : tr("%1 <%2>").arg(row->recipientName, row->recipientEmail);
    case Subject:
        return row->subject;
    case Status:
        return storage::EmailLogStatus::label(row->status);
    case Error:
        return row->errorMessage;
    case Client:
        return row->clientName.isEmpty() ? tr("Agency") : row->clientName;
    default:
        return {};
    }
}

QVariant EmailLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Time:
        return tr("Time");
    case Type:
        return tr("Type");
    case Recipient:
        return tr("Recipient");
    case Subject:
        return tr("Subject");
    case Status:
        return tr("Status");
    case Error:
        return tr("Error");
    case Client:
        return tr("Client");
    default:
        return {};
    }
}

bool EmailLogModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_started && !m_loading && !m_atEnd;
}

void EmailLogModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        requestPage(int(m_rows.size()));
}

void EmailLogModel::setFilter(const storage::EmailLogFilter &filter)
{
    if (filter == m_filter && m_started)
        return;
    m_filter = filter;
    reload();
}

void EmailLogModel::reload()
{
    m_started = true;
    ++m_generation;
    // Loading from the start: views (and QAbstractItemModelTester) reacting to the reset must
    // not ask for a page of their own meanwhile.
    m_loading = true;
    beginResetModel();
    m_rows.clear();
    m_total = -1;
    m_atEnd = false;
    endResetModel();
    requestPage(0);
    requestCount();
}

void EmailLogModel::requestCount()
{
    const quint64 generation = m_generation;
    const storage::Database database = m_database;
    const storage::EmailLogFilter filter = m_filter;
    auto *watcher = new QFutureWatcher<qint64>(this);
    connect(watcher, &QFutureWatcher<qint64>::finished, this, [this, watcher, generation] {
        const qint64 count = watcher->result();
        watcher->deleteLater();
        if (generation != m_generation || count < 0)
            return;
        m_total = count;
        Q_EMIT countReady(count);
    });
    watcher->setFuture(QtConcurrent::run(backgroundPool(), [database, filter]() -> qint64 {
        try {
            return storage::EmailLogRepository(database).count(filter);
        } catch (const storage::StorageError &) {
            return -1; // the page load reports the problem
        }
    }));
}

void EmailLogModel::requestPage(int offset)
{
    m_loading = true;
    const quint64 generation = m_generation;
    const int limit = m_pageSize;
    const storage::Database database = m_database;
    const storage::EmailLogFilter filter = m_filter;
    auto *watcher = new QFutureWatcher<PageResult>(this);
    connect(watcher, &QFutureWatcher<PageResult>::finished, this, [this, watcher, generation, offset, limit] {
        const PageResult result = watcher->result();
        watcher->deleteLater();
        if (generation != m_generation)
            return; // a newer filter owns the model now
        m_loading = false;
        if (!result.error.isEmpty() || offset != m_rows.size()) {
            m_atEnd = true;
            if (!result.error.isEmpty())
                Q_EMIT loadFailed(result.error);
            return;
        }
        m_atEnd = result.rows.size() < limit;
        const int first = int(m_rows.size());
        if (!result.rows.isEmpty()) {
            m_loading = true; // views react to the insert; none may ask for a page meanwhile
            beginInsertRows({}, first, first + int(result.rows.size()) - 1);
            m_rows.append(result.rows);
            endInsertRows();
            m_loading = false;
        }
        Q_EMIT pageLoaded(first, int(result.rows.size()));
    });
    watcher->setFuture(QtConcurrent::run([database, filter, offset, limit] {
        PageResult result;
        try {
            result.rows = storage::EmailLogRepository(database).page(filter, offset, limit);
        } catch (const storage::StorageError &error) {
            result.error = error.message();
        }
        return result;
    }));
}

} // namespace anchor::models
