#include "about.h"

#include <ldap.h>
#include <libssh/libssh.h>

#include <QtGlobal>

namespace zaindari::about {

QString zaindariVersion()
{
    return QStringLiteral(ZAINDARI_VERSION);
}

QString qtVersion()
{
    return QString::fromLatin1(qVersion());
}

QString libsshVersion()
{
    // ssh_version(0) returns the runtime version string, e.g. "0.10.6/openssl/zlib".
    const char *v = ssh_version(0);
    return v ? QString::fromLatin1(v).section(QLatin1Char('/'), 0, 0) : QString();
}

QString libldapVersion()
{
    // LDAP_OPT_API_INFO reports the library actually loaded (RFC draft "C LDAP API", section 6).
    LDAPAPIInfo info;
    info.ldapai_info_version = LDAP_API_INFO_VERSION;
    if (ldap_get_option(nullptr, LDAP_OPT_API_INFO, &info) == LDAP_OPT_SUCCESS) {
        const int v = info.ldapai_vendor_version; // e.g. 20513 for 2.5.13
        const QString vendor
            = info.ldapai_vendor_name ? QString::fromUtf8(info.ldapai_vendor_name) : QString();
        if (info.ldapai_extensions) {
            for (int i = 0; info.ldapai_extensions[i]; ++i)
                ldap_memfree(info.ldapai_extensions[i]);
            ldap_memfree(info.ldapai_extensions);
        }
        if (info.ldapai_vendor_name)
            ldap_memfree(info.ldapai_vendor_name);
        return QStringLiteral("%1 %2.%3.%4")
            .arg(vendor.isEmpty() ? QStringLiteral("OpenLDAP") : vendor)
            .arg(v / 10000)
            .arg((v / 100) % 100)
            .arg(v % 100);
    }
    return QStringLiteral(LDAP_VENDOR_NAME " %1.%2.%3")
        .arg(LDAP_VENDOR_VERSION_MAJOR)
        .arg(LDAP_VENDOR_VERSION_MINOR)
        .arg(LDAP_VENDOR_VERSION_PATCH);
}

} // namespace zaindari::about
