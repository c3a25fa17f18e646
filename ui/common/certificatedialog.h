#pragma once
// The TLS certificate question of common/tlstrust.h, shared by the Zimbra admin and the
// Active Directory connections: host, subject, issuer, validity and the SHA-256 fingerprint to
// compare with what the server's administrator reads on the server. A certificate that differs
// from the pinned one is shown as a warning only: there is nothing to accept, because a changed
// pinned certificate is what an interception looks like.
//
// Never exec()'d by its users: open() it and wait for answered().

#include "common/tlstrust.h"

#include <QDialog>

#include <functional>

class QDialogButtonBox;
class QLabel;
class QPushButton;

namespace zaindari {

class ConnectionTester;

class CertificateDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Mode { Ask, Changed };
    enum class Answer { AcceptOnce, AcceptAndPin, Reject };
    Q_ENUM(Mode)
    Q_ENUM(Answer)

    CertificateDialog(const CertificateQuestion &question, Mode mode, QWidget *parent = nullptr);

    const CertificateQuestion &question() const { return m_question; }
    Mode mode() const { return m_mode; }
    Answer answer() const { return m_answer; }
    QString summaryText() const; // everything shown, as plain text (tests, accessibility)

    QPushButton *acceptOnceButton() const { return m_once; }
    QPushButton *pinButton() const { return m_pin; }
    QPushButton *rejectButton() const { return m_reject; }

signals:
    void answered(zaindari::CertificateDialog::Answer answer);

private:
    void finishWith(Answer a);

    CertificateQuestion m_question;
    Mode m_mode;
    Answer m_answer = Answer::Reject;
    QLabel *m_heading;
    QLabel *m_details;
    QPushButton *m_once = nullptr;
    QPushButton *m_pin = nullptr;
    QPushButton *m_reject = nullptr;
};

// For the profile manager's "Test connection" (call right after createConnectionTester()): the
// Zimbra tester's certificate question opens this dialog and is answered through the tester;
// after a directory test that ended on an unverified or changed certificate the dialog opens
// too. "Accept and pin" calls `pin(hostPort, fingerprint)`: store it in the edited profile
// (TlsTrust::storePin) and test again. Returns false for testers that never ask.
bool attachCertificateDialog(ConnectionTester *tester, QWidget *parent,
                             std::function<void(const QString &hostPort, const QString &fingerprint)> pin);

} // namespace zaindari
