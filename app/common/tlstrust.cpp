#include "tlstrust.h"

#include "profiles/profile.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>

namespace zaindari {

QString TlsTrust::fingerprint(const QSslCertificate &cert)
{
    return fingerprintOfDer(cert.toDer());
}

QString TlsTrust::fingerprintOfDer(const QByteArray &der)
{
    return QString::fromLatin1(QCryptographicHash::hash(der, QCryptographicHash::Sha256).toHex());
}

std::optional<QString> TlsTrust::normalizeFingerprint(const QString &text)
{
    QString t = text.trimmed();
    if (t.startsWith(QLatin1String("sha256:"), Qt::CaseInsensitive))
        t = t.mid(7);
    t.remove(QLatin1Char(':'));
    t = t.toLower();
    if (t.size() != 64)
        return std::nullopt;
    for (QChar c : std::as_const(t)) {
        const bool hex = (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
            || (c >= QLatin1Char('a') && c <= QLatin1Char('f'));
        if (!hex)
            return std::nullopt;
    }
    return t;
}

QString TlsTrust::displayFingerprint(const QString &hex)
{
    QStringList pairs;
    for (int i = 0; i + 1 < hex.size(); i += 2)
        pairs.append(hex.mid(i, 2).toUpper());
    return pairs.join(QLatin1Char(':'));
}

QString TlsTrust::hostPort(const QString &host, int port)
{
    if (host.contains(QLatin1Char(':')))
        return QLatin1Char('[') + host + QStringLiteral("]:") + QString::number(port);
    return host.toLower() + QLatin1Char(':') + QString::number(port);
}

bool TlsTrust::loadCaFile(const QString &path, QString *problem)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *problem = f.errorString();
        return false;
    }
    const QByteArray data = f.readAll();
    QList<QSslCertificate> certs = QSslCertificate::fromData(data, QSsl::Pem);
    if (certs.isEmpty())
        certs = QSslCertificate::fromData(data, QSsl::Der);
    if (certs.isEmpty()) {
        *problem = QStringLiteral("no certificate in %1").arg(path);
        return false;
    }
    m_cas += certs;
    return true;
}

void TlsTrust::addPin(const QString &hostPort, const QString &fp)
{
    const auto n = normalizeFingerprint(fp);
    if (n && !m_pins.contains({hostPort, *n}))
        m_pins.append({hostPort, *n});
}

void TlsTrust::addGlobalPin(const QString &fp)
{
    addPin(QString(), fp);
}

QStringList TlsTrust::pinsFor(const QString &hostPort) const
{
    QStringList out;
    for (const auto &p : m_pins)
        if (p.first.isEmpty() || p.first == hostPort)
            out.append(p.second);
    return out;
}

void TlsTrust::loadPins(const Profile &profile)
{
    for (const auto &p : profile.trust.tlsCertificates)
        addPin(p.first, p.second);
}

void TlsTrust::storePin(Profile &profile, const QString &hostPort, const QString &fp)
{
    const auto n = normalizeFingerprint(fp);
    if (!n)
        return;
    // One pin per host: confirming a new certificate replaces the old one.
    auto &list = profile.trust.tlsCertificates;
    for (int i = list.size() - 1; i >= 0; --i)
        if (list.at(i).first == hostPort)
            list.removeAt(i);
    list.append({hostPort, pinString(*n)});
}

QSslConfiguration TlsTrust::configure(QSslConfiguration base) const
{
    if (!m_cas.isEmpty())
        base.addCaCertificates(m_cas);
    base.setPeerVerifyMode(QSslSocket::VerifyPeer);
    return base;
}

TlsVerdict TlsTrust::evaluate(const QString &hostPort, const QString &leafFingerprint,
                              bool chainVerified) const
{
    const QStringList pins = pinsFor(hostPort);
    if (!pins.isEmpty())
        return pins.contains(leafFingerprint) ? TlsVerdict::Trusted : TlsVerdict::Changed;
    return chainVerified ? TlsVerdict::Trusted : TlsVerdict::Ask;
}

QList<QSslError> TlsTrust::errorsToIgnore(const QString &hostPort, const QSslCertificate &leaf,
                                          const QList<QSslError> &errors) const
{
    if (!pinsFor(hostPort).contains(fingerprint(leaf)))
        return {};
    // Ignore what Qt reported for this handshake and nothing broader: a pinned certificate is
    // trusted for itself (self-signed, unknown issuer, expired, other name), not as a CA.
    return errors;
}

CertificateQuestion TlsTrust::describe(const QString &hostPort, const QSslCertificate &leaf,
                                       const QList<QSslError> &errors)
{
    CertificateQuestion q;
    q.hostPort = hostPort;
    q.fingerprint = fingerprint(leaf);
    q.subject = leaf.subjectDisplayName();
    q.issuer = leaf.issuerDisplayName();
    q.notBefore = leaf.effectiveDate();
    q.notAfter = leaf.expiryDate();
    for (const QSslError &e : errors)
        q.problems.append(e.errorString());
    return q;
}

QString TlsTrust::untrustedMessage(const CertificateQuestion &q)
{
    //: %1 is host:port, %2 the certificate's SHA-256 fingerprint (AB:CD:...)
    return QCoreApplication::translate("TlsTrust",
                                       "The certificate of %1 could not be verified. Trust it only if its "
                                       "SHA-256 fingerprint is %2 on the server itself.")
        .arg(q.hostPort, displayFingerprint(q.fingerprint));
}

QString TlsTrust::changedMessage(const CertificateQuestion &q)
{
    QStringList expected;
    for (const QString &p : q.expectedPins)
        expected.append(displayFingerprint(p));
    //: %1 is host:port, %2 the presented SHA-256 fingerprint, %3 the pinned one(s)
    return QCoreApplication::translate("TlsTrust",
                                       "WARNING: the certificate of %1 has changed. It presented %2 but "
                                       "this profile trusts %3. The connection was refused: someone may "
                                       "be intercepting it. If the server's certificate was renewed, "
                                       "check the new fingerprint on the server before trusting it.")
        .arg(q.hostPort, displayFingerprint(q.fingerprint), expected.join(QStringLiteral(", ")));
}

} // namespace zaindari
