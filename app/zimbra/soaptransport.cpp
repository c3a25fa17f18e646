#include "soaptransport.h"

#include <QNetworkAccessManager>
#include <QNetworkCookie>
#include <QNetworkCookieJar>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslConfiguration>
#include <QTimer>

namespace zaindari {

namespace {
// Keeps nothing: see the header about ZM_ADMIN_AUTH_TOKEN.
class NoCookies : public QNetworkCookieJar
{
public:
    using QNetworkCookieJar::QNetworkCookieJar;
    bool setCookiesFromUrl(const QList<QNetworkCookie> &, const QUrl &) override { return false; }
    QList<QNetworkCookie> cookiesForUrl(const QUrl &) const override { return {}; }
};

QString hostPortOf(const QUrl &url)
{
    return TlsTrust::hostPort(url.host(), url.port(url.scheme() == QLatin1String("http") ? 80 : 443));
}

// A printable, short excerpt of a non-SOAP body for the error detail.
QString excerpt(const QByteArray &data)
{
    QString s = QString::fromUtf8(data.left(300)).simplified();
    for (QChar &c : s)
        if (!c.isPrint())
            c = QLatin1Char('?');
    return s;
}
} // namespace

SoapExchange::SoapExchange(SoapTransport *transport, const QUrl &url, const QByteArray &body)
    : QObject(transport)
    , m_transport(transport)
    , m_url(url)
    , m_body(body)
{
    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, [this] {
        m_timedOut = true;
        if (m_net)
            m_net->abort();
    });
}

SoapExchange::~SoapExchange()
{
    if (m_net) {
        m_net->disconnect(this);
        m_net->abort();
        m_net->deleteLater();
    }
    m_transport->forget(this);
}

void SoapExchange::send()
{
    m_certProblem = CertProblem::None;
    m_timedOut = m_tooLarge = false;
    QNetworkRequest req(m_url);
    req.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/soap+xml; charset=utf-8"));
    req.setRawHeader("Accept", "application/soap+xml, text/xml");
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    // No Referer: a foreign one is answered with a plain 403 when CSRF referer checks are on (1).
    req.setSslConfiguration(m_transport->m_trust.configure(QSslConfiguration::defaultConfiguration()));
    m_net = m_transport->m_nam->post(req, m_body);
    connect(m_net, &QNetworkReply::sslErrors, this, &SoapExchange::onSslErrors);
    connect(m_net, &QNetworkReply::encrypted, this, &SoapExchange::onEncrypted);
    connect(m_net, &QNetworkReply::finished, this, &SoapExchange::onReplyFinished);
    connect(m_net, &QNetworkReply::downloadProgress, this, [this](qint64 received, qint64) {
        if (received > SoapTransport::maxReplyBytes && m_net) {
            m_tooLarge = true;
            m_net->abort();
        }
    });
    m_timer->start(m_transport->m_timeoutMs);
}

void SoapExchange::onSslErrors(const QList<QSslError> &errors)
{
    QSslCertificate leaf;
    const auto chain = m_net->sslConfiguration().peerCertificateChain();
    if (!chain.isEmpty())
        leaf = chain.first();
    for (const QSslError &e : errors)
        if (leaf.isNull() && !e.certificate().isNull())
            leaf = e.certificate();
    const QString hp = hostPortOf(m_url);
    const TlsTrust &trust = m_transport->m_trust;
    const QString fp = TlsTrust::fingerprint(leaf);
    switch (trust.evaluate(hp, fp, false)) {
    case TlsVerdict::Trusted:
        m_net->ignoreSslErrors(trust.errorsToIgnore(hp, leaf, errors));
        return;
    case TlsVerdict::Changed:
        m_certProblem = CertProblem::Changed;
        m_question = TlsTrust::describe(hp, leaf, errors);
        m_question.expectedPins = trust.pinsFor(hp);
        break;
    case TlsVerdict::Ask:
        m_certProblem = CertProblem::Ask;
        m_question = TlsTrust::describe(hp, leaf, errors);
        break;
    }
    m_net->abort();
}

void SoapExchange::onEncrypted()
{
    // A chain that verifies still has to match the pin: a CA-signed certificate replacing a
    // pinned one is exactly the interception case.
    const QString hp = hostPortOf(m_url);
    const TlsTrust &trust = m_transport->m_trust;
    const QSslCertificate leaf = m_net->sslConfiguration().peerCertificate();
    if (trust.evaluate(hp, TlsTrust::fingerprint(leaf), true) == TlsVerdict::Changed) {
        m_certProblem = CertProblem::Changed;
        m_question = TlsTrust::describe(hp, leaf, {});
        m_question.expectedPins = trust.pinsFor(hp);
        m_net->abort();
    }
}

void SoapExchange::onReplyFinished()
{
    m_timer->stop();
    QNetworkReply *net = m_net;
    m_net = nullptr;
    if (!net)
        return;
    net->deleteLater();
    const QString where = hostPortOf(m_url);

    if (m_canceled)
        return; // cancel() already finished us
    if (m_certProblem == CertProblem::Changed) {
        ZimbraError e
            = ZimbraError::make(ZimbraErrorCode::CertificateChanged, TlsTrust::changedMessage(m_question),
                                m_question.problems.join(QStringLiteral("; ")));
        finishWith(e);
        return;
    }
    if (m_certProblem == CertProblem::Ask) {
        m_waitingForAnswer = true;
        m_transport->ask(this, m_question);
        return;
    }
    if (m_timedOut) {
        //: %1 is host:port, %2 a number of seconds
        finishWith(ZimbraError::make(ZimbraErrorCode::Timeout,
                                     SoapTransport::tr("The server at %1 did not answer within %2 seconds.")
                                         .arg(where)
                                         .arg(m_transport->m_timeoutMs / 1000)));
        return;
    }
    if (m_tooLarge) {
        //: %1 is host:port
        finishWith(ZimbraError::make(
            ZimbraErrorCode::NotSoap,
            SoapTransport::tr("The reply from %1 was too large to be a SOAP answer.").arg(where)));
        return;
    }
    m_status = net->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (m_status == 0) {
        const auto err = net->error();
        ZimbraErrorCode code = ZimbraErrorCode::Network;
        QString msg;
        switch (err) {
        case QNetworkReply::ConnectionRefusedError:
            //: %1 is host:port
            msg = SoapTransport::tr(
                      "Nothing accepts connections at %1: is Zimbra running and is the port right?")
                      .arg(where);
            break;
        case QNetworkReply::HostNotFoundError:
            //: %1 is host:port
            msg = SoapTransport::tr("The server name in %1 could not be resolved.").arg(where);
            break;
        case QNetworkReply::RemoteHostClosedError:
            //: %1 is host:port
            msg = SoapTransport::tr("The server at %1 closed the connection without answering.").arg(where);
            break;
        case QNetworkReply::SslHandshakeFailedError:
            code = ZimbraErrorCode::Tls;
            //: %1 is host:port
            msg = SoapTransport::tr("The secure (TLS) connection to %1 failed.").arg(where);
            break;
        default:
            //: %1 is host:port
            msg = SoapTransport::tr("Could not talk to the server at %1.").arg(where);
            break;
        }
        finishWith(ZimbraError::make(code, msg, net->errorString()));
        return;
    }
    const QByteArray data = net->readAll();
    m_reply = soap::parseEnvelope(data);
    if (m_reply.kind != soap::ParsedReply::Kind::NotSoap) {
        // HTTP 500 carries the Fault in its body (section 1): read it like a 200.
        finishOk();
        return;
    }
    ZimbraError e
        = classifyNonSoap(data, net->header(QNetworkRequest::ContentTypeHeader).toString(), m_reply.problem);
    e.httpStatus = m_status;
    finishWith(e);
}

ZimbraError SoapExchange::classifyNonSoap(const QByteArray &data, const QString &contentType,
                                          const QString &problem) const
{
    const QString where = hostPortOf(m_url);
    const QString detail = QStringLiteral("HTTP %1, Content-Type \"%2\", %3: %4")
                               .arg(QString::number(m_status), contentType, problem, excerpt(data));
    if (data.trimmed().isEmpty()) {
        //: %1 is host:port, %2 the HTTP status number
        return ZimbraError::make(
            ZimbraErrorCode::EmptyReply,
            SoapTransport::tr("The server at %1 sent an empty reply (HTTP %2) instead of "
                              "a SOAP answer.")
                .arg(where)
                .arg(m_status),
            detail);
    }
    if (m_status == 502 || m_status == 503 || m_status == 504) {
        //: %1 is host:port, %2 the HTTP status number
        return ZimbraError::make(
            ZimbraErrorCode::HttpError,
            SoapTransport::tr("A proxy or gateway at %1 could not reach Zimbra (HTTP %2). "
                              "Zimbra may be stopped or restarting.")
                .arg(where)
                .arg(m_status),
            detail);
    }
    const QByteArray head = data.left(512).trimmed().toLower();
    if (contentType.contains(QLatin1String("html"), Qt::CaseInsensitive) || head.startsWith("<!doctype html")
        || head.startsWith("<html") || head.contains("<html")) {
        //: %1 is host:port, %2 the HTTP status number
        return ZimbraError::make(
            ZimbraErrorCode::NotSoap,
            SoapTransport::tr("The server at %1 answered with a web page (HTTP %2) instead "
                              "of a SOAP reply. Check the URL: the admin endpoint is "
                              "https://SERVER:7071/service/admin/soap.")
                .arg(where)
                .arg(m_status),
            detail);
    }
    if (m_status >= 300) {
        //: %1 is host:port, %2 the HTTP status number
        return ZimbraError::make(ZimbraErrorCode::HttpError,
                                 SoapTransport::tr("The server at %1 answered HTTP %2 without a SOAP reply.")
                                     .arg(where)
                                     .arg(m_status),
                                 detail);
    }
    //: %1 is host:port
    return ZimbraError::make(
        ZimbraErrorCode::NotSoap,
        SoapTransport::tr("The server at %1 did not answer in SOAP; it may not be a Zimbra "
                          "admin endpoint.")
            .arg(where),
        detail);
}

void SoapExchange::cancel()
{
    if (m_finished)
        return;
    m_canceled = true;
    m_timer->stop();
    if (m_net) {
        QNetworkReply *net = m_net;
        m_net = nullptr;
        net->disconnect(this);
        net->abort();
        net->deleteLater();
    }
    m_transport->forget(this);
    finishWith(ZimbraError::make(ZimbraErrorCode::Canceled, SoapTransport::tr("The request was cancelled.")));
}

void SoapExchange::finishWith(const ZimbraError &e)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = e;
    // Queued so finished() never fires inside the caller's own post()/cancel() call.
    QMetaObject::invokeMethod(this, &SoapExchange::finished, Qt::QueuedConnection);
}

void SoapExchange::finishOk()
{
    finishWith(ZimbraError());
}

SoapTransport::SoapTransport(QObject *parent)
    : QObject(parent)
    , m_nam(new QNetworkAccessManager(this))
{
    qRegisterMetaType<zaindari::CertificateQuestion>();
    m_nam->setCookieJar(new NoCookies(m_nam));
    m_nam->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

SoapTransport::~SoapTransport()
{
    // Exchanges unregister themselves in their destructor: run those while m_questions lives.
    qDeleteAll(findChildren<SoapExchange *>(QString(), Qt::FindDirectChildrenOnly));
}

void SoapTransport::setTrust(const TlsTrust &trust)
{
    m_trust = trust;
    // A cached connection keeps the trust decision of its handshake: start afresh.
    m_nam->clearConnectionCache();
}

SoapExchange *SoapTransport::post(const QUrl &url, const QByteArray &envelope)
{
    auto *x = new SoapExchange(this, url, envelope);
    if (url.scheme() != QLatin1String("https")) {
        //: %1 is the URL the user gave
        x->finishWith(ZimbraError::make(
            ZimbraErrorCode::InvalidInput,
            tr("The Zimbra admin URL must start with https:// (got %1).").arg(url.toDisplayString())));
        return x;
    }
    x->send();
    return x;
}

void SoapTransport::ask(SoapExchange *exchange, CertificateQuestion q)
{
    // Several exchanges hitting the same certificate share one question.
    for (auto it = m_questions.begin(); it != m_questions.end(); ++it) {
        if (it->question.hostPort == q.hostPort && it->question.fingerprint == q.fingerprint) {
            it->waiting.append(exchange);
            return;
        }
    }
    q.id = m_nextQuestion++;
    m_questions.insert(q.id, Pending {q, {exchange}});
    QMetaObject::invokeMethod(
        this, [this, q] { emit certificateQuestion(q); }, Qt::QueuedConnection);
}

void SoapTransport::forget(SoapExchange *exchange)
{
    for (auto &p : m_questions)
        p.waiting.removeAll(exchange);
}

void SoapTransport::answerCertificate(quint64 questionId, bool trust)
{
    const auto it = m_questions.find(questionId);
    if (it == m_questions.end())
        return;
    const Pending p = *it;
    m_questions.erase(it);
    if (trust) {
        m_trust.addPin(p.question.hostPort, p.question.fingerprint);
        m_nam->clearConnectionCache();
        emit certificatePinned(p.question.hostPort, TlsTrust::pinString(p.question.fingerprint));
    }
    for (const auto &x : p.waiting) {
        if (!x || x->m_finished)
            continue;
        x->m_waitingForAnswer = false;
        if (trust)
            x->send();
        else
            x->finishWith(ZimbraError::make(ZimbraErrorCode::CertificateUntrusted,
                                            TlsTrust::untrustedMessage(p.question),
                                            p.question.problems.join(QStringLiteral("; "))));
    }
}

} // namespace zaindari
