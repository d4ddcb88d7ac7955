#include "pipelinepage.h"

#include "actionregistry.h"
#include "leaddelegates.h"
#include "stagesdialog.h"

#include <callrepository.h>
#include <leadformat.h>
#include <leadsdocument.h>
#include <storageerror.h>

#include <QAction>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QMimeData>
#include <QPainter>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QStyledItemDelegate>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace anchor::ui {

namespace {


// A card: caller, category badge, stars and date.
class CardDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        const QRect card = option.rect.adjusted(4, 3, -4, -3);
        const bool selected = option.state & QStyle::State_Selected;
        painter->setPen(QPen(selected ? option.palette.color(QPalette::Highlight) : option.palette.color(QPalette::Mid),
                             selected ? 2 : 1));
        painter->setBrush(option.palette.color(QPalette::Base));
        painter->drawRoundedRect(card, 6, 6);

        const QRect inner = card.adjusted(8, 6, -8, -6);
        QFont bold = option.font;
        bold.setBold(true);
        painter->setFont(bold);
        painter->setPen(option.palette.color(QPalette::Text));
        const int line = option.fontMetrics.height();
        painter->drawText(QRect(inner.left(), inner.top(), inner.width(), line), Qt::AlignLeft | Qt::AlignVCenter,
                          option.fontMetrics.elidedText(index.data().toString(), Qt::ElideRight, inner.width()));
        painter->setFont(option.font);
        const QString category = index.data(StageColumnModel::CategoryRole).toString();
        const QColor fill = QColor::fromString(storage::LeadVocabulary::categoryColor(category));
        const QString label = storage::LeadVocabulary::categoryLabel(category);
        const int chipWidth = option.fontMetrics.horizontalAdvance(label) + 12;
        paintChip(painter, QRect(inner.left(), inner.top() + line + 4, chipWidth, line + 2), label, fill, readableTextOn(fill));
        StarsDelegate::paintStars(painter, QRect(inner.left() + chipWidth + 8, inner.top() + line + 5, line, line),
                                  index.data(StageColumnModel::StarsRole).toInt(), option.palette);
        painter->setPen(option.palette.color(QPalette::PlaceholderText));
        painter->drawText(QRect(inner.left(), inner.top() + 2 * line + 10, inner.width(), line), Qt::AlignLeft,
                          index.data(Qt::ToolTipRole).toString());
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const override
    {
        return {220, 3 * option.fontMetrics.height() + 28};
    }
};

} // namespace

// ---- column model ------------------------------------------------------------------------------

StageColumnModel::StageColumnModel(QString stageId, QObject *parent)
    : QAbstractListModel(parent)
    , m_stageId(std::move(stageId))
{
}

void StageColumnModel::setRows(const QList<storage::LeadRow> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int StageColumnModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant StageColumnModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const storage::LeadRow &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole: return models::LeadFormat::callerName(row);
    case Qt::ToolTipRole: return QString(row.fromNumber + QStringLiteral("  \u00b7  ") + models::LeadFormat::localDateTime(row.startedAt));
    case CallIdRole: return row.callId;
    case CategoryRole: return row.category;
    case StarsRole: return row.stars;
    default: return {};
    }
}

Qt::ItemFlags StageColumnModel::flags(const QModelIndex &index) const
{
    const Qt::ItemFlags base = QAbstractListModel::flags(index) | Qt::ItemIsDropEnabled;
    return index.isValid() ? base | Qt::ItemIsDragEnabled : base;
}

QStringList StageColumnModel::mimeTypes() const
{
    return {QString::fromLatin1(kMimeType)};
}

QMimeData *StageColumnModel::mimeData(const QModelIndexList &indexes) const
{
    QStringList ids;
    for (const QModelIndex &index : indexes)
        ids.append(index.data(CallIdRole).toString());
    auto *mime = new QMimeData;
    mime->setData(QString::fromLatin1(kMimeType), ids.join(u'\n').toUtf8());
    return mime;
}

bool StageColumnModel::canDropMimeData(const QMimeData *data, Qt::DropAction, int, int, const QModelIndex &) const
{
    return data->hasFormat(QString::fromLatin1(kMimeType));
}

bool StageColumnModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                    const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    const QStringList ids = QString::fromUtf8(data->data(QString::fromLatin1(kMimeType))).split(u'\n', Qt::SkipEmptyParts);
    QStringList moving;
    for (const QString &id : ids) {
        bool here = false;
        for (const auto &r : m_rows)
            here = here || r.callId == id;
        if (!here)
            moving.append(id);
    }
    if (!moving.isEmpty())
        Q_EMIT callsDropped(moving);
    // The move happens in the database; the board reloads from it. Returning false keeps the
    // source view from removing rows itself.
    return false;
}

// ---- page ------------------------------------------------------------------------------------------

PipelinePage::PipelinePage(models::LeadsDocument *document, ActionRegistry *actions, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_stack(new QStackedWidget(this))
    , m_hint(new QLabel(this))
    , m_board(new QWidget(this))
{
    m_hint->setAlignment(Qt::AlignCenter);
    m_hint->setWordWrap(true);
    m_hint->setText(tr("Choose a client in the toolbar to see its pipeline."));

    auto *manage = new QPushButton(tr("Manage Stages..."), m_board);
    auto *boardLayout = new QVBoxLayout(m_board);
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Drag a lead to another stage, or press Ctrl+Left / Ctrl+Right."), m_board), 1);
    top->addWidget(manage);
    boardLayout->addLayout(top);
    auto *scroll = new QScrollArea(m_board);
    scroll->setWidgetResizable(true);
    auto *columns = new QWidget(scroll);
    m_columnsLayout = new QHBoxLayout(columns);
    m_columnsLayout->setSpacing(10);
    scroll->setWidget(columns);
    boardLayout->addWidget(scroll, 1);

    m_stack->addWidget(m_hint);
    m_stack->addWidget(m_board);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    const QString group = tr("Pipeline");   // the group in the palette and the shortcuts list
    QAction *manageAction = actions->add(QStringLiteral("pipeline.stages"), tr("Manage &Pipeline Stages..."), group,
                                         {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P)});
    connect(manageAction, &QAction::triggered, this, &PipelinePage::manageStages);
    connect(manage, &QPushButton::clicked, manageAction, &QAction::trigger);
    QAction *right = actions->add(QStringLiteral("pipeline.move.right"), tr("Move Card to Next Stage"), group,
                                  {QKeySequence(Qt::CTRL | Qt::Key_Right)});
    QAction *left = actions->add(QStringLiteral("pipeline.move.left"), tr("Move Card to Previous Stage"), group,
                                 {QKeySequence(Qt::CTRL | Qt::Key_Left)});
    for (QAction *action : {right, left}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
    }
    connect(right, &QAction::triggered, this, [this] { moveSelected(+1); });
    connect(left, &QAction::triggered, this, [this] { moveSelected(-1); });

    connect(m_document, &models::LeadsDocument::leadsChanged, this, [this] {
        if (m_clientId.isEmpty())
            return;
        if (isVisible())
            reload();
        else
            m_stale = true;   // edited in the leads list: catch up when the board is shown
    });
}

void PipelinePage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (std::exchange(m_stale, false) && !m_clientId.isEmpty())
        reload();
}

void PipelinePage::setClient(const QString &clientId, const QString &clientName)
{
    m_clientId = clientId;
    m_clientName = clientName;
    m_stack->setCurrentWidget(clientId.isEmpty() ? static_cast<QWidget *>(m_hint) : m_board);
    if (!clientId.isEmpty())
        rebuildColumns();
}

void PipelinePage::rebuildColumns()
{
    while (QLayoutItem *item = m_columnsLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_views.clear();
    m_models.clear();
    m_headers.clear();
    try {
        m_stages = storage::PipelineStageRepository(m_document->database()).forClient(m_clientId);
    } catch (const storage::StorageError &error) {
        Q_EMIT statusMessage(error.message());
        m_stages.clear();
    }

    QList<storage::PipelineStage> columns{{QString(), m_clientId, tr("No stage"), QStringLiteral("#9aa0a6"), -1, false, false}};
    columns += m_stages;
    for (const auto &stage : columns) {
        auto *column = new QWidget;
        column->setMinimumWidth(240);
        column->setMaximumWidth(300);
        auto *header = new QLabel(column);
        header->setStyleSheet(QStringLiteral("QLabel { border-top: 4px solid %1; padding: 6px 2px; font-weight: bold; }")
                                  .arg(QColor::isValidColorName(stage.color) ? stage.color : QStringLiteral("#9aa0a6")));
        header->setText(stage.name);
        auto *model = new StageColumnModel(stage.id, column);
        auto *view = new QListView(column);
        view->setModel(model);
        view->setItemDelegate(new CardDelegate(view));
        view->setSelectionMode(QAbstractItemView::ExtendedSelection);
        view->setDragDropMode(QAbstractItemView::DragDrop);
        view->setDefaultDropAction(Qt::MoveAction);
        view->setDragEnabled(true);
        view->setAcceptDrops(true);
        view->setDropIndicatorShown(true);
        view->setSpacing(2);
        view->setAccessibleName(tr("Stage %1").arg(stage.name));
        connect(model, &StageColumnModel::callsDropped, this, [this, model](const QStringList &ids) { dropInto(model, ids); });
        auto *columnLayout = new QVBoxLayout(column);
        columnLayout->setContentsMargins(0, 0, 0, 0);
        columnLayout->addWidget(header);
        columnLayout->addWidget(view, 1);
        m_columnsLayout->addWidget(column);
        m_views.append(view);
        m_models.append(model);
        m_headers.append(header);
    }
    m_columnsLayout->addStretch(1);
    reload();
}

void PipelinePage::reload()
{
    struct Column
    {
        QList<storage::LeadRow> rows;
        qint64 count = 0;
    };
    const quint64 generation = ++m_generation;
    QStringList stageIds;
    for (const StageColumnModel *model : std::as_const(m_models))
        stageIds.append(model->stageId());
    const storage::Database database = m_document->database();
    const QString clientId = m_clientId;
    auto *watcher = new QFutureWatcher<QList<Column>>(this);
    connect(watcher, &QFutureWatcher<QList<Column>>::finished, this, [this, watcher, generation] {
        const QList<Column> columns = watcher->result();
        watcher->deleteLater();
        if (generation != m_generation || columns.size() != m_models.size())
            return;
        for (qsizetype i = 0; i < columns.size(); ++i) {
            m_models.at(i)->setRows(columns.at(i).rows);
            const QString name = i == 0 ? tr("No stage") : m_stages.at(i - 1).name;
            m_headers.at(i)->setText(tr("%1 \u00b7 %2").arg(name, QLocale().toString(columns.at(i).count)));
            m_headers.at(i)->setToolTip(columns.at(i).count > columns.at(i).rows.size()
                                            ? tr("The newest %1 of %2 leads are shown.")
                                                  .arg(columns.at(i).rows.size())
                                                  .arg(QLocale().toString(columns.at(i).count))
                                            : QString());
        }
        Q_EMIT loaded();
    });
    watcher->setFuture(QtConcurrent::run([database, clientId, stageIds] {
        QList<Column> columns;
        try {
            storage::CallRepository calls(database);
            for (const QString &stageId : stageIds) {
                storage::LeadPageRequest request;
                request.filter.clientIds = {clientId};
                request.filter.stageIds = {stageId};
                request.limit = kCardsPerColumn;
                Column column;
                column.rows = calls.page(request);
                column.count = calls.count(request.filter);
                columns.append(column);
            }
        } catch (const storage::StorageError &) {
            columns.clear();
        }
        return columns;
    }));
}

void PipelinePage::dropInto(StageColumnModel *target, const QStringList &callIds)
{
    const QString stageId = target->stageId();
    QString name = tr("No stage");
    for (const auto &stage : std::as_const(m_stages)) {
        if (stage.id == stageId)
            name = stage.name;
    }
    m_document->setStage(callIds, stageId, name);
}

void PipelinePage::moveSelected(int step)
{
    for (qsizetype i = 0; i < m_views.size(); ++i) {
        QListView *view = m_views.at(i);
        if (!view->hasFocus())
            continue;
        const qsizetype target = i + step;
        if (target < 0 || target >= m_models.size())
            return;
        QStringList ids;
        for (const QModelIndex &index : view->selectionModel()->selectedIndexes())
            ids.append(index.data(StageColumnModel::CallIdRole).toString());
        if (ids.isEmpty() && view->currentIndex().isValid())
            ids.append(view->currentIndex().data(StageColumnModel::CallIdRole).toString());
        if (ids.isEmpty())
            return;
        dropInto(m_models.at(target), ids);
        // Keep the card under the keyboard: focus follows it to its new column.
        QListView *next = m_views.at(target);
        connect(this, &PipelinePage::loaded, next, [next, id = ids.first()] {
            for (int row = 0; row < next->model()->rowCount(); ++row) {
                if (next->model()->index(row, 0).data(StageColumnModel::CallIdRole).toString() == id) {
                    next->setCurrentIndex(next->model()->index(row, 0));
                    next->setFocus();
                }
            }
        }, Qt::SingleShotConnection);
        return;
    }
}

void PipelinePage::manageStages()
{
    if (m_clientId.isEmpty()) {
        Q_EMIT statusMessage(tr("Choose a client first: each client has its own pipeline stages."));
        return;
    }
    StagesDialog dialog(m_document->database(), m_clientId, m_clientName, this);
    if (dialog.exec() == QDialog::Accepted) {
        rebuildColumns();
        m_document->announceStages(m_clientId);
    }
}

} // namespace anchor::ui
