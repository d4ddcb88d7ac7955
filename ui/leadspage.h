#pragma once

#include <database.h>
#include <leadquery.h>

#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QSplitter;
class QTableView;
class QToolButton;

namespace anchor::models {
class LeadsDocument;
class LeadsTableModel;
} // namespace anchor::models

namespace anchor::ui {

class ActionRegistry;
class LeadDetailPane;
class LeadsFilterBar;

// The Leads section: filter bar and saved views, the leads table (paged from SQL in the
// background), and the detail pane. It registers its commands (stars, category, stage, tags,
// export, saved views, ...) with the window's ActionRegistry.
class LeadsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LeadsPage)

public:
    LeadsPage(models::LeadsDocument *document, ActionRegistry *actions, QWidget *parent = nullptr);
    ~LeadsPage() override;

    models::LeadsTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    LeadsFilterBar *filterBar() const { return m_filterBar; }
    LeadDetailPane *detailPane() const { return m_detail; }
    QComboBox *savedViews() const { return m_savedViews; }
    bool hasPaintedFirstPage() const { return m_paintedFirstPage; }

    // The window's client switcher: empty = all clients.
    void setClientScope(const QStringList &clientIds);
    QStringList selectedCallIds() const;
    // Puts another feature's lead command (start a journey, ...) in the table's context menu,
    // active while the table has focus.
    void addLeadAction(QAction *action);
    void selectCall(const QString &callId);
    // Exports the current filter to this file (used by the Export action after asking for a path).
    void exportTo(const QString &path);
    void applySavedView(const QString &viewId);
    // Column layout and pane sizes, remembered when the window closes.
    void saveState() const;

Q_SIGNALS:
    void firstPagePainted();
    void statusMessage(const QString &message);
    void clientScopeRequested(const QString &clientId);
    void showRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createActions();
    void applyFilter();
    void reloadFilterOptions();
    void reloadSources();
    void reloadSavedViews();
    void onPageLoaded();
    void onLeadsChanged(const QStringList &callIds);
    bool listDependsOnEdits() const;
    void restoreCursorRow();
    void onLoadFailed(const QString &message);
    void onCurrentChanged();
    void updateEmptyState();
    void exportCurrent();
    void saveViewAs();
    void renameView();
    void deleteView();
    void setDefaultView();
    struct ClientSelection
    {
        QString clientId;
        QString clientName;
        QString stageId;
        QStringList callIds;
    };
    ClientSelection selectionOfOneClient() const;
    void moveStage(int step);
    void chooseStage();
    void chooseTag();
    void chooseColumns();
    void restoreState();

    models::LeadsDocument *m_document;
    ActionRegistry *m_actions;
    models::LeadsTableModel *m_model = nullptr;
    LeadsFilterBar *m_filterBar = nullptr;
    QComboBox *m_savedViews = nullptr;
    QToolButton *m_viewMenu = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_empty = nullptr;
    QLabel *m_banner = nullptr;
    LeadDetailPane *m_detail = nullptr;
    QSplitter *m_splitter = nullptr;
    QStringList m_clientScope;
    bool m_firstPageLoaded = false;
    bool m_paintedFirstPage = false;
    int m_restoreRow = -1;   // after a reload caused by an edit, the row to put the cursor on
};

} // namespace anchor::ui
