#include "templatestepsmodel.h"

#include <QDataStream>
#include <QIODevice>
#include <QMimeData>

namespace anchor::models {

TemplateStepsModel::TemplateStepsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void TemplateStepsModel::setSteps(const QList<storage::TemplateStep> &steps)
{
    beginResetModel();
    m_steps = steps;
    endResetModel();
}

QString TemplateStepsModel::channelLabel(const QString &channel)
{
    if (channel == QLatin1String("call"))
        return tr("Call");
    if (channel == QLatin1String("sms"))
        return tr("SMS");
    if (channel == QLatin1String("email"))
        return tr("Email");
    if (channel == QLatin1String("meeting"))
        return tr("Meeting");
    if (channel == QLatin1String("task"))
        return tr("Task");
    return channel;
}

QString TemplateStepsModel::mimeType()
{
    return QStringLiteral("application/x-anchor-template-step-rows");
}

int TemplateStepsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_steps.size());
}

int TemplateStepsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TemplateStepsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const storage::TemplateStep &step = m_steps.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        switch (index.column()) {
        case LabelColumn:
            return step.label;
        case ChannelColumn:
            return role == Qt::DisplayRole ? channelLabel(step.channel) : step.channel;
        case WeeksColumn:
            return step.offsetWeeks;
        case DaysColumn:
            return step.offsetDays;
        case MessageColumn:
            // One line in the table; the editor below it shows the whole message.
            return role == Qt::DisplayRole ? QString(step.message).replace(u'\n', u' ') : step.message;
        }
    } else if (role == Qt::ToolTipRole && index.column() == MessageColumn && !step.message.isEmpty()) {
        return step.message;
    } else if (role == Qt::TextAlignmentRole && (index.column() == WeeksColumn || index.column() == DaysColumn)) {
        return int(Qt::AlignRight | Qt::AlignVCenter);
    }
    return {};
}

bool TemplateStepsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    storage::TemplateStep step = m_steps.at(index.row());
    switch (index.column()) {
    case LabelColumn:
        step.label = value.toString();
        break;
    case ChannelColumn:
        if (!storage::journeyChannels().contains(value.toString()))
            return false;
        step.channel = value.toString();
        break;
    case WeeksColumn:
    case DaysColumn: {
        // Any whole number: the repository says what is out of range when the template is saved.
        bool ok = false;
        const int number = value.toInt(&ok);
        if (!ok)
            return false;
        (index.column() == WeeksColumn ? step.offsetWeeks : step.offsetDays) = number;
        break;
    }
    case MessageColumn:
        step.message = value.toString();
        break;
    default:
        return false;
    }
    if (step == m_steps.at(index.row()))
        return true;
    m_steps[index.row()] = step;
    Q_EMIT dataChanged(index, index, {Qt::DisplayRole, Qt::EditRole});
    Q_EMIT stepsEdited();
    return true;
}

QVariant TemplateStepsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (orientation == Qt::Vertical)
        return section + 1;
    switch (section) {
    case LabelColumn:
        return tr("Step");
    case ChannelColumn:
        return tr("Channel");
    case WeeksColumn:
        return tr("Weeks");
    case DaysColumn:
        return tr("Days");
    case MessageColumn:
        return tr("Message");
    }
    return {};
}

Qt::ItemFlags TemplateStepsModel::flags(const QModelIndex &index) const
{
    // Drops land between rows (the root accepts them), never on a step.
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsEditable | Qt::ItemIsDragEnabled
        | Qt::ItemNeverHasChildren;
}

bool TemplateStepsModel::insertRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || row > rowCount() || count < 1)
        return false;
    beginInsertRows(parent, row, row + count - 1);
    for (int i = 0; i < count; ++i)
        m_steps.insert(row, storage::TemplateStep{tr("New step"), QStringLiteral("call"), {}, 0, 0});
    endInsertRows();
    Q_EMIT stepsEdited();
    return true;
}

bool TemplateStepsModel::removeRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || count < 1 || row + count > rowCount())
        return false;
    beginRemoveRows(parent, row, row + count - 1);
    m_steps.remove(row, count);
    endRemoveRows();
    Q_EMIT stepsEdited();
    return true;
}

bool TemplateStepsModel::moveRows(const QModelIndex &sourceParent, int sourceRow, int count,
                                  const QModelIndex &destinationParent, int destinationChild)
{
    if (sourceParent.isValid() || destinationParent.isValid() || count < 1 || sourceRow < 0
        || sourceRow + count > rowCount() || destinationChild < 0 || destinationChild > rowCount())
        return false;
    // Moving a block onto itself or just after itself changes nothing (and Qt refuses it).
    if (destinationChild >= sourceRow && destinationChild <= sourceRow + count)
        return false;
    if (!beginMoveRows(sourceParent, sourceRow, sourceRow + count - 1, destinationParent, destinationChild))
        return false;
    const QList<storage::TemplateStep> moving = m_steps.mid(sourceRow, count);
    m_steps.remove(sourceRow, count);
    const int insertAt = destinationChild > sourceRow ? destinationChild - count : destinationChild;
    for (int i = 0; i < count; ++i)
        m_steps.insert(insertAt + i, moving.at(i));
    endMoveRows();
    Q_EMIT stepsEdited();
    return true;
}

bool TemplateStepsModel::moveStep(int from, int to)
{
    if (from == to || to < 0 || to >= rowCount())
        return false;
    return moveRows({}, from, 1, {}, to > from ? to + 1 : to);
}

QStringList TemplateStepsModel::mimeTypes() const
{
    return {mimeType()};
}

QMimeData *TemplateStepsModel::mimeData(const QModelIndexList &indexes) const
{
    QList<int> rows;
    for (const QModelIndex &index : indexes) {
        if (index.isValid() && index.model() == this && !rows.contains(index.row()))
            rows.append(index.row());
    }
    if (rows.isEmpty())
        return nullptr;
    std::sort(rows.begin(), rows.end());
    QByteArray encoded;
    QDataStream stream(&encoded, QIODevice::WriteOnly);
    // The model's address keeps rows of another editor's model from being taken for ours.
    stream << quint64(quintptr(this)) << rows;
    auto *data = new QMimeData;
    data->setData(mimeType(), encoded);
    return data;
}

QList<int> TemplateStepsModel::decodeRows(const QMimeData *data) const
{
    if (!data || !data->hasFormat(mimeType()))
        return {};
    QDataStream stream(data->data(mimeType()));
    quint64 source = 0;
    QList<int> rows;
    stream >> source >> rows;
    if (stream.status() != QDataStream::Ok || source != quint64(quintptr(this)) || rows.isEmpty())
        return {};
    for (int row : std::as_const(rows)) {
        if (row < 0 || row >= rowCount())
            return {};
    }
    // One contiguous block (the view selects single rows; a block keeps moveRows simple).
    for (qsizetype i = 1; i < rows.size(); ++i) {
        if (rows.at(i) != rows.at(i - 1) + 1)
            return {};
    }
    return rows;
}

bool TemplateStepsModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                         const QModelIndex &parent) const
{
    Q_UNUSED(row)
    Q_UNUSED(column)
    Q_UNUSED(parent)
    return action == Qt::MoveAction && !decodeRows(data).isEmpty();
}

bool TemplateStepsModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                      const QModelIndex &parent)
{
    Q_UNUSED(column)
    if (action == Qt::IgnoreAction)
        return true;
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    const QList<int> rows = decodeRows(data);
    int destination = row;
    if (destination < 0)   // on a step: take its place; on the empty area: to the end
        destination = parent.isValid() ? (parent.row() > rows.constFirst() ? parent.row() + 1 : parent.row()) : rowCount();
    moveRows({}, rows.constFirst(), int(rows.size()), {}, destination);
    // The rows are already where they belong. Answering false tells the view the drop did not
    // copy anything, so it does not delete the "moved" source rows the way it does after a
    // move between two models.
    return false;
}

} // namespace anchor::models
