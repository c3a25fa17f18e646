#include "dashboardpage.h"

#include "profilesmodel.h"
#include "widgets/connectionindicator.h"

#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace zaindari {

namespace {
QString authName(SshAuthMethod m)
{
    switch (m) {
    case SshAuthMethod::Agent:
        return DashboardPage::tr("SSH agent");
    case SshAuthMethod::KeyFile:
        return DashboardPage::tr("Key file");
    case SshAuthMethod::Password:
        return DashboardPage::tr("Password");
    }
    return {};
}
} // namespace

DashboardPage::DashboardPage(QWidget *parent)
    : Page(parent)
    , m_heading(new QLabel(this))
    , m_intro(new QLabel(this))
    , m_profileBox(new QGroupBox(this))
    , m_profileForm(new QFormLayout)
    , m_backendBox(new QGroupBox(this))
    , m_manageButton(new QPushButton(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->setSpacing(16);
    QFont f = m_heading->font();
    f.setPointSizeF(f.pointSizeF() * 1.4);
    f.setBold(true);
    m_heading->setFont(f);
    layout->addWidget(m_heading);
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);

    m_profileForm->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_profileForm->setLabelAlignment(Qt::AlignRight);
    m_profileForm->setHorizontalSpacing(16);
    m_profileBox->setLayout(m_profileForm);
    layout->addWidget(m_profileBox);

    auto *grid = new QGridLayout(m_backendBox);
    grid->setHorizontalSpacing(12);
    grid->setColumnStretch(2, 1);
    int row = 0;
    for (Backend b : {Backend::Ssh, Backend::Zimbra, Backend::Directory}) {
        BackendRow r;
        r.dot = new QLabel(m_backendBox);
        r.name = new QLabel(m_backendBox);
        r.text = new QLabel(m_backendBox);
        r.text->setWordWrap(true);
        r.text->setTextInteractionFlags(Qt::TextSelectableByMouse);
        grid->addWidget(r.dot, row, 0);
        grid->addWidget(r.name, row, 1);
        grid->addWidget(r.text, row, 2);
        m_rows.insert(b, r);
        ++row;
    }
    layout->addWidget(m_backendBox);

    auto *buttons = new QHBoxLayout;
    m_manageButton->setIcon(QIcon(QStringLiteral(":/icons/profiles.svg")));
    connect(m_manageButton, &QPushButton::clicked, this, &DashboardPage::manageProfilesRequested);
    buttons->addWidget(m_manageButton);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    layout->addStretch(1);
    retranslateUi();
}

QString DashboardPage::title() const
{
    return tr("Dashboard");
}

QIcon DashboardPage::icon() const
{
    return QIcon(QStringLiteral(":/icons/dashboard.svg"));
}

void DashboardPage::setProfile(const std::optional<Profile> &profile)
{
    m_profile = profile;
    retranslateUi();
}

void DashboardPage::setBackendState(Backend backend, ConnectionState state, const QString &message)
{
    BackendRow &r = m_rows[backend];
    r.state = state;
    r.message = message;
    updateBackendRow(backend);
}

QString DashboardPage::refresh()
{
    return tr("Nothing to refresh yet: no backend is connected.");
}

QString DashboardPage::summaryText() const
{
    QStringList lines;
    for (int i = 0; i < m_profileForm->rowCount(); ++i) {
        auto *label = qobject_cast<QLabel *>(m_profileForm->itemAt(i, QFormLayout::LabelRole)
                                                 ? m_profileForm->itemAt(i, QFormLayout::LabelRole)->widget()
                                                 : nullptr);
        auto *field = m_profileForm->itemAt(i, QFormLayout::FieldRole)
            ? qobject_cast<QLabel *>(m_profileForm->itemAt(i, QFormLayout::FieldRole)->widget())
            : nullptr;
        lines << (label ? label->text() + QLatin1Char(' ') : QString()) + (field ? field->text() : QString());
    }
    return lines.join(QLatin1Char('\n'));
}

void DashboardPage::updateBackendRow(Backend backend)
{
    BackendRow &r = m_rows[backend];
    r.dot->setPixmap(ConnectionIndicator::stateDot(r.state, fontMetrics().height()));
    r.name->setText(QStringLiteral("<b>%1</b>").arg(backendName(backend).toHtmlEscaped()));
    r.text->setText(r.message.isEmpty() ? connectionStateName(r.state)
                                        //: %1 is a connection state, %2 the error or detail
                                        : tr("%1 — %2").arg(connectionStateName(r.state), r.message));
}

void DashboardPage::retranslateUi()
{
    m_heading->setText(m_profile ? m_profile->name : tr("Welcome to Zaindari"));
    m_intro->setText(
        m_profile ? tr("The servers this profile watches. Connections start from the pages that need them.")
                  : tr("Zaindari watches a Zimbra mail server backed by Active Directory: queues, send "
                       "rates, failed logins and lockouts. Start by creating a profile that says where your "
                       "servers are."));
    m_profileBox->setTitle(tr("Profile"));
    m_backendBox->setTitle(tr("Connections"));
    m_manageButton->setText(m_profile ? tr("Manage profiles…") : tr("Create a profile…"));

    while (m_profileForm->rowCount() > 0)
        m_profileForm->removeRow(0);
    auto addRow = [this](const QString &label, const QString &value) {
        auto *field = new QLabel(value, m_profileBox);
        // No word wrap: URLs and host lists would break at "//" and "," inside a QFormLayout.
        field->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_profileForm->addRow(label, field);
    };
    const QString notSet = tr("(not set)");
    if (!m_profile) {
        addRow(tr("Profile:"), tr("No profile selected"));
    } else {
        const Profile &p = *m_profile;
        addRow(tr("MTA hosts:"), p.ssh.hosts.isEmpty() ? notSet : hostsSummary(p.ssh.hosts));
        //: %1 is a user name, %2 an authentication method such as "SSH agent"
        addRow(tr("SSH login:"), tr("%1 (%2)").arg(p.ssh.user, authName(p.ssh.auth)));
        addRow(tr("MTA type:"), p.ssh.preset == MtaPreset::Zimbra ? tr("Zimbra") : tr("Postfix"));
        addRow(tr("Zimbra admin:"), p.soap.url.isEmpty() ? notSet : p.soap.url.toString());
        addRow(tr("Admin account:"), p.soap.adminUser.isEmpty() ? notSet : p.soap.adminUser);
        addRow(tr("Active Directory:"), p.ldap.url.isEmpty() ? notSet : p.ldap.url);
        addRow(tr("Base DN:"), p.ldap.baseDn.isEmpty() ? notSet : p.ldap.baseDn);
    }
    for (Backend b : {Backend::Ssh, Backend::Zimbra, Backend::Directory})
        updateBackendRow(b);
}

} // namespace zaindari
