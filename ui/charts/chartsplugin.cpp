#include "chartsplugin.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QHorizontalBarSeries>
#include <QLegend>
#include <QLineSeries>
#include <QPieSeries>
#include <QValueAxis>

namespace anchor::ui {

namespace {

QChart *freshChart(const ChartData &data, const QPalette &palette)
{
    auto *chart = new QChart;
    chart->setTitle(data.title);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setVisible(false);
    chart->setBackgroundBrush(palette.base());
    chart->setTitleBrush(palette.text());
    return chart;
}

QValueAxis *countAxis(double maximum, double headroom)
{
    auto *axis = new QValueAxis;
    axis->setRange(0, qMax(1.0, maximum) * headroom);
    axis->setLabelFormat(QStringLiteral("%d"));
    axis->applyNiceNumbers();
    return axis;
}

void addHorizontalBars(QChart *chart, const ChartData &data, const QPalette &palette)
{
    auto *series = new QHorizontalBarSeries;
    auto *set = new QBarSet(data.seriesName);
    auto *labels = new QBarCategoryAxis;
    double maximum = 0;
    for (const auto &[label, value] : data.values) {
        set->append(value);
        labels->append(label);
        maximum = qMax(maximum, value);
    }
    set->setColor(data.colour);
    set->setLabelColor(palette.color(QPalette::Text));
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    labels->setTruncateLabels(false);   // labels are short; eliding hid them all
    chart->addSeries(series);
    QValueAxis *values = countAxis(maximum, 1.15);   // room for the value labels
    chart->addAxis(labels, Qt::AlignLeft);
    chart->addAxis(values, Qt::AlignBottom);
    series->attachAxis(labels);
    series->attachAxis(values);
}

void addPie(QChart *chart, const ChartData &data, const QPalette &palette)
{
    chart->legend()->setVisible(true);
    chart->legend()->setAlignment(Qt::AlignRight);
    chart->legend()->setLabelColor(palette.color(QPalette::Text));
    auto *series = new QPieSeries;
    for (const auto &[label, value] : data.values)
        series->append(label, value);
    chart->addSeries(series);
}

void addTimeLine(QChart *chart, const ChartData &data)
{
    auto *series = new QLineSeries;
    series->setName(data.seriesName);
    if (data.colour.isValid())
        series->setColor(data.colour);
    double maximum = 0;
    for (const auto &[time, value] : data.timeline) {
        series->append(double(time.toMSecsSinceEpoch()), value);
        maximum = qMax(maximum, value);
    }
    chart->addSeries(series);
    auto *time = new QDateTimeAxis;
    time->setFormat(QStringLiteral("d MMM"));
    time->setTickCount(6);
    if (!data.timeline.isEmpty())
        time->setRange(data.timeline.first().first.date().startOfDay(), data.timeline.last().first.date().endOfDay());
    QValueAxis *values = countAxis(maximum, 1.1);
    chart->addAxis(time, Qt::AlignBottom);
    chart->addAxis(values, Qt::AlignLeft);
    series->attachAxis(time);
    series->attachAxis(values);
}

} // namespace

QWidget *ChartsPlugin::createChartView(QWidget *parent)
{
    auto *view = new QChartView(parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(320, 240);
    return view;
}

void ChartsPlugin::showChart(QWidget *view, const ChartData &data, const QPalette &palette)
{
    auto *chartView = qobject_cast<QChartView *>(view);
    if (!chartView)
        return;
    QChart *chart = freshChart(data, palette);
    switch (data.kind) {
    case ChartData::Kind::HorizontalBars:
        addHorizontalBars(chart, data, palette);
        break;
    case ChartData::Kind::Pie:
        addPie(chart, data, palette);
        break;
    case ChartData::Kind::TimeLine:
        addTimeLine(chart, data);
        break;
    }
    // The view lets go of its old chart first; only then can the old chart be deleted.
    QChart *old = chartView->chart();
    chartView->setChart(chart);
    delete old;
}

void ChartsPlugin::showTimeSeries(QWidget *view, const QString &title, const QList<TimeSeries> &series, bool hourly,
                                  const QPalette &palette)
{
    auto *chartView = qobject_cast<QChartView *>(view);
    if (!chartView)
        return;
    QChart *chart = freshChart(ChartData{ChartData::Kind::TimeLine, title, {}, {}, {}, {}}, palette);
    chart->legend()->setVisible(true);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setLabelColor(palette.color(QPalette::Text));
    auto *time = new QDateTimeAxis;
    time->setFormat(hourly ? QStringLiteral("d MMM HH:mm") : QStringLiteral("d MMM"));
    time->setTickCount(6);
    double maximum = 0;
    QDateTime first;
    QDateTime last;
    QList<QLineSeries *> lines;
    for (const TimeSeries &one : series) {
        auto *line = new QLineSeries;
        line->setName(one.name);
        if (one.colour.isValid())
            line->setColor(one.colour);
        for (const auto &[when, value] : one.points) {
            line->append(double(when.toMSecsSinceEpoch()), value);
            maximum = qMax(maximum, value);
            first = first.isValid() ? qMin(first, when) : when;
            last = last.isValid() ? qMax(last, when) : when;
        }
        chart->addSeries(line);
        lines.append(line);
    }
    if (first.isValid()) {
        // One point still needs a span to draw on.
        const qint64 pad = hourly ? 3600 : 86400;
        time->setRange(first == last ? first.addSecs(-pad) : first, first == last ? last.addSecs(pad) : last);
    }
    QValueAxis *values = countAxis(maximum, 1.1);
    chart->addAxis(time, Qt::AlignBottom);
    chart->addAxis(values, Qt::AlignLeft);
    for (QLineSeries *line : lines) {
        line->attachAxis(time);
        line->attachAxis(values);
    }
    QChart *old = chartView->chart();
    chartView->setChart(chart);
    delete old;
}

} // namespace anchor::ui
