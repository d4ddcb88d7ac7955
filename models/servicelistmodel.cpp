#include "servicelistmodel.h"

#include "catalogdocument.h"
#include "money.h"

#include <servicerepository.h>
#include <storageerror.h>

#include <QGuiApplication>
#include <QPalette>

namespace anchor::models {

ServiceListModel::ServiceListModel(CatalogDocument *document, QString clientId, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
    , m_clientId(std::move(clientId))
{
    connect(m_document, &CatalogDocument::servicesChanged, this, [this](const QString &changedClient) {
        if (changedClient == m_clientId)
            reload();
    });
    reload();
}

void ServiceListModel::reload()
{
    QList<storage::Service> services;
    QString failure;
    try {
        services = storage::ServiceRepository(m_document->database()).forClient(m_clientId);
    } catch (const storage::StorageError &error) {
        failure = error.message();
    }
    beginResetModel();
    m_services = std::move(services);
    endResetModel();
    if (!failure.isEmpty())
        Q_EMIT loadFailed(failure);
}

int ServiceListModel::rowOf(const QString &serviceId) const
{
    for (qsizetype row = 0; row < m_services.size(); ++row) {
        if (m_services.at(row).id == serviceId)
            return int(row);
    }
    return -1;
}

int ServiceListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_services.size());
}

int ServiceListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ServiceListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const storage::Service &service = m_services.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (index.column()) {
        case NameColumn:
            return service.name;
        case PriceColumn:
            return service.basePriceCents ? formatMoney(*service.basePriceCents) : QString();
        case ActiveColumn:
            return service.active ? tr("Active") : tr("Inactive");
        case DescriptionColumn:
            return service.description;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == PriceColumn && !service.basePriceCents)
            return tr("Not priced");
        if (index.column() == DescriptionColumn || index.column() == NameColumn)
            return service.description.isEmpty() ? QVariant() : QVariant(service.description);
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == PriceColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::ForegroundRole:
        if (!service.active)
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        break;
    case IdRole:
        return service.id;
    case PriceCentsRole:
        return service.basePriceCents ? QVariant(qlonglong(*service.basePriceCents)) : QVariant();
    case ActiveRole:
        return service.active;
    default:
        break;
    }
    return {};
}

QVariant ServiceListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Service");
    case PriceColumn:
        return tr("Base price");
    case ActiveColumn:
        return tr("Status");
    case DescriptionColumn:
        return tr("Description");
    }
    return {};
}

} // namespace anchor::models
