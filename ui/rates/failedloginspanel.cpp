#include "failedloginspanel.h"

#include "highlightproxy.h"
#include "loginfailuresmodel.h"

#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QSplitter>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>

namespace zaindari {

FailedLoginsPanel::FailedLoginsPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new LoginFailuresModel(this))
    , m_proxy(new HighlightProxy(this))
    , m_callouts(new QLabel(this))
    , m_accountsLabel(new QLabel(this))
    , m_ipsLabel(new QLabel(this))
    , m_accounts(new QTableView(this))
    , m_ips(new QTreeWidget(this))
    , m_chart(new QChart)
    , m_chartView(new QChartView(m_chart, this))
    , m_x(new QDateTimeAxis(this))
    , m_y(new QValueAxis(this))
    , m_failures(new QLineSeries(this))
    , m_successes(new QLineSeries(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->addRule({LoginFailuresModel::SuspiciousRole, QColor(0xfd, 0xd8, 0xd5), [] {
                          return tr("Logged in from an address never seen before, right after failed logins: "
                                    "the password may be known to someone else.");
                      }});
    m_proxy->addRule(
        {LoginFailuresModel::DistributedRole, QColor(0xff, 0xee, 0xc2),
         [] { return tr("Failures come from many addresses: a distributed attack on this account."); }});
    m_accounts->setObjectName(QStringLiteral("failedLoginsAccounts"));
    m_accounts->setModel(m_proxy);
    m_accounts->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_accounts->setSelectionMode(QAbstractItemView::SingleSelection);
    m_accounts->setAlternatingRowColors(false);
    m_accounts->verticalHeader()->hide();
    m_accounts->verticalHeader()->setDefaultSectionSize(m_accounts->fontMetrics().height() + 8);
    m_accounts->horizontalHeader()->setStretchLastSection(true);
    m_accounts->setWordWrap(false);
    m_accountsLabel->setBuddy(m_accounts);
    m_ips->setObjectName(QStringLiteral("failedLoginsAddresses"));
    m_ips->setRootIsDecorated(false);
    m_ips->setColumnCount(3);
    m_ips->setSortingEnabled(false);
    m_ipsLabel->setBuddy(m_ips);
    m_callouts->setWordWrap(true);
    m_callouts->setTextFormat(Qt::RichText);
    m_callouts->setObjectName(QStringLiteral("failedLoginsCallouts"));
    m_callouts->setContentsMargins(4, 4, 4, 4);

    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->addAxis(m_x, Qt::AlignBottom);
    m_chart->addAxis(m_y, Qt::AlignLeft);
    m_y->setLabelFormat(QStringLiteral("%d"));
    QPen fail(QColor(0xd5, 0x5e, 0x00));
    fail.setWidth(2);
    m_failures->setPen(fail);
    m_successes->setPen(QPen(QColor(0x00, 0x9e, 0x73)));
    for (QLineSeries *s : {m_failures, m_successes}) {
        m_chart->addSeries(s);
        s->attachAxis(m_x);
        s->attachAxis(m_y);
    }
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumHeight(150);
    m_chartView->setFocusPolicy(Qt::NoFocus);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_accountsLabel);
    leftLayout->addWidget(m_accounts);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_ipsLabel);
    rightLayout->addWidget(m_ips);
    auto *tables = new QSplitter(Qt::Horizontal, this);
    tables->addWidget(left);
    tables->addWidget(right);
    tables->setStretchFactor(0, 3);
    tables->setStretchFactor(1, 2);
    auto *vertical = new QSplitter(Qt::Vertical, this);
    vertical->addWidget(tables);
    vertical->addWidget(m_chartView);
    vertical->setStretchFactor(0, 1);
    vertical->setStretchFactor(1, 1);
    vertical->setSizes({300, 300});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_callouts);
    layout->addWidget(vertical, 1);

    connect(m_accounts->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        m_byAddress = false;
        updateChart();
    });
    connect(m_ips, &QTreeWidget::currentItemChanged, this, [this] {
        m_byAddress = true;
        updateChart();
    });
    connect(m_accounts, &QTableView::activated, this, [this](const QModelIndex &index) {
        emit accountActivated(index.siblingAtColumn(0).data(LoginFailuresModel::AccountRole).toString());
    });
    retranslateUi();
    clear();
}

void FailedLoginsPanel::setData(const LoginFailuresReport &report, const QVector<AuthEvent> &events,
                                qint64 windowSeconds, int bucketSeconds)
{
    // A live refresh resets the model: keep the technician's selection by name.
    const QString account = selectedAccount();
    const QString address = selectedAddress();
    m_report = report;
    m_events = events;
    m_window = windowSeconds;
    m_bucket = bucketSeconds;
    {
        const QSignalBlocker block(m_accounts->selectionModel());
        m_model->setReport(report);
        for (int row = 0; row < m_proxy->rowCount(); ++row) {
            if (m_proxy->index(row, 0).data(LoginFailuresModel::AccountRole).toString() == account) {
                m_accounts->selectionModel()->setCurrentIndex(
                    m_proxy->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
                break;
            }
        }
    }
    {
        const QSignalBlocker block(m_ips);
        m_ips->clear();
        for (const IpFailures &ip : report.ips) {
            auto *item = new QTreeWidgetItem(
                m_ips, {ip.ip, QString::number(ip.failures), ip.accounts.join(QStringLiteral(", "))});
            item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
            if (ip.ip == address)
                m_ips->setCurrentItem(item);
        }
    }
    m_accounts->resizeColumnsToContents();
    m_ips->resizeColumnToContents(0);
    updateCallouts();
    updateChart();
}

void FailedLoginsPanel::clear()
{
    setData(LoginFailuresReport(), {}, m_window, m_bucket);
}

QString FailedLoginsPanel::selectedAccount() const
{
    const QModelIndex current = m_accounts->selectionModel()->currentIndex();
    return current.isValid() ? current.siblingAtColumn(0).data(LoginFailuresModel::AccountRole).toString()
                             : QString();
}

QString FailedLoginsPanel::selectedAddress() const
{
    const QTreeWidgetItem *item = m_ips->currentItem();
    return item ? item->text(0) : QString();
}

QString FailedLoginsPanel::calloutText() const
{
    return m_callouts->text();
}

void FailedLoginsPanel::updateCallouts()
{
    QStringList lines;
    for (const AccountFailures &a : std::as_const(m_report.accounts)) {
        if (a.successFromNewIp)
            //: %1 account, %2 IP address, %n failed logins before
            lines << tr("<b>%1</b> logged in from the new address <b>%2</b> after %n failed login(s).", "",
                        int(a.failures))
                         .arg(a.account.toHtmlEscaped(), a.successIp.toHtmlEscaped());
        if (a.distributed)
            //: %1 account; %n addresses
            lines << tr("<b>Distributed attack</b> on <b>%1</b>: failures from %n different addresses.", "",
                        int(a.ips.size()))
                         .arg(a.account.toHtmlEscaped());
    }
    m_callouts->setText(lines.join(QStringLiteral("<br>")));
    m_callouts->setVisible(!lines.isEmpty());
}

void FailedLoginsPanel::updateChart()
{
    const QString account = m_byAddress ? QString() : selectedAccount();
    const QString address = m_byAddress ? selectedAddress() : QString();
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const qint64 bucket = std::max(1, m_bucket);
    const qint64 first = (now - m_window) / bucket * bucket;
    const int n = int((now - first) / bucket) + 1;
    QVector<double> fails(n, 0), oks(n, 0);
    for (const AuthEvent &e : std::as_const(m_events)) {
        if (!account.isEmpty() && e.account != account)
            continue;
        if (!address.isEmpty() && e.ip != address)
            continue;
        const qint64 i = (e.t - first) / bucket;
        if (i < 0 || i >= n)
            continue;
        if (e.kind == AuthEvent::Kind::Failure)
            fails[int(i)] += 1;
        else if (e.kind == AuthEvent::Kind::Success)
            oks[int(i)] += 1;
    }
    QList<QPointF> f, s;
    double top = 1;
    for (int i = 0; i < n; ++i) {
        const double x = double(first + i * bucket) * 1000.0;
        f.append(QPointF(x, fails[i]));
        s.append(QPointF(x, oks[i]));
        top = std::max({top, fails[i], oks[i]});
    }
    m_failures->replace(f);
    m_successes->replace(s);
    m_x->setRange(QDateTime::fromSecsSinceEpoch(first), QDateTime::fromSecsSinceEpoch(first + n * bucket));
    m_x->setFormat(m_window > 2 * 86400 ? QStringLiteral("dd MMM HH:mm") : QStringLiteral("HH:mm"));
    m_y->setRange(0, top * 1.1);
    m_y->applyNiceNumbers();
    if (!account.isEmpty())
        //: Chart title; %1 is an account
        m_chart->setTitle(tr("Logins of %1").arg(account));
    else if (!address.isEmpty())
        //: Chart title; %1 is an IP address
        m_chart->setTitle(tr("Logins from %1").arg(address));
    else
        m_chart->setTitle(tr("Logins of every account"));
}

int FailedLoginsPanel::failurePoints() const
{
    return int(m_failures->count());
}

double FailedLoginsPanel::failureTotal() const
{
    double total = 0;
    const QList<QPointF> points = m_failures->points();
    for (const QPointF &p : points)
        total += p.y();
    return total;
}

void FailedLoginsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void FailedLoginsPanel::retranslateUi()
{
    m_accountsLabel->setText(tr("Failed logins per acco&unt:"));
    m_ipsLabel->setText(tr("Failed logins per a&ddress:"));
    m_ips->setHeaderLabels({tr("Address"), tr("Failures"), tr("Accounts tried")});
    m_accounts->setToolTip(
        tr("Accounts with failed logins in the window; red rows logged in from a new address "
           "after failures, yellow rows are attacked from many addresses. Enter opens the account."));
    m_ips->setToolTip(tr("Addresses that failed to log in, and the accounts they tried"));
    m_failures->setName(tr("Failed logins"));
    m_successes->setName(tr("Successful logins"));
    updateCallouts();
    updateChart();
}

} // namespace zaindari
