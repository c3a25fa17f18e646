#include "connectiontestpanel.h"

#include "common/certificatedialog.h"
#include "mta/mtatester.h"
#include "queues/hostkeydialog.h"
#include "widgets/connectionindicator.h"

#include <QEvent>
#include <QFontDatabase>
#include <QGridLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>

namespace zaindari {

ConnectionTestPanel::ConnectionTestPanel(Backend backend, QWidget *parent)
    : QWidget(parent)
    , m_backend(backend)
    , m_button(new QPushButton(this))
    , m_progress(new QProgressBar(this))
    , m_result(new QLabel(this))
    , m_detail(new QLabel(this))
{
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->addWidget(m_button, 0, 0);
    m_progress->setRange(0, 0); // busy: testers report steps, not percentages
    m_progress->setMaximumHeight(m_button->sizeHint().height() / 2);
    m_progress->setTextVisible(false);
    m_progress->hide();
    layout->addWidget(m_progress, 0, 1);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_result, 1, 0, 1, 2);
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detail->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_detail->hide();
    layout->addWidget(m_detail, 2, 0, 1, 2);
    layout->setColumnStretch(1, 1);
    connect(m_button, &QPushButton::clicked, this, [this] {
        if (isRunning())
            cancelTest();
        else
            startTest();
    });
    retranslateUi();
}

void ConnectionTestPanel::setProviders(std::function<Profile()> profile, std::function<QString()> typedSecret)
{
    m_profile = std::move(profile);
    m_typedSecret = std::move(typedSecret);
}

void ConnectionTestPanel::setSecretSource(SecretStore *store, std::optional<SecretKind> kind)
{
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_store = store;
    m_kind = kind;
    if (!m_store)
        return;
    connect(m_store, &SecretStore::secretRead, this,
            [this](quint64 request, bool found, const QString &secret, const QString &) {
                if (request != m_pendingRead)
                    return; // another panel's request, or one we cancelled
                m_pendingRead = 0;
                runTester(m_pendingProfile, found ? secret : QString());
            });
}

QString ConnectionTestPanel::resultText() const
{
    return m_result->text();
}

void ConnectionTestPanel::startTest()
{
    if (isRunning() || !m_profile)
        return;
    const Profile profile = m_profile();
    const QString typed = m_typedSecret ? m_typedSecret() : QString();
    m_result->setPalette(palette()); // drop the colour of the previous result
    m_result->setText(tr("Testing…"));
    m_detail->hide();
    m_progress->show();
    retranslateUi();
    if (typed.isEmpty() && m_store && m_kind && !profile.id.isEmpty()) {
        m_pendingProfile = profile;
        m_pendingRead = m_store->read(profile.id, *m_kind);
        return;
    }
    runTester(profile, typed);
}

void ConnectionTestPanel::runTester(const Profile &profile, const QString &secret)
{
    ConnectionTester *tester = createConnectionTester(m_backend, this);
    if (!tester) {
        showResult(false, tr("Testing this connection arrives with a later version."), {});
        return;
    }
    m_tester = tester;
    // Certificates (Zimbra, directory): "accept and pin" goes into the edited profile, then the
    // test runs again with it (a Zimbra test that is still running just goes on).
    attachCertificateDialog(tester, this, [this](const QString &hostPort, const QString &fingerprint) {
        emit trustPinned(false, hostPort, fingerprint);
        QTimer::singleShot(0, this, &ConnectionTestPanel::startTest);
    });
    if (auto *mta = qobject_cast<MtaConnectionTester *>(tester)) {
        // An unknown SSH host key: the technician compares the fingerprint and decides.
        connect(mta, &MtaConnectionTester::hostKeyQuestionAsked, this,
                [this, mta](const QString &hostName, const SshHostKeyInfo &info) {
                    auto *dialog = new HostKeyDialog(hostName, info, this);
                    dialog->setAttribute(Qt::WA_DeleteOnClose);
                    const QPointer<MtaConnectionTester> guard(mta);
                    connect(dialog, &QDialog::finished, this, [this, guard, info](int result) {
                        const bool remember = result == HostKeyDialog::AcceptedAndRemembered;
                        const bool trust = remember || result == HostKeyDialog::AcceptedOnce;
                        if (remember)
                            emit trustPinned(true, info.host + QLatin1Char(':') + QString::number(info.port),
                                             info.fingerprint);
                        if (guard)
                            guard->answerHostKey(trust, remember);
                    });
                    dialog->open();
                });
    }
    connect(tester, &ConnectionTester::progressed, this,
            [this](const QString &what) { m_result->setText(what); });
    connect(tester, &ConnectionTester::finished, this,
            [this, tester](bool ok, const QString &message, const QString &detail) {
                if (m_tester == tester)
                    m_tester.clear();
                tester->deleteLater();
                showResult(ok, message, detail);
            });
    retranslateUi();
    tester->start(profile, secret);
}

void ConnectionTestPanel::cancelTest()
{
    if (m_pendingRead != 0) {
        m_pendingRead = 0;
        showResult(false, tr("Test cancelled."), {});
        return;
    }
    if (m_tester)
        m_tester->cancel(); // finished() follows and resets the panel
}

void ConnectionTestPanel::showResult(bool ok, const QString &message, const QString &detail)
{
    m_progress->hide();
    const QString dot = ok ? QStringLiteral("✔ ") : QStringLiteral("✖ ");
    m_result->setText(dot + message);
    QPalette pal = m_result->palette();
    pal.setColor(QPalette::WindowText,
                 ConnectionIndicator::stateColor(ok ? ConnectionState::Connected : ConnectionState::Error)
                     .darker(120));
    m_result->setPalette(pal);
    m_detail->setText(detail);
    m_detail->setVisible(!detail.isEmpty());
    retranslateUi();
    emit testFinished(ok, message, detail);
}

void ConnectionTestPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ConnectionTestPanel::retranslateUi()
{
    m_button->setText(isRunning() ? tr("Cancel test") : tr("Test connection"));
    //: %1 is a backend name such as "SSH"
    m_button->setToolTip(
        tr("Try to reach %1 with the settings shown, without saving them.").arg(backendName(m_backend)));
}

} // namespace zaindari
