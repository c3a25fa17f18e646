#pragma once
// "Test connection" for Backend::Zimbra: HTTPS with the profile's pinned certificates, then an
// admin AuthRequest. An unverifiable certificate is asked about through certificateQuestion()
// (answer with answerCertificate()); without an answer the test ends once the question is
// refused. createConnectionTester() hands this out.

#include "common/connectiontest.h"
#include "common/tlstrust.h"

#include <QPointer>

namespace zaindari {

class ZimbraClient;

class ZimbraConnectionTester : public ConnectionTester
{
    Q_OBJECT
public:
    using ConnectionTester::ConnectionTester;
    void start(const zaindari::Profile &profile, const QString &secret) override;
    void cancel() override;
    void answerCertificate(quint64 questionId, bool trust);

signals:
    void certificateQuestion(const zaindari::CertificateQuestion &question);
    // The technician trusted the certificate: store it in the profile (TlsTrust::storePin).
    void certificatePinned(const QString &hostPort, const QString &fingerprint);

private:
    void done(bool ok, const QString &message, const QString &detail);
    QPointer<ZimbraClient> m_client;
    bool m_started = false;
    bool m_done = false;
};

} // namespace zaindari
