#include "alertbanner.h"

#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStyle>

namespace zaindari {

AlertBanner::AlertBanner(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_open(new QPushButton(this))
    , m_contain(new QPushButton(this))
    , m_rates(new QPushButton(this))
    , m_dismiss(new QPushButton(this))
{
    setObjectName(QStringLiteral("rateAlertBanner"));
    setFrameShape(QFrame::StyledPanel);
    // A warm background that reads as an alarm in light and dark themes alike.
    setStyleSheet(QStringLiteral("#rateAlertBanner { background: #fde2e1; border: 1px solid #c0392b; "
                                 "border-radius: 4px; } #rateAlertBanner QLabel { color: #5c1010; }"));
    m_icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(32, 32));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_icon);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_contain);
    layout->addWidget(m_open);
    layout->addWidget(m_rates);
    layout->addWidget(m_dismiss);
    connect(m_open, &QPushButton::clicked, this, [this] { emit openAccountRequested(m_alert.account); });
    m_contain->setObjectName(QStringLiteral("containButton"));
    connect(m_contain, &QPushButton::clicked, this, [this] {
        emit containRequested(m_alert.account, QDateTime::fromSecsSinceEpoch(m_alert.t, Qt::UTC));
    });
    connect(m_rates, &QPushButton::clicked, this, [this] { emit showRatesRequested(m_alert.account); });
    connect(m_dismiss, &QPushButton::clicked, this, &AlertBanner::dismiss);
    retranslateUi();
    hide();
}

QString AlertBanner::describe(const RateAlert &a)
{
    const QString when
        = QLocale().toString(QDateTime::fromSecsSinceEpoch(a.t).toLocalTime(), QLocale::ShortFormat);
    const int rate = int(a.rate);
    const int threshold = int(a.threshold);
    if (a.window == QLatin1String("minute"))
        //: %1 account, %2 date and time, %3 the threshold; %n messages in one minute
        return tr("%1 sent %n message(s) within one minute at %2 (threshold %3).", "", rate)
            .arg(a.account, when, QString::number(threshold));
    if (a.window == QLatin1String("hour"))
        //: %1 account, %2 date and time, %3 the threshold; %n messages in one hour
        return tr("%1 sent %n message(s) within one hour up to %2 (threshold %3).", "", rate)
            .arg(a.account, when, QString::number(threshold));
    //: %1 account, %2 date and time, %3 the account's usual hourly peak; %n messages in one hour
    return tr("%1 sent %n message(s) in the hour up to %2, far above its usual peak of %3 an hour.", "", rate)
        .arg(a.account, when, QString::number(threshold));
}

void AlertBanner::showAlert(const RateAlert &alert)
{
    m_alert = alert;
    retranslateUi();
    show();
}

void AlertBanner::dismiss()
{
    hide();
}

QString AlertBanner::text() const
{
    return m_text->text();
}

void AlertBanner::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QFrame::changeEvent(event);
}

void AlertBanner::retranslateUi()
{
    m_text->setText(m_alert.account.isEmpty()
                        ? QString()
                        //: %1 is a sentence describing the alert
                        : tr("<b>Possibly captured account.</b> %1").arg(describe(m_alert).toHtmlEscaped()));
    m_open->setText(tr("&Open account"));
    m_open->setToolTip(tr("Show this account on the Accounts page, to lock it or reset its password"));
    m_contain->setText(tr("&Contain…"));
    m_contain->setToolTip(tr("Lock this account, cut its sessions, stop its mail and secure its directory "
                             "account: a plan is shown before anything runs"));
    m_rates->setText(tr("Send &rates"));
    m_rates->setToolTip(tr("Show what this account sent on the Send rates page"));
    m_dismiss->setText(tr("Dismiss"));
    m_dismiss->setToolTip(tr("Hide this alarm; it stays in the alert list of the Send rates page"));
}

} // namespace zaindari
