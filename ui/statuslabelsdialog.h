#pragma once

#include <tasktypes.h>

#include <QDialog>

class QComboBox;
class QTableWidget;

namespace anchor::models {
class TasksDocument;
}

namespace anchor::ui {

// Manage status labels: a board's own (task_board_status_labels) or the global ones that boards
// without their own use (task_global_status_labels). Name, colour, order and whether the label
// means done. Saved together when accepted, as one undoable step.
class StatusLabelsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatusLabelsDialog)

public:
    // boardId empty: only the global labels can be chosen.
    StatusLabelsDialog(models::TasksDocument *document, QString boardId, const QString &boardName, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    QComboBox *scope() const { return m_scope; }
    QList<storage::TaskStatusLabel> labels() const;
    void accept() override;

private:
    QString scopeBoardId() const;
    void loadLabels();
    void addRow(const storage::TaskStatusLabel &label);
    void moveRow(int step);
    void pickColor(int row);

    models::TasksDocument *m_document;
    QString m_boardId;
    QComboBox *m_scope = nullptr;
    QTableWidget *m_table = nullptr;
};

} // namespace anchor::ui
