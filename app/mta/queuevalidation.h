#pragma once
// Validation of what may reach a remote Postfix tool. Ids go to postsuper on standard input,
// never on the command line, but are still checked so that nothing but a queue id is ever
// sent (postsuper itself rejects others with "invalid mail queue id").

#include <QString>
#include <QStringList>

namespace zaindari {

// Postfix queue ids (global/mail_queue.h):
//  short: 5 hex digits of microseconds + the inode number in hex, upper case ([0-9A-F]{6,});
//  long (enable_long_queue_ids = yes): seconds base-52 (6 or more chars) + microseconds
//  base-52 (exactly 4) + 'z' + inode base-51, from the alphabet
//  0123456789BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxy(z) (no vowels).
bool isValidShortQueueId(const QString &id);
bool isValidLongQueueId(const QString &id);
bool isValidQueueId(const QString &id);
// The same rules as regular expressions, for documentation and the UI's validators.
QString shortQueueIdPattern();
QString longQueueIdPattern();

// An envelope address as Postfix prints it: local@domain, no whitespace, no control
// characters, no shell/quoting metacharacters; the empty string (null sender) only when
// allowEmpty. Matching is exact and case-insensitive in the domain.
bool isValidAddress(const QString &address, bool allowEmpty = false);

} // namespace zaindari
