#include "taskitemdialog.h"

#include "mentionedit.h"

#include <storageerror.h>
#include <taskboardrepository.h>
#include <taskitemdocument.h>
#include <taskitemrepository.h>

#include <QAction>
#include <QCalendarWidget>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPainter>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

namespace anchor::ui {

namespace {

constexpr int kIdRole = Qt::UserRole;
enum TimeColumn { TimeWhen, TimeMinutes, TimeBillable, TimeNote };

QString duration(int minutes)
{
    if (minutes < 60)
        return TaskItemDialog::tr("%n min", nullptr, minutes);
    return TaskItemDialog::tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

QString localDateTime(const QDateTime &when)
{
    if (!when.isValid())
        return {};
    const QLocale locale;
    const QDateTime local = when.toLocalTime();
    return locale.toString(local.date(), QLocale::ShortFormat) + u' ' +
           locale.toString(local.time(), QLocale::ShortFormat);
}

QIcon swatch(const QString &color)
{
    if (!QColor::isValidColorName(color))
        return {};
    QPixmap pixmap(12, 12);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor::fromString(color));
    painter.drawEllipse(pixmap.rect().adjusted(1, 1, -1, -1));
    return QIcon(pixmap);
}

QAction *widgetAction(const QString &text, const QKeySequence &shortcut, QWidget *owner)
{
    auto *action = new QAction(text, owner);
    action->setShortcut(shortcut);
    action->setShortcutContext(Qt::WidgetShortcut);
    owner->addAction(action);
    return action;
}

} // namespace

TaskItemDialog::TaskItemDialog(models::TaskItemDocument *document, const QString &itemId, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_itemId(itemId)
{
    setModal(false);
    setSizeGripEnabled(true);
    resize(980, 640);

    m_key = new QLabel(this);
    m_key->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_name = new QLineEdit(this);
    m_name->setAccessibleName(tr("Task name"));
    QFont big = m_name->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_name->setFont(big);
    connect(m_name, &QLineEdit::editingFinished, this, [this] {
        if (m_filling)
            return;
        if (m_name->text().trimmed().isEmpty()) {
            showError(tr("A task needs a name."));
            reload();
            return;
        }
        m_document->setName(m_itemId, m_name->text());
    });
    auto *title = new QHBoxLayout;
    title->addWidget(m_key);
    title->addWidget(m_name, 1);

    m_tabs = new QTabWidget(this);
    m_tabs->addTab(buildSubitems(), tr("Subitems"));
    m_tabs->addTab(buildUpdates(), tr("Updates"));
    m_tabs->addTab(buildFiles(), tr("Files"));
    m_tabs->addTab(buildTime(), tr("Time"));

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(buildDetails());
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(1, 1);

    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_error->hide();

    // The dialog is a window of its own: it carries undo and redo so Ctrl+Z works here too.
    QAction *undo = m_document->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_document->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    addActions({undo, redo});

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(title);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    m_tick = new QTimer(this);
    m_tick->setInterval(1000);
    connect(m_tick, &QTimer::timeout, this, &TaskItemDialog::updateElapsed);

    // Queued: an edit made from this dialog's own signals must not rebuild a list under the
    // item that is still emitting.
    connect(
        m_document, &models::TaskItemDocument::itemChanged, this,
        [this](const QString &changed) {
            if (changed == m_itemId)
                reload();
        },
        Qt::QueuedConnection);
    connect(m_document, &models::TaskItemDocument::editFailed, this, &TaskItemDialog::showError);

    reload();
    // Opening the item is reading its thread.
    m_document->markRead(m_itemId);
}

QWidget *TaskItemDialog::buildDetails()
{
    auto *page = new QWidget(this);
    m_status = new QComboBox(page);
    m_status->setAccessibleName(tr("Status"));
    connect(m_status, &QComboBox::activated, this, [this](int index) {
        if (!m_filling)
            m_document->setStatus(m_itemId, m_status->itemData(index).toString());
    });

    m_hasDue = new QCheckBox(tr("Due"), page);
    m_due = new QDateEdit(page);
    m_due->setCalendarPopup(true);
    m_due->setAccessibleName(tr("Due date"));
    connect(m_hasDue, &QCheckBox::toggled, this, [this](bool on) {
        m_due->setEnabled(on);
        if (!m_filling)
            commitDue();
    });
    connect(m_due, &QDateEdit::editingFinished, this, &TaskItemDialog::commitDue);
    connect(m_due->calendarWidget(), &QCalendarWidget::clicked, this,
            [this] { QTimer::singleShot(0, this, &TaskItemDialog::commitDue); });
    auto *due = new QHBoxLayout;
    due->addWidget(m_hasDue);
    due->addWidget(m_due, 1);

    m_priority = new QComboBox(page);
    m_priority->setAccessibleName(tr("Priority"));
    m_priority->addItem(tr("Low"), QStringLiteral("low"));
    m_priority->addItem(tr("Normal"), QStringLiteral("normal"));
    m_priority->addItem(tr("High"), QStringLiteral("high"));
    m_priority->addItem(tr("Urgent"), QStringLiteral("urgent"));
    connect(m_priority, &QComboBox::activated, this, [this](int index) {
        if (!m_filling)
            m_document->setPriority(m_itemId, m_priority->itemData(index).toString());
    });

    m_voicemail = new QCheckBox(tr("Voicemail"), page);
    m_attention = new QCheckBox(tr("Needs attention"), page);
    for (QCheckBox *flag : {m_voicemail, m_attention}) {
        connect(flag, &QCheckBox::toggled, this, [this] {
            if (!m_filling)
                m_document->setFlags(m_itemId, m_voicemail->isChecked(), m_attention->isChecked());
        });
    }
    auto *flags = new QHBoxLayout;
    flags->addWidget(m_voicemail);
    flags->addWidget(m_attention);
    flags->addStretch();

    m_lead = new QLabel(page);
    m_lead->setTextInteractionFlags(Qt::TextBrowserInteraction);
    connect(m_lead, &QLabel::linkActivated, this, [this](const QString &link) {
        if (link.startsWith(QLatin1String("call:")))
            Q_EMIT openCallRequested(link.mid(5));
    });

    m_assignees = new QListWidget(page);
    m_assignees->setAccessibleName(tr("Assignees"));
    m_assignees->setMaximumHeight(120);
    connect(m_assignees, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        if (!m_filling)
            m_document->setAssigned(m_itemId, item->data(kIdRole).toString(), item->checkState() == Qt::Checked);
    });

    m_descriptionEdit = new QPlainTextEdit(page);
    m_descriptionEdit->setAccessibleName(tr("Description"));
    m_descriptionEdit->setPlaceholderText(tr("Describe the task..."));
    m_descriptionEdit->installEventFilter(this);

    auto *form = new QFormLayout(page);
    form->addRow(tr("&Status:"), m_status);
    form->addRow(tr("Due date:"), due);
    form->addRow(tr("&Priority:"), m_priority);
    form->addRow(tr("Flags:"), flags);
    form->addRow(tr("Lead:"), m_lead);
    form->addRow(tr("&Assignees:"), m_assignees);
    form->addRow(tr("&Description:"), m_descriptionEdit);
    return page;
}

QWidget *TaskItemDialog::buildSubitems()
{
    auto *page = new QWidget(this);
    m_subitems = new QListWidget(page);
    m_subitems->setAccessibleName(tr("Subitems"));
    m_subitems->setDragDropMode(QAbstractItemView::InternalMove);
    m_subitems->setDefaultDropAction(Qt::MoveAction);
    m_subitems->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_subitems->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(m_subitems, &QListWidget::itemChanged, this, &TaskItemDialog::subitemChanged);
    // A drop rearranges the list first; the order is read back once the drop is over.
    connect(m_subitems->model(), &QAbstractItemModel::rowsMoved, this,
            [this] { QTimer::singleShot(0, this, &TaskItemDialog::syncSubitemOrder); });
    connect(m_subitems->model(), &QAbstractItemModel::rowsInserted, this, [this] {
        if (!m_filling)
            QTimer::singleShot(0, this, &TaskItemDialog::syncSubitemOrder);
    });
    connect(widgetAction(tr("Move &Up"), QKeySequence(Qt::CTRL | Qt::Key_Up), m_subitems), &QAction::triggered, this,
            [this] { moveCurrentSubitem(-1); });
    connect(widgetAction(tr("Move &Down"), QKeySequence(Qt::CTRL | Qt::Key_Down), m_subitems), &QAction::triggered,
            this, [this] { moveCurrentSubitem(+1); });
    connect(widgetAction(tr("&Delete Subitem"), QKeySequence::Delete, m_subitems), &QAction::triggered, this, [this] {
        if (QListWidgetItem *item = m_subitems->currentItem())
            m_document->removeSubitem(item->data(kIdRole).toString());
    });

    m_newSubitem = new QLineEdit(page);
    m_newSubitem->setPlaceholderText(tr("Add a subitem and press Enter"));
    m_newSubitem->setAccessibleName(tr("New subitem"));
    connect(m_newSubitem, &QLineEdit::returnPressed, this, &TaskItemDialog::addSubitem);
    auto *add = new QPushButton(tr("Add"), page);
    connect(add, &QPushButton::clicked, this, &TaskItemDialog::addSubitem);
    m_subitemProgress = new QLabel(page);

    auto *addRow = new QHBoxLayout;
    addRow->addWidget(m_newSubitem, 1);
    addRow->addWidget(add);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_subitemProgress);
    layout->addWidget(m_subitems, 1);
    layout->addLayout(addRow);
    auto *hint = new QLabel(tr("Tick a subitem off when done. Drag or press Ctrl+Up / Ctrl+Down to reorder, "
                               "F2 to rename, Delete to remove."),
                            page);
    hint->setWordWrap(true);
    hint->setEnabled(false);
    layout->addWidget(hint);
    return page;
}

QWidget *TaskItemDialog::buildUpdates()
{
    auto *page = new QWidget(this);
    m_updates = new QListWidget(page);
    m_updates->setAccessibleName(tr("Updates"));
    m_updates->setWordWrap(true);
    m_updates->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(widgetAction(tr("&Delete Update"), QKeySequence::Delete, m_updates), &QAction::triggered, this, [this] {
        if (QListWidgetItem *item = m_updates->currentItem())
            m_document->removeUpdate(item->data(kIdRole).toString());
    });

    m_composer = new MentionEdit(page);
    m_composer->setAccessibleName(tr("New update"));
    m_composer->setPlaceholderText(tr("Write an update; type @ to mention someone..."));
    m_composer->setMaximumHeight(100);
    connect(m_composer, &MentionEdit::submitted, this, &TaskItemDialog::postUpdate);
    auto *post = new QPushButton(tr("Post"), page);
    post->setToolTip(tr("Post the update (Ctrl+Enter)"));
    connect(post, &QPushButton::clicked, this, &TaskItemDialog::postUpdate);

    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_updates, 1);
    layout->addWidget(m_composer);
    layout->addWidget(post, 0, Qt::AlignRight);
    return page;
}

QWidget *TaskItemDialog::buildFiles()
{
    auto *page = new QWidget(this);
    m_files = new QListWidget(page);
    m_files->setAccessibleName(tr("Files"));
    connect(m_files, &QListWidget::itemActivated, this, &TaskItemDialog::openFile);
    auto *attach = new QPushButton(tr("&Attach Files..."), page);
    connect(attach, &QPushButton::clicked, this, &TaskItemDialog::chooseFiles);
    auto *open = new QPushButton(tr("&Open"), page);
    connect(open, &QPushButton::clicked, this, [this] { openFile(m_files->currentItem()); });
    auto *remove = new QPushButton(tr("&Remove"), page);
    connect(remove, &QPushButton::clicked, this, [this] {
        if (QListWidgetItem *item = m_files->currentItem())
            m_document->removeFile(item->data(kIdRole).toString());
    });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(attach);
    buttons->addWidget(open);
    buttons->addWidget(remove);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_files, 1);
    layout->addLayout(buttons);
    return page;
}

QWidget *TaskItemDialog::buildTime()
{
    auto *page = new QWidget(this);
    m_timerButton = new QPushButton(tr("Start Timer"), page);
    connect(m_timerButton, &QPushButton::clicked, this, &TaskItemDialog::toggleTimer);
    m_elapsed = new QLabel(page);
    auto *timerRow = new QHBoxLayout;
    timerRow->addWidget(m_timerButton);
    timerRow->addWidget(m_elapsed, 1);

    m_minutes = new QSpinBox(page);
    m_minutes->setRange(0, 24 * 60);
    m_minutes->setSuffix(tr(" min"));
    m_minutes->setAccessibleName(tr("Minutes"));
    m_billable = new QCheckBox(tr("Billable"), page);
    m_timeNote = new QLineEdit(page);
    m_timeNote->setPlaceholderText(tr("What was done (optional)"));
    auto *add = new QPushButton(tr("Add Time"), page);
    connect(add, &QPushButton::clicked, this, &TaskItemDialog::addTime);
    connect(m_timeNote, &QLineEdit::returnPressed, this, &TaskItemDialog::addTime);
    auto *manualRow = new QHBoxLayout;
    manualRow->addWidget(m_minutes);
    manualRow->addWidget(m_billable);
    manualRow->addWidget(m_timeNote, 1);
    manualRow->addWidget(add);

    m_time = new QTreeWidget(page);
    m_time->setRootIsDecorated(false);
    m_time->setAccessibleName(tr("Time entries"));
    m_time->setHeaderLabels({tr("When"), tr("Time"), tr("Billable"), tr("Description")});
    m_time->header()->setStretchLastSection(true);
    m_time->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(m_time, &QTreeWidget::itemChanged, this, [this](QTreeWidgetItem *item, int column) {
        if (!m_filling && column == TimeBillable)
            m_document->setBillable(item->data(0, kIdRole).toString(), item->checkState(TimeBillable) == Qt::Checked);
    });
    connect(widgetAction(tr("&Delete Time Entry"), QKeySequence::Delete, m_time), &QAction::triggered, this, [this] {
        if (QTreeWidgetItem *item = m_time->currentItem())
            m_document->removeTimeEntry(item->data(0, kIdRole).toString());
    });
    m_totals = new QLabel(page);
    m_totals->setWordWrap(true);

    auto *layout = new QVBoxLayout(page);
    layout->addLayout(timerRow);
    layout->addLayout(manualRow);
    layout->addWidget(m_time, 1);
    layout->addWidget(m_totals);
    return page;
}

void TaskItemDialog::reload()
{
    try {
        const std::optional<storage::TaskItemDetail> detail =
            storage::TaskBoardRepository(m_document->database()).detail(m_itemId);
        if (!detail) {
            showError(tr("This task no longer exists."));
            setEnabled(false);
            return;
        }
        setEnabled(true);
        fillDetails(*detail);
        fillSubitems();
        fillUpdates();
        fillFiles();
        fillTime();
    } catch (const storage::StorageError &error) {
        showError(error.message());
    }
}

void TaskItemDialog::fillDetails(const storage::TaskItemDetail &detail)
{
    const QSignalBlocker blockName(m_name);
    m_filling = true;
    const storage::TaskCard &card = detail.card;
    m_boardId = card.boardId;
    setWindowTitle(tr("%1 %2 - %3").arg(card.key, card.name, detail.boardName));
    m_key->setText(card.key);
    if (!m_name->hasFocus())
        m_name->setText(card.name);

    const storage::TaskBoardRepository boards(m_document->database());
    m_status->clear();
    bool found = false;
    for (const storage::TaskStatusLabel &label : boards.statusLabels(card.boardId)) {
        m_status->addItem(swatch(label.color), label.isDone ? tr("%1 (done)").arg(label.label) : label.label,
                          label.label);
        found = found || label.label == card.status;
    }
    if (!found)
        m_status->insertItem(0, card.status.isEmpty() ? tr("No status") : card.status, card.status);
    m_status->setCurrentIndex(m_status->findData(card.status));

    m_dueDate = card.dueDate;
    m_hasDue->setChecked(card.dueDate.isValid());
    m_due->setEnabled(card.dueDate.isValid());
    m_due->setDate(card.dueDate.isValid() ? card.dueDate : QDate::currentDate());
    m_priority->setCurrentIndex(qMax(0, m_priority->findData(card.priority)));
    m_voicemail->setChecked(card.isVoicemail);
    m_attention->setChecked(card.needsAttention);
    m_lead->setText(
        card.callId.isEmpty()
            ? tr("None")
            : QStringLiteral("<a href=\"call:%1\">%2</a>").arg(card.callId.toHtmlEscaped(), tr("Open the lead")));

    m_assignees->clear();
    for (const storage::TaskAssignee &person : boards.people()) {
        auto *item = new QListWidgetItem(person.name, m_assignees);
        item->setData(kIdRole, person.userId);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        const bool assigned = std::any_of(card.assignees.cbegin(), card.assignees.cend(),
                                          [&](const storage::TaskAssignee &a) { return a.userId == person.userId; });
        item->setCheckState(assigned ? Qt::Checked : Qt::Unchecked);
    }
    QStringList names;
    for (int i = 0; i < m_assignees->count(); ++i)
        names << m_assignees->item(i)->text();
    m_composer->setPeople(names);

    m_description = detail.description;
    if (!m_descriptionEdit->hasFocus())
        m_descriptionEdit->setPlainText(detail.description);
    m_filling = false;
}

void TaskItemDialog::fillSubitems()
{
    const QString current = m_selectSubitem.isEmpty() && m_subitems->currentItem()
                                ? m_subitems->currentItem()->data(kIdRole).toString()
                                : m_selectSubitem;
    m_selectSubitem.clear();
    m_filling = true;
    m_subitems->clear();
    m_subitemOrder.clear();
    int done = 0;
    const QList<storage::TaskSubitem> subitems = storage::TaskItemRepository(m_document->database()).subitems(m_itemId);
    for (const storage::TaskSubitem &subitem : subitems) {
        auto *item = new QListWidgetItem(subitem.name, m_subitems);
        item->setData(kIdRole, subitem.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable | Qt::ItemIsEditable |
                       Qt::ItemIsDragEnabled);
        item->setCheckState(subitem.completedAt.isValid() ? Qt::Checked : Qt::Unchecked);
        if (subitem.completedAt.isValid()) {
            ++done;
            QFont font = item->font();
            font.setStrikeOut(true);
            item->setFont(font);
        }
        m_subitemOrder << subitem.id;
        if (subitem.id == current)
            m_subitems->setCurrentItem(item);
    }
    m_subitemProgress->setText(subitems.isEmpty() ? tr("No subitems yet.")
                                                  : tr("%1 of %2 done").arg(done).arg(subitems.size()));
    m_filling = false;
}

void TaskItemDialog::fillUpdates()
{
    const QList<storage::TaskUpdate> updates =
        storage::TaskItemRepository(m_document->database()).updates(m_itemId, m_document->userId());
    m_updates->clear();
    bool unread = false;
    for (const storage::TaskUpdate &update : updates) {
        const QString author = update.userName.isEmpty() ? tr("Someone") : update.userName;
        auto *item = new QListWidgetItem(
            tr("%1 - %2").arg(author, localDateTime(update.createdAt)) + u'\n' + update.content, m_updates);
        item->setData(kIdRole, update.id);
        if (!update.readByMe) {
            unread = true;
            QFont font = item->font();
            font.setBold(true);
            item->setFont(font);
            item->setToolTip(tr("New since you last looked"));
        }
    }
    m_tabs->setTabText(1, updates.isEmpty() ? tr("Updates") : tr("Updates (%1)").arg(updates.size()));
    if (unread && isVisible())
        m_document->markRead(m_itemId);
    m_updates->scrollToBottom();
}

void TaskItemDialog::fillFiles()
{
    const storage::TaskItemRepository items(m_document->database());
    m_files->clear();
    for (const storage::TaskFile &file : items.files(m_itemId)) {
        auto *item = new QListWidgetItem(file.fileName, m_files);
        item->setData(kIdRole, file.id);
        item->setData(kIdRole + 1, items.absolutePath(file));
        item->setToolTip(tr("Attached %1\n%2")
                             .arg(localDateTime(file.createdAt), QDir::toNativeSeparators(items.absolutePath(file))));
    }
    m_tabs->setTabText(2, m_files->count() == 0 ? tr("Files") : tr("Files (%1)").arg(m_files->count()));
}

void TaskItemDialog::fillTime()
{
    const storage::TaskItemRepository items(m_document->database());
    m_filling = true;
    m_time->clear();
    for (const storage::TaskTimeEntry &entry : items.timeEntries(m_itemId)) {
        auto *item = new QTreeWidgetItem(m_time);
        item->setData(0, kIdRole, entry.id);
        const bool running = entry.startedAt.isValid() && !entry.endedAt.isValid();
        item->setText(TimeWhen, localDateTime(entry.startedAt.isValid() ? entry.startedAt : entry.createdAt));
        item->setText(TimeMinutes, running ? tr("running") : duration(entry.minutes));
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(TimeBillable, entry.billable ? Qt::Checked : Qt::Unchecked);
        item->setText(TimeNote, entry.description);
    }
    m_filling = false;

    const storage::TaskTimeTotals item = items.itemTotals(m_itemId);
    const storage::TaskTimeTotals board = items.boardTotals(m_boardId);
    m_totals->setText(tr("This task: %1 (billable %2). This board: %3 (billable %4).")
                          .arg(duration(item.minutes), duration(item.billableMinutes), duration(board.minutes),
                               duration(board.billableMinutes)));

    const std::optional<storage::TaskTimeEntry> running = items.runningTimer(m_document->userId());
    const bool here = running && running->itemId == m_itemId;
    m_timerStartedAt = here ? running->startedAt : QDateTime();
    m_timerButton->setText(here ? tr("Stop Timer") : tr("Start Timer"));
    if (here)
        m_tick->start();
    else
        m_tick->stop();
    m_elapsed->setText(running && !here ? tr("Your timer is running on another task.") : QString());
    updateElapsed();
}

void TaskItemDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

bool TaskItemDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_descriptionEdit && event->type() == QEvent::FocusOut)
        commitDescription();
    return QDialog::eventFilter(watched, event);
}

void TaskItemDialog::done(int result)
{
    // Closing must not lose a description that is still being typed.
    commitDescription();
    QDialog::done(result);
}

void TaskItemDialog::commitDescription()
{
    if (!m_filling && isEnabled() && m_descriptionEdit->toPlainText() != m_description) {
        m_description = m_descriptionEdit->toPlainText();
        m_document->setDescription(m_itemId, m_description);
    }
}

void TaskItemDialog::commitDue()
{
    if (m_filling)
        return;
    const QDate due = m_hasDue->isChecked() ? m_due->date() : QDate();
    if (due != m_dueDate) {
        m_dueDate = due;
        m_document->setDueDate(m_itemId, due);
    }
}

void TaskItemDialog::addSubitem()
{
    const QString name = m_newSubitem->text().trimmed();
    if (name.isEmpty())
        return;
    const QString id = m_document->addSubitem(m_itemId, name);
    if (!id.isEmpty()) {
        m_newSubitem->clear();
        m_selectSubitem = id;
        showError({});
    }
}

void TaskItemDialog::subitemChanged(QListWidgetItem *item)
{
    if (m_filling)
        return;
    const QString id = item->data(kIdRole).toString();
    const storage::TaskItemRepository items(m_document->database());
    const std::optional<storage::TaskSubitem> stored = items.subitem(id);
    if (!stored)
        return;
    const bool checked = item->checkState() == Qt::Checked;
    m_selectSubitem = id;
    if (checked != stored->completedAt.isValid())
        m_document->setSubitemCompleted(id, checked);
    else if (item->text().trimmed() != stored->name)
        m_document->renameSubitem(id, item->text());
}

void TaskItemDialog::syncSubitemOrder()
{
    if (m_filling)
        return;
    QStringList shown;
    for (int i = 0; i < m_subitems->count(); ++i)
        shown << m_subitems->item(i)->data(kIdRole).toString();
    if (shown == m_subitemOrder || shown.size() != m_subitemOrder.size())
        return;
    // One item was dragged: the one whose removal makes both orders agree.
    for (const QString &id : std::as_const(m_subitemOrder)) {
        QStringList before = m_subitemOrder;
        QStringList after = shown;
        before.removeOne(id);
        after.removeOne(id);
        if (before == after) {
            m_selectSubitem = id;
            m_document->moveSubitem(id, int(shown.indexOf(id)));
            return;
        }
    }
    reload();
}

void TaskItemDialog::moveCurrentSubitem(int delta)
{
    QListWidgetItem *item = m_subitems->currentItem();
    if (!item)
        return;
    const int to = m_subitems->row(item) + delta;
    if (to < 0 || to >= m_subitems->count())
        return;
    m_selectSubitem = item->data(kIdRole).toString();
    m_document->moveSubitem(m_selectSubitem, to);
}

void TaskItemDialog::postUpdate()
{
    const QString text = m_composer->toPlainText().trimmed();
    if (text.isEmpty())
        return;
    if (!m_document->postUpdate(m_itemId, text).isEmpty()) {
        m_composer->clear();
        showError({});
    }
}

void TaskItemDialog::chooseFiles()
{
    const QStringList paths = QFileDialog::getOpenFileNames(this, tr("Attach Files"));
    attachFiles(paths);
}

void TaskItemDialog::attachFiles(const QStringList &paths)
{
    bool allAttached = true;
    for (const QString &path : paths)
        allAttached = !m_document->attachFile(m_itemId, path).isEmpty() && allAttached;
    if (allAttached && !paths.isEmpty())
        showError({});
    m_tabs->setCurrentIndex(2);
}

void TaskItemDialog::openFile(QListWidgetItem *item)
{
    if (!item)
        return;
    const QString path = item->data(kIdRole + 1).toString();
    if (!QFileInfo::exists(path)) {
        showError(tr("The attached copy is missing: %1").arg(QDir::toNativeSeparators(path)));
        return;
    }
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(path)))
        showError(tr("No application could open \"%1\".").arg(item->text()));
}

void TaskItemDialog::toggleTimer()
{
    const std::optional<storage::TaskTimeEntry> running = m_document->runningTimer();
    if (running && running->itemId == m_itemId)
        m_document->stopTimer();
    else
        m_document->startTimer(m_itemId);
}

void TaskItemDialog::addTime()
{
    if (!m_document->addTimeEntry(m_itemId, m_minutes->value(), m_billable->isChecked(), m_timeNote->text())
             .isEmpty()) {
        m_minutes->setValue(0);
        m_timeNote->clear();
        showError({});
    }
}

void TaskItemDialog::updateElapsed()
{
    if (!m_timerStartedAt.isValid())
        return;
    const qint64 seconds = qMax<qint64>(0, m_timerStartedAt.secsTo(QDateTime::currentDateTimeUtc()));
    m_elapsed->setText(tr("Running for %1")
                           .arg(QStringLiteral("%1:%2:%3")
                                    .arg(seconds / 3600)
                                    .arg((seconds / 60) % 60, 2, 10, QLatin1Char('0'))
                                    .arg(seconds % 60, 2, 10, QLatin1Char('0'))));
}

} // namespace anchor::ui
