#include "zimbrasection.h"

#include "connectiontestpanel.h"
#include "profiles/validation.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace zaindari {

ZimbraSection::ZimbraSection(SecretStore *secrets, QWidget *parent)
    : EditorSection(parent)
    , m_url(new QLineEdit(this))
    , m_useDefault(new QPushButton(this))
    , m_admin(new QLineEdit(this))
    , m_password(makeSecretEdit())
    , m_test(new ConnectionTestPanel(Backend::Zimbra, this))
{
    auto *outer = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    auto *urlRow = new QWidget(this);
    auto *urlLayout = new QHBoxLayout(urlRow);
    urlLayout->setContentsMargins(0, 0, 0, 0);
    urlLayout->addWidget(m_url, 1);
    urlLayout->addWidget(m_useDefault);
    auto *urlLabel = new QLabel(this);
    form->addRow(urlLabel, withError(urlRow, &m_urlError));
    auto *adminLabel = new QLabel(this);
    form->addRow(adminLabel, m_admin);
    auto *passwordLabel = new QLabel(this);
    form->addRow(passwordLabel, m_password);
    outer->addLayout(form);
    auto *hint = new QLabel(this);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    outer->addWidget(hint);
    outer->addWidget(m_test);
    outer->addStretch(1);
    m_url->setObjectName(QStringLiteral("soapUrl"));
    m_admin->setObjectName(QStringLiteral("soapAdmin"));
    m_useDefault->setObjectName(QStringLiteral("useDefaultSoapUrl"));
    m_password->setObjectName(QStringLiteral("soapPassword"));
    for (QLineEdit *e : {m_url, m_admin})
        connect(e, &QLineEdit::textEdited, this, &EditorSection::edited);
    connect(m_useDefault, &QPushButton::clicked, this, [this] {
        m_url->setText(defaultUrl().toString());
        emit edited();
    });
    m_test->setSecretSource(secrets, SecretKind::SoapPassword);
    m_test->setProviders([this] { return profileProvider ? profileProvider() : Profile(); },
                         [this] { return m_password->text(); });

    onRetranslate([=] {
        urlLabel->setText(tr("SOAP &URL:"));
        urlLabel->setBuddy(m_url);
        m_useDefault->setText(tr("Use default"));
        m_useDefault->setToolTip(tr("Fill in the usual admin URL of the first MTA host (port 7071)."));
        adminLabel->setText(tr("Admin &account:"));
        adminLabel->setBuddy(m_admin);
        m_admin->setPlaceholderText(tr("admin@example.org"));
        passwordLabel->setText(tr("Pass&word:"));
        passwordLabel->setBuddy(m_password);
        hint->setText(tr("Zimbra's administration service listens on port 7071 over HTTPS. The "
                         "account needs admin rights to read accounts and lockout settings."));
        setDefaultHost(m_defaultHost);
    });
}

QString ZimbraSection::title() const
{
    return tr("Zimbra admin");
}

QUrl ZimbraSection::defaultUrl() const
{
    return SoapSettings::defaultUrlFor(m_defaultHost.isEmpty() ? QStringLiteral("HOST") : m_defaultHost);
}

void ZimbraSection::setDefaultHost(const QString &host)
{
    m_defaultHost = host;
    m_url->setPlaceholderText(defaultUrl().toString());
    m_useDefault->setEnabled(!host.isEmpty());
}

void ZimbraSection::load(const Profile &profile)
{
    m_url->setText(profile.soap.url.toString());
    m_admin->setText(profile.soap.adminUser);
    m_password->clear();
    setError(m_urlError, {});
    setDefaultHost(profile.ssh.hosts.isEmpty() ? QString() : profile.ssh.hosts.first().host);
}

void ZimbraSection::apply(Profile &profile) const
{
    const QString text = m_url->text().trimmed();
    profile.soap.url = text.isEmpty() ? QUrl() : QUrl(text, QUrl::StrictMode);
    profile.soap.adminUser = m_admin->text().trimmed();
}

bool ZimbraSection::validate()
{
    const QString text = m_url->text().trimmed();
    if (text.isEmpty())
        return setError(m_urlError, {});
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid())
        return setError(m_urlError, tr("This is not a valid URL."));
    return setError(m_urlError, validateSoapUrl(url));
}

QList<QPair<SecretKind, QString>> ZimbraSection::enteredSecrets() const
{
    if (m_password->text().isEmpty())
        return {};
    return {{SecretKind::SoapPassword, m_password->text()}};
}

void ZimbraSection::clearSecrets()
{
    m_password->clear();
}

void ZimbraSection::setKeychainAvailable(bool available)
{
    m_keychainAvailable = available;
    updateSecretPlaceholder(m_password);
}

} // namespace zaindari
