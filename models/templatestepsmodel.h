#pragma once

#include <journeytypes.h>

#include <QAbstractTableModel>

namespace anchor::models {

// The steps of the journey template being edited: a working copy, written to the database only
// when the editor saves it (CatalogDocument::saveTemplate). Every column is editable; steps are
// added, removed and reordered with insertRows, removeRows and moveRows, and by dragging within
// the view (the rows travel as their numbers in a private MIME type).
class TemplateStepsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TemplateStepsModel)

public:
    enum Column { LabelColumn, ChannelColumn, WeeksColumn, DaysColumn, MessageColumn, ColumnCount };
    // EditRole of ChannelColumn is the channel key (call, sms, ...); DisplayRole its label.

    explicit TemplateStepsModel(QObject *parent = nullptr);

    // Replaces the steps without counting as an edit.
    void setSteps(const QList<storage::TemplateStep> &steps);
    QList<storage::TemplateStep> steps() const { return m_steps; }
    // Moves one step so it ends up at row `to`.
    bool moveStep(int from, int to);

    static QString channelLabel(const QString &channel);
    static QString mimeType();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    bool insertRows(int row, int count, const QModelIndex &parent = {}) override;
    bool removeRows(int row, int count, const QModelIndex &parent = {}) override;
    bool moveRows(const QModelIndex &sourceParent, int sourceRow, int count, const QModelIndex &destinationParent,
                  int destinationChild) override;

    Qt::DropActions supportedDragActions() const override { return Qt::MoveAction; }
    Qt::DropActions supportedDropActions() const override { return Qt::MoveAction; }
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

Q_SIGNALS:
    // The user changed the steps (not emitted by setSteps).
    void stepsEdited();

private:
    QList<int> decodeRows(const QMimeData *data) const;

    QList<storage::TemplateStep> m_steps;
};

} // namespace anchor::models
