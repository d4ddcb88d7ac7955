#include "campaignstatspane.h"

#include "chartfactory.h"
#include "chartloader.h"

#include <backgroundwork.h>
#include <campaignrecipientsmodel.h>
#include <campaignstablemodel.h>
#include <storageerror.h>

#include <QComboBox>
#include <QFutureWatcher>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace anchor::ui {

namespace {

struct StatsResult
{
    std::optional<storage::Campaign> campaign;
    storage::CampaignStatistics statistics;
    QList<storage::CampaignTimelineBucket> timeline;
    bool hourly = true;
    QString error;
};

// Hours read well for the first days of a campaign; days after that.
constexpr int kMostHourlyBuckets = 72;

} // namespace

CampaignStatsPane::CampaignStatsPane(storage::Database database, QWidget *parent)
    : QWidget(parent)
    , m_database(std::move(database))
    , m_title(new QLabel(this))
    , m_figures(new QGridLayout)
    , m_tabs(new QTabWidget(this))
    , m_chartPage(new QWidget(this))
    , m_chartProblem(new QLabel(this))
    , m_statusFilter(new QComboBox(this))
    , m_recipientCount(new QLabel(this))
    , m_table(new QTableView(this))
    , m_recipients(new models::CampaignRecipientsModel(m_database, this))
{
    setObjectName(QStringLiteral("campaignStatsPane"));
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::RichText);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);

    addFigure(QStringLiteral("recipients"), tr("Recipients"), 0, 0,
              tr("Recipients queued (suppressed ones not counted)"));
    addFigure(QStringLiteral("sent"), tr("Sent"), 0, 1, tr("Accepted by Mailgun, of the recipients"));
    addFigure(QStringLiteral("delivered"), tr("Delivered"), 0, 2, tr("Delivered, of those sent"));
    addFigure(QStringLiteral("opened"), tr("Opened"), 0, 3, tr("Unique opens, of those delivered"));
    addFigure(QStringLiteral("clicked"), tr("Clicked"), 1, 0, tr("Unique clicks, of those delivered"));
    addFigure(QStringLiteral("bounced"), tr("Bounced"), 1, 1, tr("Permanent failures, of those sent"));
    addFigure(QStringLiteral("unsubscribed"), tr("Unsubscribed"), 1, 2, tr("Unsubscribes, of those delivered"));
    addFigure(QStringLiteral("complained"), tr("Complained"), 1, 3, tr("Spam complaints, of those delivered"));
    addFigure(QStringLiteral("suppressed"), tr("Suppressed"), 2, 0, tr("On the suppression list: not sent"));
    addFigure(QStringLiteral("pending"), tr("Waiting"), 2, 1, tr("Still in the send queue"));
    addFigure(QStringLiteral("failed"), tr("Not sent"), 2, 2, tr("Refused or given up: never accepted by Mailgun"));
    addFigure(QStringLiteral("temporary"), tr("Delayed"), 2, 3,
              tr("A temporary failure was seen; Mailgun keeps trying"));

    // Over time: the chart view is made when this tab is first shown.
    auto *chartLayout = new QVBoxLayout(m_chartPage);
    chartLayout->setContentsMargins(0, 0, 0, 0);
    m_chartProblem->setWordWrap(true);
    m_chartProblem->setAlignment(Qt::AlignCenter);
    chartLayout->addWidget(m_chartProblem);

    auto *recipientsPage = new QWidget(this);
    auto *recipientsLayout = new QVBoxLayout(recipientsPage);
    recipientsLayout->setContentsMargins(0, 0, 0, 0);
    auto *filterRow = new QHBoxLayout;
    m_statusFilter->addItem(tr("All statuses"), QString());
    for (const QString &status : models::CampaignRecipientsModel::statuses())
        m_statusFilter->addItem(models::CampaignRecipientsModel::statusLabel(status), status);
    m_statusFilter->setAccessibleName(tr("Recipient status"));
    filterRow->addWidget(new QLabel(tr("Show:"), this));
    filterRow->addWidget(m_statusFilter);
    filterRow->addStretch(1);
    filterRow->addWidget(m_recipientCount);
    recipientsLayout->addLayout(filterRow);
    m_table->setModel(m_recipients);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setAccessibleName(tr("Recipients"));
    const int em = m_table->fontMetrics().horizontalAdvance(QLatin1Char('M'));
    m_table->setColumnWidth(models::CampaignRecipientsModel::Email, 16 * em);
    m_table->setColumnWidth(models::CampaignRecipientsModel::Name, 10 * em);
    m_table->setColumnWidth(models::CampaignRecipientsModel::Status, 7 * em);
    recipientsLayout->addWidget(m_table, 1);

    m_tabs->addTab(m_chartPage, tr("Over time"));
    m_tabs->addTab(recipientsPage, tr("Recipients"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addLayout(m_figures);
    layout->addWidget(m_tabs, 1);

    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, [this] {
        const QString status = m_statusFilter->currentData().toString();
        m_recipients->setStatuses(status.isEmpty() ? QStringList() : QStringList{status});
    });
    connect(m_recipients, &models::CampaignRecipientsModel::countReady, this,
            [this](int count) { m_recipientCount->setText(tr("%n recipient(s)", nullptr, count)); });
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (m_tabs->currentWidget() == m_chartPage)
            showTimeline();
    });
    showCampaign({});
}

void CampaignStatsPane::addFigure(const QString &key, const QString &label, int row, int column, const QString &tip)
{
    auto *box = new QWidget(this);
    auto *boxLayout = new QVBoxLayout(box);
    boxLayout->setContentsMargins(4, 2, 4, 2);
    boxLayout->setSpacing(0);
    auto *caption = new QLabel(label, box);
    auto *value = new QLabel(box);
    QFont big = value->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    value->setFont(big);
    value->setObjectName(QStringLiteral("figure_") + key);
    auto *rate = new QLabel(box);
    rate->setObjectName(QStringLiteral("rate_") + key);
    boxLayout->addWidget(caption);
    boxLayout->addWidget(value);
    boxLayout->addWidget(rate);
    box->setToolTip(tip);
    value->setAccessibleName(label);
    m_figures->addWidget(box, row, column);
    m_values.insert(key, value);
    m_rates.insert(key, rate);
}

QString CampaignStatsPane::figureText(const QString &key) const
{
    const QLabel *label = m_values.value(key);
    return label ? label->text() : QString();
}

QString CampaignStatsPane::rateText(const QString &key) const
{
    const QLabel *label = m_rates.value(key);
    return label ? label->text() : QString();
}

void CampaignStatsPane::showCampaign(const QString &campaignId)
{
    const bool changed = campaignId != m_campaignId;
    m_campaignId = campaignId;
    if (changed) {
        m_statistics = {};
        m_timeline.clear();
        m_recipients->setCampaign(campaignId);
        m_statusFilter->blockSignals(true);
        m_statusFilter->setCurrentIndex(0);
        m_statusFilter->blockSignals(false);
        m_recipientCount->clear();
    }
    setEnabled(!campaignId.isEmpty());
    if (campaignId.isEmpty()) {
        ++m_generation;
        m_title->setText(tr("<i>Select a campaign to see its results.</i>"));
        showFigures();
        return;
    }
    refresh();
}

void CampaignStatsPane::refresh()
{
    if (m_campaignId.isEmpty())
        return;
    const quint64 generation = ++m_generation;
    const storage::Database database = m_database;
    const QString campaignId = m_campaignId;
    auto *watcher = new QFutureWatcher<StatsResult>(this);
    connect(watcher, &QFutureWatcher<StatsResult>::finished, this, [this, watcher, generation] {
        const StatsResult result = watcher->result();
        watcher->deleteLater();
        if (generation != m_generation)
            return; // another campaign is shown now
        if (!result.error.isEmpty()) {
            m_title->setText(tr("The results could not be read: %1").arg(result.error.toHtmlEscaped()));
            return;
        }
        if (!result.campaign) {
            m_title->setText(tr("<i>This campaign no longer exists.</i>"));
            return;
        }
        const storage::Campaign &campaign = *result.campaign;
        m_title->setText(tr("<b>%1</b> &middot; %2<br>%3")
                             .arg(campaign.name.toHtmlEscaped(),
                                  storage::CampaignStatus::label(campaign.status).toHtmlEscaped(),
                                  campaign.subject.toHtmlEscaped()));
        m_statistics = result.statistics;
        m_timeline = result.timeline;
        m_hourly = result.hourly;
        showFigures();
        if (m_tabs->currentWidget() == m_chartPage && isVisible())
            showTimeline();
        Q_EMIT refreshed();
    });
    watcher->setFuture(QtConcurrent::run(models::backgroundPool(), [database, campaignId] {
        StatsResult result;
        try {
            storage::CampaignRepository campaigns(database);
            result.campaign = campaigns.find(campaignId);
            if (result.campaign) {
                result.statistics = campaigns.statistics(campaignId);
                result.timeline = campaigns.timeline(campaignId, storage::CampaignRepository::Bucket::Hours);
                if (result.timeline.size() > kMostHourlyBuckets) {
                    result.timeline = campaigns.timeline(campaignId, storage::CampaignRepository::Bucket::Days);
                    result.hourly = false;
                }
            }
        } catch (const storage::StorageError &error) {
            result.error = error.message();
        }
        return result;
    }));
    // The table re-reads too: statuses move as events arrive.
    if (!m_recipients->isLoading())
        m_recipients->reload();
}

void CampaignStatsPane::showFigures()
{
    const storage::CampaignStatistics &s = m_statistics;
    const QLocale locale;
    const auto set = [this, &locale](const QString &key, int value, const QString &rate) {
        m_values.value(key)->setText(locale.toString(value));
        m_rates.value(key)->setText(rate);
    };
    const auto rate = [](double value, bool meaningful) {
        return meaningful ? models::CampaignsTableModel::percent(value) : QString();
    };
    set(QStringLiteral("recipients"), s.total, QString());
    set(QStringLiteral("sent"), s.sent, rate(s.total > 0 ? double(s.sent) / s.total : 0.0, s.total > 0));
    set(QStringLiteral("delivered"), s.delivered, rate(s.deliveryRate(), s.sent > 0));
    set(QStringLiteral("opened"), s.uniqueOpens, rate(s.openRate(), s.delivered > 0));
    set(QStringLiteral("clicked"), s.uniqueClicks, rate(s.clickRate(), s.delivered > 0));
    set(QStringLiteral("bounced"), s.bounced, rate(s.bounceRate(), s.sent > 0));
    set(QStringLiteral("unsubscribed"), s.unsubscribed, rate(s.unsubscribeRate(), s.delivered > 0));
    set(QStringLiteral("complained"), s.complained, rate(s.complaintRate(), s.delivered > 0));
    set(QStringLiteral("suppressed"), s.suppressed, QString());
    set(QStringLiteral("pending"), s.pending, QString());
    set(QStringLiteral("failed"), s.failed, QString());
    set(QStringLiteral("temporary"), s.failedTemporary, QString());
}

void CampaignStatsPane::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_tabs->currentWidget() == m_chartPage)
        showTimeline();
}

void CampaignStatsPane::ensureChart()
{
    // The plugin (and Qt Charts with it) loads with the first chart anyone looks at.
    if (m_chart || m_chartFailed)
        return;
    QString error;
    m_charts = chartFactory(&error);
    if (!m_charts) {
        m_chartFailed = true;
        m_chartProblem->setText(error);
        return;
    }
    m_chart = m_charts->createChartView(m_chartPage);
    m_chart->setObjectName(QStringLiteral("campaignChart"));
    m_chartPage->layout()->addWidget(m_chart);
}

void CampaignStatsPane::showTimeline()
{
    if (m_campaignId.isEmpty())
        return;
    ensureChart();
    if (!m_charts || !m_chart)
        return;
    // An empty chart draws a meaningless axis: say why there is nothing instead.
    m_chart->setVisible(!m_timeline.isEmpty());
    m_chartProblem->setVisible(m_timeline.isEmpty());
    if (m_timeline.isEmpty()) {
        m_chartProblem->setText(tr("No delivery, open or click has been reported for this campaign yet."));
        return;
    }
    struct Line
    {
        QString name;
        QColor colour;
        int storage::CampaignTimelineBucket::*field;
    };
    const QList<Line> lines = {
        {tr("Delivered"), QColor(0x1a, 0x73, 0xe8), &storage::CampaignTimelineBucket::delivered},
        {tr("Opened"), QColor(0x1e, 0x8e, 0x3e), &storage::CampaignTimelineBucket::opened},
        {tr("Clicked"), QColor(0xf2, 0x99, 0x00), &storage::CampaignTimelineBucket::clicked},
        {tr("Bounced"), QColor(0xc5, 0x22, 0x1f), &storage::CampaignTimelineBucket::bounced},
        {tr("Unsubscribed"), QColor(0x80, 0x60, 0xa0), &storage::CampaignTimelineBucket::unsubscribed},
    };
    QList<TimeSeries> series;
    for (const Line &line : lines) {
        TimeSeries one{line.name, line.colour, {}};
        for (const storage::CampaignTimelineBucket &bucket : std::as_const(m_timeline))
            one.points.append({bucket.start, double(bucket.*(line.field))});
        series.append(one);
    }
    m_charts->showTimeSeries(m_chart, m_hourly ? tr("Events per hour") : tr("Events per day"), series, m_hourly,
                             palette());
}

} // namespace anchor::ui
