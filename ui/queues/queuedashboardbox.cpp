#include "queuedashboardbox.h"

#include "queuecountsbar.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace zaindari {

QueueDashboardBox::QueueDashboardBox(QWidget *parent)
    : QGroupBox(parent)
    , m_counts(new QueueCountsBar(this))
    , m_when(new QLabel(this))
    , m_open(new QPushButton(this))
{
    setObjectName(QStringLiteral("QueueDashboardBox"));
    m_counts->setInteractive(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_counts);
    auto *row = new QHBoxLayout;
    m_when->setWordWrap(true);
    row->addWidget(m_when, 1);
    m_open->setIcon(QIcon(QStringLiteral(":/icons/queues.svg")));
    row->addWidget(m_open);
    layout->addLayout(row);
    connect(m_open, &QPushButton::clicked, this, &QueueDashboardBox::openRequested);
    retranslateUi();
}

void QueueDashboardBox::setSummary(const QueueSummary &summary)
{
    m_counts->setSummary(summary);
    m_readAt = QDateTime::currentDateTime();
    m_total = summary.total;
    retranslateUi();
}

void QueueDashboardBox::clear()
{
    m_counts->clear();
    m_readAt = QDateTime();
    m_total = -1;
    retranslateUi();
}

void QueueDashboardBox::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QGroupBox::changeEvent(event);
}

void QueueDashboardBox::retranslateUi()
{
    setTitle(tr("Mail queues"));
    m_open->setText(tr("Open the queues"));
    m_open->setToolTip(tr("Show the Queues page (Ctrl+2)"));
    if (m_readAt.isValid())
        //: %n messages in total, %1 a time of day
        m_when->setText(
            tr("%n message(s) in total, read at %1; the Queues page refreshes them.", nullptr, m_total)
                .arg(QLocale().toString(m_readAt.time(), QLocale::ShortFormat)));
    else
        m_when->setText(tr("Not read yet: the counts appear once the Queues page has connected."));
}

} // namespace zaindari
