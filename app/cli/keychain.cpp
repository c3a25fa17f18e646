#include "keychain.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTimer>

namespace zaindari::cli {

namespace {

QString timedOut()
{
    //: %n is a number of seconds
    return QCoreApplication::translate("Cli",
                                       "The system keychain did not answer within %n second(s); it may be "
                                       "locked and waiting for a password prompt on the desktop.",
                                       nullptr, keychainWaitSeconds());
}

// Runs `loop` until it quits or the wait is over; false when it timed out.
bool waitAtMost(QEventLoop &loop)
{
    bool expired = false;
    QTimer timer;
    timer.setSingleShot(true);
    QObject::connect(&timer, &QTimer::timeout, &loop, [&] {
        expired = true;
        loop.quit();
    });
    timer.start(keychainWaitSeconds() * 1000);
    loop.exec();
    return !expired;
}

} // namespace

int keychainWaitSeconds()
{
    bool ok = false;
    const int s = qEnvironmentVariableIntValue("ZAINDARI_KEYCHAIN_TIMEOUT", &ok);
    return ok && s >= 1 && s <= 3600 ? s : 60;
}

QString readKeychainSecret(const QString &profileId, SecretKind kind, QString *problem)
{
    SecretStore store;
    QEventLoop loop;
    QString out;
    bool answered = false;
    const quint64 id = store.read(profileId, kind);
    QObject::connect(&store, &SecretStore::secretRead, &loop,
                     [&](quint64 request, bool found, const QString &secret, const QString &error) {
                         if (request != id)
                             return;
                         answered = true;
                         if (found)
                             out = secret;
                         else if (problem)
                             *problem = error;
                         loop.quit();
                     });
    if (!answered && !waitAtMost(loop) && problem)
        *problem = timedOut();
    return out;
}

bool writeKeychainSecret(const QString &profileId, SecretKind kind, const QString &secret, QString *error)
{
    SecretStore store;
    QEventLoop loop;
    bool ok = false;
    bool answered = false;
    const quint64 id = store.write(profileId, kind, secret);
    QObject::connect(&store, &SecretStore::secretWritten, &loop, [&](quint64 request, bool written, const QString &e) {
        if (request != id)
            return;
        answered = true;
        ok = written;
        if (error)
            *error = e;
        loop.quit();
    });
    if (!answered && !waitAtMost(loop)) {
        if (error)
            *error = timedOut();
        return false;
    }
    return ok;
}

} // namespace zaindari::cli
