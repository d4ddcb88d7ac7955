#include "taskboardpage.h"

#include "actionregistry.h"
#include "multiselectbutton.h"
#include "statuslabelsdialog.h"
#include "taskcarddelegate.h"
#include "taskmembersdialog.h"

#include <storageerror.h>
#include <taskboardmodel.h>
#include <taskboardrepository.h>
#include <tasksdocument.h>

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDrag>
#include <QDragEnterEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QStackedWidget>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

#include <functional>

namespace anchor::ui {

namespace {

constexpr const char *kGroupMimeType = "application/x-anchor-task-group";
constexpr int kColumnWidth = 270;
constexpr int kSearchDelayMs = 150;
const char *const kDefaultColumnColor = "#9aa0a6";

// A column's header: its name and card count; dragging it moves the column.
class ColumnHeader final : public QLabel
{
public:
    ColumnHeader(QString groupId, QWidget *parent)
        : QLabel(parent)
        , m_groupId(std::move(groupId))
    {
        setCursor(Qt::OpenHandCursor);
    }

protected:
    void mousePressEvent(QMouseEvent *event) override
    {
        if (event->button() == Qt::LeftButton)
            m_pressedAt = event->position().toPoint();
        QLabel::mousePressEvent(event);
    }

    void mouseMoveEvent(QMouseEvent *event) override
    {
        if (!(event->buttons() & Qt::LeftButton)
            || (event->position().toPoint() - m_pressedAt).manhattanLength() < QApplication::startDragDistance())
            return;
        auto *mime = new QMimeData;
        mime->setData(QString::fromLatin1(kGroupMimeType), m_groupId.toUtf8());
        auto *drag = new QDrag(this);
        drag->setMimeData(mime);
        drag->setPixmap(parentWidget() ? parentWidget()->grab() : grab());
        drag->exec(Qt::MoveAction);
    }

private:
    QString m_groupId;
    QPoint m_pressedAt;
};

// The row of columns: accepts a dragged column header and says where it was dropped.
class ColumnsHost final : public QWidget
{
public:
    using DropHandler = std::function<void(const QString &groupId, int x)>;

    ColumnsHost(DropHandler onDrop, QWidget *parent)
        : QWidget(parent)
        , m_onDrop(std::move(onDrop))
    {
        setAcceptDrops(true);
    }

protected:
    void dragEnterEvent(QDragEnterEvent *event) override
    {
        if (event->mimeData()->hasFormat(QString::fromLatin1(kGroupMimeType)))
            event->acceptProposedAction();
    }
    void dragMoveEvent(QDragMoveEvent *event) override
    {
        if (event->mimeData()->hasFormat(QString::fromLatin1(kGroupMimeType)))
            event->acceptProposedAction();
    }
    void dropEvent(QDropEvent *event) override
    {
        if (!event->mimeData()->hasFormat(QString::fromLatin1(kGroupMimeType)))
            return;
        event->acceptProposedAction();
        const QString groupId = QString::fromUtf8(event->mimeData()->data(QString::fromLatin1(kGroupMimeType)));
        const int x = event->position().toPoint().x();
        // After the drag's own event loop has returned: the move rebuilds the columns.
        QTimer::singleShot(0, this, [this, groupId, x] { m_onDrop(groupId, x); });
    }

private:
    DropHandler m_onDrop;
};

} // namespace

TaskBoardPage::TaskBoardPage(models::TasksDocument *document, ActionRegistry *actions, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_model(new models::TaskBoardModel(document->database(), this))
    , m_workspaces(new QComboBox(this))
    , m_boards(new QComboBox(this))
    , m_search(new QLineEdit(this))
    , m_assignee(new QComboBox(this))
    , m_statuses(new MultiSelectButton(tr("Status"), tr("Filter by status"), this))
    , m_due(new QComboBox(this))
    , m_count(new QLabel(this))
    , m_stack(new QStackedWidget(this))
    , m_hint(new QLabel(this))
    , m_scroll(new QScrollArea(this))
    , m_debounce(new QTimer(this))
{
    setObjectName(QStringLiteral("taskBoardPage"));
    m_workspaces->setAccessibleName(tr("Workspace"));
    m_workspaces->setMinimumContentsLength(14);
    m_boards->setAccessibleName(tr("Board"));
    m_boards->setMinimumContentsLength(16);
    m_search->setPlaceholderText(tr("Filter cards by name or key"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Filter cards"));
    m_assignee->setAccessibleName(tr("Assignee"));
    m_due->setAccessibleName(tr("Due"));
    m_due->addItem(tr("Any due date"), int(storage::TaskFilter::Due::Any));
    m_due->addItem(tr("Overdue"), int(storage::TaskFilter::Due::Overdue));
    m_due->addItem(tr("Due today"), int(storage::TaskFilter::Due::Today));
    m_due->addItem(tr("Due this week"), int(storage::TaskFilter::Due::ThisWeek));
    m_due->addItem(tr("No due date"), int(storage::TaskFilter::Due::None));

    m_hint->setAlignment(Qt::AlignCenter);
    m_hint->setWordWrap(true);

    m_columnsHost = new ColumnsHost(
        [this](const QString &groupId, int x) {
            int index = 0;
            for (const Column &column : std::as_const(m_columns)) {
                if (column.frame->geometry().center().x() < x && column.frame->property("groupId").toString() != groupId)
                    ++index;
            }
            moveColumn(groupId, index);
        },
        m_scroll);
    m_columnsLayout = new QHBoxLayout(m_columnsHost);
    m_columnsLayout->setSpacing(10);
    m_columnsLayout->addStretch(1);
    m_scroll->setWidgetResizable(true);
    m_scroll->setWidget(m_columnsHost);
    m_scroll->setAccessibleName(tr("Board columns"));
    m_stack->addWidget(m_hint);
    m_stack->addWidget(m_scroll);

    auto *boardMenuButton = new QToolButton(this);
    boardMenuButton->setText(tr("&Board"));
    boardMenuButton->setPopupMode(QToolButton::InstantPopup);
    auto *boardMenu = new QMenu(boardMenuButton);
    boardMenuButton->setMenu(boardMenu);
    auto *newBoardButton = new QPushButton(tr("New Board..."), this);

    auto *pickers = new QHBoxLayout;
    pickers->addWidget(new QLabel(tr("Workspace:"), this));
    pickers->addWidget(m_workspaces);
    pickers->addWidget(new QLabel(tr("Board:"), this));
    pickers->addWidget(m_boards);
    pickers->addWidget(newBoardButton);
    pickers->addWidget(boardMenuButton);
    pickers->addStretch(1);
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 1);
    filters->addWidget(m_assignee);
    filters->addWidget(m_statuses);
    filters->addWidget(m_due);
    filters->addWidget(m_count);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(pickers);
    layout->addLayout(filters);
    layout->addWidget(m_stack, 1);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kSearchDelayMs);
    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_debounce, &QTimer::timeout, this, &TaskBoardPage::applyFilter);
    connect(m_assignee, &QComboBox::currentIndexChanged, this, &TaskBoardPage::applyFilter);
    connect(m_due, &QComboBox::currentIndexChanged, this, &TaskBoardPage::applyFilter);
    connect(m_statuses, &MultiSelectButton::selectionChanged, this, &TaskBoardPage::applyFilter);
    connect(m_workspaces, &QComboBox::activated, this, [this] { fillBoards({}); });
    connect(m_boards, &QComboBox::activated, this, [this] { showBoard(m_boards->currentData().toString()); });

    connect(m_model, &models::TaskBoardModel::columnsReset, this, &TaskBoardPage::rebuildColumns);
    connect(m_model, &models::TaskBoardModel::countsChanged, this, &TaskBoardPage::updateHeaders);
    connect(m_model, &models::TaskBoardModel::loadFailed, this, [this](const QString &message) {
        Q_EMIT statusMessage(tr("The board could not be loaded: %1").arg(message));
    });
    connect(m_document, &models::TasksDocument::workspacesChanged, this, &TaskBoardPage::refreshPickers);
    connect(m_document, &models::TasksDocument::boardChanged, this, [this](const QString &boardId) {
        if (!m_model->boardId().isEmpty() && (boardId.isEmpty() || boardId == m_model->boardId())) {
            m_pendingSelection = currentItemId();   // keep the card under the keyboard
            m_model->reload();
        }
    });
    connect(m_document, &models::TasksDocument::cardsChanged, this, [this](const QString &boardId, const QStringList &ids) {
        if (boardId == m_model->boardId())
            m_model->refreshCards(ids);
    });
    connect(m_document, &models::TasksDocument::editFailed, this, [this](const QString &message) {
        Q_EMIT statusMessage(tr("Not saved: %1").arg(message));
    });

    createActions(actions);
    connect(newBoardButton, &QPushButton::clicked, actions->action(QStringLiteral("tasks.board.new")), &QAction::trigger);
    for (const char *id : {"tasks.board.new", "tasks.board.rename", "tasks.board.delete", "tasks.board.labels", "", "tasks.column.add",
                           "tasks.column.rename", "tasks.column.archive", "", "tasks.workspace.new", "tasks.workspace.rename",
                           "tasks.workspace.members", "tasks.workspace.delete"}) {
        if (*id)
            boardMenu->addAction(actions->action(QString::fromLatin1(id)));
        else
            boardMenu->addSeparator();
    }
}

void TaskBoardPage::createActions(ActionRegistry *actions)
{
    const QString group = tr("Tasks");
    auto connectTo = [this](QAction *action, auto slot) { connect(action, &QAction::triggered, this, slot); };
    connectTo(actions->add(QStringLiteral("tasks.workspace.new"), tr("New &Workspace..."), group), &TaskBoardPage::newWorkspace);
    connectTo(actions->add(QStringLiteral("tasks.workspace.rename"), tr("Rena&me Workspace..."), group),
              &TaskBoardPage::renameWorkspace);
    connectTo(actions->add(QStringLiteral("tasks.workspace.delete"), tr("De&lete Workspace..."), group),
              &TaskBoardPage::deleteWorkspace);
    connectTo(actions->add(QStringLiteral("tasks.workspace.members"), tr("Workspace M&embers..."), group),
              &TaskBoardPage::editMembers);
    connectTo(actions->add(QStringLiteral("tasks.board.new"), tr("&New Board..."), group), &TaskBoardPage::newBoard);
    connectTo(actions->add(QStringLiteral("tasks.board.rename"), tr("&Rename Board..."), group), &TaskBoardPage::renameBoard);
    connectTo(actions->add(QStringLiteral("tasks.board.delete"), tr("&Delete Board..."), group), &TaskBoardPage::deleteBoard);
    connectTo(actions->add(QStringLiteral("tasks.board.labels"), tr("&Status Labels..."), group), &TaskBoardPage::editLabels);
    connectTo(actions->add(QStringLiteral("tasks.column.add"), tr("&Add Column..."), group), &TaskBoardPage::addColumn);
    connectTo(actions->add(QStringLiteral("tasks.column.rename"), tr("Rename &Column..."), group), &TaskBoardPage::renameColumn);
    connectTo(actions->add(QStringLiteral("tasks.column.archive"), tr("Arc&hive Column"), group), &TaskBoardPage::archiveColumn);
    connectTo(actions->add(QStringLiteral("tasks.filter"), tr("&Filter Cards"), group),
              [this] { m_search->setFocus(Qt::ShortcutFocusReason); });

    // Card commands act on the focused column's current card; their shortcuts live on the views.
    struct CardAction
    {
        const char *id;
        QString text;
        QList<QKeySequence> keys;
        std::function<void()> run;
    };
    const QList<CardAction> cardActions = {
        {"tasks.card.open", tr("&Open Task"), {QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)},
         [this] { openCurrentCard(); }},
        {"tasks.card.add", tr("Add &Task to Column"), {QKeySequence(Qt::Key_N)}, [this] { focusQuickAdd(); }},
        {"tasks.card.archive", tr("Archive Tas&k"), {QKeySequence(Qt::Key_Delete)}, [this] { archiveCurrentCard(); }},
        {"tasks.move.left", tr("Move Task to Previous Column"), {QKeySequence(Qt::CTRL | Qt::Key_Left)},
         [this] { moveCurrentCard(-1, 0); }},
        {"tasks.move.right", tr("Move Task to Next Column"), {QKeySequence(Qt::CTRL | Qt::Key_Right)},
         [this] { moveCurrentCard(+1, 0); }},
        {"tasks.move.up", tr("Move Task Up"), {QKeySequence(Qt::CTRL | Qt::Key_Up)}, [this] { moveCurrentCard(0, -1); }},
        {"tasks.move.down", tr("Move Task Down"), {QKeySequence(Qt::CTRL | Qt::Key_Down)}, [this] { moveCurrentCard(0, +1); }},
        {"tasks.column.left", tr("Move Column Left"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Left)},
         [this] { moveCurrentColumn(-1); }},
        {"tasks.column.right", tr("Move Column Right"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Right)},
         [this] { moveCurrentColumn(+1); }},
    };
    for (const CardAction &spec : cardActions) {
        QAction *action = actions->add(QString::fromLatin1(spec.id), spec.text, group, spec.keys);
        action->setShortcutContext(Qt::WidgetShortcut);
        connect(action, &QAction::triggered, this, spec.run);
        m_cardActions.append(action);
    }
}

// ---- pickers ---------------------------------------------------------------------------------------

void TaskBoardPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!std::exchange(m_started, true))   // nothing is read until the section is first shown
        refreshPickers();
}

QString TaskBoardPage::boardId() const
{
    return m_model->boardId();
}

QString TaskBoardPage::workspaceId() const
{
    return m_workspaces->currentData().toString();
}

void TaskBoardPage::refreshPickers()
{
    m_started = true;
    const QString keepWorkspace = m_model->board() ? m_model->board()->workspaceId : workspaceId();
    QList<storage::TaskWorkspace> workspaces;
    try {
        workspaces = storage::TaskBoardRepository(m_document->database()).workspaces();
    } catch (const storage::StorageError &error) {
        Q_EMIT statusMessage(error.message());
    }
    const QSignalBlocker blocker(m_workspaces);
    m_workspaces->clear();
    for (const storage::TaskWorkspace &workspace : std::as_const(workspaces))
        m_workspaces->addItem(workspace.name, workspace.id);
    const int index = m_workspaces->findData(keepWorkspace);
    m_workspaces->setCurrentIndex(index >= 0 ? index : 0);
    fillBoards(m_model->boardId());
}

void TaskBoardPage::fillBoards(const QString &selectBoardId)
{
    QList<storage::TaskBoard> boards;
    if (!workspaceId().isEmpty()) {
        try {
            boards = storage::TaskBoardRepository(m_document->database()).boards(workspaceId());
        } catch (const storage::StorageError &error) {
            Q_EMIT statusMessage(error.message());
        }
    }
    {
        const QSignalBlocker blocker(m_boards);
        m_boards->clear();
        for (const storage::TaskBoard &board : std::as_const(boards))
            m_boards->addItem(board.prefix.isEmpty() ? board.name : tr("%1 (%2)").arg(board.name, board.prefix), board.id);
        const int index = m_boards->findData(selectBoardId);
        m_boards->setCurrentIndex(index >= 0 ? index : 0);
    }
    if (m_workspaces->count() == 0) {
        m_hint->setText(tr("No workspaces yet. Create one with Board > New Workspace..., then add a board."));
    } else if (boards.isEmpty()) {
        m_hint->setText(tr("This workspace has no boards yet. Create one with \"New Board...\"."));
    }
    const QString boardId = m_boards->currentData().toString();
    if (boardId.isEmpty()) {
        m_stack->setCurrentWidget(m_hint);
        m_model->clear();
    } else if (boardId != m_model->boardId()) {
        showBoard(boardId);
    }
}

void TaskBoardPage::showBoard(const QString &boardId)
{
    m_started = true;
    m_paintPending = true;
    if (boardId != m_model->boardId())
        m_pendingSelection.clear();
    // Pickers follow the board (it may be in another workspace).
    std::optional<storage::TaskBoard> board;
    try {
        board = storage::TaskBoardRepository(m_document->database()).board(boardId);
    } catch (const storage::StorageError &error) {
        Q_EMIT statusMessage(error.message());
    }
    if (board && board->workspaceId != workspaceId()) {
        const QSignalBlocker blocker(m_workspaces);
        if (m_workspaces->findData(board->workspaceId) < 0)
            m_workspaces->addItem(board->workspaceName, board->workspaceId);
        m_workspaces->setCurrentIndex(m_workspaces->findData(board->workspaceId));
        m_model->load(boardId);   // fillBoards would load it once more
        fillBoards(boardId);
    } else {
        const QSignalBlocker blocker(m_boards);
        if (m_boards->findData(boardId) >= 0)
            m_boards->setCurrentIndex(m_boards->findData(boardId));
        m_model->load(boardId);
    }
    m_stack->setCurrentWidget(m_scroll);
}

// ---- columns -----------------------------------------------------------------------------------------

QList<QListView *> TaskBoardPage::columnViews() const
{
    QList<QListView *> views;
    for (const Column &column : m_columns)
        views.append(column.view);
    return views;
}

QList<QLineEdit *> TaskBoardPage::quickAddFields() const
{
    QList<QLineEdit *> fields;
    for (const Column &column : m_columns)
        fields.append(column.quickAdd);
    return fields;
}

void TaskBoardPage::rebuildColumns()
{
    const QString keep = m_pendingSelection.isEmpty() ? currentItemId() : m_pendingSelection;
    const bool hadFocus = m_lastView && m_lastView->hasFocus();
    for (const Column &column : std::as_const(m_columns)) {
        column.view->setModel(nullptr);   // the board model deletes the old column models next
        column.frame->hide();
        m_columnsLayout->removeWidget(column.frame);
        column.frame->deleteLater();
    }
    m_columns.clear();
    m_lastView.clear();

    const QList<models::TaskColumnModel *> models = m_model->columns();
    for (int i = 0; i < models.size(); ++i) {
        models::TaskColumnModel *model = models.at(i);
        Column column;
        column.frame = new QWidget;
        column.frame->setProperty("groupId", model->groupId());
        column.frame->setFixedWidth(kColumnWidth);
        column.header = new ColumnHeader(model->groupId(), column.frame);
        const QString color = QColor::isValidColorName(model->group().color) ? model->group().color
                                                                              : QString::fromLatin1(kDefaultColumnColor);
        column.header->setStyleSheet(QStringLiteral("QLabel { border-top: 4px solid %1; padding: 6px 2px; font-weight: bold; }").arg(color));
        column.header->setToolTip(tr("Drag to move the column (or Ctrl+Shift+Left / Ctrl+Shift+Right)"));
        column.header->setContextMenuPolicy(Qt::CustomContextMenu);
        connect(column.header, &QLabel::customContextMenuRequested, this, [this, i, header = column.header](const QPoint &at) {
            m_lastView = m_columns.value(i).view;
            QMenu menu;
            menu.addAction(tr("Rename Column..."), this, &TaskBoardPage::renameColumn);
            menu.addAction(tr("Archive Column"), this, &TaskBoardPage::archiveColumn);
            menu.addAction(tr("Add Column..."), this, &TaskBoardPage::addColumn);
            menu.exec(header->mapToGlobal(at));
        });

        column.view = new QListView(column.frame);
        column.view->setModel(model);
        column.view->setItemDelegate(new TaskCardDelegate(column.view));
        column.view->setUniformItemSizes(true);   // thousands of cards lay out without measuring each
        column.view->setSelectionMode(QAbstractItemView::SingleSelection);
        column.view->setDragDropMode(QAbstractItemView::DragDrop);
        column.view->setDefaultDropAction(Qt::MoveAction);
        column.view->setDragEnabled(true);
        column.view->setAcceptDrops(true);
        column.view->setDropIndicatorShown(true);
        column.view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
        column.view->setEditTriggers(QAbstractItemView::NoEditTriggers);
        column.view->setAccessibleName(tr("Column %1").arg(model->group().name));
        column.view->addActions(m_cardActions);
        column.view->installEventFilter(this);
        column.view->viewport()->installEventFilter(this);
        connect(model, &models::TaskColumnModel::cardsDropped, this,
                [this, i](const QStringList &ids, int row) { dropCards(i, ids, row); });
        connect(column.view, &QListView::doubleClicked, this, [this](const QModelIndex &index) {
            Q_EMIT openItemRequested(index.data(models::TaskColumnModel::ItemIdRole).toString());
        });

        column.quickAdd = new QLineEdit(column.frame);
        column.quickAdd->setPlaceholderText(tr("+ Add a task"));
        column.quickAdd->setAccessibleName(tr("Add a task to %1").arg(model->group().name));
        column.quickAdd->installEventFilter(this);
        connect(column.quickAdd, &QLineEdit::returnPressed, this, [this, i] { quickAdd(i); });

        auto *columnLayout = new QVBoxLayout(column.frame);
        columnLayout->setContentsMargins(0, 0, 0, 0);
        columnLayout->addWidget(column.header);
        columnLayout->addWidget(column.view, 1);
        columnLayout->addWidget(column.quickAdd);
        m_columnsLayout->insertWidget(i, column.frame);
        m_columns.append(column);
    }
    if (m_model->board())
        m_stack->setCurrentWidget(m_scroll);
    updateFilterOptions();
    updateHeaders();
    if (!keep.isEmpty())
        selectItem(keep, hadFocus);
    m_pendingSelection.clear();
}

void TaskBoardPage::updateHeaders()
{
    const bool filtered = m_model->filter() != storage::TaskFilter{};
    int shown = 0;
    for (const Column &column : std::as_const(m_columns)) {
        const auto *model = static_cast<const models::TaskColumnModel *>(column.view->model());
        if (!model)
            continue;
        shown += model->rowCount();
        const QString count = filtered ? tr("%1 of %2").arg(QLocale().toString(model->rowCount()), QLocale().toString(model->cardCount()))
                                       : QLocale().toString(model->cardCount());
        column.header->setText(m_model->isLoading() ? model->group().name : tr("%1 \u00b7 %2").arg(model->group().name, count));
    }
    m_count->setText(m_model->isLoading() ? QString() : tr("%n task(s)", nullptr, shown));
}

void TaskBoardPage::updateFilterOptions()
{
    // Status options are the board's labels; assignees are the staff.
    QList<MultiSelectButton::Option> options;
    for (const storage::TaskStatusLabel &label : m_model->labels())
        options.append({label.label, {label.label}, label.color});
    const QStringList selected = m_statuses->selectedIds();
    {
        const QSignalBlocker blocker(m_statuses);
        m_statuses->setOptions(options);
        m_statuses->setSelectedIds(selected);
    }
    const QString assignee = m_assignee->currentData().toString();
    const QSignalBlocker blocker(m_assignee);
    m_assignee->clear();
    m_assignee->addItem(tr("Anyone"), QString());
    if (!m_document->userId().isEmpty())
        m_assignee->addItem(tr("Me"), m_document->userId());
    for (const storage::TaskAssignee &person : m_model->people()) {
        if (person.userId != m_document->userId())
            m_assignee->addItem(person.name, person.userId);
    }
    m_assignee->setCurrentIndex(qMax(0, m_assignee->findData(assignee)));
}

void TaskBoardPage::applyFilter()
{
    storage::TaskFilter filter;
    filter.text = m_search->text().trimmed();
    filter.assigneeId = m_assignee->currentData().toString();
    filter.statuses = m_statuses->selectedIds();
    filter.due = storage::TaskFilter::Due(m_due->currentData().toInt());
    const QString keep = currentItemId();
    m_model->setFilter(filter);
    if (!keep.isEmpty())
        selectItem(keep, false);
}

// ---- keyboard and selection -----------------------------------------------------------------------

bool TaskBoardPage::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Paint && m_paintPending) {
        for (const Column &column : std::as_const(m_columns)) {
            if (watched == column.view->viewport() && column.view->model()
                && (column.view->model()->rowCount() > 0 || m_model->totalCards() == 0)
                && !m_model->columns().isEmpty()) {
                m_paintPending = false;
                QTimer::singleShot(0, this, &TaskBoardPage::firstBoardPainted);   // once this paint is done
                break;
            }
        }
    }
    if (event->type() == QEvent::FocusIn) {
        for (const Column &column : std::as_const(m_columns)) {
            if (watched == column.view)
                m_lastView = column.view;
        }
    }
    if (event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const int column = currentColumn();
        if (auto *edit = qobject_cast<QLineEdit *>(watched); edit && key->key() == Qt::Key_Escape && column >= 0) {
            edit->clear();
            m_columns.at(column).view->setFocus(Qt::ShortcutFocusReason);
            return true;
        }
        // Left and Right walk between columns, keeping about the same row.
        const bool plainArrow = key->modifiers() == Qt::NoModifier || key->modifiers() == Qt::KeypadModifier;
        if (qobject_cast<QListView *>(watched) && plainArrow && (key->key() == Qt::Key_Left || key->key() == Qt::Key_Right)) {
            const int step = key->key() == Qt::Key_Left ? -1 : +1;
            const int row = qMax(0, m_columns.at(column).view->currentIndex().row());
            for (int target = column + step; target >= 0 && target < m_columns.size(); target += step) {
                QListView *view = m_columns.at(target).view;
                const int rows = view->model()->rowCount();
                if (rows == 0)
                    continue;   // skip empty columns, as Trello does
                view->setCurrentIndex(view->model()->index(qMin(row, rows - 1), 0));
                view->setFocus(Qt::TabFocusReason);
                break;
            }
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

int TaskBoardPage::currentColumn() const
{
    for (int i = 0; i < m_columns.size(); ++i) {
        if (m_columns.at(i).view->hasFocus() || m_columns.at(i).quickAdd->hasFocus())
            return i;
    }
    for (int i = 0; i < m_columns.size(); ++i) {
        if (m_columns.at(i).view == m_lastView)
            return i;
    }
    return m_columns.isEmpty() ? -1 : 0;
}

QString TaskBoardPage::currentItemId() const
{
    const int column = currentColumn();
    if (column < 0)
        return {};
    return m_columns.at(column).view->currentIndex().data(models::TaskColumnModel::ItemIdRole).toString();
}

void TaskBoardPage::selectItem(const QString &itemId, bool focus)
{
    const int column = m_model->columnOfItem(itemId);
    if (column < 0 || column >= m_columns.size())
        return;
    auto *model = m_model->columns().at(column);
    const int row = model->rowOf(itemId);
    if (row < 0)
        return;
    QListView *view = m_columns.at(column).view;
    view->setCurrentIndex(model->index(row));
    view->scrollTo(model->index(row));
    m_lastView = view;
    if (focus)
        view->setFocus(Qt::OtherFocusReason);
    // Keep the column in sight when the card moved sideways.
    m_scroll->ensureWidgetVisible(m_columns.at(column).frame, 20, 0);
}

// ---- card edits --------------------------------------------------------------------------------------

void TaskBoardPage::dropCards(int column, const QStringList &itemIds, int row)
{
    if (column < 0 || column >= m_model->columns().size())
        return;
    QUndoStack *stack = m_document->undoStack();
    const bool several = itemIds.size() > 1;
    if (several)
        stack->beginMacro(tr("Move %n task(s)", nullptr, int(itemIds.size())));
    int offset = 0;
    for (const QString &id : itemIds) {
        storage::TaskPlace place = m_model->dropPlace(column, row, id);
        place.position += offset;
        if (m_document->moveItem(id, place))
            ++offset;   // the next dropped card goes below this one
    }
    if (several)
        stack->endMacro();
    if (!itemIds.isEmpty())
        selectItem(itemIds.first());
}

void TaskBoardPage::moveCurrentCard(int columnStep, int rowStep)
{
    const int column = currentColumn();
    const QString id = currentItemId();
    if (column < 0 || id.isEmpty())
        return;
    const int row = m_columns.at(column).view->currentIndex().row();
    const int target = column + columnStep;
    if (target < 0 || target >= m_model->columns().size())
        return;
    int targetRow = row;
    if (rowStep < 0)
        targetRow = row - 1;   // before the card above
    else if (rowStep > 0)
        targetRow = row + 2;   // after the card below
    if (targetRow < 0 || (rowStep > 0 && row + 1 >= m_model->columns().at(column)->rowCount()))
        return;
    m_document->moveItem(id, m_model->dropPlace(target, targetRow, id));
    selectItem(id);   // the keyboard stays with the card
}

void TaskBoardPage::moveCurrentColumn(int step)
{
    const int column = currentColumn();
    if (column < 0 || column + step < 0 || column + step >= m_columns.size())
        return;
    m_pendingSelection = currentItemId();
    moveColumn(m_model->columns().at(column)->groupId(), column + step);
}

void TaskBoardPage::moveColumn(const QString &groupId, int visibleIndex)
{
    // The document orders among every column, archived ones too: translate the visible index.
    QStringList visible;
    for (const models::TaskColumnModel *model : m_model->columns())
        visible.append(model->groupId());
    if (!visible.contains(groupId))
        return;
    visible.removeOne(groupId);
    visibleIndex = qBound(0, visibleIndex, int(visible.size()));
    QStringList all;
    try {
        for (const storage::TaskGroup &group : storage::TaskBoardRepository(m_document->database()).groups(boardId(), true)) {
            if (group.id != groupId)
                all.append(group.id);
        }
    } catch (const storage::StorageError &error) {
        Q_EMIT statusMessage(error.message());
        return;
    }
    const int orderIndex = visibleIndex == 0 ? (visible.isEmpty() ? 0 : int(all.indexOf(visible.first())))
                                             : int(all.indexOf(visible.at(visibleIndex - 1))) + 1;
    if (m_pendingSelection.isEmpty())
        m_pendingSelection = currentItemId();
    m_document->moveGroup(boardId(), groupId, orderIndex);
}

void TaskBoardPage::quickAdd(int column)
{
    if (column < 0 || column >= m_columns.size())
        return;
    QLineEdit *field = m_columns.at(column).quickAdd;
    const QString name = field->text().trimmed();
    if (name.isEmpty())
        return;
    const QString id = m_document->createItem(m_model->columns().at(column)->groupId(), name);
    if (id.isEmpty())
        return;   // refused and reported; the text stays to fix
    field->clear();
    selectItem(id, false);   // show it; the field keeps the focus for the next one
}

void TaskBoardPage::focusQuickAdd()
{
    const int column = currentColumn();
    if (column >= 0)
        m_columns.at(column).quickAdd->setFocus(Qt::ShortcutFocusReason);
}

void TaskBoardPage::archiveCurrentCard()
{
    const QString id = currentItemId();
    if (id.isEmpty())
        return;
    const int column = currentColumn();
    const int row = m_columns.at(column).view->currentIndex().row();
    if (m_document->setArchived(id, true)) {
        QListView *view = m_columns.at(column).view;
        const int rows = view->model()->rowCount();
        if (rows > 0)
            view->setCurrentIndex(view->model()->index(qMin(row, rows - 1), 0));
        Q_EMIT statusMessage(tr("Task archived. Undo (Ctrl+Z) brings it back."));
    }
}

void TaskBoardPage::openCurrentCard()
{
    const QString id = currentItemId();
    if (!id.isEmpty())
        Q_EMIT openItemRequested(id);
}

// ---- workspaces, boards and columns ------------------------------------------------------------------

void TaskBoardPage::newWorkspace()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("New Workspace"), tr("Name:"), QLineEdit::Normal, {}, &ok);
    if (!ok || name.trimmed().isEmpty())
        return;
    const QString id = m_document->createWorkspace(name);
    if (id.isEmpty())
        return;
    const QSignalBlocker blocker(m_workspaces);
    m_workspaces->setCurrentIndex(m_workspaces->findData(id));
    fillBoards({});
}

void TaskBoardPage::renameWorkspace()
{
    if (workspaceId().isEmpty())
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Rename Workspace"), tr("Name:"), QLineEdit::Normal,
                                               m_workspaces->currentText(), &ok);
    if (ok)
        m_document->renameWorkspace(workspaceId(), name);
}

void TaskBoardPage::deleteWorkspace()
{
    if (workspaceId().isEmpty())
        return;
    const auto answer = QMessageBox::question(
        this, tr("Delete Workspace"),
        tr("Delete the workspace \"%1\" with all its boards? Edit > Undo brings it back.").arg(m_workspaces->currentText()));
    if (answer == QMessageBox::Yes)
        m_document->deleteWorkspace(workspaceId());
}

void TaskBoardPage::editMembers()
{
    if (workspaceId().isEmpty())
        return;
    TaskMembersDialog dialog(m_document, workspaceId(), m_workspaces->currentText(), this);
    dialog.exec();
}

void TaskBoardPage::newBoard()
{
    if (workspaceId().isEmpty()) {
        newWorkspace();
        if (workspaceId().isEmpty())
            return;
    }
    QDialog dialog(this);
    dialog.setWindowTitle(tr("New Board"));
    auto *name = new QLineEdit(&dialog);
    auto *prefix = new QLineEdit(&dialog);
    prefix->setPlaceholderText(tr("e.g. DENT, for keys like DENT-42"));
    prefix->setMaxLength(10);
    auto *kind = new QComboBox(&dialog);
    for (const storage::BoardTemplate boardTemplate : {storage::BoardTemplate::BasicWorkflow, storage::BoardTemplate::SalesSprint,
                                                       storage::BoardTemplate::ProjectDelivery, storage::BoardTemplate::Blank})
        kind->addItem(storage::TaskBoardRepository::templateName(boardTemplate), int(boardTemplate));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("&Name:"), name);
    form->addRow(tr("&Key prefix:"), prefix);
    form->addRow(tr("&Template:"), kind);
    form->addRow(buttons);
    while (dialog.exec() == QDialog::Accepted) {
        const QString id = m_document->createBoard(workspaceId(), name->text(), prefix->text(),
                                                   storage::BoardTemplate(kind->currentData().toInt()));
        if (!id.isEmpty()) {
            fillBoards(id);
            showBoard(id);
            return;
        }
        // Refused (no name, a bad prefix): the reason is in the status bar; the dialog stays.
    }
}

void TaskBoardPage::renameBoard()
{
    const std::optional<storage::TaskBoard> board = m_model->board();
    if (!board)
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Rename Board"), tr("Name:"), QLineEdit::Normal, board->name, &ok);
    if (ok)
        m_document->renameBoard(board->id, name);
}

void TaskBoardPage::deleteBoard()
{
    const std::optional<storage::TaskBoard> board = m_model->board();
    if (!board)
        return;
    const auto answer = QMessageBox::question(
        this, tr("Delete Board"), tr("Delete the board \"%1\" and its cards? Edit > Undo brings it back.").arg(board->name));
    if (answer == QMessageBox::Yes && m_document->deleteBoard(board->id))
        fillBoards({});
}

void TaskBoardPage::editLabels()
{
    const std::optional<storage::TaskBoard> board = m_model->board();
    StatusLabelsDialog dialog(m_document, board ? board->id : QString(), board ? board->name : QString(), this);
    dialog.exec();
}

void TaskBoardPage::addColumn()
{
    if (boardId().isEmpty())
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Add Column"), tr("Name:"), QLineEdit::Normal, {}, &ok);
    if (ok && !name.trimmed().isEmpty())
        m_document->addGroup(boardId(), name);
}

void TaskBoardPage::renameColumn()
{
    const int column = currentColumn();
    if (column < 0)
        return;
    const storage::TaskGroup group = m_model->columns().at(column)->group();
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Rename Column"), tr("Name:"), QLineEdit::Normal, group.name, &ok);
    if (ok)
        m_document->renameGroup(boardId(), group.id, name);
}

void TaskBoardPage::archiveColumn()
{
    const int column = currentColumn();
    if (column < 0)
        return;
    const storage::TaskGroup group = m_model->columns().at(column)->group();
    if (m_document->setGroupArchived(boardId(), group.id, true))
        Q_EMIT statusMessage(tr("Column \"%1\" archived. Undo (Ctrl+Z) brings it back.").arg(group.name));
}

} // namespace anchor::ui
