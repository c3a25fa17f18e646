#include "zimbraclient.h"

namespace zaindari {

SoapCall::SoapCall(ZimbraClient *client, const soap::Element &request)
    : QObject(client)
    , m_client(client)
    , m_request(request)
{ }

SoapCall::~SoapCall()
{
    if (m_exchange)
        delete m_exchange;
}

void SoapCall::cancel()
{
    if (m_finished)
        return;
    if (m_exchange) {
        m_exchange->disconnect(this);
        m_exchange->deleteLater();
        m_exchange = nullptr;
    }
    m_client->dropCall(this);
    finish(ZimbraError::make(ZimbraErrorCode::Canceled, ZimbraClient::tr("The request was cancelled.")));
}

void SoapCall::finish(const ZimbraError &e, const soap::Element &response)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = e;
    m_response = response;
    QMetaObject::invokeMethod(this, &SoapCall::finished, Qt::QueuedConnection);
}

ZimbraClient::ZimbraClient(QObject *parent)
    : QObject(parent)
    , m_transport(new SoapTransport(this))
{
    qRegisterMetaType<zaindari::ZimbraError>();
    connect(m_transport, &SoapTransport::certificateQuestion, this, &ZimbraClient::certificateQuestion);
    connect(m_transport, &SoapTransport::certificatePinned, this, &ZimbraClient::certificatePinned);
}

ZimbraClient::~ZimbraClient()
{
    // Calls hold exchanges owned by the transport; delete them before the transport goes.
    qDeleteAll(findChildren<SoapCall *>(QString(), Qt::FindDirectChildrenOnly));
    delete m_loginExchange;
}

void ZimbraClient::setEndpoint(const QUrl &adminUrl, const QString &adminUser)
{
    if (adminUrl != m_url || adminUser != m_adminUser)
        forgetToken();
    m_url = adminUrl;
    m_adminUser = adminUser;
}

void ZimbraClient::setPassword(const QString &password)
{
    m_password = password;
}

QString ZimbraClient::hostPort() const
{
    return TlsTrust::hostPort(m_url.host(), m_url.port(443));
}

void ZimbraClient::forgetToken()
{
    m_token.clear();
    m_expiry = QDateTime();
    m_lifetimeMs = 0;
    if (!m_loginExchange)
        setState(ConnectionState::Disconnected);
}

void ZimbraClient::setState(ConnectionState s)
{
    if (s == m_state)
        return;
    m_state = s;
    emit stateChanged(s);
}

bool ZimbraClient::tokenUsable() const
{
    if (m_token.isEmpty())
        return false;
    if (m_marginOverride < 0 || !m_expiry.isValid())
        return true;
    qint64 margin = m_marginOverride;
    if (margin == 0)
        margin = qMin<qint64>(5 * 60 * 1000, m_lifetimeMs / 10);
    return QDateTime::currentDateTimeUtc().msecsTo(m_expiry) > margin;
}

SoapCall *ZimbraClient::call(const soap::Element &request)
{
    auto *c = new SoapCall(this, request);
    submit(c);
    return c;
}

void ZimbraClient::login()
{
    forgetToken();
    startLogin();
}

void ZimbraClient::submit(SoapCall *c)
{
    if (tokenUsable()) {
        send(c);
        return;
    }
    m_waiting.append(c);
    if (!m_loginExchange)
        startLogin();
}

void ZimbraClient::send(SoapCall *c)
{
    c->m_tokenUsed = m_token;
    SoapExchange *x = m_transport->post(m_url, soap::writeEnvelope(c->m_request, m_token));
    c->m_exchange = x;
    connect(x, &SoapExchange::finished, c, [this, c] { onCallReply(c); });
}

void ZimbraClient::onCallReply(SoapCall *c)
{
    SoapExchange *x = c->m_exchange;
    c->m_exchange = nullptr;
    if (!x)
        return;
    x->deleteLater();
    if (x->error().isError()) {
        c->finish(x->error());
        return;
    }
    const soap::ParsedReply &r = x->reply();
    if (r.kind == soap::ParsedReply::Kind::Fault) {
        const QString code = r.fault.zimbraCode;
        const bool authProblem
            = code == QLatin1String("service.AUTH_EXPIRED") || code == QLatin1String("service.AUTH_REQUIRED");
        if (authProblem && !c->m_retried) {
            c->m_retried = true;
            // Another call may already have logged in again with a fresh token.
            if (m_token == c->m_tokenUsed)
                forgetToken();
            submit(c);
            return;
        }
        c->finish(ZimbraError::fromFault(r.fault));
        return;
    }
    c->finish(ZimbraError(), r.body);
}

void ZimbraClient::startLogin()
{
    if (m_loginExchange)
        return;
    if (m_password.isEmpty() || m_adminUser.isEmpty()) {
        ZimbraError e = ZimbraError::make(ZimbraErrorCode::AuthFailed,
                                          tr("No Zimbra admin account name or password was given."));
        QMetaObject::invokeMethod(
            this,
            [this, e] {
                const auto waiting = m_waiting;
                m_waiting.clear();
                for (const auto &c : waiting)
                    if (c)
                        c->finish(e);
                setState(ConnectionState::Error);
                emit loginFailed(e);
            },
            Qt::QueuedConnection);
        return;
    }
    soap::Element req = soap::Element::admin(QStringLiteral("AuthRequest"));
    // Child elements, as soap-admin.txt and the harness send them (section 3.1). No
    // csrfTokenSecured: a desktop client must not make the token CSRF-bound (section 1).
    req.addChild(QStringLiteral("name"), m_adminUser);
    req.addChild(QStringLiteral("password"), m_password);
    m_loginExchange = m_transport->post(m_url, soap::writeEnvelope(req));
    setState(ConnectionState::Connecting);
    connect(m_loginExchange, &SoapExchange::finished, this, &ZimbraClient::onLoginReply);
}

void ZimbraClient::onLoginReply()
{
    SoapExchange *x = m_loginExchange;
    m_loginExchange = nullptr;
    if (!x)
        return;
    x->deleteLater();
    ZimbraError e = x->error();
    const soap::ParsedReply &r = x->reply();
    if (!e.isError() && r.kind == soap::ParsedReply::Kind::Fault) {
        e = ZimbraError::fromFault(r.fault);
        const QString code = r.fault.zimbraCode;
        // Unknown or inactive admins get PERM_DENIED "Error in Authentication" on recent
        // versions, AUTH_FAILED on older ones (section 3.2): both are a refused login.
        if (code == QLatin1String("account.AUTH_FAILED") || code == QLatin1String("service.PERM_DENIED")
            || code == QLatin1String("account.MAINTENANCE_MODE")) {
            e.code = ZimbraErrorCode::AuthFailed;
            //: %1 is the admin account name
            e.message = tr("Zimbra refused the admin login of %1: wrong name or password, not an admin "
                           "account, or the account is not active.")
                            .arg(m_adminUser);
        }
    } else if (!e.isError()) {
        const QString token = r.body.childText(QStringLiteral("authToken"));
        const QString twoFactor = r.body.childText(QStringLiteral("twoFactorAuthRequired"));
        if (twoFactor == QLatin1String("true") || twoFactor == QLatin1String("1")) {
            e = ZimbraError::make(ZimbraErrorCode::AuthFailed,
                                  tr("The Zimbra admin account uses two-factor authentication, which "
                                     "Zaindari does not support. Use an admin account without it."));
        } else if (r.body.name != QLatin1String("AuthResponse") || token.isEmpty()) {
            e = ZimbraError::make(ZimbraErrorCode::NotSoap,
                                  tr("The server answered the login without a session token."), r.body.name);
        } else {
            m_token = token;
            // Milliseconds from now (section 3.1); order of the elements varies by version.
            bool ok = false;
            const qint64 lifetime = r.body.childText(QStringLiteral("lifetime")).toLongLong(&ok);
            m_lifetimeMs = ok && lifetime > 0 ? lifetime : 0;
            m_expiry
                = m_lifetimeMs > 0 ? QDateTime::currentDateTimeUtc().addMSecs(m_lifetimeMs) : QDateTime();
            ++m_loginCount;
        }
    }
    const auto waiting = m_waiting;
    m_waiting.clear();
    if (e.isError()) {
        for (const auto &c : waiting)
            if (c)
                c->finish(e);
        setState(ConnectionState::Error);
        emit loginFailed(e);
        return;
    }
    setState(ConnectionState::Connected);
    emit loggedIn();
    for (const auto &c : waiting)
        if (c && !c->m_finished)
            send(c);
}

void ZimbraClient::dropCall(SoapCall *c)
{
    m_waiting.removeAll(c);
}

} // namespace zaindari
