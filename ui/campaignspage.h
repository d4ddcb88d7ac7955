#pragma once

#include <campaignrepository.h>

#include <QWidget>

class QAbstractButton;
class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QSplitter;
class QTableView;
class QTimer;
class QToolBar;

namespace anchor::models {
class CampaignsDocument;
class CampaignsTableModel;
struct CampaignPreflight;
} // namespace anchor::models

namespace anchor::ui {

class ActionRegistry;
class CampaignStatsPane;
class MultiSelectButton;

// The Campaigns section: the campaigns with their figures, filtered by status, client and a
// search; New, Edit, Duplicate, Delete, Send Now, Schedule, Pause, Resume and Cancel (each
// enabled only where the campaign's status allows it; a refused move says why); and the
// selected campaign's statistics. Send Now checks the recipients first (how many will be
// queued, suppressed or rejected, and unknown placeholders), asks, then queues in the
// background while the window stays usable, with a progress bar and a Cancel button (a
// cancelled queueing leaves nothing queued), shows what was queued and asks the sender to run.
class CampaignsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CampaignsPage)

public:
    CampaignsPage(models::CampaignsDocument *document, ActionRegistry *actions, QWidget *parent = nullptr);

    models::CampaignsDocument *document() const { return m_document; }
    models::CampaignsTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    CampaignStatsPane *statsPane() const { return m_stats; }
    QLineEdit *searchField() const { return m_search; }
    MultiSelectButton *statusFilter() const { return m_statuses; }
    QComboBox *clientFilter() const { return m_clientFilter; }
    QLabel *resultLabel() const { return m_result; }
    QToolBar *toolBar() const { return m_toolbar; }
    const storage::QueueResult &lastQueueResult() const { return m_lastResult; }
    QWidget *queueingBar() const { return m_queueingBar; }
    QProgressBar *queueingProgress() const { return m_progress; }
    QAbstractButton *cancelQueueingButton() const { return m_cancelQueueing; }

    void setClient(const QString &clientId);
    void reloadClients();
    void selectCampaign(const QString &campaignId);
    QString currentCampaignId() const;

    void newCampaign();
    void editCurrent();
    void duplicateCurrent();
    void deleteCurrent();
    // Checks, asks, then queues in the background (see the class comment).
    void sendNow();
    void scheduleCurrent(const QDateTime &when);
    void pauseCurrent();
    void resumeCurrent();
    void cancelCurrent();

Q_SIGNALS:
    void statusMessage(const QString &message);
    // A campaign was queued: the sender should run now (MainWindow wires it to the runner).
    void sendQueueRequested();
    void queueingFinished(const QString &campaignId, bool ok);
    void firstPageShown();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void createActions(ActionRegistry *actions);
    void applyFilter();
    void onLoaded();
    void updateActions();
    void askSchedule();
    void confirmAndSend(const QString &campaignId, const QString &name, const models::CampaignPreflight &check);
    void showQueued(const QString &campaignId, const storage::QueueResult &result);
    void showQueueingStarted(const QString &campaignId);
    void showQueueProgress(const QString &campaignId, int written, int total);
    void queueingEnded(const QString &campaignId);
    void showResult(const QString &text, bool problem);
    std::optional<storage::Campaign> currentCampaign() const;

    models::CampaignsDocument *m_document;
    models::CampaignsTableModel *m_model;
    QToolBar *m_toolbar;
    QLineEdit *m_search;
    MultiSelectButton *m_statuses;
    QComboBox *m_clientFilter;
    QLabel *m_count;
    QLabel *m_result;
    QWidget *m_queueingBar;
    QLabel *m_queueingLabel;
    QProgressBar *m_progress;
    QAbstractButton *m_cancelQueueing;
    QString m_queueingId; // the campaign the bar shows
    QTableView *m_table;
    QLabel *m_empty;
    CampaignStatsPane *m_stats;
    QSplitter *m_splitter;
    QTimer *m_debounce;
    QAction *m_new = nullptr;
    QAction *m_edit = nullptr;
    QAction *m_duplicate = nullptr;
    QAction *m_delete = nullptr;
    QAction *m_sendNow = nullptr;
    QAction *m_schedule = nullptr;
    QAction *m_pause = nullptr;
    QAction *m_resume = nullptr;
    QAction *m_cancel = nullptr;
    QAction *m_refresh = nullptr;
    QString m_pendingSelection;
    storage::QueueResult m_lastResult;
    bool m_started = false;
};

} // namespace anchor::ui
