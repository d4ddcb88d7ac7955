#pragma once

#include <segmentrepository.h>

#include <QAbstractTableModel>

namespace anchor::models {

class SegmentDocument;

// The saved segments a client can use (its own and the agency-wide ones), by name, with the
// number of recipients counted when each was last saved. Reloads on the document's signal.
class SegmentListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SegmentListModel)

public:
    enum Column { NameColumn, RecipientsColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, CountRole, AgencyWideRole };

    // clientId empty: every segment.
    SegmentListModel(SegmentDocument *document, QString clientId, QObject *parent = nullptr);

    void reload();
    storage::Segment segment(int row) const { return m_segments.value(row); }
    int rowOf(const QString &segmentId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void loadFailed(const QString &message);

private:
    SegmentDocument *m_document;
    QString m_clientId;
    QList<storage::Segment> m_segments;
};

// The first recipients a filter selects, for the segment editor's preview. Read only.
class SegmentRecipientsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SegmentRecipientsModel)

public:
    enum Column { EmailColumn, NameColumn, KindColumn, ColumnCount };

    explicit SegmentRecipientsModel(QObject *parent = nullptr);

    void setRecipients(const QList<storage::SegmentRecipient> &recipients);
    const QList<storage::SegmentRecipient> &recipients() const { return m_recipients; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<storage::SegmentRecipient> m_recipients;
};

} // namespace anchor::models
