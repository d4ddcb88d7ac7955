#include "myworkmodel.h"

#include <storageerror.h>

#include <QColor>
#include <QFont>
#include <QFutureWatcher>
#include <QLocale>
#include <QtConcurrent>

namespace anchor::models {

namespace {

// Section rows carry no parent; an item's internal id is its section's row + 1.
constexpr quintptr kSectionId = 0;

struct LoadResult
{
    QList<storage::MyWorkItem> items;
    QString error;
};

} // namespace

MyWorkModel::MyWorkModel(storage::Database database, const QString &userId, QObject *parent)
    : QAbstractItemModel(parent)
    , m_database(std::move(database))
    , m_userId(userId)
{
}

MyWorkModel::Bucket MyWorkModel::bucketFor(const QDate &due, const QDate &today, Qt::DayOfWeek firstDayOfWeek)
{
    if (!due.isValid())
        return Bucket::NoDate;
    if (due < today)
        return Bucket::Overdue;
    if (due == today)
        return Bucket::Today;
    const int lastDay = firstDayOfWeek == Qt::Monday ? int(Qt::Sunday) : int(firstDayOfWeek) - 1;
    const QDate endOfWeek = today.addDays((lastDay - today.dayOfWeek() + 7) % 7);
    return due <= endOfWeek ? Bucket::ThisWeek : Bucket::Later;
}

QString MyWorkModel::bucketTitle(Bucket bucket)
{
    switch (bucket) {
    case Bucket::Overdue:
        return tr("Overdue");
    case Bucket::Today:
        return tr("Today");
    case Bucket::ThisWeek:
        return tr("This week");
    case Bucket::Later:
        return tr("Later");
    case Bucket::NoDate:
        break;
    }
    return tr("No date");
}

QModelIndex MyWorkModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < m_sections.size() ? createIndex(row, column, kSectionId) : QModelIndex();
    if (parent.internalId() != kSectionId || parent.column() != 0 || parent.row() >= m_sections.size())
        return {};
    if (row >= m_sections.at(parent.row()).items.size())
        return {};
    return createIndex(row, column, quintptr(parent.row()) + 1);
}

QModelIndex MyWorkModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kSectionId)
        return {};
    return createIndex(int(child.internalId() - 1), 0, kSectionId);
}

int MyWorkModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_sections.size());
    if (parent.internalId() != kSectionId || parent.column() != 0)
        return 0;
    return int(m_sections.at(parent.row()).items.size());
}

int MyWorkModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

const storage::MyWorkItem *MyWorkModel::itemAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() == kSectionId)
        return nullptr;
    const qsizetype section = qsizetype(index.internalId() - 1);
    if (section >= m_sections.size() || index.row() >= m_sections.at(section).items.size())
        return nullptr;
    return &m_sections.at(section).items.at(index.row());
}

int MyWorkModel::itemCount() const
{
    int count = 0;
    for (const Section &section : m_sections)
        count += int(section.items.size());
    return count;
}

QModelIndex MyWorkModel::indexOfItem(const QString &itemId) const
{
    for (int s = 0; s < m_sections.size(); ++s) {
        const QList<storage::MyWorkItem> &items = m_sections.at(s).items;
        for (int row = 0; row < items.size(); ++row) {
            if (items.at(row).card.id == itemId)
                return createIndex(row, 0, quintptr(s) + 1);
        }
    }
    return {};
}

QVariant MyWorkModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (index.internalId() == kSectionId) {
        const Section &section = m_sections.at(index.row());
        if (role == IsSectionRole)
            return true;
        if (role == BucketRole)
            return int(section.bucket);
        if (role == Qt::FontRole) {
            QFont font;
            font.setBold(true);
            return font;
        }
        if (role == Qt::DisplayRole && index.column() == Key)
            return tr("%1 (%2)").arg(bucketTitle(section.bucket)).arg(section.items.size());
        return {};
    }
    const storage::MyWorkItem *item = itemAt(index);
    if (!item)
        return {};
    const storage::TaskCard &card = item->card;
    switch (role) {
    case ItemIdRole:
        return card.id;
    case IsSectionRole:
        return false;
    case BucketRole:
        return int(m_sections.at(qsizetype(index.internalId() - 1)).bucket);
    case DueDateRole:
        return card.dueDate;
    case Qt::ForegroundRole:
        if (index.column() == Due && card.dueDate.isValid() && card.dueDate < m_today)
            return QColor(0xc6, 0x28, 0x28);
        return {};
    case Qt::DecorationRole:
        if (index.column() == Status && !card.statusColor.isEmpty() && QColor::isValidColorName(card.statusColor))
            return QColor::fromString(card.statusColor);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Board)
            return tr("%1 / %2").arg(item->workspaceName, item->boardName);
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case Key:
        return card.key;
    case Name:
        return card.name;
    case Board:
        return item->boardName;
    case Status:
        return card.status;
    case Due:
        return card.dueDate.isValid() ? QLocale().toString(card.dueDate, QLocale::ShortFormat) : QString();
    default:
        return {};
    }
}

QVariant MyWorkModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    switch (section) {
    case Key:
        return tr("Key");
    case Name:
        return tr("Task");
    case Board:
        return tr("Board");
    case Status:
        return tr("Status");
    case Due:
        return tr("Due");
    default:
        return {};
    }
}

void MyWorkModel::setItems(const QList<storage::MyWorkItem> &items)
{
    beginResetModel();
    m_today = QDate::currentDate();
    const Qt::DayOfWeek firstDay = QLocale().firstDayOfWeek();
    QList<Section> sections;
    for (const Bucket bucket : {Bucket::Overdue, Bucket::Today, Bucket::ThisWeek, Bucket::Later, Bucket::NoDate})
        sections.append({bucket, {}});
    for (const storage::MyWorkItem &item : items)
        sections[int(bucketFor(item.card.dueDate, m_today, firstDay))].items.append(item);
    sections.removeIf([](const Section &section) { return section.items.isEmpty(); });
    m_sections = sections;
    endResetModel();
}

void MyWorkModel::reload()
{
    const quint64 generation = ++m_generation;
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
        setItems(result.items);
        Q_EMIT loaded(itemCount());
    });
    watcher->setFuture(QtConcurrent::run([database = m_database, userId = m_userId] {
        LoadResult result;
        try {
            result.items = storage::TaskItemRepository(database).myWork(userId);
        } catch (const storage::StorageError &error) {
            result.error = error.message();
        }
        return result;
    }));
}

} // namespace anchor::models
