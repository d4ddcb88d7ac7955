#pragma once

#include <database.h>

#include <QWidget>

class QLabel;
class QTableView;

namespace anchor::models {
class LeadsTableModel;
}

namespace anchor::ui {

// The Leads section: the leads table, paged from the database in the background.
class LeadsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LeadsPage)

public:
    explicit LeadsPage(storage::Database database, QWidget *parent = nullptr);

    models::LeadsTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    bool hasPaintedFirstPage() const { return m_paintedFirstPage; }

Q_SIGNALS:
    // The first page of leads (possibly empty) is on screen.
    void firstPagePainted();
    void statusMessage(const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onPageLoaded();
    void onLoadFailed(const QString &message);

    models::LeadsTableModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_banner = nullptr;
    bool m_firstPageLoaded = false;
    bool m_paintedFirstPage = false;
};

} // namespace anchor::ui
