#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;
class QTreeWidget;

namespace anchor::models {
class ActiveClientsModel;
class JourneysDocument;
} // namespace anchor::models

namespace anchor::ui {

class ActionRegistry;

// The Active Clients section: converted leads with their status, the services they agreed to
// (with price and date; redacted ones say so) and their journeys.
class ActiveClientsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActiveClientsPage)

public:
    ActiveClientsPage(models::JourneysDocument *document, ActionRegistry *actions, QWidget *parent = nullptr);

    models::ActiveClientsModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QTreeWidget *servicesView() const { return m_services; }
    QTreeWidget *journeysView() const { return m_journeys; }

    void setClient(const QString &clientId);
    void selectActiveClient(const QString &activeClientId);

Q_SIGNALS:
    void openJourneyRequested(const QString &journeyId);
    void statusMessage(const QString &message);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void applyFilter();
    void showCurrent();
    QString currentId() const;

    models::JourneysDocument *m_document;
    models::ActiveClientsModel *m_model = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_status = nullptr;
    QLabel *m_count = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_title = nullptr;
    QComboBox *m_statusEdit = nullptr;
    QTreeWidget *m_services = nullptr;
    QTreeWidget *m_journeys = nullptr;
    QTimer *m_debounce = nullptr;
    QString m_clientId;
    QString m_pending;
    bool m_started = false;
    bool m_filling = false;
};

} // namespace anchor::ui
