#include "queuegroupspanel.h"

#include <QComboBox>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace zaindari {

namespace {
constexpr int KeyRole = Qt::UserRole + 1;
constexpr int AllRole = Qt::UserRole + 2;

struct ByEntry
{
    QueueGroupBy by;
    const char *text;
};
// The groupings of the panel, in the order of the combo box.
const ByEntry kGroupings[] = {
    {QueueGroupBy::Sender, QT_TRANSLATE_NOOP("zaindari::QueueGroupsPanel", "Sender")},
    {QueueGroupBy::SenderDomain, QT_TRANSLATE_NOOP("zaindari::QueueGroupsPanel", "Sender domain")},
    {QueueGroupBy::RecipientDomain, QT_TRANSLATE_NOOP("zaindari::QueueGroupsPanel", "Recipient domain")},
    {QueueGroupBy::Reason, QT_TRANSLATE_NOOP("zaindari::QueueGroupsPanel", "Deferral reason")},
    {QueueGroupBy::AgeBucket, QT_TRANSLATE_NOOP("zaindari::QueueGroupsPanel", "Age")},
};
} // namespace

QueueGroupsPanel::QueueGroupsPanel(QWidget *parent)
    : QWidget(parent)
    , m_by(new QComboBox(this))
    , m_byLabel(new QLabel(this))
    , m_tree(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("QueueGroupsPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *row = new QHBoxLayout;
    m_byLabel->setBuddy(m_by);
    row->addWidget(m_byLabel);
    row->addWidget(m_by, 1);
    layout->addLayout(row);
    m_by->setObjectName(QStringLiteral("groupBy"));
    m_tree->setObjectName(QStringLiteral("groups"));
    m_tree->setRootIsDecorated(false);
    m_tree->setUniformRowHeights(true);
    m_tree->setColumnCount(2);
    m_tree->setSortingEnabled(false);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    layout->addWidget(m_tree, 1);

    connect(m_by, &QComboBox::activated, this, [this] {
        m_chosen.reset();
        Q_EMIT groupByChanged(groupBy());
        Q_EMIT groupChosen(std::nullopt);
    });
    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        std::optional<QString> key;
        if (item && !item->data(0, AllRole).toBool())
            key = item->data(0, KeyRole).toString();
        if (key == m_chosen)
            return;
        m_chosen = key;
        Q_EMIT groupChosen(key);
    });
    connect(m_tree, &QWidget::customContextMenuRequested, this, &QueueGroupsPanel::showMenu);
    retranslateUi();
}

QueueGroupBy QueueGroupsPanel::groupBy() const
{
    return QueueGroupBy(m_by->currentData().toInt());
}

void QueueGroupsPanel::setGroupBy(QueueGroupBy by)
{
    const int i = m_by->findData(int(by));
    if (i >= 0 && i != m_by->currentIndex()) {
        m_by->setCurrentIndex(i);
        m_chosen.reset();
        Q_EMIT groupByChanged(by);
    }
}

void QueueGroupsPanel::setGroups(const QList<QueueGroup> &groups, int total)
{
    m_total = total;
    const QSignalBlocker blocker(m_tree);
    m_tree->clear();
    const QLocale locale;
    auto *all = new QTreeWidgetItem(m_tree, {tr("All messages"), locale.toString(total)});
    all->setData(0, AllRole, true);
    all->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
    QFont f = all->font(0);
    f.setItalic(true);
    all->setFont(0, f);
    QTreeWidgetItem *current = all;
    for (const QueueGroup &g : groups) {
        auto *item = new QTreeWidgetItem(m_tree, {g.label, locale.toString(g.count)});
        item->setData(0, KeyRole, g.key);
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        //: Tooltip of a group: %1 the group, %n messages, %2 their total size
        item->setToolTip(
            0, tr("%1: %n message(s), %2", nullptr, g.count).arg(g.label, locale.formattedDataSize(g.bytes)));
        if (m_chosen && *m_chosen == g.key)
            current = item;
    }
    // A chosen group that vanished on refresh keeps filtering (to nothing) until changed, so a
    // refresh never silently widens what the table shows.
    m_tree->setCurrentItem(current);
}

std::optional<QString> QueueGroupsPanel::chosenKey() const
{
    return m_chosen;
}

QString QueueGroupsPanel::chosenLabel() const
{
    QTreeWidgetItem *item = m_tree->currentItem();
    return item && m_chosen ? item->text(0) : QString();
}

void QueueGroupsPanel::clearChoice()
{
    if (m_tree->topLevelItemCount() > 0)
        m_tree->setCurrentItem(m_tree->topLevelItem(0));
    if (m_chosen) {
        m_chosen.reset();
        Q_EMIT groupChosen(std::nullopt);
    }
}

bool QueueGroupsPanel::choose(const QString &key)
{
    for (int i = 1; i < m_tree->topLevelItemCount(); ++i) {
        if (m_tree->topLevelItem(i)->data(0, KeyRole).toString() == key) {
            m_tree->setCurrentItem(m_tree->topLevelItem(i));
            return true;
        }
    }
    return false;
}

void QueueGroupsPanel::showMenu(const QPoint &pos)
{
    QTreeWidgetItem *item = m_tree->itemAt(pos);
    if (!item || item->data(0, AllRole).toBool())
        return;
    const QString key = item->data(0, KeyRole).toString();
    QMenu menu(this);
    menu.addSection(item->text(0));
    const QPair<QueueAction, QString> entries[] = {
        {QueueAction::Hold, tr("Hold every message of this group…")},
        {QueueAction::Release, tr("Release every message of this group…")},
        {QueueAction::Requeue, tr("Requeue every message of this group…")},
        {QueueAction::Delete, tr("Delete every message of this group…")},
    };
    for (const auto &e : entries) {
        const QueueAction a = e.first;
        QAction *act = menu.addAction(e.second);
        connect(act, &QAction::triggered, this, [this, a, key] { Q_EMIT groupActionRequested(a, key); });
    }
    if (groupBy() == QueueGroupBy::Sender && key.contains(QLatin1Char('@'))) {
        menu.addSeparator();
        QAction *contain = menu.addAction(tr("Contain this sender's account…"));
        contain->setToolTip(tr("Lock the account, cut its sessions, stop its mail and secure its directory "
                               "account, after a preview"));
        connect(contain, &QAction::triggered, this, [this, key] { Q_EMIT containRequested(key); });
    }
    menu.exec(m_tree->viewport()->mapToGlobal(pos));
}

void QueueGroupsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void QueueGroupsPanel::retranslateUi()
{
    const int current = qMax(0, m_by->currentIndex());
    m_by->clear();
    for (const ByEntry &e : kGroupings)
        m_by->addItem(tr(e.text), int(e.by));
    m_by->setCurrentIndex(current);
    m_byLabel->setText(tr("&Group by:"));
    m_by->setToolTip(tr("Counts the messages shown by this property, like qshape"));
    m_tree->setHeaderLabels({tr("Group"), tr("Messages")});
    m_tree->setToolTip(tr("Choose a group to show only its messages; right-click to act on the whole group"));
    if (m_tree->topLevelItemCount() > 0)
        m_tree->topLevelItem(0)->setText(0, tr("All messages"));
}

} // namespace zaindari
