#pragma once
// The five queue counts at the top of the Queues page (incoming, active, deferred, hold,
// corrupt). Each count is a button: clicking it shows only that queue, clicking it again shows
// every queue. The dashboard shows the same bar, read-only.

#include "mta/queueanalysis.h"

#include <QWidget>

class QToolButton;

namespace zaindari {

class QueueCountsBar : public QWidget
{
    Q_OBJECT
public:
    explicit QueueCountsBar(QWidget *parent = nullptr);

    // The queues shown, in this order.
    static QList<QueueName> shownQueues();

    void setSummary(const QueueSummary &summary);
    void clear();
    void setInteractive(bool on);
    // The queue whose button is down, if any.
    void setCheckedQueue(std::optional<QueueName> q);
    int count(QueueName q) const { return m_counts[int(q)]; }
    bool hasCounts() const { return m_known; }
    QString text() const; // "Incoming: 0, Active: 0, ..." for tests and accessibility

Q_SIGNALS:
    void queueToggled(std::optional<zaindari::QueueName> queue);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    QList<QToolButton *> m_buttons;
    int m_counts[QueueNameCount] = {};
    bool m_known = false;
    bool m_interactive = true;
};

} // namespace zaindari
