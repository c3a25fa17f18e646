#pragma once
// "Test connection" for Backend::Directory: TLS (with the certificate's trust), bind, base,
// each failure in its own sentence. createConnectionTester() hands this out.

#include "common/connectiontest.h"
#include "directorytypes.h"

#include <QPointer>

namespace zaindari {

class TestConnectionJob;

class DirectoryConnectionTester : public ConnectionTester
{
    Q_OBJECT
public:
    using ConnectionTester::ConnectionTester;
    void start(const zaindari::Profile &profile, const QString &secret) override;
    void cancel() override;
    // The full outcome of the last test (e.g. the certificate to confirm and pin).
    DirectoryOutcome outcome() const { return m_outcome; }

private:
    QPointer<TestConnectionJob> m_job;
    DirectoryOutcome m_outcome;
    bool m_started = false;
    bool m_done = false;
};

} // namespace zaindari
