#pragma once
// Base of every Zimbra admin operation: a job with start(), cancel() and one finished() that
// carries the error (code, translated sentence, detail). Results are read from the concrete
// job's accessors inside the finished() slot. Jobs chain SOAP calls without blocking; a
// cancelled job drops the call in flight and finishes with ZimbraErrorCode::Canceled.

#include "zimbraclient.h"
#include "zimbratypes.h"

#include <QObject>
#include <QPointer>

#include <functional>

namespace zaindari {

class ZimbraJob : public QObject
{
    Q_OBJECT
public:
    explicit ZimbraJob(ZimbraClient *client, QObject *parent = nullptr);
    ~ZimbraJob() override;

    // Returns at once; finished() follows exactly once, always from the event loop.
    void start();
    void cancel();
    bool isFinished() const { return m_finished; }
    const ZimbraError &error() const { return m_error; }

signals:
    void progressed(const QString &step);
    void finished(const zaindari::ZimbraError &error);

protected:
    virtual void run() = 0;

    using OkHandler = std::function<void(const soap::Element &)>;
    // Returns true when it handled the error (the job goes on), false to fail the job with it.
    using ErrorHandler = std::function<bool(const ZimbraError &)>;
    void send(const soap::Element &request, OkHandler onOk, ErrorHandler onError = {});
    void succeed();
    void fail(const ZimbraError &error);
    ZimbraClient *client() const { return m_client; }

    // Resolves USER exactly (CLI.md): "name@domain" through GetAccount by name, a bare name
    // through SearchDirectory (uid=NAME) with the value escaped (RFC 4515). None is
    // NotFound, several is Ambiguous. Then fills cosName and authMech (domain's zimbraAuthMech).
    void resolveAccount(const QString &user, std::function<void(const ZimbraAccount &)> next);
    // Completes cosName / authMech of `a` (lookups that fail leave the field empty).
    void completeAccount(ZimbraAccount a, std::function<void(const ZimbraAccount &)> next);
    // GetAccount by id (full attribute set, COS applied).
    void readAccount(const QString &id, std::function<void(const ZimbraAccount &)> next);

private:
    ZimbraClient *m_client;
    QPointer<SoapCall> m_call;
    ZimbraError m_error;
    bool m_started = false;
    bool m_finished = false;
};

} // namespace zaindari
