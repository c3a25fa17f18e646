#pragma once
// The Zimbra admin SOAP session: AuthRequest with the admin account, the token kept in memory
// only, and every call sent with <context xmlns="urn:zimbra"><authToken>.
//  - Lifetime: AuthResponse <lifetime> is milliseconds from now (section 3.1). A call made when
//    the token is within the refresh margin of its end logs in again first (proactive refresh).
//  - service.AUTH_EXPIRED / service.AUTH_REQUIRED on a call: log in again once and resend
//    (section 3.3 and checklist 3). A second failure is reported.
//  - Calls made while a login is running wait for it; one login serves them all.

#include "common/connectiontest.h"
#include "soaptransport.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QUrl>

namespace zaindari {

class ZimbraClient;

// One admin request. Created by ZimbraClient::call(), already running; delete after finished().
class SoapCall : public QObject
{
    Q_OBJECT
public:
    ~SoapCall() override;
    void cancel();
    bool isFinished() const { return m_finished; }
    const soap::Element &response() const { return m_response; }
    const ZimbraError &error() const { return m_error; }
    QString requestName() const { return m_request.name; }

signals:
    void finished();

private:
    friend class ZimbraClient;
    SoapCall(ZimbraClient *client, const soap::Element &request);
    void finish(const ZimbraError &e, const soap::Element &response = soap::Element());

    ZimbraClient *m_client;
    soap::Element m_request;
    soap::Element m_response;
    ZimbraError m_error;
    QPointer<SoapExchange> m_exchange;
    QString m_tokenUsed;
    bool m_retried = false;
    bool m_finished = false;
};

class ZimbraClient : public QObject
{
    Q_OBJECT
public:
    explicit ZimbraClient(QObject *parent = nullptr);
    ~ZimbraClient() override;

    SoapTransport *transport() const { return m_transport; }

    void setEndpoint(const QUrl &adminUrl, const QString &adminUser);
    // Memory only; never written anywhere by this class.
    void setPassword(const QString &password);
    void setTrust(const TlsTrust &trust) { m_transport->setTrust(trust); }
    QUrl url() const { return m_url; }
    QString adminUser() const { return m_adminUser; }
    QString hostPort() const;

    // Answer to the transport's certificateQuestion().
    void answerCertificate(quint64 questionId, bool trust)
    {
        m_transport->answerCertificate(questionId, trust);
    }

    bool hasToken() const { return !m_token.isEmpty(); }
    ConnectionState state() const { return m_state; }
    QDateTime tokenExpiry() const { return m_expiry; }
    void forgetToken();
    // How long before expiry a call logs in again. Default: a tenth of the lifetime, at most
    // five minutes. A negative value turns the proactive refresh off (tests of the reactive path).
    void setRefreshMarginMs(qint64 ms) { m_marginOverride = ms; }
    // Number of successful logins so far (diagnostics and tests).
    int loginCount() const { return m_loginCount; }
    // The current token, for tests that must show an old token is refused. Never persist it.
    QString currentTokenForTests() const { return m_token; }

    // Sends `request` (an element in urn:zimbraAdmin). The call is a child of the client.
    SoapCall *call(const soap::Element &request);

    // Logs in now (Test connection). Emits loggedIn() or loginFailed().
    void login();

signals:
    void loggedIn();
    void loginFailed(const zaindari::ZimbraError &error);
    // Connecting while a login runs, Connected with a token, Error after a refused login,
    // Disconnected after forgetToken(). For the status bar; calls work in every state.
    void stateChanged(zaindari::ConnectionState state);
    void certificateQuestion(const zaindari::CertificateQuestion &question);
    void certificatePinned(const QString &hostPort, const QString &fingerprint);

private:
    friend class SoapCall;
    void submit(SoapCall *c);
    void send(SoapCall *c);
    void onCallReply(SoapCall *c);
    void startLogin();
    void onLoginReply();
    bool tokenUsable() const;
    void dropCall(SoapCall *c);
    void setState(ConnectionState s);

    SoapTransport *m_transport;
    QUrl m_url;
    QString m_adminUser;
    QString m_password;
    QString m_token;
    QDateTime m_expiry;
    qint64 m_lifetimeMs = 0;
    qint64 m_marginOverride = 0; // 0 = default rule
    int m_loginCount = 0;
    ConnectionState m_state = ConnectionState::Disconnected;
    QPointer<SoapExchange> m_loginExchange;
    QList<QPointer<SoapCall>> m_waiting;
};

} // namespace zaindari
