#include "accountjobs.h"

#include "directory/ldapfilter.h"

namespace zaindari {

namespace {
const QStringList &lockoutAttrNames()
{
    static const QStringList names {QStringLiteral("zimbraPasswordLockoutEnabled"),
                                    QStringLiteral("zimbraPasswordLockoutMaxFailures"),
                                    QStringLiteral("zimbraPasswordLockoutFailureLifetime"),
                                    QStringLiteral("zimbraPasswordLockoutDuration")};
    return names;
}

soap::Element modifyAccount(const QString &id)
{
    soap::Element req = soap::Element::admin(QStringLiteral("ModifyAccountRequest"));
    // The zimbraId, never the name (section 6).
    req.addChild(QStringLiteral("id"), id);
    return req;
}

ZimbraError unverified(const QString &message, const QString &detail)
{
    return ZimbraError::make(ZimbraErrorCode::Unverified, message, detail);
}
} // namespace

QString zimbraAccountActionKey(ZimbraAccountAction a)
{
    switch (a) {
    case ZimbraAccountAction::Lock:
        return QStringLiteral("lock");
    case ZimbraAccountAction::Unlock:
        return QStringLiteral("unlock");
    case ZimbraAccountAction::EndSessions:
        return QStringLiteral("end-sessions");
    case ZimbraAccountAction::ClearLockout:
        return QStringLiteral("clear-lockout");
    case ZimbraAccountAction::RemoveForwarding:
        return QStringLiteral("remove-forwarding");
    }
    return QString();
}

// ---------------------------------------------------------------- AccountJob

AccountJob::AccountJob(ZimbraClient *client, const QString &user, QObject *parent)
    : ZimbraJob(client, parent)
    , m_user(user)
{ }

void AccountJob::run()
{
    resolveAccount(m_user, [this](const ZimbraAccount &a) {
        m_account = a;
        // applyCos="0" returns only what is set on the account itself (section 5.1).
        soap::Element req = soap::Element::admin(QStringLiteral("GetAccountRequest"));
        req.setAttribute(QStringLiteral("applyCos"), QStringLiteral("0"));
        req.setAttribute(QStringLiteral("attrs"), lockoutAttrNames().join(QLatin1Char(',')));
        req.addChild(QStringLiteral("account"), a.id)
            .setAttribute(QStringLiteral("by"), QStringLiteral("id"));
        send(req, [this](const soap::Element &resp) {
            if (const soap::Element *acc = resp.child(QStringLiteral("account")))
                for (const QString &n : lockoutAttrNames())
                    if (acc->hasAttr(n))
                        m_overrides.append(n);
            succeed();
        });
    });
}

// ---------------------------------------------------------------- AccountSearchJob

AccountSearchJob::AccountSearchJob(ZimbraClient *client, const QString &text, int limit, QObject *parent)
    : ZimbraJob(client, parent)
    , m_text(text.trimmed())
    , m_limit(limit)
{ }

void AccountSearchJob::run()
{
    const QString v = escapeLdapFilterValue(m_text);
    QString query;
    if (!v.isEmpty())
        query = QStringLiteral("(|(uid=*%1*)(mail=*%1*)(cn=*%1*)(displayName=*%1*)(zimbraMailAlias=*%1*))")
                    .arg(v);
    soap::Element req = soap::Element::admin(QStringLiteral("SearchDirectoryRequest"));
    req.setAttribute(QStringLiteral("types"), QStringLiteral("accounts"));
    req.setAttribute(QStringLiteral("offset"), QStringLiteral("0"));
    req.setAttribute(QStringLiteral("limit"), QString::number(m_limit));
    req.setAttribute(QStringLiteral("sortBy"), QStringLiteral("name"));
    req.setAttribute(QStringLiteral("sortAscending"), QStringLiteral("1"));
    req.setAttribute(QStringLiteral("attrs"),
                     QStringLiteral("displayName,zimbraAccountStatus,zimbraCOSId,zimbraLastLogonTimestamp"));
    req.addChild(QStringLiteral("query"), query);
    emit progressed(tr("Searching accounts"));
    send(req, [this](const soap::Element &resp) {
        m_total = resp.attribute(QStringLiteral("searchTotal")).toInt();
        for (const soap::Element *e : resp.childrenNamed(QStringLiteral("account"))) {
            const ZimbraAccount a = ZimbraAccount::fromElement(*e);
            AccountSummary s;
            s.id = a.id;
            s.name = a.name;
            s.displayName = a.displayName;
            s.status = a.status;
            s.cosName = a.cosId; // replaced by the name below
            s.lastLogon = a.lastLogon;
            m_accounts.append(s);
        }
        resolveNames();
    });
}

void AccountSearchJob::resolveNames()
{
    // One GetAllCos for every COS name, one GetDomain per domain for the mechanism.
    soap::Element req = soap::Element::admin(QStringLiteral("GetAllCosRequest"));
    send(
        req,
        [this](const soap::Element &resp) {
            QString defaultName;
            for (const soap::Element *c : resp.childrenNamed(QStringLiteral("cos"))) {
                const CosInfo info = CosInfo::fromElement(*c);
                m_cosNames.insert(info.id, info.name);
                if (info.isDefault)
                    defaultName = info.name;
            }
            for (AccountSummary &s : m_accounts)
                s.cosName = s.cosName.isEmpty() ? defaultName : m_cosNames.value(s.cosName, s.cosName);
            QStringList domains;
            for (const AccountSummary &s : std::as_const(m_accounts)) {
                const QString d = s.name.section(QLatin1Char('@'), 1);
                if (!d.isEmpty() && !domains.contains(d))
                    domains.append(d);
            }
            auto next = std::make_shared<std::function<void(int)>>();
            *next = [this, domains, next](int i) {
                if (i >= domains.size()) {
                    for (AccountSummary &s : m_accounts)
                        s.authMech = m_mechs.value(s.name.section(QLatin1Char('@'), 1));
                    succeed();
                    return;
                }
                soap::Element dom = soap::Element::admin(QStringLiteral("GetDomainRequest"));
                dom.setAttribute(QStringLiteral("attrs"), QStringLiteral("zimbraAuthMech"));
                dom.addChild(QStringLiteral("domain"), domains.at(i))
                    .setAttribute(QStringLiteral("by"), QStringLiteral("name"));
                send(
                    dom,
                    [this, domains, next, i](const soap::Element &resp) {
                        if (const soap::Element *d = resp.child(QStringLiteral("domain"))) {
                            const QString m = d->attrValue(QStringLiteral("zimbraAuthMech"));
                            m_mechs.insert(domains.at(i), m.isEmpty() ? QStringLiteral("zimbra") : m);
                        }
                        (*next)(i + 1);
                    },
                    [next, i](const ZimbraError &e) {
                        if (e.code != ZimbraErrorCode::NotFound
                            && e.code != ZimbraErrorCode::PermissionDenied)
                            return false;
                        (*next)(i + 1);
                        return true;
                    });
            };
            (*next)(0);
        },
        [this](const ZimbraError &e) {
            // Without the right to list COS the ids stay; the list is still useful.
            if (e.code != ZimbraErrorCode::PermissionDenied)
                return false;
            succeed();
            return true;
        });
}

// ---------------------------------------------------------------- ZimbraAccountActionJob

ZimbraAccountActionJob::ZimbraAccountActionJob(ZimbraClient *client, const QString &user,
                                               ZimbraAccountAction action, QObject *parent)
    : ZimbraJob(client, parent)
    , m_user(user)
    , m_action(action)
{ }

void ZimbraAccountActionJob::run()
{
    resolveAccount(m_user, [this](const ZimbraAccount &a) {
        m_before = a;
        modify(a);
    });
}

void ZimbraAccountActionJob::modify(const ZimbraAccount &a)
{
    soap::Element req = modifyAccount(a.id);
    switch (m_action) {
    case ZimbraAccountAction::Lock:
        if (a.status == QLatin1String("locked"))
            m_noop = true;
        // Status "locked" refuses every login and expires every existing token (section 6).
        req.addAttr(QStringLiteral("zimbraAccountStatus"), QStringLiteral("locked"));
        break;
    case ZimbraAccountAction::Unlock:
        if (a.status == QLatin1String("active"))
            m_noop = true;
        // "active" also clears LockoutFailureTime and LockedTime (AccountStatus callback, 6).
        req.addAttr(QStringLiteral("zimbraAccountStatus"), QStringLiteral("active"));
        break;
    case ZimbraAccountAction::ClearLockout:
        if (a.status == QLatin1String("lockout")) {
            req.addAttr(QStringLiteral("zimbraAccountStatus"), QStringLiteral("active"));
        } else if (!a.lockoutFailures.isEmpty() || a.lockedTime.isValid()) {
            // Not locked out, but counting failures: an empty value removes them (section 6).
            // A manual "locked" stays as it is: clearing a lockout is not an unlock.
            req.addAttr(QStringLiteral("zimbraPasswordLockoutFailureTime"), QString());
            req.addAttr(QStringLiteral("zimbraPasswordLockoutLockedTime"), QString());
        } else {
            m_noop = true;
            m_after = a;
            succeed();
            return;
        }
        break;
    case ZimbraAccountAction::RemoveForwarding: {
        if (!a.forwardsMail() && !a.localDeliveryDisabled) {
            m_noop = true;
            m_after = a;
            succeed();
            return;
        }
        // An empty value removes a single-valued attribute, -name one value of a multi-valued
        // one (section 6).
        if (!a.attrs.value(QStringLiteral("zimbraPrefMailForwardingAddress")).isEmpty())
            req.addAttr(QStringLiteral("zimbraPrefMailForwardingAddress"), QString());
        for (const QString &v : a.attrs.value(QStringLiteral("zimbraMailForwardingAddress")))
            req.addAttr(QStringLiteral("-zimbraMailForwardingAddress"), v);
        if (a.localDeliveryDisabled)
            req.addAttr(QStringLiteral("zimbraPrefMailLocalDeliveryDisabled"), QStringLiteral("FALSE"));
        if (!a.filterForwards.isEmpty()) {
            const QString script
                = a.attrs.value(QStringLiteral("zimbraMailSieveScript")).join(QLatin1Char('\n'));
            req.addAttr(QStringLiteral("zimbraMailSieveScript"), sieveWithoutRedirects(script));
        }
        break;
    }
    case ZimbraAccountAction::EndSessions:
        // There is no request that ends another account's sessions; a new validity value makes
        // every earlier token fail with AUTH_EXPIRED. Unset reads as -1, so +1 gives 0 (6, 12.4).
        req.addAttr(QStringLiteral("zimbraAuthTokenValidityValue"),
                    QString::number(a.validityValue >= 2147483647 ? 0 : a.validityValue + 1));
        break;
    }
    emit progressed(tr("Changing the account"));
    send(req, [this, a](const soap::Element &) { flushAndVerify(a); });
}

void ZimbraAccountActionJob::flushAndVerify(const ZimbraAccount &a)
{
    // Other mailbox servers and imapd may hold the old account object: flush it everywhere.
    soap::Element flush = soap::Element::admin(QStringLiteral("FlushCacheRequest"));
    soap::Element &cache = flush.addChild(QStringLiteral("cache"));
    cache.setAttribute(QStringLiteral("type"), QStringLiteral("account"));
    cache.setAttribute(QStringLiteral("allServers"), QStringLiteral("1"));
    cache.addChild(QStringLiteral("entry"), a.id).setAttribute(QStringLiteral("by"), QStringLiteral("id"));
    emit progressed(tr("Flushing the account cache on all servers"));
    send(flush, [this, a](const soap::Element &) {
        readAccount(a.id, [this](const ZimbraAccount &now) {
            completeAccount(now, [this](const ZimbraAccount &full) { verify(full); });
        });
    });
}

void ZimbraAccountActionJob::verify(const ZimbraAccount &now)
{
    m_after = now;
    const QString detail = QStringLiteral("zimbraAccountStatus=%1 zimbraAuthTokenValidityValue=%2")
                               .arg(now.status)
                               .arg(now.validityValue);
    switch (m_action) {
    case ZimbraAccountAction::Lock:
        if (now.status != QLatin1String("locked")) {
            fail(unverified(tr("Zimbra accepted the lock, but the account still is not locked."), detail));
            return;
        }
        break;
    case ZimbraAccountAction::Unlock:
    case ZimbraAccountAction::ClearLockout:
        if (m_action == ZimbraAccountAction::Unlock || m_before.status == QLatin1String("lockout")) {
            if (now.status != QLatin1String("active")) {
                fail(unverified(tr("Zimbra accepted the change, but the account is not active."), detail));
                return;
            }
        }
        if (!now.lockoutFailures.isEmpty() || now.lockedTime.isValid()) {
            fail(unverified(tr("Zimbra accepted the change, but still records failed logins."), detail));
            return;
        }
        break;
    case ZimbraAccountAction::RemoveForwarding:
        if (now.forwardsMail()) {
            fail(unverified(tr("Zimbra accepted the change, but the account still forwards mail."),
                            (now.forwardingAddresses + now.filterForwards).join(QStringLiteral(", "))));
            return;
        }
        break;
    case ZimbraAccountAction::EndSessions:
        if (now.validityValue <= m_before.validityValue && now.validityValue != 0) {
            fail(unverified(tr("Zimbra accepted the change, but the token validity value did not change, "
                               "so old sessions may still work."),
                            detail));
            return;
        }
        break;
    }
    succeed();
}

// ---------------------------------------------------------------- SetPasswordJob

SetPasswordJob::SetPasswordJob(ZimbraClient *client, const QString &user, const QString &password,
                               bool mustChange, QObject *parent)
    : ZimbraJob(client, parent)
    , m_user(user)
    , m_password(password)
    , m_mustChange(mustChange)
{ }

QString SetPasswordJob::externalAuthWarning() const
{
    if (!externalAuth())
        return QString();
    //: %1 is a mail domain, %2 the mechanism (ad, ldap, ...)
    return tr("The domain %1 checks passwords against an external directory (%2): people log in with "
              "their directory password, not with the Zimbra one just set. Reset the password in the "
              "directory (Active Directory) too; the Zimbra reset only ended the existing sessions.")
        .arg(m_after.domain(), m_after.authMech);
}

void SetPasswordJob::run()
{
    if (m_password.isEmpty()) {
        fail(ZimbraError::make(ZimbraErrorCode::InvalidInput, tr("The new password is empty.")));
        return;
    }
    resolveAccount(m_user, [this](const ZimbraAccount &a) {
        m_before = a;
        soap::Element req = soap::Element::admin(QStringLiteral("SetPasswordRequest"));
        req.addChild(QStringLiteral("id"), a.id);
        req.addChild(QStringLiteral("newPassword"), m_password);
        emit progressed(tr("Setting the password"));
        send(req, [this, a](const soap::Element &resp) {
            m_policyMessage = resp.childText(QStringLiteral("message"));
            auto readBack = [this, a] {
                readAccount(a.id, [this, a](ZimbraAccount now) {
                    now.authMech = a.authMech;
                    now.cosName = a.cosName;
                    m_after = now;
                    // SetPassword bumps the validity value and stamps the modified time (7).
                    const bool changed = now.passwordModified != m_before.passwordModified
                        || now.validityValue != m_before.validityValue;
                    if (!changed) {
                        fail(unverified(tr("Zimbra accepted the new password, but the account shows no "
                                           "password change."),
                                        QString()));
                        return;
                    }
                    if (m_mustChange && !now.passwordMustChange) {
                        fail(unverified(tr("The password was set, but Zimbra does not ask for a change at "
                                           "the next login."),
                                        QString()));
                        return;
                    }
                    succeed();
                });
            };
            if (!m_mustChange) {
                readBack();
                return;
            }
            soap::Element mod = modifyAccount(a.id);
            mod.addAttr(QStringLiteral("zimbraPasswordMustChange"), QStringLiteral("TRUE"));
            send(mod, [readBack](const soap::Element &) { readBack(); });
        });
    });
}

} // namespace zaindari
