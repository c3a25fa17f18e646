#include "connectionindicator.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPixmap>

namespace zaindari {

ConnectionIndicator::ConnectionIndicator(Backend backend, QWidget *parent)
    : QWidget(parent)
    , m_backend(backend)
    , m_dot(new QLabel(this))
    , m_label(new QLabel(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 0, 6, 0);
    layout->setSpacing(4);
    layout->addWidget(m_dot);
    layout->addWidget(m_label);
    retranslateUi();
}

QColor ConnectionIndicator::stateColor(ConnectionState state)
{
    switch (state) {
    case ConnectionState::Disconnected:
        return QColor(0x8a, 0x96, 0xa3);
    case ConnectionState::Connecting:
        return QColor(0xe8, 0xa3, 0x17);
    case ConnectionState::Connected:
        return QColor(0x2e, 0x9e, 0x44);
    case ConnectionState::Error:
        return QColor(0xd0, 0x33, 0x2b);
    }
    return {};
}

QPixmap ConnectionIndicator::stateDot(ConnectionState state, int size)
{
    QPixmap pm(size, size);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(stateColor(state).darker(140), 1));
    p.setBrush(stateColor(state));
    p.drawEllipse(QRectF(1.5, 1.5, size - 3, size - 3));
    return pm;
}

void ConnectionIndicator::setState(ConnectionState state, const QString &message)
{
    m_state = state;
    m_message = message;
    retranslateUi();
}

QString ConnectionIndicator::text() const
{
    return m_label->text();
}

void ConnectionIndicator::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ConnectionIndicator::retranslateUi()
{
    const QString name = backendName(m_backend);
    m_dot->setPixmap(stateDot(m_state, fontMetrics().height() - 2));
    //: Status bar: %1 is a backend ("SSH", "Zimbra admin", "Active Directory"), %2 its state
    m_label->setText(tr("%1: %2").arg(name, connectionStateName(m_state)));
    QString tip;
    switch (m_state) {
    case ConnectionState::Disconnected:
        //: %1 is a backend name
        tip = tr("Not connected to %1.").arg(name);
        break;
    case ConnectionState::Connecting:
        //: %1 is a backend name
        tip = tr("Connecting to %1…").arg(name);
        break;
    case ConnectionState::Connected:
        //: %1 is a backend name
        tip = tr("Connected to %1.").arg(name);
        break;
    case ConnectionState::Error:
        //: %1 is a backend name
        tip = m_message.isEmpty() ? tr("The connection to %1 failed.").arg(name) : m_message;
        break;
    }
    if (m_state != ConnectionState::Error && !m_message.isEmpty())
        tip = m_message;
    setToolTip(tip);
    setAccessibleName(m_label->text());
    setAccessibleDescription(tip);
}

} // namespace zaindari
