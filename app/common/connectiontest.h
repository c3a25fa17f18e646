#pragma once
// What the "Test connection" buttons call. Each backend (SSH to the MTA hosts, Zimbra admin
// SOAP, Active Directory) has its tester; createConnectionTester() hands out the right one.

#include "profiles/profile.h"

#include <QObject>
#include <QString>

namespace zaindari {

enum class Backend { Ssh, Zimbra, Directory };
enum class ConnectionState { Disconnected, Connecting, Connected, Error };

// Translated names for status bars and messages ("SSH", "Zimbra admin", "Active Directory").
QString backendName(Backend b);
// Translated state ("Disconnected", "Connecting", ...).
QString connectionStateName(ConnectionState s);

class ConnectionTester : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~ConnectionTester() override = default;

    // Asynchronous: returns at once and emits finished() exactly once (also after cancel()).
    // `secret` is the password or passphrase the backend needs, or empty.
    virtual void start(const zaindari::Profile &profile, const QString &secret) = 0;
    virtual void cancel() = 0;

signals:
    void progressed(const QString &what);
    // `message` is a translated sentence; `detail` the library's own text, untranslated.
    void finished(bool ok, const QString &message, const QString &detail);
};

// The tester for `backend`, owned by `parent`.
ConnectionTester *createConnectionTester(Backend backend, QObject *parent);

} // namespace zaindari
