#include "dashboardpage.h"

#include <backgroundwork.h>
#include <leadtypes.h>
#include <storageerror.h>

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeAxis>
#include <QFutureWatcher>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QPieSeries>
#include <QValueAxis>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace anchor::ui {

namespace {

constexpr int kCustomRange = -1;

QChartView *chartView(QWidget *parent)
{
    auto *view = new QChartView(parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(320, 240);
    return view;
}

QChart *freshChart(const QString &title, const QPalette &palette)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setVisible(false);
    chart->setBackgroundBrush(palette.base());
    chart->setTitleBrush(palette.text());
    return chart;
}

// The view lets go of its old chart first; only then can the old chart be deleted.
void replaceChart(QChartView *view, QChart *chart)
{
    QChart *old = view->chart();
    view->setChart(chart);
    delete old;
}

QString percent(qint64 part, qint64 whole)
{
    return whole > 0 ? QLocale().toString(100.0 * double(part) / double(whole), 'f', 1) + QLatin1Char('%') : QStringLiteral("-");
}

} // namespace

QChart *DashboardPage::barChart(const QString &title, const QString &setName, const QList<QPair<QString, qint64>> &bars,
                                const QColor &color) const
{
    QChart *chart = freshChart(title, palette());
    auto *series = new QHorizontalBarSeries;
    auto *set = new QBarSet(setName);
    auto *axis = new QBarCategoryAxis;
    qint64 maximum = 1;
    for (const auto &[label, value] : bars) {
        set->append(double(value));
        axis->append(label);
        maximum = qMax(maximum, value);
    }
    set->setColor(color);
    set->setLabelColor(palette().color(QPalette::Text));
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    axis->setTruncateLabels(false);   // labels are short; eliding hid them all
    chart->addSeries(series);
    auto *values = new QValueAxis;
    values->setRange(0, double(maximum) * 1.15);   // room for the value labels
    values->setLabelFormat(QStringLiteral("%d"));
    values->applyNiceNumbers();
    chart->addAxis(axis, Qt::AlignLeft);
    chart->addAxis(values, Qt::AlignBottom);
    series->attachAxis(axis);
    series->attachAxis(values);
    return chart;
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
    m_categories = chartView(this);
    m_funnel = chartView(this);
    m_sources = chartView(this);
    m_perDay = chartView(this);
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
    QList<QPair<QString, qint64>> categories;
    for (auto it = figures.categories.crbegin(); it != figures.categories.crend(); ++it)
        categories.append({storage::LeadVocabulary::categoryLabel(it->first), it->second});
    replaceChart(m_categories, barChart(tr("Calls by category"), tr("Calls"), categories, QColor(0x1a, 0x73, 0xe8)));

    // Funnel: calls -> answered -> warm and better -> converted.
    QList<QPair<QString, qint64>> steps;
    for (const auto &[label, value] : QList<QPair<QString, qint64>>{{tr("Converted"), figures.converted},
                                                                   {tr("Warm or better"), figures.warmOrBetter},
                                                                   {tr("Answered"), figures.answered},
                                                                   {tr("Calls"), figures.calls}})
        steps.append({tr("%1 (%2)").arg(label, percent(value, figures.calls)), value});
    replaceChart(m_funnel, barChart(tr("Conversion funnel"), tr("Leads"), steps, QColor(0x1e, 0x8e, 0x3e)));

    // Sources: a pie of the top sources, the rest as "Other".
    {
        QChart *chart = freshChart(tr("Leads by source"), palette());
        chart->legend()->setVisible(true);
        chart->legend()->setAlignment(Qt::AlignRight);
        chart->legend()->setLabelColor(palette().color(QPalette::Text));
        auto *series = new QPieSeries;
        qint64 other = 0;
        for (qsizetype i = 0; i < figures.sources.size(); ++i) {
            const auto &[source, count] = figures.sources.at(i);
            if (i < 7)
                series->append(source.isEmpty() ? tr("Unknown") : source, double(count));
            else
                other += count;
        }
        if (other > 0)
            series->append(tr("Other"), double(other));
        chart->addSeries(series);
        replaceChart(m_sources, chart);
    }
    // Calls per day.
    {
        QChart *chart = freshChart(tr("Calls per day"), palette());
        auto *series = new QLineSeries;
        qint64 maximum = 1;
        for (const auto &[day, count] : figures.callsPerDay) {
            series->append(double(QDateTime(day, QTime(12, 0), Qt::UTC).toMSecsSinceEpoch()), double(count));
            maximum = qMax(maximum, count);
        }
        chart->addSeries(series);
        auto *time = new QDateTimeAxis;
        time->setFormat(QStringLiteral("d MMM"));
        time->setTickCount(6);
        if (!figures.callsPerDay.isEmpty())
            time->setRange(figures.callsPerDay.first().first.startOfDay(), figures.callsPerDay.last().first.endOfDay());
        auto *values = new QValueAxis;
        values->setRange(0, double(maximum) * 1.1);
        values->setLabelFormat(QStringLiteral("%d"));
        values->applyNiceNumbers();
        chart->addAxis(time, Qt::AlignBottom);
        chart->addAxis(values, Qt::AlignLeft);
        series->attachAxis(time);
        series->attachAxis(values);
        replaceChart(m_perDay, chart);
    }
}

} // namespace anchor::ui
