#pragma once
// The dashboard's alarm: "ikasle3@… sent 2,500 messages in a minute" with an Open account
// button and a Dismiss button. Shows the latest alert; hidden until there is one.

#include "mta/ratestypes.h"

#include <QDateTime>
#include <QFrame>

class QLabel;
class QPushButton;

namespace zaindari {

class AlertBanner : public QFrame
{
    Q_OBJECT
public:
    explicit AlertBanner(QWidget *parent = nullptr);

    void showAlert(const RateAlert &alert);
    void dismiss();
    QString account() const { return m_alert.account; }
    QString text() const;
    QPushButton *openButton() const { return m_open; }
    QPushButton *containButton() const { return m_contain; }

    // One translated sentence for an alert; also the tray message and the alert list's text.
    static QString describe(const RateAlert &alert);

Q_SIGNALS:
    void openAccountRequested(const QString &account);
    void showRatesRequested(const QString &account);
    // Issue 8: contain the flagged login; `detectedAt` is the alert's time (UTC).
    void containRequested(const QString &account, const QDateTime &detectedAt);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    RateAlert m_alert;
    QLabel *m_icon;
    QLabel *m_text;
    QPushButton *m_open;
    QPushButton *m_contain;
    QPushButton *m_rates;
    QPushButton *m_dismiss;
};

} // namespace zaindari
