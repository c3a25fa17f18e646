#include "queuefilterbar.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>
#include <QToolButton>

namespace zaindari {

QueueFilterBar::QueueFilterBar(QWidget *parent)
    : QWidget(parent)
    , m_text(new QLineEdit(this))
    , m_sender(new QLineEdit(this))
    , m_recipientDomain(new QLineEdit(this))
    , m_reason(new QLineEdit(this))
    , m_age(new QComboBox(this))
    , m_queue(new QComboBox(this))
    , m_host(new QComboBox(this))
    , m_hostLabel(new QLabel(this))
    , m_ageLabel(new QLabel(this))
    , m_queueLabel(new QLabel(this))
    , m_clear(new QToolButton(this))
    , m_debounce(new QTimer(this))
{
    setObjectName(QStringLiteral("QueueFilterBar"));
    m_text->setObjectName(QStringLiteral("filterText"));
    m_sender->setObjectName(QStringLiteral("filterSender"));
    m_recipientDomain->setObjectName(QStringLiteral("filterRecipientDomain"));
    m_reason->setObjectName(QStringLiteral("filterReason"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    for (QLineEdit *e : {m_text, m_sender, m_recipientDomain, m_reason}) {
        e->setClearButtonEnabled(true);
        layout->addWidget(e, e == m_text ? 3 : 2);
        connect(e, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    }
    m_ageLabel->setBuddy(m_age);
    m_queueLabel->setBuddy(m_queue);
    m_hostLabel->setBuddy(m_host);
    layout->addWidget(m_ageLabel);
    layout->addWidget(m_age);
    layout->addWidget(m_queueLabel);
    layout->addWidget(m_queue);
    layout->addWidget(m_hostLabel);
    layout->addWidget(m_host);
    layout->addWidget(m_clear);
    m_hostLabel->hide();
    m_host->hide();
    m_clear->setIcon(QIcon::fromTheme(QStringLiteral("edit-clear-all")));
    m_clear->setAutoRaise(true);
    connect(m_clear, &QToolButton::clicked, this, &QueueFilterBar::clearFields);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(250);
    connect(m_debounce, &QTimer::timeout, this, &QueueFilterBar::filterChanged);
    for (QComboBox *c : {m_age, m_queue, m_host})
        connect(c, &QComboBox::activated, this, &QueueFilterBar::filterChanged);
    retranslateUi();
}

void QueueFilterBar::fillCombos()
{
    const int age = m_age->currentIndex();
    const int queue = m_queue->currentIndex();
    m_age->clear();
    m_age->addItem(tr("Any age"), -1);
    for (int b = 0; b < ageBucketCount(); ++b)
        m_age->addItem(ageBucketLabel(b), b);
    m_age->setCurrentIndex(qMax(0, age));
    m_queue->clear();
    m_queue->addItem(tr("Every queue"), -1);
    for (QueueName q :
         {QueueName::Incoming, QueueName::Active, QueueName::Deferred, QueueName::Hold, QueueName::Corrupt})
        m_queue->addItem(queueNameDisplay(q), int(q));
    m_queue->setCurrentIndex(qMax(0, queue));
}

void QueueFilterBar::setHosts(const QStringList &hosts)
{
    const QString current = m_host->currentData().toString();
    m_host->clear();
    m_host->addItem(tr("Every host"), QString());
    for (const QString &h : hosts)
        m_host->addItem(h, h);
    m_host->setCurrentIndex(qMax(0, m_host->findData(current)));
    const bool several = hosts.size() > 1;
    m_host->setVisible(several);
    m_hostLabel->setVisible(several);
}

void QueueFilterBar::setQueue(std::optional<QueueName> q)
{
    m_queue->setCurrentIndex(q ? qMax(0, m_queue->findData(int(*q))) : 0);
    Q_EMIT filterChanged();
}

void QueueFilterBar::clearFields()
{
    const QSignalBlocker blockers[] = {QSignalBlocker(m_text), QSignalBlocker(m_sender),
                                       QSignalBlocker(m_recipientDomain), QSignalBlocker(m_reason)};
    for (QLineEdit *e : {m_text, m_sender, m_recipientDomain, m_reason})
        e->clear();
    m_age->setCurrentIndex(0);
    m_queue->setCurrentIndex(0);
    m_host->setCurrentIndex(0);
    Q_EMIT filterChanged();
}

QueueFilter QueueFilterBar::filter() const
{
    QueueFilter f;
    f.text = m_text->text().trimmed();
    // A sender field holding no '@' is taken as a sender domain ("@example.org" too).
    const QString sender = m_sender->text().trimmed();
    if (sender.startsWith(QLatin1Char('@')))
        f.senderDomain = sender.mid(1).toLower();
    else if (!sender.isEmpty() && !sender.contains(QLatin1Char('@')) && sender != QLatin1String("<>"))
        f.senderDomain = sender.toLower();
    else
        f.sender = sender;
    QString domain = m_recipientDomain->text().trimmed().toLower();
    if (domain.startsWith(QLatin1Char('@')))
        domain.remove(0, 1);
    f.recipientDomain = domain;
    f.reason = m_reason->text().trimmed();
    f.ageBucket = m_age->currentData().toInt();
    const int q = m_queue->currentData().toInt();
    if (q >= 0)
        f.setQueue(QueueName(q));
    f.host = m_host->isVisible() ? m_host->currentData().toString() : QString();
    return f;
}

void QueueFilterBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void QueueFilterBar::retranslateUi()
{
    m_text->setPlaceholderText(tr("Search id, address or reason"));
    m_text->setToolTip(
        tr("Shows messages whose id, sender, a recipient or a delay reason contains this text"));
    m_sender->setPlaceholderText(tr("Sender or @domain"));
    m_sender->setToolTip(tr("An exact sender address, or a sender domain; <> is the null sender of bounces"));
    m_recipientDomain->setPlaceholderText(tr("Recipient domain"));
    m_recipientDomain->setToolTip(tr("Shows messages with at least one recipient in this domain"));
    m_reason->setPlaceholderText(tr("Delay reason"));
    m_reason->setToolTip(
        tr("Shows messages whose delay reason contains this text, e.g. “Connection refused”"));
    m_ageLabel->setText(tr("A&ge:"));
    m_queueLabel->setText(tr("&Queue:"));
    m_hostLabel->setText(tr("&Host:"));
    m_clear->setToolTip(tr("Clear every filter field"));
    m_clear->setText(tr("Clear filters"));
    fillCombos();
    if (m_host->count() > 0)
        m_host->setItemText(0, tr("Every host"));
}

} // namespace zaindari
