#pragma once
// One HTTPS POST of a SOAP envelope, with certificate trust decided by TlsTrust. Fully
// asynchronous: QNetworkAccessManager signals only, no waitFor*, no nested event loop.
//
// Certificate flow: an unverifiable certificate (no pin) pauses every exchange to that host and
// emits certificateQuestion(); answerCertificate(id, true) pins the fingerprint for this session
// (certificatePinned() tells the owner to save it in the profile) and the exchanges are sent
// again; false fails them with CertificateUntrusted. A pinned certificate that changed is
// refused at once (CertificateChanged). Only the exact errors Qt reported for a pinned leaf are
// ignored; there is no blanket ignoreSslErrors().
//
// Cookies are refused: a ZM_ADMIN_AUTH_TOKEN cookie would silently authenticate requests that
// lack the header token (reference section 1), hiding token bugs.

#include "common/tlstrust.h"
#include "zimbraerror.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace zaindari {

class SoapTransport;

class SoapExchange : public QObject
{
    Q_OBJECT
public:
    ~SoapExchange() override;

    void cancel();
    bool isFinished() const { return m_finished; }
    const soap::ParsedReply &reply() const { return m_reply; }
    const ZimbraError &error() const { return m_error; }
    int httpStatus() const { return m_status; }

signals:
    // Exactly once, never from inside post() or cancel()'s caller stack frame of post().
    void finished();

private:
    friend class SoapTransport;
    SoapExchange(SoapTransport *transport, const QUrl &url, const QByteArray &body);
    void send();
    void onSslErrors(const QList<QSslError> &errors);
    void onEncrypted();
    void onReplyFinished();
    void finishWith(const ZimbraError &e);
    void finishOk();
    ZimbraError classifyNonSoap(const QByteArray &data, const QString &contentType,
                                const QString &problem) const;

    enum class CertProblem { None, Ask, Changed };

    SoapTransport *m_transport;
    QUrl m_url;
    QByteArray m_body;
    QPointer<QNetworkReply> m_net;
    QTimer *m_timer = nullptr;
    soap::ParsedReply m_reply;
    ZimbraError m_error;
    CertificateQuestion m_question;
    CertProblem m_certProblem = CertProblem::None;
    int m_status = 0;
    bool m_timedOut = false;
    bool m_tooLarge = false;
    bool m_canceled = false;
    bool m_finished = false;
    bool m_waitingForAnswer = false;
};

class SoapTransport : public QObject
{
    Q_OBJECT
public:
    explicit SoapTransport(QObject *parent = nullptr);
    ~SoapTransport() override;

    void setTrust(const TlsTrust &trust);
    const TlsTrust &trust() const { return m_trust; }
    void setTimeout(int ms) { m_timeoutMs = ms; }
    int timeout() const { return m_timeoutMs; }

    // Starts at once; the exchange is a child of the transport, delete it after finished().
    SoapExchange *post(const QUrl &url, const QByteArray &envelope);

    // The answer to a certificateQuestion(). Unknown ids are ignored.
    void answerCertificate(quint64 questionId, bool trust);

    static constexpr qint64 maxReplyBytes = 64 * 1024 * 1024;

signals:
    void certificateQuestion(const zaindari::CertificateQuestion &question);
    void certificatePinned(const QString &hostPort, const QString &fingerprint);

private:
    friend class SoapExchange;
    void ask(SoapExchange *exchange, CertificateQuestion q);
    void forget(SoapExchange *exchange);

    struct Pending
    {
        CertificateQuestion question;
        QList<QPointer<SoapExchange>> waiting;
    };
    QNetworkAccessManager *m_nam;
    TlsTrust m_trust;
    int m_timeoutMs = 30000;
    quint64 m_nextQuestion = 1;
    QHash<quint64, Pending> m_questions;
};

} // namespace zaindari
