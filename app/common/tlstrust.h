#pragma once
// Who we trust for TLS (Zimbra admin SOAP, and later LDAPS): the system store, optionally the
// CAs of a --ca-file, and certificates pinned by SHA-256 of their DER encoding (the profile's
// TrustPins::tlsCertificates, filled when the technician confirmed a fingerprint, or --pin).
//
// Rules (issue 6):
//  - Pins exist for the host (or global pins were given): the leaf must match one of them,
//    whatever the chain says. A different certificate is refused (Changed), never asked about,
//    because a changed pinned certificate is what an interception looks like.
//  - No pins: a chain that verifies is trusted; one that does not becomes a question (Ask) that
//    carries the fingerprint; the answer comes back through the owner's answer method.
// Nothing here depends on QNetworkAccessManager: the LDAP client can feed it the DER leaf and
// its own verification result.

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QPair>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslError>
#include <QString>
#include <QStringList>

#include <optional>

namespace zaindari {

struct Profile;

enum class TlsVerdict { Trusted, Ask, Changed };

// What the UI shows when asking, and what the CLI prints when refusing.
struct CertificateQuestion
{
    quint64 id = 0; // answer with this id
    QString hostPort; // "mail.example.org:7071"
    QString fingerprint; // lowercase hex, 64 chars
    QString subject;
    QString issuer;
    QDateTime notBefore;
    QDateTime notAfter;
    QStringList problems; // Qt's own error texts (untranslated library text)
    QStringList expectedPins; // non-empty when the certificate changed
};

class TlsTrust
{
public:
    // SHA-256 of the DER encoding, lowercase hex without separators.
    static QString fingerprint(const QSslCertificate &cert);
    static QString fingerprintOfDer(const QByteArray &der);
    // Accepts "sha256:HEX", "SHA256:HEX", "AB:CD:..." or plain hex (any case); nullopt if it is
    // not exactly 32 bytes of hex.
    static std::optional<QString> normalizeFingerprint(const QString &text);
    // "AB:CD:EF:..." for display.
    static QString displayFingerprint(const QString &hex);
    // Form stored in profiles: "sha256:<hex>".
    static QString pinString(const QString &hex) { return QStringLiteral("sha256:") + hex; }
    static QString hostPort(const QString &host, int port);

    // Extra CAs (PEM, one or more). Returns false with an untranslated reason when the file
    // cannot be read or holds no certificate.
    bool loadCaFile(const QString &path, QString *problem);
    void addCaCertificates(const QList<QSslCertificate> &cas) { m_cas += cas; }
    QList<QSslCertificate> extraCaCertificates() const { return m_cas; }

    // Pins for one "host:port", or for every host (CLI --pin).
    void addPin(const QString &hostPort, const QString &fingerprint);
    void addGlobalPin(const QString &fingerprint);
    QStringList pinsFor(const QString &hostPort) const;
    bool hasPins(const QString &hostPort) const { return !pinsFor(hostPort).isEmpty(); }

    // Reads/writes TrustPins::tlsCertificates ("host:port" -> "sha256:hex").
    void loadPins(const Profile &profile);
    static void storePin(Profile &profile, const QString &hostPort, const QString &fingerprint);

    // The system store plus the extra CAs.
    QSslConfiguration configure(QSslConfiguration base) const;

    TlsVerdict evaluate(const QString &hostPort, const QString &leafFingerprint, bool chainVerified) const;

    // The Qt errors to ignore for a pinned (or confirmed) leaf: exactly those that concern the
    // leaf or its chain. Empty when `leafFingerprint` is not pinned for `hostPort`.
    QList<QSslError> errorsToIgnore(const QString &hostPort, const QSslCertificate &leaf,
                                    const QList<QSslError> &errors) const;

    static CertificateQuestion describe(const QString &hostPort, const QSslCertificate &leaf,
                                        const QList<QSslError> &errors);

    // Translated sentences for the two refusals.
    static QString untrustedMessage(const CertificateQuestion &q);
    static QString changedMessage(const CertificateQuestion &q);

private:
    QList<QSslCertificate> m_cas;
    QList<QPair<QString, QString>> m_pins; // hostPort ("" = any) -> hex
};

} // namespace zaindari

Q_DECLARE_METATYPE(zaindari::CertificateQuestion)
