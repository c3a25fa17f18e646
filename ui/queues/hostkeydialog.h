#pragma once
// Asks the technician about an SSH host key that is not in the known-hosts store yet: host,
// key type and SHA-256 fingerprint (compare it with `ssh-keygen -lf` on the server), with
// "Accept once", "Accept and remember" and "Reject". Rejecting is the default and Escape.

#include "ssh/sshtypes.h"

#include <QDialog>

class QLabel;
class QPushButton;

namespace zaindari {

class HostKeyDialog : public QDialog
{
    Q_OBJECT
public:
    enum Result { Rejected = QDialog::Rejected, AcceptedOnce = 2, AcceptedAndRemembered = 3 };

    HostKeyDialog(const QString &hostName, const SshHostKeyInfo &info, QWidget *parent = nullptr);

    QString hostName() const { return m_hostName; }
    SshHostKeyInfo info() const { return m_info; }
    QPushButton *acceptOnceButton() const { return m_once; }
    QPushButton *rememberButton() const { return m_remember; }
    QPushButton *rejectButton() const { return m_reject; }

private:
    QString m_hostName;
    SshHostKeyInfo m_info;
    QPushButton *m_once;
    QPushButton *m_remember;
    QPushButton *m_reject;
};

} // namespace zaindari
