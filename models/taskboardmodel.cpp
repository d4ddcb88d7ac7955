#include "taskboardmodel.h"

#include <storageerror.h>
#include <taskboardrepository.h>

#include <QFutureWatcher>
#include <QHash>
#include <QLocale>
#include <QMimeData>
#include <QtConcurrent>

namespace anchor::models {

// ---- column ------------------------------------------------------------------------------------

TaskColumnModel::TaskColumnModel(storage::TaskGroup group, QObject *parent)
    : QAbstractListModel(parent)
    , m_group(std::move(group))
{
}

const storage::TaskCard *TaskColumnModel::cardAt(int row) const
{
    if (row < 0 || row >= rowCount())
        return nullptr;
    return &m_cards.at(m_filtered ? m_rows.at(row) : row);
}

int TaskColumnModel::indexOf(const QString &itemId) const
{
    for (int i = 0; i < m_cards.size(); ++i) {
        if (m_cards.at(i).id == itemId)
            return i;
    }
    return -1;
}

int TaskColumnModel::rowOf(const QString &itemId) const
{
    const int index = indexOf(itemId);
    if (index < 0 || !m_filtered)
        return index;
    const int row = visibleRowBefore(index);
    return row < m_rows.size() && m_rows.at(row) == index ? row : -1;
}

int TaskColumnModel::visibleRowBefore(int index) const
{
    if (!m_filtered)
        return index;
    return int(std::lower_bound(m_rows.cbegin(), m_rows.cend(), index) - m_rows.cbegin());
}

int TaskColumnModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return int(m_filtered ? m_rows.size() : m_cards.size());
}

QVariant TaskColumnModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const storage::TaskCard &card = *cardAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return card.name;
    case Qt::ToolTipRole: {
        QString tip = card.key + QStringLiteral("  ") + card.name;
        if (card.dueDate.isValid())
            tip += u'\n' + tr("Due %1").arg(QLocale().toString(card.dueDate, QLocale::ShortFormat));
        QStringList names;
        for (const storage::TaskAssignee &assignee : card.assignees)
            names.append(assignee.name);
        if (!names.isEmpty())
            tip += u'\n' + tr("Assigned to %1").arg(names.join(QStringLiteral(", ")));
        return tip;
    }
    case Qt::AccessibleTextRole:
        return tr("%1 %2, status %3").arg(card.key, card.name, card.status);
    case ItemIdRole:
        return card.id;
    case KeyRole:
        return card.key;
    case StatusRole:
        return card.status;
    case StatusColorRole:
        return card.statusColor;
    case StatusDoneRole:
        return card.statusDone;
    case DueDateRole:
        return card.dueDate;
    case PriorityRole:
        return card.priority;
    case ColorRole:
        return card.color;
    case AssigneeInitialsRole:
    case AssigneeNamesRole: {
        QStringList values;
        for (const storage::TaskAssignee &assignee : card.assignees)
            values.append(role == AssigneeInitialsRole ? assignee.initials : assignee.name);
        return values;
    }
    case SubitemsDoneRole:
        return card.subitemsDone;
    case SubitemsTotalRole:
        return card.subitemsTotal;
    case VoicemailRole:
        return card.isVoicemail;
    case NeedsAttentionRole:
        return card.needsAttention;
    default:
        return {};
    }
}

Qt::ItemFlags TaskColumnModel::flags(const QModelIndex &index) const
{
    // Cards are not drop targets themselves: a drop lands between them (above or below).
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled | Qt::ItemNeverHasChildren;
}

QStringList TaskColumnModel::mimeTypes() const
{
    return {QString::fromLatin1(kMimeType)};
}

QMimeData *TaskColumnModel::mimeData(const QModelIndexList &indexes) const
{
    QStringList ids;
    for (const QModelIndex &index : indexes)
        ids.append(index.data(ItemIdRole).toString());
    auto *mime = new QMimeData;
    mime->setData(QString::fromLatin1(kMimeType), ids.join(u'\n').toUtf8());
    return mime;
}

QStringList TaskColumnModel::itemIdsOf(const QMimeData *data)
{
    if (!data || !data->hasFormat(QString::fromLatin1(kMimeType)))
        return {};
    return QString::fromUtf8(data->data(QString::fromLatin1(kMimeType))).split(u'\n', Qt::SkipEmptyParts);
}

bool TaskColumnModel::canDropMimeData(const QMimeData *data, Qt::DropAction, int, int, const QModelIndex &parent) const
{
    return !parent.isValid() && data && data->hasFormat(QString::fromLatin1(kMimeType));
}

bool TaskColumnModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                   const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    const QStringList ids = itemIdsOf(data);
    if (!ids.isEmpty())
        Q_EMIT cardsDropped(ids, row < 0 || row > rowCount() ? rowCount() : row);
    // The move happens in the database and reaches this model from there. Returning false keeps
    // the source view from removing the dragged rows itself.
    return false;
}

void TaskColumnModel::renumber()
{
    for (int i = 0; i < m_cards.size(); ++i)
        m_cards[i].position = i;
}

void TaskColumnModel::setCards(const QList<storage::TaskCard> &cards)
{
    beginResetModel();
    m_cards = cards;
    renumber();
    m_rows.clear();
    if (m_filtered) {
        for (int i = 0; i < m_cards.size(); ++i) {
            if (TaskBoardModel::matches(m_cards.at(i), m_filter, m_today))
                m_rows.append(i);
        }
    }
    endResetModel();
}

void TaskColumnModel::appendCards(const QList<storage::TaskCard> &cards)
{
    if (cards.isEmpty())
        return;
    QList<int> rows;
    const int first = int(m_cards.size());
    for (int i = 0; i < cards.size(); ++i) {
        if (m_filtered && TaskBoardModel::matches(cards.at(i), m_filter, m_today))
            rows.append(first + i);
    }
    const int shownBefore = rowCount();
    const int added = m_filtered ? int(rows.size()) : int(cards.size());
    if (added > 0)
        beginInsertRows({}, shownBefore, shownBefore + added - 1);
    m_cards += cards;
    renumber();
    m_rows += rows;
    if (added > 0)
        endInsertRows();
}

void TaskColumnModel::insertCard(int index, const storage::TaskCard &card)
{
    index = qBound(0, index, int(m_cards.size()));
    const bool shown = !m_filtered || TaskBoardModel::matches(card, m_filter, m_today);
    const int row = visibleRowBefore(index);
    if (shown)
        beginInsertRows({}, row, row);
    m_cards.insert(index, card);
    renumber();
    if (m_filtered) {
        for (int &r : m_rows) {
            if (r >= index)
                ++r;
        }
        if (shown)
            m_rows.insert(row, index);
    }
    if (shown)
        endInsertRows();
}

void TaskColumnModel::removeCardAt(int index)
{
    const int row = rowOf(m_cards.at(index).id);
    if (row >= 0)
        beginRemoveRows({}, row, row);
    m_cards.removeAt(index);
    renumber();
    if (m_filtered) {
        if (row >= 0)
            m_rows.removeAt(row);
        for (int &r : m_rows) {
            if (r > index)
                --r;
        }
    }
    if (row >= 0)
        endRemoveRows();
}

void TaskColumnModel::replaceCard(int index, const storage::TaskCard &card)
{
    const int row = rowOf(m_cards.at(index).id);
    const bool shown = !m_filtered || TaskBoardModel::matches(card, m_filter, m_today);
    if ((row >= 0) != shown) {   // the edit moved it in or out of the filter
        removeCardAt(index);
        insertCard(index, card);
        return;
    }
    m_cards[index] = card;
    m_cards[index].position = index;
    if (row >= 0)
        Q_EMIT dataChanged(this->index(row), this->index(row));
}

void TaskColumnModel::setFilter(const storage::TaskFilter &filter, const QDate &today)
{
    beginResetModel();
    m_filter = filter;
    m_today = today;
    m_filtered = filter != storage::TaskFilter{};
    m_rows.clear();
    if (m_filtered) {
        for (int i = 0; i < m_cards.size(); ++i) {
            if (TaskBoardModel::matches(m_cards.at(i), m_filter, m_today))
                m_rows.append(i);
        }
    }
    endResetModel();
}

// ---- board -------------------------------------------------------------------------------------

struct TaskBoardModel::Snapshot
{
    std::optional<storage::TaskBoard> board;
    QList<storage::TaskGroup> groups;
    QList<storage::TaskStatusLabel> labels;
    QList<storage::TaskAssignee> people;
    QList<storage::TaskCard> cards;
    QString error;
};

TaskBoardModel::TaskBoardModel(storage::Database database, QObject *parent)
    : QObject(parent)
    , m_database(std::move(database))
{
}

bool TaskBoardModel::matches(const storage::TaskCard &card, const storage::TaskFilter &filter, const QDate &today)
{
    if (!filter.text.isEmpty() && !card.name.contains(filter.text, Qt::CaseInsensitive)
        && !card.key.contains(filter.text, Qt::CaseInsensitive))
        return false;
    if (!filter.assigneeId.isEmpty()
        && std::none_of(card.assignees.cbegin(), card.assignees.cend(),
                        [&](const storage::TaskAssignee &a) { return a.userId == filter.assigneeId; }))
        return false;
    if (!filter.statuses.isEmpty() && !filter.statuses.contains(card.status))
        return false;
    switch (filter.due) {
    case storage::TaskFilter::Due::Any:
        return true;
    case storage::TaskFilter::Due::Overdue:
        return card.dueDate.isValid() && card.dueDate < today && !card.statusDone;
    case storage::TaskFilter::Due::Today:
        return card.dueDate == today;
    case storage::TaskFilter::Due::ThisWeek:   // today to the end of this week (Sunday)
        return card.dueDate.isValid() && card.dueDate >= today && card.dueDate <= today.addDays(7 - today.dayOfWeek());
    case storage::TaskFilter::Due::None:
        return !card.dueDate.isValid();
    }
    return true;
}

int TaskBoardModel::columnOfGroup(const QString &groupId) const
{
    for (int i = 0; i < m_columns.size(); ++i) {
        if (m_columns.at(i)->groupId() == groupId)
            return i;
    }
    return -1;
}

int TaskBoardModel::columnOfItem(const QString &itemId) const
{
    for (int i = 0; i < m_columns.size(); ++i) {
        if (m_columns.at(i)->indexOf(itemId) >= 0)
            return i;
    }
    return -1;
}

int TaskBoardModel::totalCards() const
{
    int total = 0;
    for (const TaskColumnModel *column : m_columns)
        total += column->cardCount();
    return total;
}

void TaskBoardModel::clear()
{
    ++m_generation;
    ++m_restGeneration;
    m_boardId.clear();
    m_board.reset();
    m_loading = false;
    qDeleteAll(m_columns);
    m_columns.clear();
    Q_EMIT columnsReset();
}

void TaskBoardModel::load(const QString &boardId)
{
    m_boardId = boardId;
    reload();
}

void TaskBoardModel::reload()
{
    if (m_boardId.isEmpty()) {
        clear();
        return;
    }
    requestFirst();
}

void TaskBoardModel::setFilter(const storage::TaskFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    const QDate today = QDate::currentDate();
    for (TaskColumnModel *column : std::as_const(m_columns))
        column->setFilter(m_filter, today);
    Q_EMIT countsChanged();
}

void TaskBoardModel::requestFirst()
{
    const quint64 generation = ++m_generation;
    ++m_restGeneration;
    m_loading = true;
    auto *watcher = new QFutureWatcher<Snapshot>(this);
    connect(watcher, &QFutureWatcher<Snapshot>::finished, this, [this, watcher, generation] {
        const Snapshot snapshot = watcher->result();
        watcher->deleteLater();
        if (generation == m_generation)
            applyFirst(snapshot);
    });
    watcher->setFuture(QtConcurrent::run([database = m_database, boardId = m_boardId] {
        Snapshot snapshot;
        try {
            storage::TaskBoardRepository boards(database);
            snapshot.board = boards.board(boardId);
            if (snapshot.board) {
                snapshot.groups = boards.groups(boardId);
                snapshot.labels = boards.statusLabels(boardId);
                snapshot.people = boards.people();
                snapshot.cards = boards.firstCards(boardId, kFirstCardsPerColumn);
            }
        } catch (const storage::StorageError &error) {
            snapshot.error = error.message();
        }
        return snapshot;
    }));
}

void TaskBoardModel::applyFirst(const Snapshot &snapshot)
{
    if (!snapshot.error.isEmpty()) {
        m_loading = false;
        Q_EMIT loadFailed(snapshot.error);
        return;
    }
    m_board = snapshot.board;
    m_labels = snapshot.labels;
    m_people = snapshot.people;
    QList<TaskColumnModel *> old = std::exchange(m_columns, {});
    if (m_board) {
        QHash<QString, QList<storage::TaskCard>> byGroup;
        for (const storage::TaskCard &card : snapshot.cards)
            byGroup[card.groupId].append(card);
        const QDate today = QDate::currentDate();
        for (const storage::TaskGroup &group : snapshot.groups) {
            auto *column = new TaskColumnModel(group, this);
            column->setFilter(m_filter, today);
            column->setCards(byGroup.value(group.id));
            m_columns.append(column);
        }
    }
    Q_EMIT columnsReset();
    qDeleteAll(old);   // after the views let go of them
    Q_EMIT countsChanged();
    if (!m_board) {
        m_loading = false;
        Q_EMIT loadFailed(tr("The board no longer exists."));
        return;
    }
    // Queued behind the layout and paint the new columns just asked for: the first cards show
    // before the rest is read, and the read does not compete with that first paint.
    QMetaObject::invokeMethod(this, [this, generation = m_generation] {
        if (generation == m_generation)
            requestRest();
    }, Qt::QueuedConnection);
}

void TaskBoardModel::requestRest()
{
    const quint64 generation = ++m_restGeneration;
    m_loading = true;
    auto *watcher = new QFutureWatcher<QList<storage::TaskCard>>(this);
    connect(watcher, &QFutureWatcher<QList<storage::TaskCard>>::finished, this, [this, watcher, generation] {
        const QList<storage::TaskCard> cards = watcher->result();
        watcher->deleteLater();
        if (generation == m_restGeneration)
            applyRest(cards);
    });
    watcher->setFuture(QtConcurrent::run([database = m_database, boardId = m_boardId]() -> QList<storage::TaskCard> {
        try {
            return storage::TaskBoardRepository(database).cards(boardId);
        } catch (const storage::StorageError &) {
            return {};   // the board keeps its first cards; the next edit or reload tries again
        }
    }));
}

void TaskBoardModel::applyRest(const QList<storage::TaskCard> &cards)
{
    QHash<QString, QList<storage::TaskCard>> byGroup;
    for (const storage::TaskCard &card : cards)
        byGroup[card.groupId].append(card);
    for (TaskColumnModel *column : std::as_const(m_columns)) {
        const QList<storage::TaskCard> all = byGroup.value(column->groupId());
        const QList<storage::TaskCard> &have = column->allCards();
        // Usually the first cards are the head of the full list: append the rest, so the rows
        // already painted (and the selection) stay.
        bool prefix = have.size() <= all.size();
        for (qsizetype i = 0; prefix && i < have.size(); ++i)
            prefix = have.at(i).id == all.at(i).id;
        if (prefix)
            column->appendCards(all.mid(have.size()));
        else
            column->setCards(all);
    }
    m_loading = false;
    Q_EMIT countsChanged();
    Q_EMIT loaded();
}

void TaskBoardModel::refreshCards(const QStringList &itemIds)
{
    if (m_columns.isEmpty())
        return;
    storage::TaskBoardRepository boards(m_database);
    try {
        for (const QString &id : itemIds)
            placeCard(id, boards.card(id));
    } catch (const storage::StorageError &error) {
        Q_EMIT loadFailed(error.message());
        reload();
        return;
    }
    if (m_loading)
        requestRest();   // the list being read may predate this edit: read it again
    Q_EMIT countsChanged();
}

void TaskBoardModel::placeCard(const QString &itemId, const std::optional<storage::TaskCard> &fresh)
{
    const int from = columnOfItem(itemId);
    const bool onBoard = fresh && !fresh->archivedAt.isValid() && fresh->boardId == m_boardId;
    const int to = onBoard ? columnOfGroup(fresh->groupId) : -1;
    if (from >= 0) {
        TaskColumnModel *column = m_columns.at(from);
        const int index = column->indexOf(itemId);
        if (from == to && index == qMin(fresh->position, column->cardCount() - 1)) {
            column->replaceCard(index, *fresh);   // same place: the row stays, selection too
            return;
        }
        column->removeCardAt(index);
    }
    if (to >= 0)
        m_columns.at(to)->insertCard(fresh->position, *fresh);
}

storage::TaskPlace TaskBoardModel::dropPlace(int column, int row, const QString &itemId) const
{
    if (column < 0 || column >= m_columns.size())
        return {};
    const TaskColumnModel *target = m_columns.at(column);
    const storage::TaskCard *before = target->cardAt(row);
    int position = 0;
    for (const storage::TaskCard &card : target->allCards()) {
        if (before && card.id == before->id)
            break;   // dropped on itself: it stays where it is
        if (card.id != itemId)
            ++position;
    }
    return {target->groupId(), position};
}

} // namespace anchor::models
