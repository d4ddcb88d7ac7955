#include "campaignrecipientsmodel.h"

#include "backgroundwork.h"

#include <storageerror.h>

#include <QFutureWatcher>
#include <QLocale>
#include <QtConcurrent>

namespace anchor::models {

namespace {

struct PageResult
{
    QList<storage::CampaignRecipientRow> rows;
    QString error;
};

QString shortTime(const QDateTime &when)
{
    return when.isValid() ? QLocale().toString(when.toLocalTime(), QLocale::ShortFormat) : QString();
}

} // namespace

CampaignRecipientsModel::CampaignRecipientsModel(storage::Database database, QObject *parent)
    : QAbstractTableModel(parent)
    , m_database(std::move(database))
{
}

const QStringList &CampaignRecipientsModel::statuses()
{
    static const QStringList all = {
        QStringLiteral("pending"),    QStringLiteral("sending"),   QStringLiteral("sent"),
        QStringLiteral("delivered"),  QStringLiteral("opened"),    QStringLiteral("clicked"),
        QStringLiteral("bounced"),    QStringLiteral("failed"),    QStringLiteral("unsubscribed"),
        QStringLiteral("complained"), QStringLiteral("suppressed")};
    return all;
}

QString CampaignRecipientsModel::statusLabel(const QString &status)
{
    if (status == QLatin1String("pending"))
        return tr("Queued");
    if (status == QLatin1String("sending"))
        return tr("Sending");
    if (status == QLatin1String("sent"))
        return tr("Sent");
    if (status == QLatin1String("delivered"))
        return tr("Delivered");
    if (status == QLatin1String("opened"))
        return tr("Opened");
    if (status == QLatin1String("clicked"))
        return tr("Clicked");
    if (status == QLatin1String("bounced"))
        return tr("Bounced");
    if (status == QLatin1String("failed"))
        return tr("Failed");
    if (status == QLatin1String("unsubscribed"))
        return tr("Unsubscribed");
    if (status == QLatin1String("complained"))
        return tr("Complained");
    if (status == QLatin1String("suppressed"))
        return tr("Suppressed");
    return status;
}

int CampaignRecipientsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CampaignRecipientsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const storage::CampaignRecipientRow *CampaignRecipientsModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

QVariant CampaignRecipientsModel::data(const QModelIndex &index, int role) const
{
    const storage::CampaignRecipientRow *row = index.isValid() ? rowAt(index.row()) : nullptr;
    if (!row || index.column() >= ColumnCount)
        return {};
    if (role == RecipientIdRole)
        return row->id;
    if (role == StatusRole)
        return row->status;
    if (role == Qt::ToolTipRole && index.column() == Error)
        return row->errorMessage;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Email:
        return row->email;
    case Name:
        return row->name;
    case Status:
        return statusLabel(row->status);
    case SentAt:
        return shortTime(row->sentAt);
    case UpdatedAt:
        return shortTime(row->updatedAt);
    case Error:
        return row->errorMessage;
    default:
        return {};
    }
}

QVariant CampaignRecipientsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Email:
        return tr("Address");
    case Name:
        return tr("Name");
    case Status:
        return tr("Status");
    case SentAt:
        return tr("Sent");
    case UpdatedAt:
        return tr("Last change");
    case Error:
        return tr("Problem");
    default:
        return {};
    }
}

bool CampaignRecipientsModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_loading && !m_atEnd;
}

void CampaignRecipientsModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        requestPage(int(m_rows.size()));
}

void CampaignRecipientsModel::setCampaign(const QString &campaignId, const QStringList &statuses)
{
    m_campaignId = campaignId;
    m_statuses = statuses;
    reload();
}

void CampaignRecipientsModel::setStatuses(const QStringList &statuses)
{
    m_statuses = statuses;
    reload();
}

void CampaignRecipientsModel::reload()
{
    ++m_generation;
    // Loading from the start: views (and QAbstractItemModelTester) reacting to the reset must
    // not ask for a page of their own meanwhile.
    m_loading = !m_campaignId.isEmpty();
    beginResetModel();
    m_rows.clear();
    m_total = -1;
    m_atEnd = m_campaignId.isEmpty();
    endResetModel();
    if (m_campaignId.isEmpty())
        return;
    requestPage(0);
    requestCount();
}

void CampaignRecipientsModel::requestCount()
{
    const quint64 generation = m_generation;
    const storage::Database database = m_database;
    const QString campaignId = m_campaignId;
    const QStringList statuses = m_statuses;
    auto *watcher = new QFutureWatcher<int>(this);
    connect(watcher, &QFutureWatcher<int>::finished, this, [this, watcher, generation] {
        const int count = watcher->result();
        watcher->deleteLater();
        if (generation != m_generation || count < 0)
            return;
        m_total = count;
        Q_EMIT countReady(count);
    });
    watcher->setFuture(QtConcurrent::run(backgroundPool(), [database, campaignId, statuses] {
        try {
            return storage::CampaignRepository(database).recipientCount(campaignId, statuses);
        } catch (const storage::StorageError &) {
            return -1; // the page load reports the problem
        }
    }));
}

void CampaignRecipientsModel::requestPage(int offset)
{
    m_loading = true;
    const quint64 generation = m_generation;
    const int limit = m_pageSize;
    const storage::Database database = m_database;
    const QString campaignId = m_campaignId;
    const QStringList statuses = m_statuses;
    auto *watcher = new QFutureWatcher<PageResult>(this);
    connect(watcher, &QFutureWatcher<PageResult>::finished, this, [this, watcher, generation, offset, limit] {
        const PageResult result = watcher->result();
        watcher->deleteLater();
        if (generation != m_generation)
            return;
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
    watcher->setFuture(QtConcurrent::run([database, campaignId, statuses, offset, limit] {
        PageResult result;
        try {
            result.rows = storage::CampaignRepository(database).recipients(campaignId, statuses, offset, limit);
        } catch (const storage::StorageError &error) {
            result.error = error.message();
        }
        return result;
    }));
}

} // namespace anchor::models
