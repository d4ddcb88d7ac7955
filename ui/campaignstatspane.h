#pragma once

#include <campaignrepository.h>
#include <database.h>

#include <QHash>
#include <QWidget>

class QComboBox;
class QGridLayout;
class QLabel;
class QTabWidget;
class QTableView;

namespace anchor::models {
class CampaignRecipientsModel;
}

namespace anchor::ui {

class ChartFactory;

// The selected campaign's results: sent, delivered, opened, clicked, bounced, unsubscribed,
// complained and suppressed with rates as Pipedrive defines them (unique opens / delivered, ...),
// a chart of the events over time (Qt Charts through the charts plugin, loaded when the chart
// is first shown), and every recipient's status in a table that loads page by page.
// Figures are read off the GUI thread; an answer for a campaign no longer shown is dropped.
class CampaignStatsPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CampaignStatsPane)

public:
    explicit CampaignStatsPane(storage::Database database, QWidget *parent = nullptr);

    void showCampaign(const QString &campaignId);
    QString campaignId() const { return m_campaignId; }
    void refresh();

    const storage::CampaignStatistics &statistics() const { return m_statistics; }
    const QList<storage::CampaignTimelineBucket> &timeline() const { return m_timeline; }
    // The figure shown for a key (sent, delivered, opened, clicked, bounced, unsubscribed,
    // complained, suppressed, pending, failed), e.g. "12" and its rate "25.0%".
    QString figureText(const QString &key) const;
    QString rateText(const QString &key) const;
    models::CampaignRecipientsModel *recipientsModel() const { return m_recipients; }
    QTableView *recipientsView() const { return m_table; }
    QComboBox *recipientStatusFilter() const { return m_statusFilter; }
    QTabWidget *tabs() const { return m_tabs; }
    QWidget *chartView() const { return m_chart; }

Q_SIGNALS:
    void refreshed();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void addFigure(const QString &key, const QString &label, int row, int column, const QString &tip);
    void showFigures();
    void showTimeline();
    void ensureChart();

    storage::Database m_database;
    QString m_campaignId;
    storage::CampaignStatistics m_statistics;
    QList<storage::CampaignTimelineBucket> m_timeline;
    bool m_hourly = true;
    QLabel *m_title;
    QGridLayout *m_figures;
    QHash<QString, QLabel *> m_values;
    QHash<QString, QLabel *> m_rates;
    QTabWidget *m_tabs;
    QWidget *m_chartPage;
    QWidget *m_chart = nullptr;
    ChartFactory *m_charts = nullptr;
    QLabel *m_chartProblem;
    QComboBox *m_statusFilter;
    QLabel *m_recipientCount;
    QTableView *m_table;
    models::CampaignRecipientsModel *m_recipients;
    quint64 m_generation = 0;
    bool m_chartFailed = false;
};

} // namespace anchor::ui
