#pragma once
// "By login" on the Queues page (issue 5): the queued messages grouped by the SASL login that
// submitted them, as the mail log read by the Send-rates page says. Installed as a tab next to
// the Queues page's queue-size chart, so the Queues page itself needs no change.

#include "queueloginjoin.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QSortFilterProxyModel;
class QTableView;

namespace zaindari {

class MailQueuesPage;
class RatesPage;

class QueueLoginPanel : public QWidget
{
    Q_OBJECT
public:
    explicit QueueLoginPanel(QWidget *parent = nullptr);

    // Adds the panel to `queues` (a tab beside its chart) fed by `rates`; null if there is no
    // place for it.
    static QueueLoginPanel *install(MailQueuesPage *queues, RatesPage *rates);

    void setGroups(const QVector<QueueLoginGroup> &groups);
    QueueLoginModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }

Q_SIGNALS:
    void loginActivated(const QString &login);
    // Issue 8: "Contain this login…" from the context menu.
    void containRequested(const QString &login);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QueueLoginModel *m_model;
    QSortFilterProxyModel *m_sort;
    QLabel *m_hint;
    QTableView *m_view;
};

} // namespace zaindari
