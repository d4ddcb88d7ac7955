#include "statuslabelsdialog.h"

#include <storageerror.h>
#include <taskboardrepository.h>
#include <tasksdocument.h>

#include <QColorDialog>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace anchor::ui {

namespace {
enum Column { NameColumn, ColorColumn, DoneColumn, ColumnCount };
constexpr int kIdRole = Qt::UserRole + 1;
} // namespace

StatusLabelsDialog::StatusLabelsDialog(models::TasksDocument *document, QString boardId, const QString &boardName,
                                       QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_boardId(std::move(boardId))
    , m_scope(new QComboBox(this))
    , m_table(new QTableWidget(0, ColumnCount, this))
{
    setWindowTitle(tr("Status Labels"));
    if (!m_boardId.isEmpty())
        m_scope->addItem(tr("Labels of board \"%1\"").arg(boardName), m_boardId);
    m_scope->addItem(tr("Global labels (boards without their own)"), QString());
    m_scope->setAccessibleName(tr("Which labels"));
    m_table->setHorizontalHeaderLabels({tr("Label"), tr("Colour"), tr("Done")});
    m_table->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_table->verticalHeader()->setVisible(false);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAccessibleName(tr("Status labels"));

    auto *add = new QPushButton(tr("&Add"), this);
    auto *remove = new QPushButton(tr("&Remove"), this);
    auto *up = new QPushButton(tr("Move &Up"), this);
    auto *down = new QPushButton(tr("Move &Down"), this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(add, &QPushButton::clicked, this, [this] {
        addRow({QString(), scopeBoardId(), tr("New label"), QStringLiteral("#1a73e8"), 0, false});
        m_table->setCurrentCell(m_table->rowCount() - 1, NameColumn);
        m_table->editItem(m_table->item(m_table->rowCount() - 1, NameColumn));
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_table->currentRow() >= 0)
            m_table->removeRow(m_table->currentRow());
    });
    connect(up, &QPushButton::clicked, this, [this] { moveRow(-1); });
    connect(down, &QPushButton::clicked, this, [this] { moveRow(+1); });
    connect(buttons, &QDialogButtonBox::accepted, this, &StatusLabelsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int row, int column) {
        if (column == ColorColumn)
            pickColor(row);
    });
    connect(m_scope, &QComboBox::currentIndexChanged, this, &StatusLabelsDialog::loadLabels);

    auto *side = new QVBoxLayout;
    for (QPushButton *button : {add, remove, up, down})
        side->addWidget(button);
    side->addStretch(1);
    auto *body = new QHBoxLayout;
    body->addWidget(m_table, 1);
    body->addLayout(side);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_scope);
    layout->addLayout(body);
    auto *hint = new QLabel(tr("Cards whose label is a done state are never shown as overdue."), this);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    layout->addWidget(buttons);
    resize(520, 380);
    loadLabels();
}

QString StatusLabelsDialog::scopeBoardId() const
{
    return m_scope->currentData().toString();
}

void StatusLabelsDialog::loadLabels()
{
    m_table->setRowCount(0);
    try {
        storage::TaskBoardRepository boards(m_document->database());
        const QString boardId = scopeBoardId();
        // A board without labels of its own starts from the global ones it shows today.
        const QList<storage::TaskStatusLabel> labels = boardId.isEmpty() ? boards.globalLabels() : boards.statusLabels(boardId);
        for (const storage::TaskStatusLabel &label : labels)
            addRow(label);
    } catch (const storage::StorageError &error) {
        QMessageBox::warning(this, windowTitle(), error.message());
    }
}

void StatusLabelsDialog::addRow(const storage::TaskStatusLabel &label)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto *name = new QTableWidgetItem(label.label);
    // Only a label of this very scope keeps its id (a global label copied to a board is new).
    name->setData(kIdRole, label.boardId == scopeBoardId() ? label.id : QString());
    m_table->setItem(row, NameColumn, name);
    auto *color = new QTableWidgetItem(label.color);
    color->setFlags(color->flags() & ~Qt::ItemIsEditable);
    color->setBackground(QColor::fromString(label.color.isEmpty() ? QStringLiteral("#9aa0a6") : label.color));
    color->setToolTip(tr("Double-click to choose a colour"));
    m_table->setItem(row, ColorColumn, color);
    auto *done = new QTableWidgetItem;
    done->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    done->setCheckState(label.isDone ? Qt::Checked : Qt::Unchecked);
    m_table->setItem(row, DoneColumn, done);
}

void StatusLabelsDialog::moveRow(int step)
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

void StatusLabelsDialog::pickColor(int row)
{
    QTableWidgetItem *item = m_table->item(row, ColorColumn);
    const QColor color = QColorDialog::getColor(QColor::fromString(item->text()), this, tr("Label colour"));
    if (!color.isValid())
        return;
    item->setText(color.name());
    item->setBackground(color);
}

QList<storage::TaskStatusLabel> StatusLabelsDialog::labels() const
{
    QList<storage::TaskStatusLabel> result;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QTableWidgetItem *name = m_table->item(row, NameColumn);
        result.append({name->data(kIdRole).toString(), scopeBoardId(), name->text().trimmed(),
                       m_table->item(row, ColorColumn)->text(), row,
                       m_table->item(row, DoneColumn)->checkState() == Qt::Checked});
    }
    return result;
}

void StatusLabelsDialog::accept()
{
    // The document reports a refusal (an empty or repeated label) and writes nothing.
    QString problem;
    const auto connection = connect(m_document, &models::TasksDocument::editFailed, this,
                                    [&problem](const QString &message) { problem = message; });
    const bool saved = m_document->saveLabels(scopeBoardId(), labels());
    disconnect(connection);
    if (!saved) {
        QMessageBox::warning(this, windowTitle(), problem);
        return;
    }
    QDialog::accept();
}

} // namespace anchor::ui
