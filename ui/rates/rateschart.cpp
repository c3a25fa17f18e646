#include "rateschart.h"

#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QEvent>
#include <QLineSeries>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>

namespace zaindari {

RatesChart::RatesChart(QWidget *parent)
    : QWidget(parent)
    , m_chart(new QChart)
    , m_view(new QChartView(m_chart, this))
    , m_x(new QDateTimeAxis(this))
    , m_y(new QValueAxis(this))
{
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->addAxis(m_x, Qt::AlignBottom);
    m_chart->addAxis(m_y, Qt::AlignLeft);
    m_y->setLabelFormat(QStringLiteral("%d"));
    m_y->setMin(0);
    // Colours a colour-blind reader tells apart: blue, orange, red-purple.
    const QColor colours[3] = {QColor(0x1f, 0x77, 0xb4), QColor(0xe6, 0x9f, 0x00), QColor(0xcc, 0x79, 0xa7)};
    for (int i = 0; i < 3; ++i) {
        m_curves[i] = new QLineSeries(this);
        QPen pen(colours[i]);
        pen.setWidth(i == 0 ? 2 : 1);
        m_curves[i]->setPen(pen);
        m_chart->addSeries(m_curves[i]);
        m_curves[i]->attachAxis(m_x);
        m_curves[i]->attachAxis(m_y);
    }
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(160);
    m_view->setFocusPolicy(Qt::NoFocus);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    retranslateUi();
    clear();
}

void RatesChart::setHeading(const QString &heading)
{
    m_chart->setTitle(heading);
}

void RatesChart::setLegendVisible(bool visible)
{
    m_chart->legend()->setVisible(visible);
}

void RatesChart::clear()
{
    setSeries(RateSeries());
}

void RatesChart::setSeries(const RateSeries &series)
{
    m_series = series;
    QList<QPointF> points[3];
    double top = 1;
    for (const RatePoint &p : series.points) {
        const double x = double(p.t) * 1000.0;
        const double v[3] = {double(p.messages), double(p.deferred), double(p.bounced)};
        for (int i = 0; i < 3; ++i) {
            points[i].append(QPointF(x, v[i]));
            top = std::max(top, v[i]);
        }
    }
    for (int i = 0; i < 3; ++i)
        m_curves[i]->replace(points[i]);
    QDateTime from = QDateTime::currentDateTime();
    QDateTime to = from;
    if (!series.points.isEmpty()) {
        from = QDateTime::fromSecsSinceEpoch(series.points.constFirst().t);
        to = QDateTime::fromSecsSinceEpoch(series.points.constLast().t + series.bucketSeconds);
    } else {
        from = from.addSecs(-3600);
    }
    m_x->setRange(from, to);
    const qint64 span = from.secsTo(to);
    m_x->setFormat(span > 2 * 86400 ? QStringLiteral("dd MMM HH:mm") : QStringLiteral("HH:mm"));
    m_x->setTickCount(span > 6 * 3600 ? 7 : 5);
    m_y->setRange(0, top * 1.1);
    m_y->applyNiceNumbers();
}

int RatesChart::pointCount(int curve) const
{
    return curve >= 0 && curve < 3 ? int(m_curves[curve]->count()) : 0;
}

double RatesChart::maxValue(int curve) const
{
    double top = 0;
    if (curve >= 0 && curve < 3) {
        const QList<QPointF> points = m_curves[curve]->points();
        for (const QPointF &p : points)
            top = std::max(top, p.y());
    }
    return top;
}

void RatesChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void RatesChart::retranslateUi()
{
    m_curves[0]->setName(tr("Messages submitted"));
    m_curves[1]->setName(tr("Recipients deferred"));
    m_curves[2]->setName(tr("Recipients bounced"));
    m_view->setToolTip(tr("Messages accepted for sending per minute or per hour, with the recipients "
                          "the next server deferred or bounced"));
}

} // namespace zaindari
