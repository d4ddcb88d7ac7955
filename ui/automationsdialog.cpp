#include "automationsdialog.h"

#include <clientrepository.h>
#include <storageerror.h>
#include <taskboardrepository.h>

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace anchor::ui {

namespace ta = storage::taskautomation;

namespace {

// A page of a parameter stack: a form with the given rows, or a note that there is nothing to set.
QWidget *formPage(const QList<QPair<QString, QWidget *>> &rows, QWidget *parent)
{
    auto *page = new QWidget(parent);
    auto *form = new QFormLayout(page);
    form->setContentsMargins(0, 0, 0, 0);
    if (rows.isEmpty())
        form->addRow(new QLabel(QCoreApplication::translate("anchor::ui::AutomationEditor", "Nothing to set."), page));
    for (const auto &[label, widget] : rows)
        form->addRow(label, widget);
    return page;
}

void selectData(QComboBox *combo, const QString &value)
{
    const int index = combo->findData(value);
    if (index >= 0)
        combo->setCurrentIndex(index);
}

QString statusText(const QString &status)
{
    if (status == QLatin1String("success"))
        return QCoreApplication::translate("anchor::ui::AutomationsDialog", "Success");
    if (status == QLatin1String("error"))
        return QCoreApplication::translate("anchor::ui::AutomationsDialog", "Error");
    return QCoreApplication::translate("anchor::ui::AutomationsDialog", "Skipped");
}

} // namespace

AutomationsDialog::AutomationsDialog(storage::Database database, const QString &boardId, QWidget *parent)
    : QDialog(parent)
    , m_database(std::move(database))
    , m_boardId(boardId)
    , m_list(new QTreeWidget(this))
    , m_runs(new QTreeWidget(this))
{
    const std::optional<storage::TaskBoard> board = storage::TaskBoardRepository(m_database).board(boardId);
    setWindowTitle(tr("Automations of %1").arg(board ? board->name : tr("the board")));
    resize(820, 560);

    m_list->setHeaderLabels({tr("On"), tr("Name"), tr("Applies to"), tr("Rule")});
    m_list->setRootIsDecorated(false);
    m_list->setAccessibleName(tr("Automations"));
    m_list->header()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_runs->setHeaderLabels({tr("When"), tr("Automation"), tr("Task"), tr("Status"), tr("Error or reason")});
    m_runs->setRootIsDecorated(false);
    m_runs->setAccessibleName(tr("Recent runs"));
    m_runs->header()->setSectionResizeMode(4, QHeaderView::Stretch);

    auto *add = new QPushButton(tr("&Add..."), this);
    m_edit = new QPushButton(tr("&Edit..."), this);
    m_toggle = new QPushButton(tr("&Switch Off"), this);
    m_remove = new QPushButton(tr("&Delete"), this);
    connect(add, &QPushButton::clicked, this, &AutomationsDialog::addAutomation);
    connect(m_edit, &QPushButton::clicked, this, &AutomationsDialog::editAutomation);
    connect(m_toggle, &QPushButton::clicked, this, &AutomationsDialog::toggleActive);
    connect(m_remove, &QPushButton::clicked, this, &AutomationsDialog::removeAutomation);
    connect(m_list, &QTreeWidget::itemDoubleClicked, this, &AutomationsDialog::editAutomation);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &AutomationsDialog::updateButtons);

    auto *buttons = new QHBoxLayout;
    for (QPushButton *button : {add, m_edit, m_toggle, m_remove})
        buttons->addWidget(button);
    buttons->addStretch();
    auto *refresh = new QPushButton(tr("&Refresh Runs"), this);
    connect(refresh, &QPushButton::clicked, this, &AutomationsDialog::reloadRuns);
    buttons->addWidget(refresh);

    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("This board's automations and those that apply to all boards:"), this));
    layout->addWidget(m_list, 3);
    layout->addLayout(buttons);
    layout->addWidget(new QLabel(tr("Recent runs (a trigger never fires an automation twice; loops are stopped):"), this));
    layout->addWidget(m_runs, 2);
    layout->addWidget(close);

    reload();
    reloadRuns();
}

void AutomationsDialog::reload()
{
    const QString selected = current() ? current()->id : QString();
    storage::TaskAutomationRepository repository(m_database);
    try {
        m_automations = repository.boardAutomations(m_boardId) + repository.globalAutomations();
    } catch (const storage::StorageError &error) {
        QMessageBox::warning(this, windowTitle(), error.message());
        m_automations.clear();
    }
    m_list->clear();
    for (const storage::TaskAutomation &automation : std::as_const(m_automations)) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(0, automation.active ? tr("On") : tr("Off"));
        item->setText(1, automation.name);
        item->setText(2, automation.isGlobal() ? tr("All boards") : tr("This board"));
        item->setText(3, repository.describe(automation));
        item->setData(0, Qt::UserRole, automation.id);
        if (!automation.active)
            for (int column = 0; column < 4; ++column)
                item->setForeground(column, palette().brush(QPalette::Disabled, QPalette::Text));
        if (automation.id == selected)
            m_list->setCurrentItem(item);
    }
    if (!m_list->currentItem() && m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    updateButtons();
}

void AutomationsDialog::reloadRuns()
{
    m_runs->clear();
    QList<storage::TaskAutomationRun> runs;
    try {
        runs = storage::TaskAutomationRepository(m_database).recentRuns(m_boardId, 200);
    } catch (const storage::StorageError &error) {
        QMessageBox::warning(this, windowTitle(), error.message());
    }
    for (const storage::TaskAutomationRun &run : std::as_const(runs)) {
        auto *item = new QTreeWidgetItem(m_runs);
        item->setText(0, QLocale().toString(run.ranAt.toLocalTime(), QLocale::ShortFormat));
        item->setText(1, run.automationName.isEmpty() ? tr("(deleted)") : run.automationName);
        item->setText(2, run.itemName);
        item->setText(3, statusText(run.status));
        item->setText(4, run.error);
        item->setToolTip(4, run.error);
        if (run.status == QLatin1String("error"))
            item->setForeground(3, QColor(0xd9, 0x30, 0x25));
    }
}

std::optional<storage::TaskAutomation> AutomationsDialog::current() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    if (!item)
        return std::nullopt;
    const QString id = item->data(0, Qt::UserRole).toString();
    for (const storage::TaskAutomation &automation : m_automations)
        if (automation.id == id)
            return automation;
    return std::nullopt;
}

void AutomationsDialog::updateButtons()
{
    const std::optional<storage::TaskAutomation> automation = current();
    m_edit->setEnabled(automation.has_value());
    m_remove->setEnabled(automation.has_value());
    m_toggle->setEnabled(automation.has_value());
    m_toggle->setText(automation && !automation->active ? tr("&Switch On") : tr("&Switch Off"));
}

void AutomationsDialog::addAutomation()
{
    storage::TaskAutomation automation;
    automation.boardId = m_boardId;
    automation.name = tr("New automation");
    automation.triggerType = ta::StatusChanged;
    automation.actionType = ta::MoveToGroup;
    AutomationEditor editor(m_database, m_boardId, automation, this);
    if (editor.exec() == QDialog::Accepted)
        reload();
}

void AutomationsDialog::editAutomation()
{
    const std::optional<storage::TaskAutomation> automation = current();
    if (!automation)
        return;
    AutomationEditor editor(m_database, m_boardId, *automation, this);
    if (editor.exec() == QDialog::Accepted)
        reload();
}

void AutomationsDialog::toggleActive()
{
    const std::optional<storage::TaskAutomation> automation = current();
    if (!automation)
        return;
    try {
        storage::TaskAutomationRepository(m_database).setActive(automation->id, !automation->active);
    } catch (const storage::StorageError &error) {
        QMessageBox::warning(this, windowTitle(), error.message());
    }
    reload();
}

void AutomationsDialog::removeAutomation()
{
    const std::optional<storage::TaskAutomation> automation = current();
    if (!automation)
        return;
    const QString question = automation->isGlobal()
                                 ? tr("Delete the automation \"%1\"? It applies to all boards. Its past runs stay in the log.")
                                 : tr("Delete the automation \"%1\"? Its past runs stay in the log.");
    if (QMessageBox::question(this, windowTitle(), question.arg(automation->name)) != QMessageBox::Yes)
        return;
    try {
        storage::TaskAutomationRepository(m_database).remove(automation->id);
    } catch (const storage::StorageError &error) {
        QMessageBox::warning(this, windowTitle(), error.message());
    }
    reload();
}

AutomationEditor::AutomationEditor(storage::Database database, const QString &boardId, const storage::TaskAutomation &automation,
                                   QWidget *parent)
    : QDialog(parent)
    , m_database(std::move(database))
    , m_boardId(boardId)
    , m_automation(automation)
{
    setWindowTitle(automation.id.isEmpty() ? tr("New Automation") : tr("Edit Automation"));
    storage::TaskBoardRepository board(m_database);
    QList<storage::TaskStatusLabel> labels;
    QList<storage::TaskGroup> groups;
    QList<storage::TaskAssignee> people;
    try {
        labels = board.statusLabels(boardId);
        groups = board.groups(boardId);
        people = board.people();
    } catch (const storage::StorageError &error) {
        QMessageBox::warning(this, windowTitle(), error.message());
    }
    // Pickers offer this board's statuses, columns and people; a global automation's column is
    // one of this board's (the engine skips boards it does not belong to with a logged error).
    const auto statusCombo = [&] {
        auto *combo = new QComboBox(this);
        combo->setEditable(labels.isEmpty());
        for (const auto &label : std::as_const(labels))
            combo->addItem(label.label, label.label);
        return combo;
    };
    const auto groupCombo = [&] {
        auto *combo = new QComboBox(this);
        for (const auto &group : std::as_const(groups))
            combo->addItem(group.name, group.id);
        return combo;
    };
    const auto userCombo = [&](bool assignees) {
        auto *combo = new QComboBox(this);
        if (assignees)
            combo->addItem(tr("The item's assignees"), QString());
        for (const auto &person : std::as_const(people))
            combo->addItem(person.name, person.userId);
        return combo;
    };

    m_name = new QLineEdit(automation.name, this);
    m_scope = new QComboBox(this);
    m_scope->addItem(tr("This board"), false);
    m_scope->addItem(tr("All boards"), true);
    m_scope->setCurrentIndex(automation.isGlobal() ? 1 : 0);
    m_scope->setEnabled(automation.id.isEmpty());   // a saved automation keeps its scope

    m_trigger = new QComboBox(this);
    m_triggerPage = new QStackedWidget(this);
    m_triggerStatus = statusCombo();
    m_triggerGroup = groupCombo();
    for (const QString &type : storage::TaskAutomationRepository::triggerTypes()) {
        m_trigger->addItem(storage::TaskAutomationRepository::triggerLabel(type), type);
        if (type == ta::StatusChanged)
            m_triggerPage->addWidget(formPage({{tr("To status:"), m_triggerStatus}}, this));
        else if (type == ta::MovedToGroup)
            m_triggerPage->addWidget(formPage({{tr("Into column:"), m_triggerGroup}}, this));
        else
            m_triggerPage->addWidget(formPage({}, this));
    }

    m_action = new QComboBox(this);
    m_actionPage = new QStackedWidget(this);
    m_actionStatus = statusCombo();
    m_actionGroup = groupCombo();
    m_actionUser = userCombo(false);
    m_notifyUser = userCombo(true);
    m_message = new QLineEdit(this);
    m_message->setPlaceholderText(tr("{key} {item} needs you"));
    for (const QString &type : storage::TaskAutomationRepository::actionTypes()) {
        m_action->addItem(storage::TaskAutomationRepository::actionLabel(type), type);
        if (type == ta::SetStatus)
            m_actionPage->addWidget(formPage({{tr("Status:"), m_actionStatus}}, this));
        else if (type == ta::MoveToGroup)
            m_actionPage->addWidget(formPage({{tr("Column:"), m_actionGroup}}, this));
        else if (type == ta::Assign)
            m_actionPage->addWidget(formPage({{tr("User:"), m_actionUser}}, this));
        else if (type == ta::Notify)
            m_actionPage->addWidget(formPage({{tr("Notify:"), m_notifyUser}, {tr("Message:"), m_message}}, this));
        else
            m_actionPage->addWidget(formPage({}, this));
    }
    connect(m_trigger, &QComboBox::currentIndexChanged, m_triggerPage, &QStackedWidget::setCurrentIndex);
    connect(m_action, &QComboBox::currentIndexChanged, m_actionPage, &QStackedWidget::setCurrentIndex);

    // The automation's current values.
    selectData(m_trigger, automation.triggerType);
    selectData(m_action, automation.actionType);
    m_triggerPage->setCurrentIndex(m_trigger->currentIndex());
    m_actionPage->setCurrentIndex(m_action->currentIndex());
    const auto selectStatus = [](QComboBox *combo, const QString &status) {
        const int index = combo->findText(status, Qt::MatchFixedString);
        if (index >= 0)
            combo->setCurrentIndex(index);
        else if (combo->isEditable())
            combo->setEditText(status);
    };
    selectStatus(m_triggerStatus, automation.triggerConfig.value(QStringLiteral("to")).toString());
    selectData(m_triggerGroup, automation.triggerConfig.value(QStringLiteral("group_id")).toString());
    selectStatus(m_actionStatus, automation.actionConfig.value(QStringLiteral("status")).toString());
    selectData(m_actionGroup, automation.actionConfig.value(QStringLiteral("group_id")).toString());
    selectData(m_actionUser, automation.actionConfig.value(QStringLiteral("user_id")).toString());
    selectData(m_notifyUser, automation.actionConfig.value(QStringLiteral("user_id")).toString());
    m_message->setText(automation.actionConfig.value(QStringLiteral("message")).toString());

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("Applies &to:"), m_scope);
    form->addRow(tr("&When:"), m_trigger);
    form->addRow(QString(), m_triggerPage);
    form->addRow(tr("T&hen:"), m_action);
    form->addRow(QString(), m_actionPage);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &AutomationEditor::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("{item} and {key} in a message name the task."), this));
    layout->addWidget(buttons);
}

storage::TaskAutomation AutomationEditor::collect() const
{
    storage::TaskAutomation automation = m_automation;
    automation.name = m_name->text().trimmed();
    if (automation.id.isEmpty())
        automation.boardId = m_scope->currentData().toBool() ? QString() : m_boardId;
    automation.triggerType = m_trigger->currentData().toString();
    automation.triggerConfig = {};
    if (automation.triggerType == ta::StatusChanged)
        automation.triggerConfig.insert(QStringLiteral("to"), m_triggerStatus->currentText().trimmed());
    else if (automation.triggerType == ta::MovedToGroup)
        automation.triggerConfig.insert(QStringLiteral("group_id"), m_triggerGroup->currentData().toString());
    automation.actionType = m_action->currentData().toString();
    automation.actionConfig = {};
    if (automation.actionType == ta::SetStatus) {
        automation.actionConfig.insert(QStringLiteral("status"), m_actionStatus->currentText().trimmed());
    } else if (automation.actionType == ta::MoveToGroup) {
        automation.actionConfig.insert(QStringLiteral("group_id"), m_actionGroup->currentData().toString());
    } else if (automation.actionType == ta::Assign) {
        automation.actionConfig.insert(QStringLiteral("user_id"), m_actionUser->currentData().toString());
    } else if (automation.actionType == ta::Notify) {
        if (!m_notifyUser->currentData().toString().isEmpty())
            automation.actionConfig.insert(QStringLiteral("user_id"), m_notifyUser->currentData().toString());
        automation.actionConfig.insert(QStringLiteral("message"), m_message->text().trimmed());
    }
    return automation;
}

void AutomationEditor::accept()
{
    try {
        const QString author = storage::UserRepository(m_database).ensureLocalUser();
        m_savedId = storage::TaskAutomationRepository(m_database).save(collect(), author);
    } catch (const storage::StorageError &error) {
        QMessageBox::warning(this, windowTitle(), error.message());   // nothing was saved
        return;
    }
    QDialog::accept();
}

} // namespace anchor::ui
