// Layout and texts of the Queues page (the behaviour is in mailqueuespage.cpp).

#include "mailqueuespage.h"

#include "messagepreviewpane.h"
#include "queuecountsbar.h"
#include "queuefilterbar.h"
#include "queuefilterproxy.h"
#include "queuegroupspanel.h"
#include "queuemodel.h"
#include "queuesizechart.h"

#include <QAction>
#include <QDateTime>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace zaindari {

void MailQueuesPage::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 6);
    layout->setSpacing(8);

    auto *headRow = new QHBoxLayout;
    m_heading = new QLabel(this);
    QFont f = m_heading->font();
    f.setPointSizeF(f.pointSizeF() * 1.3);
    f.setBold(true);
    m_heading->setFont(f);
    headRow->addWidget(m_heading);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("queueStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    headRow->addWidget(m_status, 1);
    m_toolBar = new QToolBar(this);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->setIconSize(QSize(16, 16));
    headRow->addWidget(m_toolBar);
    layout->addLayout(headRow);

    m_counts = new QueueCountsBar(this);
    layout->addWidget(m_counts);
    m_filters = new QueueFilterBar(this);
    layout->addWidget(m_filters);

    m_model = new QueueModel(this);
    m_proxy = new QueueFilterProxy(this);
    m_proxy->setQueueModel(m_model);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("queueTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(QueueModel::ArrivalColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    // Fixed row heights: the view never measures 100,000 rows.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    m_table->setColumnWidth(QueueModel::HostColumn, 10 * em);
    m_table->setColumnWidth(QueueModel::QueueColumn, 6 * em);
    m_table->setColumnWidth(QueueModel::IdColumn,
                            fontMetrics().horizontalAdvance(QStringLiteral("0123456789ABCD")));
    m_table->setColumnWidth(QueueModel::ArrivalColumn,
                            fontMetrics().horizontalAdvance(QLocale().toString(
                                QDateTime(QDate(2026, 12, 28), QTime(23, 59, 59)), QLocale::ShortFormat))
                                + em);
    m_table->setColumnWidth(QueueModel::SizeColumn, 7 * em);
    m_table->setColumnWidth(QueueModel::SenderColumn, 14 * em);
    m_table->setColumnWidth(QueueModel::RecipientsColumn, 14 * em);
    m_table->setColumnHidden(QueueModel::HostColumn, true);

    m_groups = new QueueGroupsPanel(this);
    m_preview = new MessagePreviewPane(this);
    m_chart = new QueueSizeChart(this);
    m_log = new QPlainTextEdit(this);
    m_log->setObjectName(QStringLiteral("activityLog"));
    m_log->setReadOnly(true);
    m_log->setMaximumBlockCount(2000);

    auto *tableBox = new QWidget(this);
    auto *tableLayout = new QVBoxLayout(tableBox);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addWidget(m_table, 1);
    m_shown = new QLabel(tableBox);
    tableLayout->addWidget(m_shown);

    m_bottomTabs = new QTabWidget(this);
    m_bottomTabs->addTab(m_chart, QString());
    m_bottomTabs->addTab(m_log, QString());

    auto *center = new QSplitter(Qt::Vertical, this);
    center->addWidget(tableBox);
    center->addWidget(m_bottomTabs);
    center->setStretchFactor(0, 3);
    center->setStretchFactor(1, 1);
    center->setSizes({400, 170});
    center->setChildrenCollapsible(false);

    m_mainSplitter = new QSplitter(Qt::Horizontal, this);
    m_mainSplitter->addWidget(m_groups);
    m_mainSplitter->addWidget(center);
    m_mainSplitter->addWidget(m_preview);
    m_mainSplitter->setStretchFactor(0, 0);
    m_mainSplitter->setStretchFactor(1, 1);
    m_mainSplitter->setStretchFactor(2, 0);
    m_mainSplitter->setSizes({250, 560, 300});
    layout->addWidget(m_mainSplitter, 1);

    auto makeAction = [this](const QString &icon, const QKeySequence &key) {
        auto *a = new QAction(QIcon::fromTheme(icon), QString(), this);
        a->setShortcut(key);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(a);
        m_toolBar->addAction(a);
        return a;
    };
    m_refreshAction = new QAction(QIcon(QStringLiteral(":/icons/refresh.svg")), QString(), this);
    m_toolBar->addAction(m_refreshAction);
    m_toolBar->addSeparator();
    m_holdAction = makeAction(QStringLiteral("media-playback-pause"), QKeySequence(Qt::CTRL | Qt::Key_H));
    m_releaseAction
        = makeAction(QStringLiteral("media-playback-start"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    m_requeueAction
        = makeAction(QStringLiteral("view-refresh"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_deleteAction = makeAction(QStringLiteral("edit-delete"), QKeySequence(QKeySequence::Delete));
    connect(m_refreshAction, &QAction::triggered, this, [this] { refresh(); });
    connect(m_holdAction, &QAction::triggered, this, [this] { actOnSelection(QueueAction::Hold); });
    connect(m_releaseAction, &QAction::triggered, this, [this] { actOnSelection(QueueAction::Release); });
    connect(m_requeueAction, &QAction::triggered, this, [this] { actOnSelection(QueueAction::Requeue); });
    connect(m_deleteAction, &QAction::triggered, this, [this] { actOnSelection(QueueAction::Delete); });

    connect(m_filters, &QueueFilterBar::filterChanged, this, &MailQueuesPage::applyFilter);
    connect(m_counts, &QueueCountsBar::queueToggled, this,
            [this](std::optional<QueueName> q) { m_filters->setQueue(q); });
    connect(m_groups, &QueueGroupsPanel::groupByChanged, this, &MailQueuesPage::recomputeGroups);
    connect(m_groups, &QueueGroupsPanel::groupChosen, this, &MailQueuesPage::applyFilter);
    connect(m_groups, &QueueGroupsPanel::groupActionRequested, this, &MailQueuesPage::actOnGroup);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MailQueuesPage::updateActions);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MailQueuesPage::schedulePreview);
    updateActions();
}

void MailQueuesPage::retranslateUi()
{
    m_heading->setText(tr("Mail queues"));
    m_refreshAction->setText(tr("Refresh"));
    m_refreshAction->setToolTip(tr("Read the queues again (F5)"));
    m_holdAction->setText(tr("Hold"));
    m_holdAction->setToolTip(
        tr("Put the selected messages on hold: they stay in the queue until released (%1)")
            .arg(m_holdAction->shortcut().toString(QKeySequence::NativeText)));
    m_releaseAction->setText(tr("Release"));
    m_releaseAction->setToolTip(tr("Release the selected messages from hold (%1)")
                                    .arg(m_releaseAction->shortcut().toString(QKeySequence::NativeText)));
    m_requeueAction->setText(tr("Requeue"));
    m_requeueAction->setToolTip(tr("Have Postfix process the selected messages again at once (%1)")
                                    .arg(m_requeueAction->shortcut().toString(QKeySequence::NativeText)));
    m_deleteAction->setText(tr("Delete"));
    m_deleteAction->setToolTip(tr("Delete the selected messages for good, after confirmation (%1)")
                                   .arg(m_deleteAction->shortcut().toString(QKeySequence::NativeText)));
    m_bottomTabs->setTabText(0, tr("Queue sizes"));
    m_bottomTabs->setTabText(1, tr("Activity"));
    m_log->setAccessibleName(tr("Activity log"));
    m_table->setAccessibleName(tr("Queued messages"));
    m_table->setToolTip(tr("Select messages (Shift/Ctrl for several, Ctrl+A for all shown) and act on them "
                           "with the buttons above"));
    if (m_model && m_proxy)
        updateShownLabel();
    Q_EMIT titleChanged();
}

} // namespace zaindari
