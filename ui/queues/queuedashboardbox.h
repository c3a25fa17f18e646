#pragma once
// The dashboard's view of the queues: the five counts of the last refresh of the Queues page
// and when it was read, with a button that opens the page.

#include "mta/queueanalysis.h"

#include <QDateTime>
#include <QGroupBox>

class QLabel;
class QPushButton;

namespace zaindari {

class QueueCountsBar;

class QueueDashboardBox : public QGroupBox
{
    Q_OBJECT
public:
    explicit QueueDashboardBox(QWidget *parent = nullptr);

    void setSummary(const zaindari::QueueSummary &summary);
    void clear();
    QueueCountsBar *countsBar() const { return m_counts; }

Q_SIGNALS:
    void openRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    QueueCountsBar *m_counts;
    QLabel *m_when;
    QPushButton *m_open;
    QDateTime m_readAt;
    int m_total = -1;
};

} // namespace zaindari
