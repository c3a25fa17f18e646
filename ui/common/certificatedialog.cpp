#include "certificatedialog.h"

#include "directory/directorytester.h"
#include "zimbra/zimbratester.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLocale>
#include <QPointer>
#include <QPushButton>
#include <QStyle>
#include <QTextDocumentFragment>
#include <QVBoxLayout>

#include <memory>

namespace zaindari {

namespace {
QString row(const QString &label, const QString &value, bool mono = false)
{
    // Fingerprints in a fixed-width font, so the technician can compare them group by group.
    const QString v = mono ? QStringLiteral("<tt>") + value.toHtmlEscaped() + QStringLiteral("</tt>")
                           : value.toHtmlEscaped();
    return QStringLiteral("<tr><td style='padding-right:12px'><b>") + label.toHtmlEscaped()
        + QStringLiteral("</b></td><td>") + v + QStringLiteral("</td></tr>");
}

QString when(const QDateTime &t)
{
    return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::LongFormat) : QString();
}
} // namespace

CertificateDialog::CertificateDialog(const CertificateQuestion &question, Mode mode, QWidget *parent)
    : QDialog(parent)
    , m_question(question)
    , m_mode(mode)
    , m_heading(new QLabel(this))
    , m_details(new QLabel(this))
{
    setObjectName(QStringLiteral("CertificateDialog"));
    setMinimumWidth(640);
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    auto *icon = new QLabel(this);
    const QStyle::StandardPixmap sp
        = mode == Mode::Changed ? QStyle::SP_MessageBoxCritical : QStyle::SP_MessageBoxWarning;
    icon->setPixmap(style()->standardIcon(sp).pixmap(48, 48));
    icon->setAlignment(Qt::AlignTop);
    top->addWidget(icon);
    m_heading->setWordWrap(true);
    m_heading->setTextFormat(Qt::PlainText);
    top->addWidget(m_heading, 1, Qt::AlignTop);
    layout->addLayout(top);

    if (mode == Mode::Changed) {
        setWindowTitle(tr("Certificate changed"));
        //: %1 is host:port
        m_heading->setText(tr("The certificate of %1 is not the one you confirmed before. Zaindari will not "
                              "connect: someone may be intercepting the connection. If the server's "
                              "certificate was renewed on purpose, remove the old pin in the profile's "
                              "Trust tab and connect again.")
                               .arg(question.hostPort));
    } else {
        setWindowTitle(tr("Unverified certificate"));
        //: %1 is host:port
        m_heading->setText(tr("The certificate of %1 cannot be verified. Compare the SHA-256 fingerprint "
                              "below with the one shown on the server before you trust it.")
                               .arg(question.hostPort));
    }

    QString html = QStringLiteral("<table>");
    html += row(tr("Server"), question.hostPort);
    html += row(tr("Subject"), question.subject);
    html += row(tr("Issuer"), question.issuer);
    html += row(tr("Valid from"), when(question.notBefore));
    html += row(tr("Valid until"), when(question.notAfter));
    html += row(tr("SHA-256 fingerprint"), TlsTrust::displayFingerprint(question.fingerprint), true);
    for (const QString &pin : question.expectedPins)
        html += row(tr("Pinned fingerprint"),
                    TlsTrust::displayFingerprint(TlsTrust::normalizeFingerprint(pin).value_or(pin)), true);
    if (!question.problems.isEmpty())
        html += row(tr("Problems"), question.problems.join(QStringLiteral("; ")));
    html += QStringLiteral("</table>");
    m_details->setText(html);
    m_details->setTextFormat(Qt::RichText);
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    layout->addWidget(m_details);

    auto *buttons = new QDialogButtonBox(this);
    if (mode == Mode::Ask) {
        m_once = buttons->addButton(tr("Accept &once"), QDialogButtonBox::AcceptRole);
        m_once->setToolTip(tr("Trust this certificate until Zaindari closes"));
        m_pin = buttons->addButton(tr("Accept and &pin"), QDialogButtonBox::AcceptRole);
        m_pin->setToolTip(tr("Trust this certificate and remember it in the profile; a different "
                             "certificate will then be refused"));
        m_reject = buttons->addButton(tr("&Reject"), QDialogButtonBox::RejectRole);
        m_reject->setDefault(true);
        connect(m_once, &QPushButton::clicked, this, [this] { finishWith(Answer::AcceptOnce); });
        connect(m_pin, &QPushButton::clicked, this, [this] { finishWith(Answer::AcceptAndPin); });
        connect(m_reject, &QPushButton::clicked, this, [this] { finishWith(Answer::Reject); });
    } else {
        m_reject = buttons->addButton(QDialogButtonBox::Close);
        connect(m_reject, &QPushButton::clicked, this, [this] { finishWith(Answer::Reject); });
    }
    layout->addWidget(buttons);
    // Escape / closing the window is a refusal, never an acceptance.
    connect(this, &QDialog::rejected, this, [this] {
        if (!property("answered").toBool()) {
            setProperty("answered", true);
            m_answer = Answer::Reject;
            emit answered(Answer::Reject);
        }
    });
}

QString CertificateDialog::summaryText() const
{
    return m_heading->text() + QLatin1Char('\n')
        + QTextDocumentFragment::fromHtml(m_details->text()).toPlainText();
}

void CertificateDialog::finishWith(Answer a)
{
    if (property("answered").toBool())
        return;
    setProperty("answered", true);
    m_answer = a;
    emit answered(a);
    if (a == Answer::Reject)
        reject();
    else
        accept();
}

bool attachCertificateDialog(ConnectionTester *tester, QWidget *parent,
                             std::function<void(const QString &, const QString &)> pin)
{
    if (auto *z = qobject_cast<ZimbraConnectionTester *>(tester)) {
        // The tester emits certificatePinned() for every "trust"; only "accept and pin" stores.
        auto pinWanted = std::make_shared<bool>(false);
        QObject::connect(z, &ZimbraConnectionTester::certificateQuestion, parent,
                         [z, parent, pinWanted](const CertificateQuestion &q) {
                             auto *dialog = new CertificateDialog(q, CertificateDialog::Mode::Ask, parent);
                             dialog->setAttribute(Qt::WA_DeleteOnClose);
                             const QPointer<ZimbraConnectionTester> guard(z);
                             QObject::connect(dialog, &CertificateDialog::answered, parent,
                                              [guard, q, pinWanted](CertificateDialog::Answer a) {
                                                  *pinWanted = a == CertificateDialog::Answer::AcceptAndPin;
                                                  if (guard)
                                                      guard->answerCertificate(
                                                          q.id, a != CertificateDialog::Answer::Reject);
                                              });
                             dialog->open();
                         });
        QObject::connect(z, &ZimbraConnectionTester::certificatePinned, parent,
                         [pin, pinWanted](const QString &hostPort, const QString &fp) {
                             if (*pinWanted && pin)
                                 pin(hostPort, fp);
                         });
        return true;
    }
    if (auto *d = qobject_cast<DirectoryConnectionTester *>(tester)) {
        QObject::connect(d, &ConnectionTester::finished, parent, [d, parent, pin](bool ok) {
            if (ok)
                return;
            const DirectoryOutcome o = d->outcome();
            if (!o.hasCertificate())
                return;
            const bool changed = o.error == DirectoryError::CertificateChanged;
            if (!changed && o.error != DirectoryError::CertificateUntrusted)
                return;
            auto *dialog = new CertificateDialog(
                o.certificate, changed ? CertificateDialog::Mode::Changed : CertificateDialog::Mode::Ask,
                parent);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            // The test is over: trusting "once" would change nothing, so only pin or reject.
            if (dialog->acceptOnceButton())
                dialog->acceptOnceButton()->hide();
            const CertificateQuestion q = o.certificate;
            QObject::connect(dialog, &CertificateDialog::answered, parent,
                             [pin, q](CertificateDialog::Answer a) {
                                 if (a == CertificateDialog::Answer::AcceptAndPin && pin)
                                     pin(q.hostPort, q.fingerprint);
                             });
            dialog->open();
        });
        return true;
    }
    return false;
}

} // namespace zaindari
