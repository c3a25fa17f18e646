#pragma once
// Queue sizes over this session: one line per queue (Qt Charts), one point per refresh.

#include "mta/queueanalysis.h"

#include <QDateTime>
#include <QWidget>

class QChart;
class QChartView;
class QDateTimeAxis;
class QLineSeries;
class QValueAxis;

namespace zaindari {

class QueueSizeChart : public QWidget
{
    Q_OBJECT
public:
    explicit QueueSizeChart(QWidget *parent = nullptr);

    void addSample(const QDateTime &when, const QueueSummary &summary);
    void clear();
    int sampleCount() const { return m_samples; }
    // Points of one queue's line, for tests.
    QList<QPointF> points(QueueName q) const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    QChart *m_chart;
    QChartView *m_view;
    QDateTimeAxis *m_x;
    QValueAxis *m_y;
    QList<QLineSeries *> m_series; // in QueueCountsBar::shownQueues() order
    int m_samples = 0;
    int m_max = 0;
    QDateTime m_first;
};

} // namespace zaindari
