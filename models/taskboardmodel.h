#pragma once

#include <database.h>
#include <tasktypes.h>

#include <QAbstractListModel>
#include <QDate>
#include <QList>

#include <optional>

namespace anchor::models {

// The cards of one column (a task group) in stored order, narrowed by the board's filter. The
// rows are the cards the filter lets through; the column keeps every card so a drop lands at the
// right stored position even while filtered. Drops are not applied here: the column announces
// them (cardsDropped) and the board changes when the database has.
class TaskColumnModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TaskColumnModel)

public:
    static constexpr const char *kMimeType = "application/x-anchor-task-items";
    enum Role {
        ItemIdRole = Qt::UserRole + 1,
        KeyRole,
        StatusRole,
        StatusColorRole,
        StatusDoneRole,
        DueDateRole,
        PriorityRole,
        ColorRole,
        AssigneeInitialsRole,   // QStringList
        AssigneeNamesRole,      // QStringList
        SubitemsDoneRole,
        SubitemsTotalRole,
        VoicemailRole,
        NeedsAttentionRole,
    };
    Q_ENUM(Role)

    explicit TaskColumnModel(storage::TaskGroup group, QObject *parent = nullptr);

    const storage::TaskGroup &group() const { return m_group; }
    QString groupId() const { return m_group.id; }
    // The card shown in this row, or null.
    const storage::TaskCard *cardAt(int row) const;
    int rowOf(const QString &itemId) const;   // -1: not shown (filtered out or elsewhere)
    int indexOf(const QString &itemId) const;   // among every card of the column; -1: not here
    const QList<storage::TaskCard> &allCards() const { return m_cards; }
    int cardCount() const { return int(m_cards.size()); }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;
    Qt::DropActions supportedDropActions() const override { return Qt::MoveAction; }
    Qt::DropActions supportedDragActions() const override { return Qt::MoveAction; }

    static QStringList itemIdsOf(const QMimeData *data);

Q_SIGNALS:
    // Cards were dropped before this row (rowCount(): at the end).
    void cardsDropped(const QStringList &itemIds, int row);

private:
    friend class TaskBoardModel;
    void setCards(const QList<storage::TaskCard> &cards);
    void appendCards(const QList<storage::TaskCard> &cards);
    void insertCard(int index, const storage::TaskCard &card);
    void replaceCard(int index, const storage::TaskCard &card);
    void removeCardAt(int index);
    void setFilter(const storage::TaskFilter &filter, const QDate &today);
    int visibleRowBefore(int index) const;   // the row a card at this index has or would have
    void renumber();

    storage::TaskGroup m_group;
    QList<storage::TaskCard> m_cards;   // every card of the column, in stored order
    QList<int> m_rows;                  // row -> index in m_cards, when filtered
    storage::TaskFilter m_filter;
    QDate m_today;
    bool m_filtered = false;
};

// One board: its columns (a TaskColumnModel each) and cards, read off the GUI thread. Opening a
// board reads the columns and the first cards of each first, so the board paints at once whatever
// its size, then the rest in the background; a generation counter drops results that arrive after
// another board was opened. After an edit, refreshCards() re-reads just those cards (indexed
// lookups) and moves them in memory, so a drop on a board of thousands of cards stays instant.
// Filtering (text, assignee, status, due) runs in memory over the loaded cards.
class TaskBoardModel final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TaskBoardModel)

public:
    static constexpr int kFirstCardsPerColumn = 40;

    explicit TaskBoardModel(storage::Database database, QObject *parent = nullptr);

    void load(const QString &boardId);
    void reload();
    void clear();
    // Re-reads these cards and puts each where the database has it now.
    void refreshCards(const QStringList &itemIds);
    void setFilter(const storage::TaskFilter &filter);
    storage::TaskFilter filter() const { return m_filter; }

    QString boardId() const { return m_boardId; }
    std::optional<storage::TaskBoard> board() const { return m_board; }
    QList<TaskColumnModel *> columns() const { return m_columns; }
    int columnOfGroup(const QString &groupId) const;
    int columnOfItem(const QString &itemId) const;
    QList<storage::TaskStatusLabel> labels() const { return m_labels; }
    QList<storage::TaskAssignee> people() const { return m_people; }
    // True from load() until every card of the board is in.
    bool isLoading() const { return m_loading; }
    int totalCards() const;

    // Where a card dropped before `row` of a column lands: the stored position among the
    // column's cards without the card itself (rows may be filtered).
    storage::TaskPlace dropPlace(int column, int row, const QString &itemId) const;

    static bool matches(const storage::TaskCard &card, const storage::TaskFilter &filter, const QDate &today);

Q_SIGNALS:
    // The columns were replaced (a board opened, its columns or labels changed): views rebuild.
    void columnsReset();
    // Every card of the board is in.
    void loaded();
    // Card counts changed (column headers).
    void countsChanged();
    void loadFailed(const QString &message);

private:
    struct Snapshot;
    void requestFirst();
    void requestRest();
    void applyFirst(const Snapshot &snapshot);
    void applyRest(const QList<storage::TaskCard> &cards);
    void placeCard(const QString &itemId, const std::optional<storage::TaskCard> &fresh);

    storage::Database m_database;
    QString m_boardId;
    std::optional<storage::TaskBoard> m_board;
    QList<TaskColumnModel *> m_columns;
    QList<storage::TaskStatusLabel> m_labels;
    QList<storage::TaskAssignee> m_people;
    storage::TaskFilter m_filter;
    quint64 m_generation = 0;       // board opened / reloaded
    quint64 m_restGeneration = 0;   // the full card list requested
    bool m_loading = false;
};

} // namespace anchor::models
