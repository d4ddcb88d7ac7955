#include "dashboardpage.h"

#include "chartfactory.h"
#include "chartloader.h"

#include <backgroundwork.h>
#include <leadtypes.h>
#include <storageerror.h>

#include <QComboBox>
#include <QDateEdit>
#include <QFutureWatcher>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace anchor::ui {

namespace {

constexpr int kCustomRange = -1;

QString percent(qint64 part, qint64 whole)
{
    return whole > 0 ? QLocale().toString(100.0 * double(part) / double(whole), 'f', 1) + QLatin1Char('%') : QStringLiteral("-");
}

} // namespace

void DashboardPage::showChart(QWidget *view, const ChartData &chart)
{
    if (m_charts && view)
        m_charts->showChart(view, chart, palette());
}

DashboardPage::DashboardPage(storage::Database database, QWidget *parent)
    : QWidget(parent)
    , m_database(std::move(database))
    , m_period(new QComboBox(this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_summary(new QLabel(this))
{
    m_period->addItem(tr("Last 30 days"), 30);
    m_period->addItem(tr("Last 90 days"), 90);
    m_period->addItem(tr("Last 12 months"), 365);
    m_period->addItem(tr("All time"), 0);
    m_period->addItem(tr("Custom range"), kCustomRange);
    m_period->setCurrentIndex(1);
    m_period->setAccessibleName(tr("Period"));
    m_from->setDate(QDate::currentDate().addDays(-29));
    m_to->setDate(QDate::currentDate());
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setVisible(false);
        connect(edit, &QDateEdit::dateChanged, this, &DashboardPage::refresh);
    }
    m_from->setAccessibleName(tr("From"));
    m_to->setAccessibleName(tr("To (inclusive)"));
    m_summary->setAccessibleName(tr("Summary"));
    connect(m_period, &QComboBox::currentIndexChanged, this, [this] {
        const bool custom = m_period->currentData().toInt() == kCustomRange;
        m_from->setVisible(custom);
        m_to->setVisible(custom);
        refresh();
    });

    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Period:"), this));
    top->addWidget(m_period);
    top->addWidget(m_from);
    top->addWidget(m_to);
    top->addSpacing(16);
    top->addWidget(m_summary, 1);
    m_grid = new QGridLayout;
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(m_grid, 1);
}

void DashboardPage::createCharts()
{
    // Chart views are costly to make; nobody should pay for them before opening the dashboard.
    if (m_categories)
        return;
    QString error;
    m_charts = chartFactory(&error);
    if (!m_charts) {
        auto *problem = new QLabel(error, this);   // the figures above still show
        problem->setWordWrap(true);
        problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_grid->addWidget(problem, 0, 0);
        m_categories = problem;
        return;
    }
    m_categories = m_charts->createChartView(this);
    m_funnel = m_charts->createChartView(this);
    m_sources = m_charts->createChartView(this);
    m_perDay = m_charts->createChartView(this);
    m_grid->addWidget(m_categories, 0, 0);
    m_grid->addWidget(m_funnel, 0, 1);
    m_grid->addWidget(m_sources, 1, 0);
    m_grid->addWidget(m_perDay, 1, 1);
    for (int i = 0; i < 2; ++i) {
        m_grid->setColumnStretch(i, 1);
        m_grid->setRowStretch(i, 1);
    }
}

void DashboardPage::setClientScope(const QStringList &clientIds)
{
    m_clientIds = clientIds;
    m_stale = true;
    if (isVisible())
        refresh();
}

void DashboardPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    createCharts();
    if (m_stale)
        refresh();
}

void DashboardPage::refresh()
{
    m_stale = false;
    const int days = m_period->currentData().toInt();
    QDateTime to = QDate::currentDate().addDays(1).startOfDay();
    QDateTime from = days > 0 ? QDate::currentDate().addDays(1 - days).startOfDay() : QDateTime(QDate(1970, 1, 1), QTime(0, 0), Qt::UTC);
    if (days == kCustomRange) {
        const QDate first = qMin(m_from->date(), m_to->date());
        const QDate last = qMax(m_from->date(), m_to->date());
        from = first.startOfDay();
        to = last.addDays(1).startOfDay();
    }
    const quint64 generation = ++m_generation;
    const storage::Database database = m_database;
    const QStringList clients = m_clientIds;
    m_summary->setText(tr("Computing..."));

    struct Result
    {
        storage::DashboardFigures figures;
        QString error;
    };
    auto *watcher = new QFutureWatcher<Result>(this);
    connect(watcher, &QFutureWatcher<Result>::finished, this, [this, watcher, generation] {
        const Result result = watcher->result();
        watcher->deleteLater();
        if (generation != m_generation)
            return;
        if (!result.error.isEmpty()) {
            m_summary->setText(tr("The dashboard could not be computed: %1").arg(result.error));
            return;
        }
        show(result.figures);
        Q_EMIT refreshed();
    });
    watcher->setFuture(QtConcurrent::run(models::backgroundPool(), [database, clients, from, to] {
        Result result;
        try {
            result.figures = storage::DashboardRepository(database).figures(clients, from, to);
        } catch (const storage::StorageError &error) {
            result.error = error.message();
        }
        return result;
    }));
}

void DashboardPage::show(const storage::DashboardFigures &figures)
{
    m_figures = figures;
    createCharts();
    const QLocale locale;
    m_summary->setText(tr("%1 calls, %2 answered (%3), %4 warm or better (%5), %6 converted (%7)")
                           .arg(locale.toString(figures.calls), locale.toString(figures.answered),
                                percent(figures.answered, figures.calls), locale.toString(figures.warmOrBetter),
                                percent(figures.warmOrBetter, figures.calls), locale.toString(figures.converted),
                                percent(figures.converted, figures.calls)));

    // Categories, most first (a horizontal bar chart draws its first bar at the bottom).
    ChartData categories{ChartData::Kind::HorizontalBars, tr("Calls by category"), tr("Calls"), QColor(0x1a, 0x73, 0xe8), {}, {}};
    for (auto it = figures.categories.crbegin(); it != figures.categories.crend(); ++it)
        categories.values.append({storage::LeadVocabulary::categoryLabel(it->first), double(it->second)});
    showChart(m_categories, categories);

    // Funnel: calls -> answered -> warm and better -> converted.
    ChartData funnel{ChartData::Kind::HorizontalBars, tr("Conversion funnel"), tr("Leads"), QColor(0x1e, 0x8e, 0x3e), {}, {}};
    for (const auto &[label, value] : QList<QPair<QString, qint64>>{{tr("Converted"), figures.converted},
                                                                   {tr("Warm or better"), figures.warmOrBetter},
                                                                   {tr("Answered"), figures.answered},
                                                                   {tr("Calls"), figures.calls}})
        funnel.values.append({tr("%1 (%2)").arg(label, percent(value, figures.calls)), double(value)});
    showChart(m_funnel, funnel);

    // Sources: a pie of the top sources, the rest as "Other".
    ChartData sources{ChartData::Kind::Pie, tr("Leads by source"), {}, {}, {}, {}};
    qint64 other = 0;
    for (qsizetype i = 0; i < figures.sources.size(); ++i) {
        const auto &[source, count] = figures.sources.at(i);
        if (i < 7)
            sources.values.append({source.isEmpty() ? tr("Unknown") : source, double(count)});
        else
            other += count;
    }
    if (other > 0)
        sources.values.append({tr("Other"), double(other)});
    showChart(m_sources, sources);

    // Calls per day.
    ChartData perDay{ChartData::Kind::TimeLine, tr("Calls per day"), tr("Calls"), {}, {}, {}};
    for (const auto &[day, count] : figures.callsPerDay)
        perDay.timeline.append({QDateTime(day, QTime(12, 0), Qt::UTC), double(count)});
    showChart(m_perDay, perDay);
}

} // namespace anchor::ui
