#include "zimbratester.h"

#include "zimbraclient.h"

namespace zaindari {

void ZimbraConnectionTester::start(const Profile &profile, const QString &secret)
{
    if (m_started)
        return;
    m_started = true;
    m_client = new ZimbraClient(this);
    TlsTrust trust;
    trust.loadPins(profile);
    m_client->setTrust(trust);
    m_client->setEndpoint(profile.soap.url, profile.soap.adminUser);
    m_client->setPassword(secret);
    connect(m_client, &ZimbraClient::certificateQuestion, this, &ZimbraConnectionTester::certificateQuestion);
    connect(m_client, &ZimbraClient::certificatePinned, this, &ZimbraConnectionTester::certificatePinned);
    connect(m_client, &ZimbraClient::loggedIn, this, [this] {
        //: %1 is the admin account, %2 host:port
        done(true, tr("Logged in to Zimbra as %1 at %2.").arg(m_client->adminUser(), m_client->hostPort()),
             QString());
    });
    connect(m_client, &ZimbraClient::loginFailed, this,
            [this](const ZimbraError &e) { done(false, e.message, e.detail); });
    //: %1 is host:port
    emit progressed(tr("Connecting to %1").arg(m_client->hostPort()));
    if (!profile.soap.url.isValid() || profile.soap.url.host().isEmpty()) {
        QMetaObject::invokeMethod(
            this, [this] { done(false, tr("The profile has no valid Zimbra admin URL."), QString()); },
            Qt::QueuedConnection);
        return;
    }
    m_client->login();
}

void ZimbraConnectionTester::answerCertificate(quint64 questionId, bool trust)
{
    if (m_client)
        m_client->answerCertificate(questionId, trust);
}

void ZimbraConnectionTester::cancel()
{
    if (!m_started || m_done)
        return;
    done(false, tr("The connection test was cancelled."), QString());
    if (m_client)
        m_client->deleteLater();
}

void ZimbraConnectionTester::done(bool ok, const QString &message, const QString &detail)
{
    if (m_done)
        return;
    m_done = true;
    emit finished(ok, message, detail);
}

} // namespace zaindari
