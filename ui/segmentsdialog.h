#pragma once

#include <database.h>
#include <segmentrepository.h>

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableView;
class QTreeView;
class QUndoStack;

namespace anchor::models {
struct SegmentCount;
class SegmentCounter;
class SegmentDocument;
class SegmentListModel;
class SegmentRecipientsModel;
}

namespace anchor::ui {

class MultiSelectButton;

// Saved recipient filters (segments) over leads and active clients: the list on the left, the
// filter's editor on the right (audience, client, categories, stars, tags, caller types,
// journey statuses, a call or conversion date range) with a live count of the distinct valid
// addresses it selects and a preview of the first 50, counted off the GUI thread after a pause
// in the edits. Save and Delete are undoable edits on the given undo stack.
//
// Open it with: SegmentsDialog dialog(database, userId, undoStack, clientId, parent);
// dialog.exec() (or show()). clientId empty: every segment, new ones agency-wide.
class SegmentsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SegmentsDialog)

public:
    // undoStack null: the dialog keeps a stack of its own. userId: who makes new segments.
    SegmentsDialog(storage::Database database, const QString &userId, QUndoStack *undoStack,
                   const QString &clientId = {}, QWidget *parent = nullptr);

    models::SegmentDocument *document() const { return m_document; }
    models::SegmentListModel *listModel() const { return m_model; }
    models::SegmentRecipientsModel *recipientsModel() const { return m_recipients; }
    models::SegmentCounter *counter() const { return m_counter; }
    QTreeView *segmentList() const { return m_list; }
    QLabel *countLabel() const { return m_count; }
    // The count the label shows, -1 while counting or before the first count.
    int liveCount() const { return m_liveCount; }
    QString currentSegmentId() const { return m_editingId; }
    bool hasUnsavedChanges() const { return m_dirty; }
    // The filter as the editor shows it now.
    storage::SegmentFilter editedFilter() const;
    // Puts a filter in the editor (as if the user had picked it) and starts counting.
    void setEditedFilter(const storage::SegmentFilter &filter);
    void selectSegment(const QString &segmentId);

    bool save();
    void revert();
    void startNew();
    void removeCurrent();
    void reject() override;

private:
    enum class Unsaved { Saved, Discarded, Cancelled };
    Unsaved settleUnsaved();
    void reloadList();
    void markInList(const QString &segmentId);
    void followListSelection();
    void showSegment(const storage::Segment &segment);
    void fillFilter(const storage::SegmentFilter &filter);
    void loadTagOptions();
    void edited();
    void showCount(const models::SegmentCount &result);
    void setDirty(bool dirty);
    void updateActions();
    void showMessage(const QString &message);

    storage::Database m_database;
    QString m_clientId;
    models::SegmentDocument *m_document;
    models::SegmentListModel *m_model;
    models::SegmentRecipientsModel *m_recipients;
    models::SegmentCounter *m_counter;
    QTreeView *m_list;
    QLineEdit *m_name;
    QLineEdit *m_description;
    QComboBox *m_scope;
    QComboBox *m_audience;
    QComboBox *m_client;
    MultiSelectButton *m_categories;
    QSpinBox *m_minStars;
    QSpinBox *m_maxStars;
    MultiSelectButton *m_tags;
    MultiSelectButton *m_callerTypes;
    MultiSelectButton *m_journeyStatuses;
    QComboBox *m_dateField;
    QCheckBox *m_fromEnabled;
    QDateEdit *m_from;
    QCheckBox *m_toEnabled;
    QDateEdit *m_to;
    QLabel *m_count;
    QProgressBar *m_busy;
    QTableView *m_preview;
    QPushButton *m_save;
    QPushButton *m_revert;
    QPushButton *m_delete;
    QLabel *m_message;
    storage::Segment m_shown;
    QString m_editingId;
    int m_liveCount = -1;
    bool m_dirty = false;
    bool m_filling = false;
};

} // namespace anchor::ui
