#pragma once

#include <tasktypes.h>

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTimer;
class QTreeWidget;
class QTreeWidgetItem;

namespace anchor::models {
class TaskItemDocument;
}

namespace anchor::ui {

class MentionEdit;

// One task item in full, in a window of its own (non-modal, so the board stays usable): name,
// description, status, due date, priority, assignees, flags, the lead it came from, and tabs
// for subitems, the update thread, files and time. Every change goes through the
// TaskItemDocument (one undoable step each) and the dialog reloads whenever the item changes.
// Opening it marks the item's updates read for the current user.
class TaskItemDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TaskItemDialog)

public:
    TaskItemDialog(models::TaskItemDocument *document, const QString &itemId, QWidget *parent = nullptr);

    QString itemId() const { return m_itemId; }
    void reload();

    // The ways in that do not need a native file dialog (tests, drag and drop).
    void attachFiles(const QStringList &paths);
    void postUpdate();
    void addSubitem();

    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *statusBox() const { return m_status; }
    QListWidget *assigneesView() const { return m_assignees; }
    QLineEdit *newSubitemEdit() const { return m_newSubitem; }
    QListWidget *subitemsView() const { return m_subitems; }
    MentionEdit *composer() const { return m_composer; }
    QListWidget *updatesView() const { return m_updates; }
    QListWidget *filesView() const { return m_files; }
    QTreeWidget *timeView() const { return m_time; }
    QPushButton *timerButton() const { return m_timerButton; }
    QSpinBox *minutesBox() const { return m_minutes; }
    QCheckBox *billableBox() const { return m_billable; }
    QLabel *totalsLabel() const { return m_totals; }
    QLabel *errorLabel() const { return m_error; }
    QTabWidget *tabs() const { return m_tabs; }

Q_SIGNALS:
    void openCallRequested(const QString &callId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void done(int result) override;

private:
    QWidget *buildDetails();
    QWidget *buildSubitems();
    QWidget *buildUpdates();
    QWidget *buildFiles();
    QWidget *buildTime();
    void fillDetails(const storage::TaskItemDetail &detail);
    void fillSubitems();
    void fillUpdates();
    void fillFiles();
    void fillTime();
    void showError(const QString &message);

    void commitDescription();
    void commitDue();
    void subitemChanged(QListWidgetItem *item);
    void syncSubitemOrder();
    void moveCurrentSubitem(int delta);
    void chooseFiles();
    void openFile(QListWidgetItem *item);
    void toggleTimer();
    void addTime();
    void updateElapsed();

    models::TaskItemDocument *m_document;
    QString m_itemId;
    QString m_boardId;
    QString m_description;
    QDate m_dueDate;
    QStringList m_subitemOrder;
    QString m_selectSubitem;
    bool m_filling = false;

    QLabel *m_key = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_status = nullptr;
    QCheckBox *m_hasDue = nullptr;
    QDateEdit *m_due = nullptr;
    QComboBox *m_priority = nullptr;
    QCheckBox *m_voicemail = nullptr;
    QCheckBox *m_attention = nullptr;
    QLabel *m_lead = nullptr;
    QListWidget *m_assignees = nullptr;
    QPlainTextEdit *m_descriptionEdit = nullptr;
    QTabWidget *m_tabs = nullptr;

    QLineEdit *m_newSubitem = nullptr;
    QListWidget *m_subitems = nullptr;
    QLabel *m_subitemProgress = nullptr;

    QListWidget *m_updates = nullptr;
    MentionEdit *m_composer = nullptr;

    QListWidget *m_files = nullptr;

    QPushButton *m_timerButton = nullptr;
    QLabel *m_elapsed = nullptr;
    QTimer *m_tick = nullptr;
    QDateTime m_timerStartedAt;
    QSpinBox *m_minutes = nullptr;
    QCheckBox *m_billable = nullptr;
    QLineEdit *m_timeNote = nullptr;
    QTreeWidget *m_time = nullptr;
    QLabel *m_totals = nullptr;

    QLabel *m_error = nullptr;
};

} // namespace anchor::ui
