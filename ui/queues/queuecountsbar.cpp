#include "queuecountsbar.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLocale>
#include <QToolButton>

namespace zaindari {

QueueCountsBar::QueueCountsBar(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("QueueCountsBar"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    for (QueueName q : shownQueues()) {
        auto *b = new QToolButton(this);
        b->setObjectName(QStringLiteral("count_") + queueNameToString(q));
        b->setCheckable(true);
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        b->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
        b->setMinimumHeight(fontMetrics().height() * 3);
        connect(b, &QToolButton::clicked, this, [this, q](bool checked) {
            setCheckedQueue(checked ? std::optional<QueueName>(q) : std::nullopt);
            Q_EMIT queueToggled(checked ? std::optional<QueueName>(q) : std::nullopt);
        });
        m_buttons << b;
        layout->addWidget(b);
    }
    retranslateUi();
}

QList<QueueName> QueueCountsBar::shownQueues()
{
    return {QueueName::Incoming, QueueName::Active, QueueName::Deferred, QueueName::Hold, QueueName::Corrupt};
}

void QueueCountsBar::setSummary(const QueueSummary &summary)
{
    for (int i = 0; i < QueueNameCount; ++i)
        m_counts[i] = summary.counts[i];
    // Postfix's maildrop is counted with incoming, as qshape and zmqstat do.
    m_counts[int(QueueName::Incoming)] += summary.counts[int(QueueName::Maildrop)];
    m_known = true;
    retranslateUi();
}

void QueueCountsBar::clear()
{
    for (int &c : m_counts)
        c = 0;
    m_known = false;
    retranslateUi();
}

void QueueCountsBar::setInteractive(bool on)
{
    m_interactive = on;
    for (QToolButton *b : std::as_const(m_buttons)) {
        b->setCheckable(on);
        b->setFocusPolicy(on ? Qt::StrongFocus : Qt::NoFocus);
        b->setAttribute(Qt::WA_TransparentForMouseEvents, !on);
    }
    retranslateUi();
}

void QueueCountsBar::setCheckedQueue(std::optional<QueueName> q)
{
    const QList<QueueName> queues = shownQueues();
    for (int i = 0; i < queues.size(); ++i)
        m_buttons.at(i)->setChecked(q && *q == queues.at(i));
}

QString QueueCountsBar::text() const
{
    QStringList parts;
    for (QueueName q : shownQueues())
        //: %1 queue name, %2 number of messages
        parts << tr("%1: %2").arg(queueNameDisplay(q)).arg(m_counts[int(q)]);
    return parts.join(QStringLiteral(", "));
}

void QueueCountsBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void QueueCountsBar::retranslateUi()
{
    const QList<QueueName> queues = shownQueues();
    const QLocale locale;
    for (int i = 0; i < queues.size(); ++i) {
        const QueueName q = queues.at(i);
        const QString number = m_known ? locale.toString(m_counts[int(q)]) : QStringLiteral("—");
        QToolButton *b = m_buttons.at(i);
        b->setText(QStringLiteral("%1\n%2").arg(number, queueNameDisplay(q)));
        QFont f = b->font();
        f.setBold(q == QueueName::Deferred || q == QueueName::Hold);
        b->setFont(f);
        if (m_interactive)
            //: %1 is a queue name such as "deferred"
            b->setToolTip(
                tr("Show only the %1 queue (click again to show every queue)").arg(queueNameDisplay(q)));
        else
            b->setToolTip(QString());
        b->setAccessibleName(tr("%1: %2").arg(queueNameDisplay(q), number));
    }
}

} // namespace zaindari
