#pragma once

#include <tasktypes.h>

#include <QList>
#include <QPointer>
#include <QWidget>

class QAction;
class QComboBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QListView;
class QScrollArea;
class QStackedWidget;
class QTimer;

namespace anchor::models {
class TaskBoardModel;
class TasksDocument;
} // namespace anchor::models

namespace anchor::ui {

class ActionRegistry;
class MultiSelectButton;

// The Tasks section: pick a workspace and a board, and work the board as kanban columns side by
// side (scrolling sideways). Each column is a QListView of cards painted by TaskCardDelegate,
// with a quick-add line at its foot. Drag a card within or between columns, drag a column's header
// to reorder columns; or from the keyboard: arrows move the selection (Left/Right between
// columns), Ctrl+Left/Right moves the card to the previous/next column, Ctrl+Up/Down within its
// column, Ctrl+Shift+Left/Right moves the column, Enter opens the card, N adds a card to the
// column, Delete archives it. Every change is undoable and stored at once (TasksDocument).
class TaskBoardPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TaskBoardPage)

public:
    TaskBoardPage(models::TasksDocument *document, ActionRegistry *actions, QWidget *parent = nullptr);

    // Opens this board (and selects its workspace in the pickers).
    void showBoard(const QString &boardId);
    QString boardId() const;
    QString workspaceId() const;

    models::TaskBoardModel *model() const { return m_model; }
    QList<QListView *> columnViews() const;
    QList<QLineEdit *> quickAddFields() const;
    QWidget *columnsHost() const { return m_columnsHost; }
    QComboBox *workspacePicker() const { return m_workspaces; }
    QComboBox *boardPicker() const { return m_boards; }
    QLineEdit *searchField() const { return m_search; }
    QComboBox *assigneeFilter() const { return m_assignee; }
    MultiSelectButton *statusFilter() const { return m_statuses; }
    QComboBox *dueFilter() const { return m_due; }
    // The card under the keyboard (the current card of the last focused column), or empty.
    QString currentItemId() const;
    // Moves a column to this index among the visible columns (what dragging its header does).
    void moveColumn(const QString &groupId, int visibleIndex);

Q_SIGNALS:
    void firstBoardPainted();
    void openItemRequested(const QString &itemId);
    void statusMessage(const QString &message);

protected:
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Column
    {
        QWidget *frame = nullptr;
        QLabel *header = nullptr;
        QListView *view = nullptr;
        QLineEdit *quickAdd = nullptr;
    };

    void createActions(ActionRegistry *actions);
    void refreshPickers();
    void fillBoards(const QString &selectBoardId);
    void rebuildColumns();
    void updateHeaders();
    void updateFilterOptions();
    void applyFilter();
    int currentColumn() const;
    void selectItem(const QString &itemId, bool focus = true);
    void dropCards(int column, const QStringList &itemIds, int row);
    void moveCurrentCard(int columnStep, int rowStep);
    void moveCurrentColumn(int step);
    void quickAdd(int column);
    void focusQuickAdd();
    void archiveCurrentCard();
    void openCurrentCard();
    void newWorkspace();
    void renameWorkspace();
    void deleteWorkspace();
    void newBoard();
    void renameBoard();
    void deleteBoard();
    void editMembers();
    void editLabels();
    void addColumn();
    void renameColumn();
    void archiveColumn();

    models::TasksDocument *m_document;
    models::TaskBoardModel *m_model;
    QComboBox *m_workspaces = nullptr;
    QComboBox *m_boards = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_assignee = nullptr;
    MultiSelectButton *m_statuses = nullptr;
    QComboBox *m_due = nullptr;
    QLabel *m_count = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_hint = nullptr;
    QScrollArea *m_scroll = nullptr;
    QWidget *m_columnsHost = nullptr;
    QHBoxLayout *m_columnsLayout = nullptr;
    QTimer *m_debounce = nullptr;
    QList<Column> m_columns;
    QList<QAction *> m_cardActions;   // attached to every column view (their shortcuts act on the card)
    QPointer<QListView> m_lastView;
    QString m_pendingSelection;       // a card to select once its column is built
    bool m_started = false;
    bool m_paintPending = false;
};

} // namespace anchor::ui
