#pragma once

#include <campaignrepository.h>
#include <database.h>

#include <QAbstractTableModel>
#include <QList>

namespace anchor::models {

// A campaign's recipients and where each one's message is (queued, sent, delivered, opened,
// bounced, ...), filtered by status in SQL. A campaign can have 100,000 recipients: pages are
// read off the GUI thread as the view scrolls (canFetchMore/fetchMore), the total is counted in
// the background, and a generation counter drops pages that arrive after the filter changed.
class CampaignRecipientsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CampaignRecipientsModel)

public:
    enum Column { Email, Name, Status, SentAt, UpdatedAt, Error, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        RecipientIdRole = Qt::UserRole + 1,
        StatusRole,
    };
    Q_ENUM(Role)

    explicit CampaignRecipientsModel(storage::Database database, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    // Empty campaignId: nothing. Empty statuses: every recipient.
    void setCampaign(const QString &campaignId, const QStringList &statuses = {});
    void setStatuses(const QStringList &statuses);
    QString campaignId() const { return m_campaignId; }
    void setPageSize(int rows) { m_pageSize = qMax(1, rows); }
    bool isLoading() const { return m_loading; }
    // Every match, once counted (-1 before).
    int totalCount() const { return m_total; }
    const storage::CampaignRecipientRow *rowAt(int row) const;
    void reload();

    // "Pending", "Delivered", ... for a campaign_recipients.status value.
    static QString statusLabel(const QString &status);
    static const QStringList &statuses();

Q_SIGNALS:
    void pageLoaded(int firstRow, int rowCount);
    void countReady(int count);
    void loadFailed(const QString &message);

private:
    void requestPage(int offset);
    void requestCount();

    storage::Database m_database;
    QString m_campaignId;
    QStringList m_statuses;
    QList<storage::CampaignRecipientRow> m_rows;
    quint64 m_generation = 0;
    int m_pageSize = 500;
    int m_total = -1;
    bool m_loading = false;
    bool m_atEnd = true;
};

} // namespace anchor::models
