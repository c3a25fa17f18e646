#include "zimbrajob.h"

#include "directory/ldapfilter.h"

namespace zaindari {

ZimbraJob::ZimbraJob(ZimbraClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
    qRegisterMetaType<zaindari::ZimbraError>();
}

ZimbraJob::~ZimbraJob()
{
    if (m_call)
        delete m_call;
}

void ZimbraJob::start()
{
    if (m_started)
        return;
    m_started = true;
    // Run from the event loop so finished() can never fire inside start().
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (!m_finished)
                run();
        },
        Qt::QueuedConnection);
}

void ZimbraJob::cancel()
{
    if (m_finished)
        return;
    if (m_call) {
        m_call->disconnect(this);
        m_call->cancel();
        m_call->deleteLater();
        m_call = nullptr;
    }
    fail(ZimbraError::make(ZimbraErrorCode::Canceled, tr("The operation was cancelled.")));
}

void ZimbraJob::send(const soap::Element &request, OkHandler onOk, ErrorHandler onError)
{
    if (m_finished)
        return;
    SoapCall *c = m_client->call(request);
    m_call = c;
    connect(c, &SoapCall::finished, this, [this, c, onOk, onError] {
        if (m_call == c)
            m_call = nullptr;
        c->deleteLater();
        if (m_finished)
            return;
        if (c->error().isError()) {
            if (onError && onError(c->error()))
                return;
            fail(c->error());
            return;
        }
        onOk(c->response());
    });
}

void ZimbraJob::succeed()
{
    if (m_finished)
        return;
    m_finished = true;
    QMetaObject::invokeMethod(
        this, [this] { emit finished(m_error); }, Qt::QueuedConnection);
}

void ZimbraJob::fail(const ZimbraError &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    QMetaObject::invokeMethod(
        this, [this] { emit finished(m_error); }, Qt::QueuedConnection);
}

void ZimbraJob::readAccount(const QString &id, std::function<void(const ZimbraAccount &)> next)
{
    soap::Element req = soap::Element::admin(QStringLiteral("GetAccountRequest"));
    req.addChild(QStringLiteral("account"), id).setAttribute(QStringLiteral("by"), QStringLiteral("id"));
    send(req, [this, next](const soap::Element &resp) {
        const soap::Element *acc = resp.child(QStringLiteral("account"));
        if (!acc) {
            fail(ZimbraError::make(ZimbraErrorCode::NotSoap, tr("Zimbra answered without the account."),
                                   resp.name));
            return;
        }
        next(ZimbraAccount::fromElement(*acc));
    });
}

void ZimbraJob::resolveAccount(const QString &user, std::function<void(const ZimbraAccount &)> next)
{
    const QString who = user.trimmed();
    if (who.isEmpty()) {
        fail(ZimbraError::make(ZimbraErrorCode::NotFound, tr("No account name was given.")));
        return;
    }
    //: %1 is an account name or address
    emit progressed(tr("Looking up %1").arg(who));
    if (who.contains(QLatin1Char('@'))) {
        soap::Element req = soap::Element::admin(QStringLiteral("GetAccountRequest"));
        req.addChild(QStringLiteral("account"), who)
            .setAttribute(QStringLiteral("by"), QStringLiteral("name"));
        send(req, [this, next](const soap::Element &resp) {
            const soap::Element *acc = resp.child(QStringLiteral("account"));
            if (!acc) {
                fail(ZimbraError::make(ZimbraErrorCode::NotSoap, tr("Zimbra answered without the account."),
                                       resp.name));
                return;
            }
            completeAccount(ZimbraAccount::fromElement(*acc), next);
        });
        return;
    }
    // A bare name: exact uid match in every domain. The value is escaped, never a pattern.
    soap::Element req = soap::Element::admin(QStringLiteral("SearchDirectoryRequest"));
    req.setAttribute(QStringLiteral("types"), QStringLiteral("accounts"));
    req.setAttribute(QStringLiteral("limit"), QStringLiteral("10"));
    req.setAttribute(QStringLiteral("attrs"), QStringLiteral("uid,zimbraAccountStatus"));
    req.addChild(QStringLiteral("query"), QStringLiteral("(uid=%1)").arg(escapeLdapFilterValue(who)));
    send(req, [this, who, next](const soap::Element &resp) {
        const auto hits = resp.childrenNamed(QStringLiteral("account"));
        if (hits.isEmpty()) {
            //: %1 is the account name the user typed
            fail(ZimbraError::make(ZimbraErrorCode::NotFound, tr("Zimbra has no account %1.").arg(who)));
            return;
        }
        if (hits.size() > 1) {
            QStringList names;
            for (const soap::Element *h : hits)
                names.append(h->attribute(QStringLiteral("name")));
            //: %1 is the account name typed, %2 the matching addresses
            fail(ZimbraError::make(ZimbraErrorCode::Ambiguous,
                                   tr("%1 matches several accounts (%2); give the full address.")
                                       .arg(who, names.join(QStringLiteral(", ")))));
            return;
        }
        readAccount(hits.first()->attribute(QStringLiteral("id")),
                    [this, next](const ZimbraAccount &a) { completeAccount(a, next); });
    });
}

void ZimbraJob::completeAccount(ZimbraAccount a, std::function<void(const ZimbraAccount &)> next)
{
    // The mechanism is a domain attribute (section 7.1/12.5); an account cannot override it.
    soap::Element dom = soap::Element::admin(QStringLiteral("GetDomainRequest"));
    dom.setAttribute(QStringLiteral("attrs"), QStringLiteral("zimbraAuthMech"));
    dom.addChild(QStringLiteral("domain"), a.domain())
        .setAttribute(QStringLiteral("by"), QStringLiteral("name"));
    auto afterDomain = [this, next](ZimbraAccount acc) {
        if (acc.cosId.isEmpty()) {
            next(acc);
            return;
        }
        soap::Element cos = soap::Element::admin(QStringLiteral("GetCosRequest"));
        cos.setAttribute(QStringLiteral("attrs"), QStringLiteral("cn"));
        cos.addChild(QStringLiteral("cos"), acc.cosId)
            .setAttribute(QStringLiteral("by"), QStringLiteral("id"));
        send(
            cos,
            [next, acc](const soap::Element &resp) mutable {
                if (const soap::Element *c = resp.child(QStringLiteral("cos")))
                    acc.cosName = c->attribute(QStringLiteral("name"));
                next(acc);
            },
            [next, acc](const ZimbraError &e) {
                if (e.code != ZimbraErrorCode::NotFound && e.code != ZimbraErrorCode::PermissionDenied)
                    return false;
                next(acc);
                return true;
            });
    };
    send(
        dom,
        [a, afterDomain](const soap::Element &resp) mutable {
            if (const soap::Element *d = resp.child(QStringLiteral("domain"))) {
                a.authMech = d->attrValue(QStringLiteral("zimbraAuthMech"));
                // Unset means Zimbra's own password check (section 12.5).
                if (a.authMech.isEmpty())
                    a.authMech = QStringLiteral("zimbra");
            }
            afterDomain(a);
        },
        [a, afterDomain](const ZimbraError &e) {
            // Delegated admins may not read the domain; the mechanism then stays unknown.
            if (e.code != ZimbraErrorCode::NotFound && e.code != ZimbraErrorCode::PermissionDenied)
                return false;
            afterDomain(a);
            return true;
        });
}

} // namespace zaindari
