#pragma once

#include <QDialog>
#include <QHash>

class QTableWidget;

namespace anchor::models {
class TasksDocument;
}

namespace anchor::ui {

// Who belongs to a workspace and as what (task_workspace_memberships): every staff member with
// "Not a member", "Member" or "Admin". The changes are saved when accepted, as one undoable step.
class TaskMembersDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TaskMembersDialog)

public:
    TaskMembersDialog(models::TasksDocument *document, QString workspaceId, const QString &workspaceName,
                      QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    // Sets a person's role in the table ("", "member" or "admin"), as the combo box does.
    void setRole(const QString &userId, const QString &role);
    void accept() override;

private:
    models::TasksDocument *m_document;
    QString m_workspaceId;
    QTableWidget *m_table = nullptr;
    QHash<QString, QString> m_before;   // user id -> role when the dialog opened
};

} // namespace anchor::ui
