#include "segmentlistmodel.h"

#include "segmentdocument.h"

#include <storageerror.h>

#include <QLocale>

namespace anchor::models {

SegmentListModel::SegmentListModel(SegmentDocument *document, QString clientId, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
    , m_clientId(std::move(clientId))
{
    connect(m_document, &SegmentDocument::segmentsChanged, this, &SegmentListModel::reload);
    reload();
}

void SegmentListModel::reload()
{
    QList<storage::Segment> segments;
    QString failure;
    try {
        segments = storage::SegmentRepository(m_document->database()).list(m_clientId);
    } catch (const storage::StorageError &error) {
        failure = error.message();
    }
    beginResetModel();
    m_segments = std::move(segments);
    endResetModel();
    if (!failure.isEmpty())
        Q_EMIT loadFailed(failure);
}

int SegmentListModel::rowOf(const QString &segmentId) const
{
    for (qsizetype row = 0; row < m_segments.size(); ++row) {
        if (m_segments.at(row).id == segmentId)
            return int(row);
    }
    return -1;
}

int SegmentListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_segments.size());
}

int SegmentListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SegmentListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const storage::Segment &segment = m_segments.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == NameColumn ? QVariant(segment.name) : QVariant(QLocale().toString(segment.customerCount));
    case Qt::TextAlignmentRole:
        return index.column() == RecipientsColumn ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    case Qt::ToolTipRole:
        return segment.description.isEmpty() ? QVariant() : QVariant(segment.description);
    case IdRole:
        return segment.id;
    case CountRole:
        return segment.customerCount;
    case AgencyWideRole:
        return segment.clientId.isEmpty();
    default:
        return {};
    }
}

QVariant SegmentListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    return section == NameColumn ? tr("Segment") : tr("Recipients");
}

SegmentRecipientsModel::SegmentRecipientsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void SegmentRecipientsModel::setRecipients(const QList<storage::SegmentRecipient> &recipients)
{
    beginResetModel();
    m_recipients = recipients;
    endResetModel();
}

int SegmentRecipientsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_recipients.size());
}

int SegmentRecipientsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SegmentRecipientsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || role != Qt::DisplayRole)
        return {};
    const storage::SegmentRecipient &recipient = m_recipients.at(index.row());
    switch (index.column()) {
    case EmailColumn:
        return recipient.email;
    case NameColumn:
        return recipient.name;
    case KindColumn:
        return recipient.customerId.isEmpty() ? tr("Lead") : tr("Active client");
    default:
        return {};
    }
}

QVariant SegmentRecipientsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case EmailColumn:
        return tr("Email");
    case NameColumn:
        return tr("Name");
    case KindColumn:
        return tr("From");
    default:
        return {};
    }
}

} // namespace anchor::models
