#pragma once
// The filter fields above the queue table: free text, sender, recipient domain, reason, age
// (qshape buckets), queue and, with several MTA hosts, host. Edits are debounced so typing in
// a 100,000-row view stays fluid.

#include "mta/queueanalysis.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTimer;
class QToolButton;

namespace zaindari {

class QueueFilterBar : public QWidget
{
    Q_OBJECT
public:
    explicit QueueFilterBar(QWidget *parent = nullptr);

    // The fields as a filter (the group chosen in the groups panel is merged by the page).
    QueueFilter filter() const;
    void setHosts(const QStringList &hosts);
    void setQueue(std::optional<QueueName> q);
    void clearFields();
    QLineEdit *textField() const { return m_text; }
    QLineEdit *senderField() const { return m_sender; }

Q_SIGNALS:
    void filterChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fillCombos();
    QLineEdit *m_text;
    QLineEdit *m_sender;
    QLineEdit *m_recipientDomain;
    QLineEdit *m_reason;
    QComboBox *m_age;
    QComboBox *m_queue;
    QComboBox *m_host;
    QLabel *m_hostLabel;
    QLabel *m_ageLabel;
    QLabel *m_queueLabel;
    QToolButton *m_clear;
    QTimer *m_debounce;
};

} // namespace zaindari
