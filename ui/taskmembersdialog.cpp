#include "taskmembersdialog.h"

#include <storageerror.h>
#include <taskboardrepository.h>
#include <tasksdocument.h>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMessageBox>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace anchor::ui {

namespace {
constexpr int kUserRole = Qt::UserRole + 1;
}

TaskMembersDialog::TaskMembersDialog(models::TasksDocument *document, QString workspaceId, const QString &workspaceName,
                                     QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_workspaceId(std::move(workspaceId))
    , m_table(new QTableWidget(0, 2, this))
{
    setWindowTitle(tr("Members of %1").arg(workspaceName));
    m_table->setHorizontalHeaderLabels({tr("Person"), tr("Role")});
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->verticalHeader()->setVisible(false);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAccessibleName(tr("Workspace members"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &TaskMembersDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(440, 360);

    try {
        storage::TaskBoardRepository boards(m_document->database());
        for (const storage::WorkspaceMember &member : boards.members(m_workspaceId))
            m_before.insert(member.userId, member.role);
        // Staff first, then members who are not staff (a client user added elsewhere).
        QList<QPair<QString, QString>> people;
        for (const storage::TaskAssignee &person : boards.people())
            people.append({person.userId, person.name});
        for (const storage::WorkspaceMember &member : boards.members(m_workspaceId)) {
            if (std::none_of(people.cbegin(), people.cend(), [&](const auto &p) { return p.first == member.userId; }))
                people.append({member.userId, member.name});
        }
        for (const auto &[userId, name] : std::as_const(people)) {
            const int row = m_table->rowCount();
            m_table->insertRow(row);
            auto *item = new QTableWidgetItem(name);
            item->setData(kUserRole, userId);
            m_table->setItem(row, 0, item);
            auto *role = new QComboBox(m_table);
            role->addItem(tr("Not a member"), QString());
            role->addItem(tr("Member"), QStringLiteral("member"));
            role->addItem(tr("Admin"), QStringLiteral("admin"));
            role->setCurrentIndex(role->findData(m_before.value(userId)));
            role->setAccessibleName(tr("Role of %1").arg(name));
            m_table->setCellWidget(row, 1, role);
        }
    } catch (const storage::StorageError &error) {
        QMessageBox::warning(this, windowTitle(), error.message());
    }
}

void TaskMembersDialog::setRole(const QString &userId, const QString &role)
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, 0)->data(kUserRole).toString() == userId) {
            auto *combo = qobject_cast<QComboBox *>(m_table->cellWidget(row, 1));
            combo->setCurrentIndex(combo->findData(role));
        }
    }
}

void TaskMembersDialog::accept()
{
    QUndoStack *stack = m_document->undoStack();
    bool macro = false;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QString userId = m_table->item(row, 0)->data(kUserRole).toString();
        const QString role = qobject_cast<QComboBox *>(m_table->cellWidget(row, 1))->currentData().toString();
        if (role == m_before.value(userId))
            continue;
        if (!std::exchange(macro, true))
            stack->beginMacro(tr("Change workspace members"));
        m_document->setMember(m_workspaceId, userId, role);
    }
    if (macro)
        stack->endMacro();
    QDialog::accept();
}

} // namespace anchor::ui
