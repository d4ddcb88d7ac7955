#pragma once

#include <leadannotationrepositories.h>
#include <leadtypes.h>

#include <QAbstractListModel>
#include <QWidget>

class QHBoxLayout;
class QLabel;
class QListView;
class QStackedWidget;

namespace anchor::models {
class LeadsDocument;
}

namespace anchor::ui {

class ActionRegistry;

// The leads of one pipeline stage (a board column), newest first, as draggable cards.
class StageColumnModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StageColumnModel)

public:
    static constexpr const char *kMimeType = "application/x-anchor-call-ids";
    enum Role { CallIdRole = Qt::UserRole + 1, CategoryRole, StarsRole };

    StageColumnModel(QString stageId, QObject *parent = nullptr);

    QString stageId() const { return m_stageId; }
    void setRows(const QList<storage::LeadRow> &rows);
    const QList<storage::LeadRow> &rows() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;
    Qt::DropActions supportedDropActions() const override { return Qt::MoveAction; }
    Qt::DropActions supportedDragActions() const override { return Qt::MoveAction; }

Q_SIGNALS:
    void callsDropped(const QStringList &callIds);

private:
    QString m_stageId;
    QList<storage::LeadRow> m_rows;
};

// Pipeline section: the client's stages as kanban columns. Drag a card to another column, or
// press Ctrl+Left / Ctrl+Right, to move the lead; every move is undoable and stored at once.
class PipelinePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PipelinePage)

public:
    static constexpr int kCardsPerColumn = 100;

    PipelinePage(models::LeadsDocument *document, ActionRegistry *actions, QWidget *parent = nullptr);

    void setClient(const QString &clientId, const QString &clientName);
    QList<QListView *> columns() const { return m_views; }
    QList<StageColumnModel *> columnModels() const { return m_models; }
    void reload();

Q_SIGNALS:
    void statusMessage(const QString &message);
    void loaded();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void rebuildColumns();
    void moveSelected(int step);
    void manageStages();
    void dropInto(StageColumnModel *target, const QStringList &callIds);

    models::LeadsDocument *m_document;
    QString m_clientId;
    QString m_clientName;
    QList<storage::PipelineStage> m_stages;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_hint = nullptr;
    QWidget *m_board = nullptr;
    QHBoxLayout *m_columnsLayout = nullptr;
    QList<QListView *> m_views;
    QList<StageColumnModel *> m_models;
    QList<QLabel *> m_headers;
    quint64 m_generation = 0;
    bool m_stale = false;
};

} // namespace anchor::ui
