#pragma once

#include <chartfactory.h>

#include <QObject>

namespace anchor::ui {

// The Qt Charts implementation of ChartFactory, built as the anchor_charts plugin.
class ChartsPlugin final : public QObject, public ChartFactory
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID AnchorChartFactory_iid)
    Q_INTERFACES(anchor::ui::ChartFactory)

public:
    QWidget *createChartView(QWidget *parent) override;
    void showChart(QWidget *view, const ChartData &data, const QPalette &palette) override;
    void showTimeSeries(QWidget *view, const QString &title, const QList<TimeSeries> &series, bool hourly,
                        const QPalette &palette) override;
};

} // namespace anchor::ui
