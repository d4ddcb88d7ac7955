#pragma once

#include <journeytypes.h>

#include <QAbstractTableModel>

namespace anchor::models {

class CatalogDocument;

// One client business's services, active and inactive, by name. Reloads whenever the document
// announces a change to this client's services. Read only: edits go through CatalogDocument.
class ServiceListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServiceListModel)

public:
    enum Column { NameColumn, PriceColumn, ActiveColumn, DescriptionColumn, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1,
        PriceCentsRole,   // qlonglong, or null when not priced
        ActiveRole,       // bool
    };

    // Loads the client's services (seeding the presets on first use).
    ServiceListModel(CatalogDocument *document, QString clientId, QObject *parent = nullptr);

    QString clientId() const { return m_clientId; }
    void reload();
    storage::Service service(int row) const { return m_services.value(row); }
    int rowOf(const QString &serviceId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void loadFailed(const QString &message);

private:
    CatalogDocument *m_document;
    QString m_clientId;
    QList<storage::Service> m_services;
};

} // namespace anchor::models
