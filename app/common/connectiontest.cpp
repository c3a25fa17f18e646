#include "connectiontest.h"

#include "directory/directorytester.h"
#include "zimbra/zimbratester.h"

#include <QCoreApplication>
#include <QMetaObject>

namespace zaindari {

namespace {

// Stands in for a backend that a later issue implements. It still behaves like a real tester:
// asynchronous, finished() exactly once, also after cancel().
class PendingTester : public ConnectionTester
{
public:
    PendingTester(Backend backend, QObject *parent)
        : ConnectionTester(parent)
        , m_backend(backend)
    { }

    void start(const Profile &, const QString &) override
    {
        if (m_started)
            return;
        m_started = true;
        QMetaObject::invokeMethod(
            this,
            [this] {
                if (m_done)
                    return;
                m_done = true;
                //: %1 is a backend name: "SSH", "Zimbra admin" or "Active Directory"
                emit finished(false,
                              QCoreApplication::translate(
                                  "ConnectionTester",
                                  "Testing the %1 connection arrives with a later version of Zaindari.")
                                  .arg(backendName(m_backend)),
                              QString());
            },
            Qt::QueuedConnection);
    }

    void cancel() override
    {
        if (!m_started || m_done)
            return;
        m_done = true;
        emit finished(false,
                      QCoreApplication::translate("ConnectionTester", "The connection test was cancelled."),
                      QString());
    }

private:
    Backend m_backend;
    bool m_started = false;
    bool m_done = false;
};

} // namespace

QString backendName(Backend b)
{
    switch (b) {
    case Backend::Ssh:
        return QCoreApplication::translate("Backend", "SSH");
    case Backend::Zimbra:
        return QCoreApplication::translate("Backend", "Zimbra admin");
    case Backend::Directory:
        return QCoreApplication::translate("Backend", "Active Directory");
    }
    return QString();
}

QString connectionStateName(ConnectionState s)
{
    switch (s) {
    case ConnectionState::Disconnected:
        return QCoreApplication::translate("ConnectionState", "Disconnected");
    case ConnectionState::Connecting:
        return QCoreApplication::translate("ConnectionState", "Connecting");
    case ConnectionState::Connected:
        return QCoreApplication::translate("ConnectionState", "Connected");
    case ConnectionState::Error:
        return QCoreApplication::translate("ConnectionState", "Error");
    }
    return QString();
}

ConnectionTester *createConnectionTester(Backend backend, QObject *parent)
{
    if (backend == Backend::Directory)
        return new DirectoryConnectionTester(parent);
    if (backend == Backend::Zimbra)
        return new ZimbraConnectionTester(parent);
    return new PendingTester(backend, parent);
}

} // namespace zaindari
