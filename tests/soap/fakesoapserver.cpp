#include "fakesoapserver.h"

#include <QFile>
#include <QSslConfiguration>
#include <QSslSocket>

namespace {
QByteArray readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return f.readAll();
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 404:
        return "Not Found";
    case 500:
        return "Server Error";
    case 502:
        return "Bad Gateway";
    default:
        return "Status";
    }
}
} // namespace

FakeSoapServer::FakeSoapServer(const QString &certBase, QObject *parent)
    : QObject(parent)
{
    const QString dir = QStringLiteral(SOAP_FIXTURES "/tls/");
    m_cert = QSslCertificate(readFile(dir + certBase + QStringLiteral("-cert.pem")), QSsl::Pem);
    m_key = QSslKey(readFile(dir + certBase + QStringLiteral("-key.pem")), QSsl::Rsa, QSsl::Pem);
    QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
    conf.setLocalCertificate(m_cert);
    conf.setPrivateKey(m_key);
    conf.setPeerVerifyMode(QSslSocket::VerifyNone);
    m_server.setSslConfiguration(conf);
    connect(&m_server, &QTcpServer::pendingConnectionAvailable, this, &FakeSoapServer::onConnection);
}

bool FakeSoapServer::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

void FakeSoapServer::onConnection()
{
    while (m_server.hasPendingConnections()) {
        auto *sock = qobject_cast<QSslSocket *>(m_server.nextPendingConnection());
        if (!sock)
            continue;
        auto *buffer = new QByteArray;
        connect(sock, &QObject::destroyed, [buffer] { delete buffer; });
        connect(sock, &QSslSocket::disconnected, sock, &QObject::deleteLater);
        connect(sock, &QSslSocket::readyRead, this, [this, sock, buffer] {
            buffer->append(sock->readAll());
            for (;;) {
                const int headerEnd = int(buffer->indexOf("\r\n\r\n"));
                if (headerEnd < 0)
                    return;
                const QByteArray head = buffer->left(headerEnd).toLower();
                int length = 0;
                const int cl = int(head.indexOf("content-length:"));
                if (cl >= 0)
                    length = head.mid(cl + 15, head.indexOf("\r\n", cl) - cl - 15).trimmed().toInt();
                if (buffer->size() < headerEnd + 4 + length)
                    return;
                const QByteArray body = buffer->mid(headerEnd + 4, length);
                buffer->remove(0, headerEnd + 4 + length);
                requests.append(body);
                const FakeReply r = handler ? handler(body) : FakeReply {};
                if (r.hang)
                    return;
                QByteArray out
                    = "HTTP/1.1 " + QByteArray::number(r.status) + ' ' + reasonPhrase(r.status) + "\r\n";
                if (!r.contentType.isEmpty())
                    out += "Content-Type: " + r.contentType + "\r\n";
                out += "Content-Length: " + QByteArray::number(r.body.size()) + "\r\n\r\n" + r.body;
                sock->write(out);
            }
        });
    }
}
