#pragma once
// "Test connection" for Backend::Ssh: for every MTA host of the profile, connect (host key
// checked against the console's known_hosts), authenticate, then check that the queue tools
// run exactly as the console will run them: `postqueue -j` as the SSH user (a real Zimbra MTA
// grants no sudo for it) and, through `sudo -n` when the preset says so, postconf, postsuper
// and postcat (`sudo -n -l TOOL` asks sudo whether it would run the tool, without running it).
//
// An unknown host key goes out as hostKeyQuestionAsked(); answer with answerHostKey(). When
// nobody listens to the question the key is refused and the message names its fingerprint.

#include "common/connectiontest.h"
#include "ssh/sshtypes.h"

#include <QPointer>
#include <QStringList>

namespace zaindari {

class MtaSessions;
class SshSession;

class MtaConnectionTester : public ConnectionTester
{
    Q_OBJECT
public:
    explicit MtaConnectionTester(QObject *parent = nullptr, const QString &knownHostsFile = QString());
    void start(const zaindari::Profile &profile, const QString &secret) override;
    void cancel() override;
    void answerHostKey(bool trust, bool remember = true);

Q_SIGNALS:
    void hostKeyQuestionAsked(const QString &hostName, const zaindari::SshHostKeyInfo &info);

private:
    struct Check {
        QStringList argv;
        QString what; // translated, for progress and errors
    };
    void testHost(int index);
    void runCheck(int host, int check);
    void done(bool ok, const QString &message, const QString &detail);

    QString m_knownHostsFile;
    QPointer<MtaSessions> m_sessions;
    QPointer<SshSession> m_asking;
    QList<Check> m_checks;
    QStringList m_report;
    bool m_started = false;
    bool m_done = false;
};

} // namespace zaindari
