#pragma once

#include <journeytypes.h>

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QSplitter;
class QTableView;
class QTimer;

namespace anchor::models {
class JourneysDocument;
class JourneysTableModel;
} // namespace anchor::models

namespace anchor::ui {

class ActionRegistry;
class JourneyDetailPane;
class MultiSelectButton;

// The Journeys section: status, overdue and paused filters and a search over the journeys list
// (paged from SQL in the background, overdue next actions in red), and the journey's detail.
class JourneysPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JourneysPage)

public:
    JourneysPage(models::JourneysDocument *document, ActionRegistry *actions, QWidget *parent = nullptr);

    models::JourneysTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    JourneyDetailPane *detailPane() const { return m_detail; }
    MultiSelectButton *statusFilter() const { return m_statuses; }
    QLineEdit *searchField() const { return m_search; }
    QCheckBox *overdueFilter() const { return m_overdue; }

    void setClient(const QString &clientId);
    // Shows this journey: clears filters that would hide it, selects it once loaded.
    void openJourney(const QString &journeyId);
    QString currentJourneyId() const;

Q_SIGNALS:
    void firstPagePainted();
    void statusMessage(const QString &message);
    void convertRequested(const QString &journeyId);
    void followUpRequested(const QString &journeyId);
    void openCallRequested(const QString &callId);

protected:
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createActions(ActionRegistry *actions);
    void applyFilter();
    void onPageLoaded();
    void selectPending();

    models::JourneysDocument *m_document;
    models::JourneysTableModel *m_model = nullptr;
    QLineEdit *m_search = nullptr;
    MultiSelectButton *m_statuses = nullptr;
    QCheckBox *m_overdue = nullptr;
    QCheckBox *m_paused = nullptr;
    QLabel *m_count = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_empty = nullptr;
    JourneyDetailPane *m_detail = nullptr;
    QSplitter *m_splitter = nullptr;
    QTimer *m_debounce = nullptr;
    QString m_clientId;
    QString m_pendingJourney;   // to select when it has loaded
    bool m_started = false;
    bool m_painted = false;
};

} // namespace anchor::ui
