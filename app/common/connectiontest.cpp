#include "connectiontest.h"

#include "directory/directorytester.h"
#include "mta/mtatester.h"
#include "zimbra/zimbratester.h"

#include <QCoreApplication>

namespace zaindari {

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
    return new MtaConnectionTester(parent);
}

} // namespace zaindari
