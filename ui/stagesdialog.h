#pragma once

#include <database.h>
#include <leadannotationrepositories.h>

#include <QDialog>

class QTableWidget;

namespace anchor::ui {

// Manage one client's pipeline stages: name, colour, order, won/lost. Changes are saved together,
// in one transaction, when the dialog is accepted.
class StagesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StagesDialog)

public:
    StagesDialog(storage::Database database, QString clientId, const QString &clientName, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    void accept() override;

private:
    void addRow(const storage::PipelineStage &stage);
    void moveRow(int step);
    void removeRow();
    void pickColor(int row);

    storage::Database m_database;
    QString m_clientId;
    QTableWidget *m_table = nullptr;
    QStringList m_removed;
};

} // namespace anchor::ui
