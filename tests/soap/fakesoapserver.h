#pragma once
// A scripted HTTPS server on 127.0.0.1 for transport tests: it plays what a broken proxy, a
// web server or a Zimbra with expiring tokens would answer. No real peer can produce these
// on demand (an HTML page, an empty 200, a 502, silence).

#include <QByteArray>
#include <QList>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslServer>

#include <functional>

struct FakeReply
{
    int status = 200;
    QByteArray contentType = "text/xml; charset=utf-8";
    QByteArray body;
    bool hang = false; // never answer
};

class FakeSoapServer : public QObject
{
    Q_OBJECT
public:
    // certBase: "server" or "other" (tests/fixtures/soap/tls/<base>-cert.pem / -key.pem)
    explicit FakeSoapServer(const QString &certBase, QObject *parent = nullptr);
    bool listen();
    quint16 port() const { return m_server.serverPort(); }
    QSslCertificate certificate() const { return m_cert; }

    // Either a fixed reply or a function of the request body.
    std::function<FakeReply(const QByteArray &requestBody)> handler;
    QList<QByteArray> requests; // bodies received, in order

private:
    void onConnection();
    QSslServer m_server;
    QSslCertificate m_cert;
    QSslKey m_key;
};
