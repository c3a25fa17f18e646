#pragma once
// Versions of the libraries Zaindari runs on, for the About dialog and bug reports. Kept in the
// core because only the core links libssh and libldap.

#include <QString>

namespace zaindari::about {

QString zaindariVersion(); // "0.1.0"
QString qtVersion(); // the Qt the program runs with (qVersion())
QString libsshVersion(); // libssh's runtime version, e.g. "0.10.6"
QString libldapVersion(); // OpenLDAP's version, e.g. "OpenLDAP 2.5.13"

} // namespace zaindari::about
