#include "queuesizechart.h"

#include "queuecountsbar.h"

#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QEvent>
#include <QLineSeries>
#include <QVBoxLayout>
#include <QValueAxis>

namespace zaindari {

QueueSizeChart::QueueSizeChart(QWidget *parent)
    : QWidget(parent)
    , m_chart(new QChart)
    , m_view(new QChartView(m_chart, this))
    , m_x(new QDateTimeAxis(this))
    , m_y(new QValueAxis(this))
{
    setObjectName(QStringLiteral("QueueSizeChart"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_view->setRenderHint(QPainter::Antialiasing);
    layout->addWidget(m_view);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_chart->legend()->setAlignment(Qt::AlignRight);
    m_chart->addAxis(m_x, Qt::AlignBottom);
    m_chart->addAxis(m_y, Qt::AlignLeft);
    m_x->setFormat(QStringLiteral("HH:mm:ss"));
    m_x->setTickCount(5);
    m_y->setLabelFormat(QStringLiteral("%d"));
    m_y->setMin(0);
    m_y->setMax(10);
    for (int i = 0; i < QueueCountsBar::shownQueues().size(); ++i) {
        auto *s = new QLineSeries(this);
        s->setPointsVisible(true);
        m_chart->addSeries(s);
        s->attachAxis(m_x);
        s->attachAxis(m_y);
        m_series << s;
    }
    const QDateTime now = QDateTime::currentDateTime();
    m_x->setRange(now.addSecs(-60), now);
    retranslateUi();
}

void QueueSizeChart::addSample(const QDateTime &when, const QueueSummary &summary)
{
    if (m_samples == 0)
        m_first = when;
    ++m_samples;
    const QList<QueueName> queues = QueueCountsBar::shownQueues();
    for (int i = 0; i < queues.size(); ++i) {
        int n = summary.counts[int(queues.at(i))];
        if (queues.at(i) == QueueName::Incoming)
            n += summary.counts[int(QueueName::Maildrop)];
        m_series.at(i)->append(double(when.toMSecsSinceEpoch()), n);
        m_max = qMax(m_max, n);
    }
    // Keep a minute of room before the first sample so a single point is visible.
    m_x->setRange(m_first.addSecs(-30), when.addSecs(30));
    m_y->setMax(qMax(10, int(m_max * 1.1) + 1));
    m_y->applyNiceNumbers();
}

void QueueSizeChart::clear()
{
    for (QLineSeries *s : std::as_const(m_series))
        s->clear();
    m_samples = 0;
    m_max = 0;
    m_y->setRange(0, 10);
}

QList<QPointF> QueueSizeChart::points(QueueName q) const
{
    const int i = int(QueueCountsBar::shownQueues().indexOf(q));
    return i < 0 ? QList<QPointF>() : m_series.at(i)->points();
}

void QueueSizeChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void QueueSizeChart::retranslateUi()
{
    const QList<QueueName> queues = QueueCountsBar::shownQueues();
    for (int i = 0; i < queues.size(); ++i)
        m_series.at(i)->setName(queueNameDisplay(queues.at(i)));
    m_chart->setTitle(tr("Messages per queue at each refresh"));
    m_x->setTitleText(tr("Time"));
    m_y->setTitleText(tr("Messages"));
    m_view->setToolTip(tr("How the queues grew or shrank during this session"));
}

} // namespace zaindari
