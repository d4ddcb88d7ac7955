#pragma once

#include <database.h>
#include <taskautomationrepository.h>

#include <QDialog>

class QComboBox;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTreeWidget;

namespace anchor::ui {

// A board's automations and the global ones: add, edit, switch on and off, delete, and the
// recent runs with their status and error. Every change is saved at once (a setting, not an
// undoable edit of the board).
class AutomationsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AutomationsDialog)

public:
    AutomationsDialog(storage::Database database, const QString &boardId, QWidget *parent = nullptr);

    QTreeWidget *automationList() const { return m_list; }
    QTreeWidget *runList() const { return m_runs; }

private:
    void reload();
    void reloadRuns();
    std::optional<storage::TaskAutomation> current() const;
    void addAutomation();
    void editAutomation();
    void toggleActive();
    void removeAutomation();
    void updateButtons();

    storage::Database m_database;
    QString m_boardId;
    QList<storage::TaskAutomation> m_automations;
    QTreeWidget *m_list = nullptr;
    QTreeWidget *m_runs = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_toggle = nullptr;
    QPushButton *m_remove = nullptr;
};

// Edits one automation: its name, scope (new ones only), trigger and action with their parameters.
class AutomationEditor final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AutomationEditor)

public:
    AutomationEditor(storage::Database database, const QString &boardId, const storage::TaskAutomation &automation,
                     QWidget *parent = nullptr);

    // Saves through the repository; a refusal is shown and the editor stays open.
    void accept() override;
    QString savedId() const { return m_savedId; }

private:
    storage::TaskAutomation collect() const;

    storage::Database m_database;
    QString m_boardId;
    storage::TaskAutomation m_automation;
    QString m_savedId;
    QLineEdit *m_name = nullptr;
    QComboBox *m_scope = nullptr;
    QComboBox *m_trigger = nullptr;
    QStackedWidget *m_triggerPage = nullptr;   // a page per trigger type, in triggerTypes() order
    QComboBox *m_triggerStatus = nullptr;
    QComboBox *m_triggerGroup = nullptr;
    QComboBox *m_action = nullptr;
    QStackedWidget *m_actionPage = nullptr;    // a page per action type, in actionTypes() order
    QComboBox *m_actionStatus = nullptr;
    QComboBox *m_actionGroup = nullptr;
    QComboBox *m_actionUser = nullptr;
    QComboBox *m_notifyUser = nullptr;
    QLineEdit *m_message = nullptr;
};

} // namespace anchor::ui
