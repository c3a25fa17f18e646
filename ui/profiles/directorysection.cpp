#include "directorysection.h"

#include "connectiontestpanel.h"
#include "profiles/validation.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace zaindari {

DirectorySection::DirectorySection(SecretStore *secrets, QWidget *parent)
    : EditorSection(parent)
    , m_url(new QLineEdit(this))
    , m_securityNote(new QLabel(this))
    , m_bind(new QLineEdit(this))
    , m_baseDn(new QLineEdit(this))
    , m_caFile(new QLineEdit(this))
    , m_browseCa(new QPushButton(this))
    , m_password(makeSecretEdit())
    , m_test(new ConnectionTestPanel(Backend::Directory, this))
{
    auto *outer = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    auto *urlLabel = new QLabel(this);
    form->addRow(urlLabel, withError(m_url, &m_urlError));
    m_securityNote->setWordWrap(true);
    m_securityNote->setForegroundRole(QPalette::PlaceholderText);
    form->addRow(QString(), m_securityNote);
    auto *bindLabel = new QLabel(this);
    form->addRow(bindLabel, m_bind);
    auto *baseLabel = new QLabel(this);
    form->addRow(baseLabel, m_baseDn);
    auto *caRow = new QWidget(this);
    auto *caLayout = new QHBoxLayout(caRow);
    caLayout->setContentsMargins(0, 0, 0, 0);
    caLayout->addWidget(m_caFile, 1);
    caLayout->addWidget(m_browseCa);
    auto *caLabel = new QLabel(this);
    form->addRow(caLabel, withError(caRow, &m_caError));
    auto *passwordLabel = new QLabel(this);
    form->addRow(passwordLabel, m_password);
    outer->addLayout(form);
    outer->addWidget(m_test);
    outer->addStretch(1);
    m_url->setObjectName(QStringLiteral("ldapUrl"));
    m_bind->setObjectName(QStringLiteral("ldapBind"));
    m_baseDn->setObjectName(QStringLiteral("ldapBaseDn"));
    m_caFile->setObjectName(QStringLiteral("ldapCaFile"));
    m_password->setObjectName(QStringLiteral("ldapPassword"));
    for (QLineEdit *e : {m_url, m_bind, m_baseDn, m_caFile})
        connect(e, &QLineEdit::textEdited, this, &EditorSection::edited);
    connect(m_url, &QLineEdit::textChanged, this, &DirectorySection::updateSecurityNote);
    connect(m_browseCa, &QPushButton::clicked, this, [this] {
        const QString file
            = QFileDialog::getOpenFileName(this, tr("Choose the CA certificate"), m_caFile->text(),
                                           tr("Certificates (*.pem *.crt *.cer);;All files (*)"));
        if (!file.isEmpty()) {
            m_caFile->setText(file);
            emit edited();
        }
    });
    m_test->setSecretSource(secrets, SecretKind::LdapPassword);
    m_test->setProviders([this] { return profileProvider ? profileProvider() : Profile(); },
                         [this] { return m_password->text(); });

    onRetranslate([=] {
        urlLabel->setText(tr("LDAP &URL:"));
        urlLabel->setBuddy(m_url);
        m_url->setPlaceholderText(tr("ldaps://dc1.example.org"));
        bindLabel->setText(tr("&Bind identity:"));
        bindLabel->setBuddy(m_bind);
        m_bind->setPlaceholderText(tr("zaindari@example.org or CN=Zaindari,OU=Service,DC=example,DC=org"));
        m_bind->setToolTip(tr("A user principal name (UPN) or a distinguished name (DN)."));
        baseLabel->setText(tr("Base &DN:"));
        baseLabel->setBuddy(m_baseDn);
        m_baseDn->setPlaceholderText(tr("DC=example,DC=org"));
        caLabel->setText(tr("&CA file:"));
        caLabel->setBuddy(m_caFile);
        m_caFile->setPlaceholderText(tr("Optional: the system's trusted authorities are used otherwise"));
        m_browseCa->setText(tr("Browse…"));
        passwordLabel->setText(tr("Pass&word:"));
        passwordLabel->setBuddy(m_password);
        updateSecurityNote();
    });
}

QString DirectorySection::title() const
{
    return tr("Active Directory");
}

void DirectorySection::updateSecurityNote()
{
    const QString url = m_url->text().trimmed();
    if (url.startsWith(QLatin1String("ldap://"), Qt::CaseInsensitive))
        m_securityNote->setText(tr("ldap:// connects on port 389 and must upgrade with StartTLS; "
                                   "Zaindari never binds in clear text."));
    else
        m_securityNote->setText(
            tr("ldaps:// uses TLS from the first byte (port 636); ldap:// uses StartTLS."));
}

void DirectorySection::load(const Profile &profile)
{
    m_url->setText(profile.ldap.url);
    m_bind->setText(profile.ldap.bindIdentity);
    m_baseDn->setText(profile.ldap.baseDn);
    m_caFile->setText(profile.ldap.caFile);
    m_extraControllers = profile.ldap.extraControllers;
    m_password->clear();
    setError(m_urlError, {});
    setError(m_caError, {});
}

void DirectorySection::apply(Profile &profile) const
{
    profile.ldap.url = m_url->text().trimmed();
    profile.ldap.bindIdentity = m_bind->text().trimmed();
    profile.ldap.baseDn = m_baseDn->text().trimmed();
    profile.ldap.caFile = m_caFile->text().trimmed();
    profile.ldap.extraControllers = m_extraControllers;
}

bool DirectorySection::validate()
{
    bool ok = setError(m_urlError, validateLdapUrl(m_url->text().trimmed()));
    QString caError;
    const QString ca = m_caFile->text().trimmed();
    if (!ca.isEmpty() && !QFileInfo(ca).isReadable())
        //: %1 is a file path
        caError = tr("Cannot read %1.").arg(ca);
    ok &= setError(m_caError, caError);
    return ok;
}

QList<QPair<SecretKind, QString>> DirectorySection::enteredSecrets() const
{
    if (m_password->text().isEmpty())
        return {};
    return {{SecretKind::LdapPassword, m_password->text()}};
}

void DirectorySection::clearSecrets()
{
    m_password->clear();
}

void DirectorySection::setKeychainAvailable(bool available)
{
    m_keychainAvailable = available;
    updateSecretPlaceholder(m_password);
}

} // namespace zaindari
