#include "certificatedialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStyle>
#include <QTextDocumentFragment>
#include <QVBoxLayout>

namespace zaindari {

namespace {
QString row(const QString &label, const QString &value)
{
    return QStringLiteral("<tr><td style='padding-right:12px'><b>") + label.toHtmlEscaped()
        + QStringLiteral("</b></td><td>") + value.toHtmlEscaped() + QStringLiteral("</td></tr>");
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
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    auto *icon = new QLabel(this);
    const QStyle::StandardPixmap sp = mode == Mode::Changed ? QStyle::SP_MessageBoxCritical
                                                            : QStyle::SP_MessageBoxWarning;
    icon->setPixmap(style()->standardIcon(sp).pixmap(48, 48));
    icon->setAlignment(Qt::AlignTop);
    top->addWidget(icon);
    m_heading->setWordWrap(true);
    m_heading->setTextFormat(Qt::PlainText);
    top->addWidget(m_heading, 1);
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
    html += row(tr("SHA-256 fingerprint"), TlsTrust::displayFingerprint(question.fingerprint));
    for (const QString &pin : question.expectedPins)
        html += row(tr("Pinned fingerprint"),
                    TlsTrust::displayFingerprint(TlsTrust::normalizeFingerprint(pin).value_or(pin)));
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
    return m_heading->text() + QLatin1Char('\n') + QTextDocumentFragment::fromHtml(m_details->text()).toPlainText();
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

} // namespace zaindari
