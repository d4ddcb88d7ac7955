#include "stagesdialog.h"

#include <storageerror.h>

#include <QCheckBox>
#include <QColorDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace anchor::ui {

namespace {
enum Column { NameColumn, ColorColumn, WonColumn, LostColumn, ColumnCount };
constexpr int kIdRole = Qt::UserRole + 1;
}

StagesDialog::StagesDialog(storage::Database database, QString clientId, const QString &clientName, QWidget *parent)
    : QDialog(parent)
    , m_database(std::move(database))
    , m_clientId(std::move(clientId))
    , m_table(new QTableWidget(0, ColumnCount, this))
{
    setWindowTitle(tr("Pipeline stages of %1").arg(clientName));
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Colour"), tr("Won"), tr("Lost")});
    m_table->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_table->verticalHeader()->setVisible(false);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAccessibleName(tr("Stages"));

    auto *add = new QPushButton(tr("&Add"), this);
    auto *remove = new QPushButton(tr("&Remove"), this);
    auto *up = new QPushButton(tr("Move &Up"), this);
    auto *down = new QPushButton(tr("Move &Down"), this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(add, &QPushButton::clicked, this, [this] {
        addRow({QString(), m_clientId, tr("New stage"), QStringLiteral("#1a73e8"), 0, false, false});
        m_table->setCurrentCell(m_table->rowCount() - 1, NameColumn);
        m_table->editItem(m_table->item(m_table->rowCount() - 1, NameColumn));
    });
    connect(remove, &QPushButton::clicked, this, &StagesDialog::removeRow);
    connect(up, &QPushButton::clicked, this, [this] { moveRow(-1); });
    connect(down, &QPushButton::clicked, this, [this] { moveRow(+1); });
    connect(buttons, &QDialogButtonBox::accepted, this, &StagesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int row, int column) {
        if (column == ColorColumn)
            pickColor(row);
    });

    auto *side = new QVBoxLayout;
    for (QPushButton *button : {add, remove, up, down})
        side->addWidget(button);
    side->addStretch(1);
    auto *body = new QHBoxLayout;
    body->addWidget(m_table, 1);
    body->addLayout(side);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(body);
    layout->addWidget(buttons);
    resize(560, 380);

    try {
        for (const auto &stage : storage::PipelineStageRepository(m_database).forClient(m_clientId))
            addRow(stage);
    } catch (const storage::StorageError &error) {
        QMessageBox::warning(this, windowTitle(), error.message());
    }
}

void StagesDialog::addRow(const storage::PipelineStage &stage)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto *name = new QTableWidgetItem(stage.name);
    name->setData(kIdRole, stage.id);
    m_table->setItem(row, NameColumn, name);
    auto *color = new QTableWidgetItem(stage.color);
    color->setFlags(color->flags() & ~Qt::ItemIsEditable);
    color->setBackground(QColor::fromString(stage.color.isEmpty() ? QStringLiteral("#9aa0a6") : stage.color));
    color->setToolTip(tr("Double-click to choose a colour"));
    m_table->setItem(row, ColorColumn, color);
    for (int column : {int(WonColumn), int(LostColumn)}) {
        auto *check = new QTableWidgetItem;
        check->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        check->setCheckState((column == WonColumn ? stage.isWon : stage.isLost) ? Qt::Checked : Qt::Unchecked);
        m_table->setItem(row, column, check);
    }
}

void StagesDialog::moveRow(int step)
{
    const int row = m_table->currentRow();
    const int target = row + step;
    if (row < 0 || target < 0 || target >= m_table->rowCount())
        return;
    for (int column = 0; column < ColumnCount; ++column) {
        QTableWidgetItem *a = m_table->takeItem(row, column);
        QTableWidgetItem *b = m_table->takeItem(target, column);
        m_table->setItem(row, column, b);
        m_table->setItem(target, column, a);
    }
    m_table->setCurrentCell(target, m_table->currentColumn());
}

void StagesDialog::removeRow()
{
    const int row = m_table->currentRow();
    if (row < 0)
        return;
    const QString id = m_table->item(row, NameColumn)->data(kIdRole).toString();
    if (!id.isEmpty())
        m_removed.append(id);
    m_table->removeRow(row);
}

void StagesDialog::pickColor(int row)
{
    QTableWidgetItem *item = m_table->item(row, ColorColumn);
    const QColor color = QColorDialog::getColor(QColor::fromString(item->text()), this, tr("Stage colour"));
    if (!color.isValid())
        return;
    item->setText(color.name());
    item->setBackground(color);
}

void StagesDialog::accept()
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const bool won = m_table->item(row, WonColumn)->checkState() == Qt::Checked;
        const bool lost = m_table->item(row, LostColumn)->checkState() == Qt::Checked;
        if (m_table->item(row, NameColumn)->text().trimmed().isEmpty() || (won && lost)) {
            QMessageBox::warning(this, windowTitle(),
                                 tr("Row %1: a stage needs a name, and cannot be both won and lost.").arg(row + 1));
            return;
        }
    }
    QList<storage::PipelineStage> ordered;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        QTableWidgetItem *name = m_table->item(row, NameColumn);
        ordered.append({name->data(kIdRole).toString(), m_clientId, name->text().trimmed(),
                        m_table->item(row, ColorColumn)->text(), row,
                        m_table->item(row, WonColumn)->checkState() == Qt::Checked,
                        m_table->item(row, LostColumn)->checkState() == Qt::Checked});
    }
    try {
        const QStringList ids = storage::PipelineStageRepository(m_database).saveAll(m_clientId, ordered, m_removed);
        for (int row = 0; row < m_table->rowCount(); ++row)
            m_table->item(row, NameColumn)->setData(kIdRole, ids.value(row));   // Save again updates, never duplicates
        m_removed.clear();
    } catch (const storage::StorageError &error) {
        QMessageBox::warning(this, windowTitle(), error.message());   // nothing was saved
        return;
    }
    QDialog::accept();
}

} // namespace anchor::ui
