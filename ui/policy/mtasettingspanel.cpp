#include "mtasettingspanel.h"

#include "accounts/adminconnections.h"
#include "audit/auditlog.h"
#include "zimbra/zimbraaudit.h"
#include "zimbra/zimbratypes.h"

#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QMap>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QValueAxis>

namespace zaindari {

namespace {
const QString Counter = QStringLiteral("mta_count");
const QString Window = QStringLiteral("now-48h");
} // namespace

MtaSettingsPanel::MtaSettingsPanel(AdminConnections *connections, QWidget *parent)
    : QWidget(parent)
    , m_conn(connections)
    , m_auditPath(AuditLog::defaultPath())
{
    setObjectName(QStringLiteral("MtaSettingsPanel"));
    buildUi();
    retranslateUi();
}

void MtaSettingsPanel::buildUi()
{
    auto *layout = new QVBoxLayout(this);

    m_relayBox = new QGroupBox(this);
    auto *r = new QVBoxLayout(m_relayBox);
    m_relayNote = new QLabel(m_relayBox);
    m_relayNote->setWordWrap(true);
    r->addWidget(m_relayNote);
    m_table = new QTableWidget(0, 2, m_relayBox);
    m_table->setObjectName(QStringLiteral("relayTable"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    // The global row plus one per MTA server: a school has one or two.
    m_table->setMaximumHeight(160);
    r->addWidget(m_table);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &MtaSettingsPanel::onRowSelected);
    auto *editRow = new QHBoxLayout;
    m_editLabel = new QLabel(m_relayBox);
    m_edit = new QLineEdit(m_relayBox);
    m_edit->setObjectName(QStringLiteral("relayEdit"));
    m_editLabel->setBuddy(m_edit);
    m_apply = new QPushButton(m_relayBox);
    editRow->addWidget(m_editLabel);
    editRow->addWidget(m_edit, 1);
    editRow->addWidget(m_apply);
    r->addLayout(editRow);
    connect(m_apply, &QPushButton::clicked, this, &MtaSettingsPanel::applyRelay);
    connect(m_edit, &QLineEdit::returnPressed, this, &MtaSettingsPanel::applyRelay);
    layout->addWidget(m_relayBox);

    m_statsBox = new QGroupBox(this);
    auto *s = new QVBoxLayout(m_statsBox);
    m_statsNote = new QLabel(m_statsBox);
    m_statsNote->setWordWrap(true);
    s->addWidget(m_statsNote);
    auto *chart = new QChart;
    chart->legend()->hide();
    m_series = new QLineSeries(chart);
    chart->addSeries(m_series);
    m_x = new QDateTimeAxis(chart);
    m_x->setFormat(QStringLiteral("dd HH:mm"));
    m_y = new QValueAxis(chart);
    m_y->setLabelFormat(QStringLiteral("%.0f"));
    m_y->setMin(0);
    chart->addAxis(m_x, Qt::AlignBottom);
    chart->addAxis(m_y, Qt::AlignLeft);
    m_series->attachAxis(m_x);
    m_series->attachAxis(m_y);
    m_view = new QChartView(chart, m_statsBox);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(220);
    s->addWidget(m_view, 1);
    layout->addWidget(m_statsBox, 1);

    auto *bottom = new QHBoxLayout;
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("mtaMessage"));
    bottom->addWidget(m_message, 1);
    m_reload = new QPushButton(this);
    bottom->addWidget(m_reload);
    layout->addLayout(bottom);
    connect(m_reload, &QPushButton::clicked, this, &MtaSettingsPanel::refresh);
}

void MtaSettingsPanel::retranslateUi()
{
    m_relayBox->setTitle(tr("Relay host (zimbraMtaRelayHost)"));
    m_relayNote->setText(tr("Where the MTA sends outgoing mail. A server without its own value uses the "
                            "global one. Postfix syntax: host, host:port or [host]:port (brackets skip "
                            "the MX lookup); empty removes the value."));
    m_table->setHorizontalHeaderLabels({tr("Scope"), tr("Relay host")});
    m_editLabel->setText(tr("&Relay host:"));
    m_edit->setPlaceholderText(tr("e.g. [smtp.example.org]:587"));
    m_apply->setText(tr("A&pply relay host"));
    m_statsBox->setTitle(tr("Messages per hour on the server (last 48 hours)"));
    m_view->chart()->setTitle(QString());
    m_x->setTitleText(tr("Hour"));
    m_y->setTitleText(tr("Messages"));
    m_reload->setText(tr("Reload MTA &settings"));
    showRelay();
}

void MtaSettingsPanel::refresh()
{
    loadRelay();
    loadStats();
}

QString MtaSettingsPanel::messageText() const
{
    return m_message->text();
}

QString MtaSettingsPanel::statsNoteText() const
{
    return m_statsNote->text();
}

void MtaSettingsPanel::showMessage(bool ok, const QString &text)
{
    m_message->setText(text);
    m_message->setStyleSheet(ok ? QString() : QStringLiteral("QLabel { color:#b00020; }"));
}

void MtaSettingsPanel::loadRelay()
{
    m_conn->runZimbraJob<RelayHostJob>(
        this, [this](ZimbraClient *client) { return new RelayHostJob(client, this); },
        [this](RelayHostJob *job, const ZimbraError &e) {
            if (e.isError()) {
                showMessage(false, e.message);
            } else {
                m_info = job->info();
                showRelay();
            }
            emit relayLoaded(!e.isError());
        },
        [this](const QString &why) {
            showMessage(false, why);
            emit relayLoaded(false);
        });
}

void MtaSettingsPanel::showRelay()
{
    const int keep = m_table->currentRow();
    m_table->setRowCount(int(m_info.servers.size()) + 1);
    m_table->setItem(0, 0, new QTableWidgetItem(tr("Global (every server)")));
    m_table->setItem(
        0, 1, new QTableWidgetItem(m_info.global.isEmpty() ? tr("(none: direct delivery)") : m_info.global));
    for (int i = 0; i < m_info.servers.size(); ++i) {
        const auto &s = m_info.servers.at(i);
        m_table->setItem(i + 1, 0, new QTableWidgetItem(s.first));
        //: %1 the global relay host
        m_table->setItem(
            i + 1, 1,
            new QTableWidgetItem(s.second.isEmpty() ? tr("(inherits: %1)").arg(m_info.global) : s.second));
        m_table->item(i + 1, 0)->setData(Qt::UserRole, s.first);
    }
    m_table->selectRow(keep >= 0 && keep < m_table->rowCount() ? keep : 0);
    // The same row stays selected across a reload, so no selection signal: refill the editor.
    onRowSelected();
}

QString MtaSettingsPanel::selectedServer() const
{
    const int r = m_table->currentRow();
    if (r <= 0 || !m_table->item(r, 0))
        return {};
    return m_table->item(r, 0)->data(Qt::UserRole).toString();
}

void MtaSettingsPanel::onRowSelected()
{
    const int r = m_table->currentRow();
    if (r <= 0)
        m_edit->setText(m_info.global);
    else if (r - 1 < m_info.servers.size())
        m_edit->setText(m_info.servers.at(r - 1).second);
}

void MtaSettingsPanel::applyRelay()
{
    const QString value = m_edit->text().trimmed();
    // Checked here, before any request: the value ends up in Postfix's main.cf (relayhost).
    if (!isValidRelayHost(value)) {
        //: %1 the value typed
        const QString why = tr("“%1” is not a relay host: use host, host:port or [host]:port.").arg(value);
        showMessage(false, why);
        emit relayRejected(why);
        return;
    }
    const QString server = selectedServer();
    const QString target = server.isEmpty() ? tr("global configuration") : server;
    const QString text = value.isEmpty()
        //: %1 "global configuration" or a server name
        ? tr("Remove the relay host from %1?").arg(target)
        //: %1 relay host, %2 "global configuration" or a server name
        : tr("Set the relay host to “%1” on %2?").arg(value, target);
    confirmThen(tr("Change relay host"), text, [this, server, value, target] {
        showMessage(true, tr("Applying…"));
        m_conn->withZimbra(
            [this, server, value, target](ZimbraClient *client) {
                auto *job = new RelayHostJob(client, server, value, this);
                connect(job, &ZimbraJob::finished, this, [this, job, value, target](const ZimbraError &e) {
                    job->deleteLater();
                    //: %1 "global configuration" or a server name, %2 relay host
                    const QString report = e.isError()
                        ? e.message
                        : tr("Done: %1 now relays through “%2”.")
                              .arg(target, value.isEmpty() ? tr("(none)") : value);
                    showMessage(!e.isError(), report);
                    if (!e.isError()) {
                        m_info = job->info();
                        showRelay();
                    }
                    QString error;
                    if (!AuditLog(m_auditPath)
                             .append(zimbraAuditEntry(m_conn->profileName(), QStringLiteral("relayhost.set"),
                                                      target, e, report),
                                     &error))
                        showMessage(false, error);
                    emit relayApplied(!e.isError());
                });
                job->start();
            },
            [this](const QString &why) {
                showMessage(false, why);
                emit relayApplied(false);
            });
    });
}

void MtaSettingsPanel::confirmThen(const QString &title, const QString &text, std::function<void()> run)
{
    if (m_autoConfirm) {
        run();
        return;
    }
    auto *box
        = new QMessageBox(QMessageBox::Question, title, text, QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setDefaultButton(QMessageBox::Cancel);
    box->button(QMessageBox::Yes)->setText(tr("Apply"));
    connect(box, &QMessageBox::finished, this, [run](int r) {
        if (r == QMessageBox::Yes)
            run();
    });
    box->open();
}

void MtaSettingsPanel::loadStats()
{
    m_statsNote->setText(tr("Loading…"));
    m_conn->runZimbraJob<LoggerStatsJob>(
        this,
        [this](ZimbraClient *client) {
            return new LoggerStatsJob(client, QString(), {Counter}, Window, QStringLiteral("now"),
                                      QStringLiteral("zmmtastats"), this);
        },
        [this](LoggerStatsJob *job, const ZimbraError &e) {
            if (e.isError())
                m_statsNote->setText(e.message);
            else
                showStats(*job);
            emit statsLoaded(!e.isError());
        },
        [this](const QString &why) {
            m_statsNote->setText(why);
            emit statsLoaded(false);
        });
}

void MtaSettingsPanel::showStats(const LoggerStatsJob &job)
{
    m_loggerDisabled = job.loggerDisabled();
    m_hourly.clear();
    m_series->clear();
    if (m_loggerDisabled) {
        m_statsNote->setText(tr("The Zimbra logger is not enabled on this server, so there are no message "
                                "counts. The send rates derived from the mail log still work."));
        return;
    }
    // mta_count is a per-second average per RRD step (section 10.1); toCounts turns rows into
    // messages, then they are summed per clock hour.
    QMap<qint64, double> perHour;
    for (const auto &c :
         LoggerStatsJob::toCounts(job.points(), Counter, LoggerStatsJob::rrdStepFor(job.windowSeconds())))
        perHour[c.first - c.first % 3600] += c.second;
    double top = 0;
    for (auto it = perHour.cbegin(); it != perHour.cend(); ++it) {
        m_hourly.append({it.key(), it.value()});
        m_series->append(double(it.key()) * 1000.0, it.value());
        top = qMax(top, it.value());
    }
    const QDateTime now = QDateTime::currentDateTime();
    m_x->setRange(now.addSecs(-48 * 3600), now);
    m_y->setRange(0, qMax(1.0, top * 1.1));
    double total = 0;
    for (const auto &h : std::as_const(m_hourly))
        total += h.second;
    m_statsNote->setText(
        m_hourly.isEmpty()
            ? tr("The logger has no message counts for the last 48 hours.")
            //: %n messages in total (rounded)
            : tr("%n message(s) in the last 48 hours (zmmtastats, mta_count).", nullptr, int(total + 0.5)));
}

} // namespace zaindari
