#pragma once
// The CLI's waits on the system keychain. A script has no window: a locked keyring may be
// showing an unlock or "create a keyring" prompt that nobody sees (a cron job, a session over
// SSH), so every wait ends after keychainWaitSeconds() with a translated sentence, never hangs.

#include "profiles/secretstore.h"

#include <QString>

namespace zaindari::cli {

// ZAINDARI_KEYCHAIN_TIMEOUT (seconds, 1..3600; not a secret), default 60.
int keychainWaitSeconds();

// One secret of a saved profile; empty when there is none. *problem: why it could not be read
// (translated), empty when the keychain simply holds no such secret.
QString readKeychainSecret(const QString &profileId, SecretKind kind, QString *problem = nullptr);

bool writeKeychainSecret(const QString &profileId, SecretKind kind, const QString &secret, QString *error);

} // namespace zaindari::cli
