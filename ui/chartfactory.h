#pragma once

#include <QColor>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>
#include <QtPlugin>

class QPalette;
class QWidget;

namespace anchor::ui {

// What one chart shows, in plain values: the charts plugin turns it into a Qt Charts chart.
struct ChartData
{
    enum class Kind { HorizontalBars, Pie, TimeLine };

    Kind kind = Kind::HorizontalBars;
    QString title;
    QString seriesName;
    QColor colour;
    QList<QPair<QString, double>> values;         // bars (first drawn at the bottom) and pie slices
    QList<QPair<QDateTime, double>> timeline;     // TimeLine points, in time order
};

// One named line of a chart with several (campaign statistics over time).
struct TimeSeries
{
    QString name;
    QColor colour;
    QList<QPair<QDateTime, double>> points;   // in time order
};

// Implemented by the charts plugin (ui/charts), which is the only code linking Qt Charts: it
// loads on the first chart, so Qt Charts and OpenGL stay out of the application's start-up.
class ChartFactory
{
public:
    virtual ~ChartFactory() = default;
    virtual QWidget *createChartView(QWidget *parent) = 0;
    // Replaces what a view made by createChartView shows, with colours from the palette.
    virtual void showChart(QWidget *view, const ChartData &data, const QPalette &palette) = 0;
    // Several lines over one time axis, with a legend; hourly points get an hour-and-day axis.
    virtual void showTimeSeries(QWidget *view, const QString &title, const QList<TimeSeries> &series, bool hourly,
                                const QPalette &palette) = 0;
};

} // namespace anchor::ui

#define AnchorChartFactory_iid "com.anchorcrm.ChartFactory/2"   // 2: showTimeSeries
Q_DECLARE_INTERFACE(anchor::ui::ChartFactory, AnchorChartFactory_iid)
