#pragma once

#include <dashboardrepository.h>
#include <database.h>

#include <QWidget>

class QComboBox;
class QDateEdit;
class QGridLayout;
class QLabel;

namespace anchor::ui {

class ChartFactory;
struct ChartData;

// Dashboard section: category breakdown, conversion funnel, leads by source and calls per day
// for the window's client and a chosen period (preset or custom date range). Figures come from SQL off the GUI thread.
class DashboardPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardPage)

public:
    explicit DashboardPage(storage::Database database, QWidget *parent = nullptr);

    void setClientScope(const QStringList &clientIds);
    void refresh();
    const storage::DashboardFigures &figures() const { return m_figures; }

Q_SIGNALS:
    void refreshed();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void show(const storage::DashboardFigures &figures);
    void showChart(QWidget *view, const ChartData &chart);
    void createCharts();

    storage::Database m_database;
    QStringList m_clientIds;
    storage::DashboardFigures m_figures;
    QComboBox *m_period = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QLabel *m_summary = nullptr;
    QGridLayout *m_grid = nullptr;
    ChartFactory *m_charts = nullptr;   // the charts plugin, loaded with the first chart
    QWidget *m_categories = nullptr;
    QWidget *m_funnel = nullptr;
    QWidget *m_sources = nullptr;
    QWidget *m_perDay = nullptr;
    quint64 m_generation = 0;
    bool m_stale = true;
};

} // namespace anchor::ui
