#include "queueloginpanel.h"

#include "mainwindow.h"
#include "queuemodel.h"
#include "queues/mailqueuespage.h"
#include "queues/queuesizechart.h"
#include "ratesfeed.h"
#include "ratespage.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace zaindari {

QueueLoginPanel::QueueLoginPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new QueueLoginModel(this))
    , m_sort(new QSortFilterProxyModel(this))
    , m_hint(new QLabel(this))
    , m_view(new QTableView(this))
{
    setObjectName(QStringLiteral("queueByLogin"));
    m_sort->setSourceModel(m_model);
    m_sort->setSortRole(QueueLoginModel::SortRole);
    m_view->setModel(m_sort);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(QueueLoginModel::Messages, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_hint->setWordWrap(true);
    m_hint->setBuddy(m_view);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_hint);
    layout->addWidget(m_view, 1);
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        const QString login = index.data(QueueLoginModel::LoginRole).toString();
        if (!login.isEmpty())
            emit loginActivated(login);
    });
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        const QString login = m_view->indexAt(pos).data(QueueLoginModel::LoginRole).toString();
        if (login.isEmpty())
            return;
        QMenu menu(this);
        menu.addAction(tr("&Contain this login…"), this, [this, login] { emit containRequested(login); });
        menu.addAction(tr("Show its &send rates"), this, [this, login] { emit loginActivated(login); });
        menu.exec(m_view->viewport()->mapToGlobal(pos));
    });
    retranslateUi();
}

QueueLoginPanel *QueueLoginPanel::install(MailQueuesPage *queues, RatesPage *rates)
{
    // The tab widget that holds the Queues page's chart: found, not reached into.
    QTabWidget *tabs = nullptr;
    const QList<QTabWidget *> all = queues->findChildren<QTabWidget *>();
    for (QTabWidget *t : all)
        if (queues->chart() && t->indexOf(queues->chart()) >= 0)
            tabs = t;
    if (!tabs)
        return nullptr;
    auto *panel = new QueueLoginPanel(tabs);
    tabs->addTab(panel, QString());
    tabs->setTabText(tabs->indexOf(panel), tr("By login"));
    QObject::connect(rates->feed(), &RatesFeed::queueLoginsJoined, panel, &QueueLoginPanel::setGroups);
    auto request = [queues, rates] { rates->feed()->requestQueueLogins(queues->model()->sharedListing()); };
    QObject::connect(queues->model(), &QueueModel::listingChanged, panel, request);
    // When the log read-back ends, the logins of older queued messages become known.
    QObject::connect(rates->feed(), &RatesFeed::backlogFinished, panel, request);
    QObject::connect(panel, &QueueLoginPanel::loginActivated, rates, [rates](const QString &login) {
        if (auto *window = qobject_cast<MainWindow *>(rates->window()))
            window->showPage(MainWindow::SendRatesIndex);
        rates->showAccount(login);
    });
    return panel;
}

void QueueLoginPanel::setGroups(const QVector<QueueLoginGroup> &groups)
{
    m_model->setGroups(groups);
    m_view->resizeColumnsToContents();
}

void QueueLoginPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        if (auto *tabs
            = qobject_cast<QTabWidget *>(parentWidget() ? parentWidget()->parentWidget() : nullptr))
            tabs->setTabText(tabs->indexOf(this), tr("By login"));
    }
    QWidget::changeEvent(event);
}

void QueueLoginPanel::retranslateUi()
{
    m_hint->setText(tr("Queued messages by the login that submitted them, as the mail log read on the "
                       "Send rates page says (the envelope sender can be anything). Enter shows the "
                       "login's send rate."));
    m_view->setToolTip(tr("Messages still queued, per SASL login"));
}

} // namespace zaindari
