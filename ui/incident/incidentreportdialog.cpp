#include "incidentreportdialog.h"

#include "audit/auditlog.h"
#include "incident/incidentevidence.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTextDocument>
#include <QVBoxLayout>

#include <algorithm>

namespace zaindari {

IncidentReportDialog::IncidentReportDialog(const ContainmentResult &result, QWidget *parent)
    : QDialog(parent)
    , m_result(result)
{
    setObjectName(QStringLiteral("IncidentReportDialog"));
    //: %1 is the account
    setWindowTitle(tr("Incident report: %1").arg(result.account));
    buildUi();
}

IncidentReportDialog::~IncidentReportDialog() = default;

void IncidentReportDialog::buildUi()
{
    setMinimumSize(760, 600);
    auto *layout = new QVBoxLayout(this);
    auto *statusRow = new QHBoxLayout;
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 0);
    m_progress->setMaximumWidth(160);
    m_progress->setTextVisible(false);
    m_status = new QLabel(tr("Reading the mail log and Zimbra's audit log for the timeline…"), this);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusRow->addWidget(m_progress);
    statusRow->addWidget(m_status, 1);
    layout->addLayout(statusRow);

    m_tabs = new QTabWidget(this);
    m_view = new QTextBrowser(m_tabs);
    m_view->setObjectName(QStringLiteral("reportView"));
    m_view->setOpenLinks(false);
    m_tabs->addTab(m_view, tr("&Report"));
    m_tabs->addTab(buildNoticeTab(), tr("&Notice for the person"));
    layout->addWidget(m_tabs, 1);

    auto *box = new QDialogButtonBox(this);
    m_html_ = box->addButton(tr("Export &HTML…"), QDialogButtonBox::ActionRole);
    m_html_->setObjectName(QStringLiteral("exportHtml"));
    m_html_->setToolTip(tr("Saves the report as an HTML file."));
    m_pdf = box->addButton(tr("Export &PDF…"), QDialogButtonBox::ActionRole);
    m_pdf->setObjectName(QStringLiteral("exportPdf"));
    m_pdf->setToolTip(tr("Saves the report as an A4 PDF file."));
    m_html_->setEnabled(false);
    m_pdf->setEnabled(false);
    connect(m_html_, &QPushButton::clicked, this, [this] { exportAs(false); });
    connect(m_pdf, &QPushButton::clicked, this, [this] { exportAs(true); });
    connect(box->addButton(QDialogButtonBox::Close), &QPushButton::clicked, this, &QDialog::close);
    layout->addWidget(box);
}

QWidget *IncidentReportDialog::buildNoticeTab()
{
    auto *tab = new QWidget(m_tabs);
    auto *layout = new QVBoxLayout(tab);
    auto *intro = new QLabel(tr("A notice to send to the person whose account was captured: what happened "
                                "and what to do next. It is in Basque and Spanish whatever the console's "
                                "language."),
                             tab);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    const struct
    {
        const char *lang;
        const char *name;
        QString label;
    } notices[] = {{"eu", "noticeEu", tr("Basque")}, {"es", "noticeEs", tr("Spanish")}};
    for (const auto &n : notices) {
        auto *row = new QHBoxLayout;
        auto *title = new QLabel(QStringLiteral("<b>%1</b>").arg(n.label.toHtmlEscaped()), tab);
        auto *copy = new QPushButton(tab);
        //: %1 is a language name
        copy->setText(tr("Copy the %1 text").arg(n.label));
        copy->setObjectName(QLatin1String(n.name) + QStringLiteral("Copy"));
        row->addWidget(title, 1);
        row->addWidget(copy);
        layout->addLayout(row);
        auto *text = new QPlainTextEdit(affectedPersonNotice(m_result.account, QLatin1String(n.lang)), tab);
        text->setObjectName(QLatin1String(n.name));
        text->setReadOnly(true);
        layout->addWidget(text, 1);
        connect(copy, &QPushButton::clicked, text,
                [text] { QApplication::clipboard()->setText(text->toPlainText()); });
    }
    return tab;
}

void IncidentReportDialog::start(MtaSessions *mta, const QString &mtaLogPath,
                                 const QString &zimbraAuditLogPath, int perMinuteThreshold)
{
    if (!mta) {
        onEvidence(EvidenceSummary(),
                   tr("No MTA host is configured: the timeline holds only the detection and the "
                      "containment steps."));
        return;
    }
    auto *job = new IncidentEvidenceJob(mta, mtaLogPath, zimbraAuditLogPath, m_result.account,
                                        perMinuteThreshold, this);
    connect(job, &IncidentEvidenceJob::finished, this,
            [this, job](const EvidenceSummary &evidence, const QString &problem) {
                job->deleteLater();
                onEvidence(evidence, problem);
            });
    job->start();
}

void IncidentReportDialog::onEvidence(const EvidenceSummary &evidence, const QString &problem)
{
    QList<TimelineEvent> events = evidence.events;
    if (m_detectedAt.isValid()) {
        TimelineEvent d;
        d.time = m_detectedAt.toUTC();
        d.kind = TimelineEvent::Kind::Detection;
        d.text = tr("The console's send-rate alert flagged the login.");
        events << d;
    }
    std::stable_sort(events.begin(), events.end(),
                     [](const TimelineEvent &a, const TimelineEvent &b) { return a.time < b.time; });
    m_report = IncidentReport::build(m_result, events);
    m_report.profile = m_profile;
    if (m_detectedAt.isValid())
        m_report.detectedAt = m_detectedAt.toUTC();
    m_html = m_report.toHtml();
    m_view->setHtml(m_html);
    m_problem = problem;
    m_progress->hide();
    m_html_->setEnabled(true);
    m_pdf->setEnabled(true);
    m_ready = true;
    saveBesideAuditLog();
    QStringList status;
    if (!problem.isEmpty())
        //: %1 says what could not be read; the report is still made
        status << tr("Part of the timeline is missing: %1").arg(problem);
    if (!m_savedPath.isEmpty())
        //: %1 is a file path
        status << tr("Saved next to the audit log: %1").arg(QDir::toNativeSeparators(m_savedPath));
    m_status->setText(status.join(QLatin1Char('\n')));
    emit reportReady(m_savedPath);
}

QString IncidentReportDialog::reportsFolder(const QString &auditLogPath)
{
    const QString audit = auditLogPath.isEmpty() ? AuditLog::defaultPath() : auditLogPath;
    return QFileInfo(audit).absolutePath() + QStringLiteral("/reports");
}

QString IncidentReportDialog::reportFileName(const QString &account, const QDateTime &utc)
{
    QString safe = account;
    for (QChar &c : safe)
        if (!(c.isLetterOrNumber() || c == QLatin1Char('.') || c == QLatin1Char('-')))
            c = QLatin1Char('_');
    return QStringLiteral("incident-%1-%2.html")
        .arg(safe, utc.toUTC().toString(QStringLiteral("yyyyMMddTHHmmssZ")));
}

void IncidentReportDialog::saveBesideAuditLog()
{
    const QString folder = reportsFolder(m_auditPath);
    const QString file
        = folder + QLatin1Char('/') + reportFileName(m_result.account, QDateTime::currentDateTimeUtc());
    QString error;
    // The report names a person and their mail: owner-only, like the audit log.
    const bool ok = QDir().mkpath(folder) && exportHtml(file, &error)
        && QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner);
    AuditEntry e;
    e.profile = m_profile;
    e.action = QStringLiteral("contain.report");
    e.target = m_result.account;
    e.result = ok ? AuditEntry::resultOk() : AuditEntry::resultFailed();
    //: %1 is a file path
    e.detail = ok ? tr("Incident report saved to %1").arg(file)
                  : tr("The incident report could not be saved to %1: %2").arg(file, error);
    const AuditLog log = m_auditPath.isEmpty() ? AuditLog() : AuditLog(m_auditPath);
    log.append(e);
    if (ok)
        m_savedPath = file;
    else
        m_problem = m_problem.isEmpty() ? e.detail : m_problem + QLatin1Char(' ') + e.detail;
}

bool IncidentReportDialog::exportHtml(const QString &file, QString *error) const
{
    QSaveFile f(file);
    if (!f.open(QIODevice::WriteOnly) || f.write(m_html.toUtf8()) < 0 || !f.commit()) {
        if (error)
            *error = f.errorString();
        return false;
    }
    return true;
}

bool IncidentReportDialog::exportPdf(const QString &file, QString *error) const
{
    QPdfWriter writer(file);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
    writer.setTitle(m_report.title());
    writer.setCreator(QStringLiteral("Zaindari"));
    QTextDocument doc;
    doc.setHtml(m_html);
    doc.print(&writer);
    // QPdfWriter reports no error of its own: check that the file is there and not empty.
    if (QFileInfo(file).size() > 0)
        return true;
    if (error)
        //: %1 is a file path
        *error = tr("%1 could not be written.").arg(file);
    return false;
}

void IncidentReportDialog::exportAs(bool pdf)
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString name = reportFileName(m_result.account, QDateTime::currentDateTimeUtc());
    if (pdf)
        name.replace(QStringLiteral(".html"), QStringLiteral(".pdf"));
    const QString file = QFileDialog::getSaveFileName(
        this, pdf ? tr("Export the report as PDF") : tr("Export the report as HTML"),
        dir + QLatin1Char('/') + name, pdf ? tr("PDF files (*.pdf)") : tr("HTML files (*.html *.htm)"));
    if (file.isEmpty())
        return;
    QString error;
    if (!(pdf ? exportPdf(file, &error) : exportHtml(file, &error)))
        QMessageBox::warning(this, tr("Export the report"), error);
    else
        //: %1 is a file path
        m_status->setText(tr("Exported to %1").arg(QDir::toNativeSeparators(file)));
}

} // namespace zaindari
