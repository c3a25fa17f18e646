#pragma once
// A send-rates chart: messages submitted, recipients deferred and bounced per bucket (minute or
// hour) over the chosen window. Used twice on the page: everybody, and the drill-down login.

#include "mta/ratestypes.h"

#include <QWidget>

class QChart;
class QChartView;
class QDateTimeAxis;
class QLineSeries;
class QValueAxis;

namespace zaindari {

class RatesChart : public QWidget
{
    Q_OBJECT
public:
    explicit RatesChart(QWidget *parent = nullptr);

    void setSeries(const RateSeries &series);
    void clear();
    // The heading over the plot ("" = none).
    void setHeading(const QString &heading);
    // The drill-down beside the main chart shares its colours and needs no legend of its own.
    void setLegendVisible(bool visible);
    // For tests: the plotted points of one curve (0 messages, 1 deferred, 2 bounced).
    int pointCount(int curve) const;
    double maxValue(int curve) const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QChart *m_chart;
    QChartView *m_view;
    QDateTimeAxis *m_x;
    QValueAxis *m_y;
    QLineSeries *m_curves[3];
    RateSeries m_series;
};

} // namespace zaindari
