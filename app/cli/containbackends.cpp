#include "containbackends.h"

#include "commands_account_zimbra.h"
#include "commands_directory.h"
#include "output.h"

#include "mta/mtasessions.h"
#include "ssh/sshsession.h"
#include "zimbra/zimbraclient.h"

#include <QCoreApplication>

namespace zaindari::cli {

namespace {

QString tr(const char *s)
{
    return QCoreApplication::translate("zaindari::cli", s);
}

} // namespace

ContainBackendSet::ContainBackendSet() = default;
ContainBackendSet::~ContainBackendSet() = default;

int openContainBackends(Context &ctx, Connection *conn, const QString &label, ContainBackendSet *out)
{
    ContainmentBackends &b = out->backends;
    b.profileLabel = conn->savedProfile ? conn->profile.name : label;
    b.mtaLogPath = conn->profile.ssh.mtaLogPath;
    if (conn->profile.soap.url.isValid() && !conn->profile.soap.url.host().isEmpty()) {
        out->zimbra = std::make_unique<ZimbraClient>();
        const int rc = openZimbraSession(ctx, conn, out->zimbra.get());
        if (rc != ExitSuccess)
            return rc;
        b.zimbra = out->zimbra.get();
    }
    if (directoryConfigured(*conn)) {
        DirectoryConfig config;
        QString error;
        const int rc = directoryConfig(*conn, &config, &error);
        if (rc != ExitSuccess) {
            Output::error(error);
            return rc;
        }
        b.directory = config;
    }
    if (!conn->profile.ssh.hosts.isEmpty()) {
        out->mta
            = std::make_unique<MtaSessions>(conn->profile.ssh, conn->knownHostsFile, conn->acceptNewHostKey);
        MtaSessions *s = out->mta.get();
        QObject::connect(s, &MtaSessions::hostKeyQuestionAsked, s,
                         [s](const QString &host, const SshHostKeyInfo &info) {
                             Output::error(hostKeyWarning(info));
                             //: %1 is a host name
                             Output::error(tr("Refusing the unknown host key of %1; re-run with "
                                              "--accept-new-host-key after checking the fingerprint.")
                                               .arg(host));
                             if (SshSession *session = s->sessionFor(host))
                                 session->answerHostKey(false);
                         });
        QObject::connect(s, &MtaSessions::hostKeyRefused, s,
                         [](const QString &, const SshHostKeyInfo &, const QString &w) { Output::error(w); });
        b.mta = s;
    }
    if (!b.zimbra && !b.directory && !b.mta) {
        Output::error(tr("Nothing to contain with: give --profile NAME or --soap, --ldap and --ssh."));
        return ExitUsage;
    }
    return ExitSuccess;
}

} // namespace zaindari::cli
