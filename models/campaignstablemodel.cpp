#include "campaignstablemodel.h"

#include <storageerror.h>

#include <QFutureWatcher>
#include <QLocale>
#include <QtConcurrent>

#include <algorithm>

namespace anchor::models {

namespace {

struct LoadResult
{
    QList<CampaignsTableModel::Row> rows;
    QString error;
};

bool started(const storage::Campaign &campaign)
{
    return campaign.status == storage::CampaignStatus::Sending || campaign.status == storage::CampaignStatus::Sent ||
           campaign.totalRecipients > 0 || campaign.sentAt.isValid();
}

} // namespace

CampaignsTableModel::CampaignsTableModel(storage::Database database, QObject *parent)
    : QAbstractTableModel(parent)
    , m_database(std::move(database))
{
}

QString CampaignsTableModel::percent(double rate)
{
    return QLocale().toString(100.0 * rate, 'f', 1) + QLatin1Char('%');
}

int CampaignsTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CampaignsTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const CampaignsTableModel::Row *CampaignsTableModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int CampaignsTableModel::rowOfCampaign(const QString &campaignId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).campaign.id == campaignId)
            return i;
    }
    return -1;
}

QVariant CampaignsTableModel::sortValue(const Row &row, int column) const
{
    const storage::Campaign &c = row.campaign;
    switch (column) {
    case Name:
        return c.name.toLower();
    case Client:
        return c.clientName.toLower();
    case Status:
        return storage::CampaignStatus::all().indexOf(c.status);
    case When:
        return (c.sentAt.isValid()        ? c.sentAt
                : c.scheduledAt.isValid() ? c.scheduledAt
                                          : c.createdAt)
            .toMSecsSinceEpoch();
    case Recipients:
        return row.statistics.total > 0 ? row.statistics.total : c.totalRecipients;
    case Sent:
        return row.statistics.sent;
    case Delivered:
        return row.statistics.delivered;
    case OpenRate:
        return row.statistics.openRate();
    case ClickRate:
        return row.statistics.clickRate();
    default:
        return {};
    }
}

QVariant CampaignsTableModel::data(const QModelIndex &index, int role) const
{
    const Row *row = index.isValid() ? rowAt(index.row()) : nullptr;
    if (!row || index.column() >= ColumnCount)
        return {};
    const storage::Campaign &c = row->campaign;
    const storage::CampaignStatistics &s = row->statistics;
    switch (role) {
    case CampaignIdRole:
        return c.id;
    case StatusRole:
        return c.status;
    case SortRole:
        return sortValue(*row, index.column());
    case Qt::TextAlignmentRole:
        return index.column() >= Recipients ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::ToolTipRole:
        if (index.column() == OpenRate)
            return tr("%1 unique opens of %2 delivered").arg(s.uniqueOpens).arg(s.delivered);
        if (index.column() == ClickRate)
            return tr("%1 unique clicks of %2 delivered").arg(s.uniqueClicks).arg(s.delivered);
        if (index.column() == Name)
            return c.subject;
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    const QLocale locale;
    const bool hasFigures = started(c);
    switch (index.column()) {
    case Name:
        return c.name;
    case Client:
        return c.clientName;
    case Status:
        return storage::CampaignStatus::label(c.status);
    case When:
        if (c.sentAt.isValid())
            return tr("Sent %1").arg(locale.toString(c.sentAt.toLocalTime(), QLocale::ShortFormat));
        if (c.scheduledAt.isValid())
            return tr("Scheduled %1").arg(locale.toString(c.scheduledAt.toLocalTime(), QLocale::ShortFormat));
        return QString();
    case Recipients:
        if (!hasFigures)
            return c.segmentId.isEmpty() ? tr("%n address(es)", nullptr, int(c.addresses.size())) : tr("Segment");
        return locale.toString(s.total);
    case Sent:
        return hasFigures ? locale.toString(s.sent) : QString();
    case Delivered:
        return hasFigures ? locale.toString(s.delivered) : QString();
    case OpenRate:
        return hasFigures && s.delivered > 0 ? percent(s.openRate()) : QString();
    case ClickRate:
        return hasFigures && s.delivered > 0 ? percent(s.clickRate()) : QString();
    default:
        return {};
    }
}

QVariant CampaignsTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Campaign");
    case Client:
        return tr("Client");
    case Status:
        return tr("Status");
    case When:
        return tr("Scheduled / sent");
    case Recipients:
        return tr("Recipients");
    case Sent:
        return tr("Sent");
    case Delivered:
        return tr("Delivered");
    case OpenRate:
        return tr("Open rate");
    case ClickRate:
        return tr("Click rate");
    default:
        return {};
    }
}

void CampaignsTableModel::sort(int column, Qt::SortOrder order)
{
    m_sortColumn = column;
    m_sortOrder = order;
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QStringList ids;
    for (const QModelIndex &index : before)
        ids.append(rowAt(index.row()) ? rowAt(index.row())->campaign.id : QString());
    std::stable_sort(m_rows.begin(), m_rows.end(), [this](const Row &a, const Row &b) {
        const QVariant left = sortValue(a, m_sortColumn);
        const QVariant right = sortValue(b, m_sortColumn);
        const auto compared = QVariant::compare(left, right);
        return m_sortOrder == Qt::AscendingOrder ? compared == QPartialOrdering::Less
                                                 : compared == QPartialOrdering::Greater;
    });
    QModelIndexList after;
    for (qsizetype i = 0; i < before.size(); ++i) {
        const int row = rowOfCampaign(ids.at(i));
        after.append(row >= 0 ? index(row, before.at(i).column()) : QModelIndex());
    }
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void CampaignsTableModel::setFilter(const QString &clientId, const QStringList &statuses)
{
    m_clientId = clientId;
    m_statuses = statuses;
    reload();
}

void CampaignsTableModel::setSearch(const QString &text)
{
    if (text.trimmed() == m_search)
        return;
    m_search = text.trimmed();
    rebuild();
}

void CampaignsTableModel::rebuild()
{
    beginResetModel();
    m_rows.clear();
    for (const Row &row : std::as_const(m_all)) {
        const storage::Campaign &c = row.campaign;
        if (m_search.isEmpty() || c.name.contains(m_search, Qt::CaseInsensitive) ||
            c.subject.contains(m_search, Qt::CaseInsensitive) || c.clientName.contains(m_search, Qt::CaseInsensitive))
            m_rows.append(row);
    }
    endResetModel();
    if (m_sortColumn >= 0)
        sort(m_sortColumn, m_sortOrder);
}

void CampaignsTableModel::reload()
{
    const quint64 generation = ++m_generation;
    m_loading = true;
    const storage::Database database = m_database;
    const QString clientId = m_clientId;
    const QStringList statuses = m_statuses;
    auto *watcher = new QFutureWatcher<LoadResult>(this);
    connect(watcher, &QFutureWatcher<LoadResult>::finished, this, [this, watcher, generation] {
        LoadResult result = watcher->result();
        watcher->deleteLater();
        if (generation != m_generation)
            return; // a newer filter owns the model now
        m_loading = false;
        if (!result.error.isEmpty()) {
            Q_EMIT loadFailed(result.error);
            return;
        }
        m_all = std::move(result.rows);
        rebuild();
        Q_EMIT loaded();
    });
    watcher->setFuture(QtConcurrent::run([database, clientId, statuses] {
        LoadResult result;
        try {
            storage::CampaignRepository campaigns(database);
            for (const storage::Campaign &campaign : campaigns.list(clientId, statuses)) {
                Row row{campaign, {}};
                if (started(campaign))
                    row.statistics = campaigns.statistics(campaign.id);
                result.rows.append(row);
            }
        } catch (const storage::StorageError &error) {
            result.error = error.message();
        }
        return result;
    }));
}

} // namespace anchor::models
