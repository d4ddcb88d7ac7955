#pragma once

#include <database.h>

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QSplitter;
class QTableView;
class QTimer;

namespace anchor::models {
class EmailLogModel;
}

namespace anchor::ui {

class ActionRegistry;
class EmailLogDetailPane;
class MultiSelectButton;

// The Email log section: every message sent or waiting (campaign mail and transactional mail),
// newest first, filtered in SQL by status, type, client, a search over recipient and subject,
// and a period; loaded page by page as the list scrolls; the selected message in full beside it.
class EmailLogPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EmailLogPage)

public:
    EmailLogPage(storage::Database database, ActionRegistry *actions, QWidget *parent = nullptr);

    models::EmailLogModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    EmailLogDetailPane *detailPane() const { return m_detail; }
    QLineEdit *searchField() const { return m_search; }
    MultiSelectButton *statusFilter() const { return m_statuses; }
    MultiSelectButton *typeFilter() const { return m_types; }
    QComboBox *clientFilter() const { return m_clientFilter; }
    QComboBox *periodFilter() const { return m_period; }
    QDateEdit *fromEdit() const { return m_from; }
    QDateEdit *toEdit() const { return m_to; }
    QLabel *countLabel() const { return m_count; }

    void setClient(const QString &clientId);
    void reloadClients();
    void reload();
    QString currentEmailLogId() const;

Q_SIGNALS:
    void statusMessage(const QString &message);
    void firstPageShown();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void applyFilter();
    void reloadTypes();
    void onPageLoaded(int firstRow, int rows);

    storage::Database m_database;
    models::EmailLogModel *m_model;
    QLineEdit *m_search;
    MultiSelectButton *m_statuses;
    MultiSelectButton *m_types;
    QComboBox *m_clientFilter;
    QComboBox *m_period;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QLabel *m_count;
    QTableView *m_table;
    QLabel *m_empty;
    EmailLogDetailPane *m_detail;
    QSplitter *m_splitter;
    QTimer *m_debounce;
    bool m_started = false;
};

} // namespace anchor::ui
