// The Send-rates page's widgets and texts (the behaviour is in ratespage.cpp).
#include "ratespage.h"

#include "failedloginspanel.h"
#include "highlightproxy.h"
#include "rateschart.h"
#include "ratesmodel.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace zaindari {

void RatesPage::buildUi()
{
    m_heading = new QLabel(this);
    QFont big = m_heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_heading->setFont(big);

    m_windowLabel = new QLabel(this);
    m_window = new QComboBox(this);
    m_window->setObjectName(QStringLiteral("ratesWindow"));
    for (int hours : {1, 6, 24})
        m_window->addItem(QString(), hours * 3600);
    m_windowLabel->setBuddy(m_window);
    m_bucketLabel = new QLabel(this);
    m_bucket = new QComboBox(this);
    m_bucket->setObjectName(QStringLiteral("ratesBucket"));
    m_bucket->addItem(QString(), 60);
    m_bucket->addItem(QString(), 3600);
    m_bucketLabel->setBuddy(m_bucket);
    m_reload = new QPushButton(QIcon(QStringLiteral(":/icons/refresh.svg")), QString(), this);
    m_cancel = new QPushButton(this);
    m_cancel->setEnabled(false);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 0);
    m_progress->setMaximumWidth(220);
    m_progress->setTextVisible(true);
    m_progress->hide();
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("ratesStatus"));
    m_status->setWordWrap(true);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_windowLabel);
    bar->addWidget(m_window);
    bar->addSpacing(12);
    bar->addWidget(m_bucketLabel);
    bar->addWidget(m_bucket);
    bar->addSpacing(12);
    bar->addWidget(m_reload);
    bar->addWidget(m_cancel);
    bar->addWidget(m_progress);
    bar->addStretch(1);

    // Rates tab: overall chart on top; the table and the drill-down side by side below.
    m_chart = new RatesChart(this);
    m_chart->setObjectName(QStringLiteral("ratesChart"));
    m_tableLabel = new QLabel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("topLogins"));
    m_sort->setSourceModel(m_model);
    m_sort->setSortRole(RatesModel::SortRole);
    m_highlight->setSourceModel(m_sort);
    m_table->setModel(m_highlight);
    m_table->setSortingEnabled(false); // the proxy sorts; the header click goes to it below
    m_table->horizontalHeader()->setSectionsClickable(true);
    m_table->horizontalHeader()->setSortIndicatorShown(true);
    m_table->horizontalHeader()->setSortIndicator(RatesModel::Messages, Qt::DescendingOrder);
    m_sort->sort(RatesModel::Messages, Qt::DescendingOrder);
    connect(m_table->horizontalHeader(), &QHeaderView::sortIndicatorChanged, m_sort,
            [this](int column, Qt::SortOrder order) { m_sort->sort(column, order); });
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    m_tableLabel->setBuddy(m_table);
    m_drill = new RatesChart(this);
    m_drill->setObjectName(QStringLiteral("drillDownChart"));
    m_drill->setLegendVisible(false);

    // The two charts side by side on top, the table full width below (its columns need it).
    auto *charts = new QSplitter(Qt::Horizontal, this);
    charts->addWidget(m_chart);
    charts->addWidget(m_drill);
    charts->setStretchFactor(0, 3);
    charts->setStretchFactor(1, 2);
    charts->setSizes({600, 400});
    charts->setChildrenCollapsible(false);
    auto *tableBox = new QWidget(this);
    auto *tableLayout = new QVBoxLayout(tableBox);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addWidget(m_tableLabel);
    tableLayout->addWidget(m_table);
    auto *ratesSplit = new QSplitter(Qt::Vertical, this);
    ratesSplit->addWidget(charts);
    ratesSplit->addWidget(tableBox);
    ratesSplit->setStretchFactor(0, 1);
    ratesSplit->setStretchFactor(1, 1);
    ratesSplit->setChildrenCollapsible(false);

    m_failed = new FailedLoginsPanel(this);

    // Alerts tab: the thresholds of this profile, then the session's alerts.
    auto *alertsTab = new QWidget(this);
    auto *thresholds = new QGroupBox(alertsTab);
    thresholds->setObjectName(QStringLiteral("thresholdsBox"));
    m_thresholdsHint = new QLabel(thresholds);
    m_thresholdsHint->setWordWrap(true);
    m_perMinuteLabel = new QLabel(thresholds);
    m_perMinute = new QSpinBox(thresholds);
    m_perMinute->setRange(1, 100000);
    m_perMinuteLabel->setBuddy(m_perMinute);
    m_perHourLabel = new QLabel(thresholds);
    m_perHour = new QSpinBox(thresholds);
    m_perHour->setRange(1, 1000000);
    m_perHourLabel->setBuddy(m_perHour);
    m_applyThresholds = new QPushButton(thresholds);
    auto *form = new QFormLayout(thresholds);
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    m_perMinute->setMinimumWidth(m_perMinute->fontMetrics().horizontalAdvance(QStringLiteral("0000000"))
                                 + 40);
    m_perHour->setMinimumWidth(m_perMinute->minimumWidth());
    form->addRow(m_thresholdsHint);
    form->addRow(m_perMinuteLabel, m_perMinute);
    form->addRow(m_perHourLabel, m_perHour);
    form->addRow(QString(), m_applyThresholds);
    m_alertsLabel = new QLabel(alertsTab);
    m_alerts = new QTreeWidget(alertsTab);
    m_alerts->setObjectName(QStringLiteral("alertList"));
    m_alerts->setRootIsDecorated(false);
    m_alerts->setColumnCount(3);
    m_alerts->setWordWrap(false);
    m_alertsLabel->setBuddy(m_alerts);
    auto *alertsLayout = new QVBoxLayout(alertsTab);
    alertsLayout->addWidget(thresholds);
    alertsLayout->addWidget(m_alertsLabel);
    alertsLayout->addWidget(m_alerts, 1);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("ratesTabs"));
    m_tabs->addTab(ratesSplit, QString());
    m_tabs->addTab(m_failed, QString());
    m_tabs->addTab(alertsTab, QString());

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addLayout(bar);
    layout->addWidget(m_status);
    layout->addWidget(m_tabs, 1);
}

void RatesPage::retranslateUi()
{
    m_heading->setText(title());
    m_windowLabel->setText(tr("&Window:"));
    m_window->setItemText(0, tr("Last hour"));
    m_window->setItemText(1, tr("Last 6 hours"));
    m_window->setItemText(2, tr("Last 24 hours"));
    m_window->setToolTip(tr("How far back the chart and the tables look"));
    m_bucketLabel->setText(tr("&Chart:"));
    m_bucket->setItemText(0, tr("Per minute"));
    m_bucket->setItemText(1, tr("Per hour"));
    m_bucket->setToolTip(tr("Count messages per minute (spot a burst) or per hour (see the day)"));
    m_reload->setText(tr("Re&load"));
    m_reload->setToolTip(tr("Read the last 24 hours of the mail log and audit log again over SSH"));
    m_cancel->setText(tr("Ca&ncel"));
    m_cancel->setToolTip(tr("Stop reading and following the logs"));
    m_tableLabel->setText(tr("T&op logins (select one for its own chart):"));
    m_table->setToolTip(tr("Senders by SASL login (or by envelope sender and client when there is no login). "
                           "Red rows crossed a threshold. Enter opens the account."));
    m_tabs->setTabText(RatesTab, tr("Send rat&es"));
    m_tabs->setTabText(FailedLoginsTab, tr("Fa&iled logins"));
    m_tabs->setTabText(AlertsTab, tr("Aler&ts and thresholds"));
    m_tabs->setTabToolTip(FailedLoginsTab,
                          tr("Failed logins from Zimbra's audit log, per account and per address"));
    if (auto *box = findChild<QGroupBox *>(QStringLiteral("thresholdsBox")))
        box->setTitle(tr("Thresholds of this profile"));
    m_thresholdsHint->setText(tr("A login that sends more than this is flagged, and so is one far above its "
                                 "usual hourly peak. New values apply to new log lines; Reload applies them "
                                 "to the whole window."));
    m_perMinuteLabel->setText(tr("Messages per &minute:"));
    m_perMinute->setToolTip(tr("Messages one login may send within any 60 seconds before it is flagged"));
    m_perHourLabel->setText(tr("Messages per ho&ur:"));
    m_perHour->setToolTip(tr("Messages one login may send within any hour before it is flagged"));
    m_applyThresholds->setText(tr("Save thresh&olds"));
    m_applyThresholds->setToolTip(tr("Keep these thresholds for this profile"));
    m_alertsLabel->setText(tr("Alerts of this session:"));
    m_alerts->setHeaderLabels({tr("Time"), tr("Login"), tr("What happened")});
    m_alerts->setToolTip(tr("Every alert since Zaindari started; Enter or a double click opens the account"));
    m_drill->setHeading(m_drillAccount.isEmpty() ? tr("Select a login in the table")
                                                 //: Chart title; %1 is a login
                                                 : tr("Sent by %1").arg(m_drillAccount));
    m_chart->setHeading(tr("All senders"));
}

} // namespace zaindari
