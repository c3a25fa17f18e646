#pragma once
// Grouping panel of the Queues page, like qshape: counts by sender, sender domain, recipient
// domain, deferral reason or age bucket. Choosing a group filters the table to exactly its
// messages; the context menu (or the page's action buttons) acts on the whole group.

#include "mta/postsuperoutput.h"
#include "mta/queueanalysis.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace zaindari {

class QueueGroupsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit QueueGroupsPanel(QWidget *parent = nullptr);

    QueueGroupBy groupBy() const;
    void setGroupBy(QueueGroupBy by);
    void setGroups(const QList<QueueGroup> &groups, int total);
    // The chosen group, if any (key of QueueGroup).
    std::optional<QString> chosenKey() const;
    QString chosenLabel() const;
    void clearChoice();
    // Chooses the group with this key; false when there is none.
    bool choose(const QString &key);
    QTreeWidget *tree() const { return m_tree; }

Q_SIGNALS:
    void groupByChanged(zaindari::QueueGroupBy by);
    // nullopt: "all messages" again.
    void groupChosen(const std::optional<QString> &key);
    void groupActionRequested(zaindari::QueueAction action, const QString &key);
    // Issue 8: contain the account of a group by sender (the key is its address).
    void containRequested(const QString &account);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void showMenu(const QPoint &pos);
    QComboBox *m_by;
    QLabel *m_byLabel;
    QTreeWidget *m_tree;
    std::optional<QString> m_chosen;
    int m_total = 0;
};

} // namespace zaindari
