#include "sshsection.h"

#include "connectiontestpanel.h"
#include "mtahostsmodel.h"
#include "profiles/validation.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace zaindari {

SshSection::SshSection(SecretStore *secrets, QWidget *parent)
    : EditorSection(parent)
    , m_hosts(new MtaHostsModel(this))
    , m_hostsView(new QTableView(this))
    , m_addHost(new QPushButton(this))
    , m_removeHost(new QPushButton(this))
    , m_user(new QLineEdit(this))
    , m_auth(new QComboBox(this))
    , m_keyFileLabel(new QLabel(this))
    , m_keyFileRow(new QWidget(this))
    , m_keyFile(new QLineEdit(this))
    , m_browseKey(new QPushButton(this))
    , m_secretLabel(new QLabel(this))
    , m_secret(makeSecretEdit())
    , m_preset(new QComboBox(this))
    , m_postqueue(new QLineEdit(this))
    , m_postsuper(new QLineEdit(this))
    , m_postcat(new QLineEdit(this))
    , m_postconf(new QLineEdit(this))
    , m_postfix(new QLineEdit(this))
    , m_sudo(new QCheckBox(this))
    , m_mtaLog(new QLineEdit(this))
    , m_auditLog(new QLineEdit(this))
    , m_test(new ConnectionTestPanel(Backend::Ssh, this))
    , m_secrets(secrets)
{
    auto *outer = new QVBoxLayout(this);

    // Hosts: a small editable table, because a profile may list several MTA hosts.
    auto *hostsBox = new QGroupBox(this);
    auto *hostsLayout = new QHBoxLayout(hostsBox);
    m_hostsView->setModel(m_hosts);
    m_hostsView->setObjectName(QStringLiteral("hostsView"));
    m_hostsView->verticalHeader()->hide();
    m_hostsView->horizontalHeader()->setSectionResizeMode(MtaHostsModel::HostColumn, QHeaderView::Stretch);
    m_hostsView->horizontalHeader()->setSectionResizeMode(MtaHostsModel::PortColumn,
                                                          QHeaderView::ResizeToContents);
    m_hostsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    // Not CurrentChanged: addHost() opens the editor itself, with focus, for the new row.
    m_hostsView->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                                 | QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);
    m_hostsView->setMinimumHeight(90);
    m_hostsView->setMaximumHeight(130);
    hostsLayout->addWidget(withError(m_hostsView, &m_hostsError), 1);
    auto *hostButtons = new QVBoxLayout;
    m_addHost->setObjectName(QStringLiteral("addHost"));
    m_removeHost->setObjectName(QStringLiteral("removeHost"));
    hostButtons->addWidget(m_addHost);
    hostButtons->addWidget(m_removeHost);
    hostButtons->addStretch(1);
    hostsLayout->addLayout(hostButtons);
    outer->addWidget(hostsBox);
    connect(m_addHost, &QPushButton::clicked, this, &SshSection::addHost);
    connect(m_removeHost, &QPushButton::clicked, this, &SshSection::removeSelectedHosts);
    const auto hostsEdited = [this] {
        emit edited();
        emit firstHostChanged(firstHost());
    };
    connect(m_hosts, &QAbstractItemModel::dataChanged, this, hostsEdited);
    connect(m_hosts, &QAbstractItemModel::rowsInserted, this, hostsEdited);
    connect(m_hosts, &QAbstractItemModel::rowsRemoved, this, hostsEdited);

    // Login.
    auto *loginBox = new QGroupBox(this);
    auto *login = new QFormLayout(loginBox);
    login->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    auto *userLabel = new QLabel(this);
    login->addRow(userLabel, withError(m_user, &m_userError));
    auto *authLabel = new QLabel(this);
    login->addRow(authLabel, m_auth);
    auto *keyRow = new QHBoxLayout(m_keyFileRow);
    keyRow->setContentsMargins(0, 0, 0, 0);
    keyRow->addWidget(m_keyFile, 1);
    keyRow->addWidget(m_browseKey);
    login->addRow(m_keyFileLabel, withError(m_keyFileRow, &m_keyFileError));
    login->addRow(m_secretLabel, m_secret);
    outer->addWidget(loginBox);
    m_user->setObjectName(QStringLiteral("sshUser"));
    m_secret->setObjectName(QStringLiteral("sshSecret"));
    m_keyFile->setObjectName(QStringLiteral("keyFile"));
    connect(m_auth, &QComboBox::currentIndexChanged, this, [this] {
        updateAuthWidgets();
        emit edited();
    });
    connect(m_browseKey, &QPushButton::clicked, this, &SshSection::chooseKeyFile);

    // MTA tools: the preset fills every path; each stays editable.
    auto *mtaBox = new QGroupBox(this);
    auto *mta = new QFormLayout(mtaBox);
    mta->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    auto *presetLabel = new QLabel(this);
    mta->addRow(presetLabel, m_preset);
    connect(m_preset, &QComboBox::activated, this, [this] {
        applyPreset();
        emit edited();
    });
    const QList<QPair<QString, QLineEdit *>> paths = {{QStringLiteral("postqueue:"), m_postqueue},
                                                      {QStringLiteral("postsuper:"), m_postsuper},
                                                      {QStringLiteral("postcat:"), m_postcat},
                                                      {QStringLiteral("postconf:"), m_postconf},
                                                      {QStringLiteral("postfix:"), m_postfix}};
    for (const auto &[name, edit] : paths) {
        QLabel *err = nullptr;
        mta->addRow(name, withError(edit, &err)); // program names: not translated
        m_pathErrors.append({edit, err});
    }
    mta->addRow(QString(), m_sudo);
    auto *mtaLogLabel = new QLabel(this);
    auto *auditLogLabel = new QLabel(this);
    for (auto [label, edit] :
         {QPair<QLabel *, QLineEdit *> {mtaLogLabel, m_mtaLog}, {auditLogLabel, m_auditLog}}) {
        QLabel *err = nullptr;
        mta->addRow(label, withError(edit, &err));
        m_pathErrors.append({edit, err});
    }
    outer->addWidget(mtaBox);
    for (QLineEdit *e : {m_user, m_keyFile, m_postqueue, m_postsuper, m_postcat, m_postconf, m_postfix,
                         m_mtaLog, m_auditLog})
        connect(e, &QLineEdit::textEdited, this, &EditorSection::edited);
    connect(m_sudo, &QCheckBox::toggled, this, &EditorSection::edited);

    outer->addWidget(m_test);
    outer->addStretch(1);
    m_test->setSecretSource(m_secrets, SecretKind::SshPassword);
    m_test->setProviders([this] { return profileProvider ? profileProvider() : Profile(); },
                         [this] { return m_secret->text(); });

    onRetranslate([=] {
        hostsBox->setTitle(tr("MTA hosts"));
        m_hostsView->setToolTip(tr("Every MTA host this profile watches. Double-click a cell to edit it."));
        m_addHost->setText(tr("Add"));
        m_addHost->setToolTip(tr("Add an MTA host"));
        m_removeHost->setText(tr("Remove"));
        m_removeHost->setToolTip(tr("Remove the selected MTA hosts"));
        m_hosts->retranslate();
        loginBox->setTitle(tr("Login"));
        userLabel->setText(tr("&User:"));
        userLabel->setBuddy(m_user);
        authLabel->setText(tr("&Authentication:"));
        authLabel->setBuddy(m_auth);
        const int auth = m_auth->currentIndex();
        m_auth->clear();
        m_auth->addItem(tr("SSH agent"), toString(SshAuthMethod::Agent));
        m_auth->addItem(tr("Key file"), toString(SshAuthMethod::KeyFile));
        m_auth->addItem(tr("Password"), toString(SshAuthMethod::Password));
        m_auth->setCurrentIndex(qMax(0, auth));
        m_keyFileLabel->setText(tr("&Key file:"));
        m_keyFileLabel->setBuddy(m_keyFile);
        m_keyFile->setPlaceholderText(tr("~/.ssh/id_ed25519"));
        m_browseKey->setText(tr("Browse…"));
        m_browseKey->setToolTip(tr("Choose a private key file"));
        mtaBox->setTitle(tr("Mail transfer agent"));
        presetLabel->setText(tr("&Preset:"));
        presetLabel->setBuddy(m_preset);
        const int preset = m_preset->currentIndex();
        m_preset->clear();
        m_preset->addItem(tr("Zimbra (/opt/zimbra/common/sbin, sudo -n)"), toString(MtaPreset::Zimbra));
        m_preset->addItem(tr("Postfix (/usr/sbin)"), toString(MtaPreset::Postfix));
        m_preset->setCurrentIndex(qMax(0, preset));
        m_preset->setToolTip(tr("Choosing a preset fills in every path below; each one stays editable."));
        m_sudo->setText(tr("Run postsuper, postcat, postconf and postfix through “sudo -n”"));
        mtaLogLabel->setText(tr("MTA &log:"));
        mtaLogLabel->setBuddy(m_mtaLog);
        auditLogLabel->setText(tr("Au&dit log:"));
        auditLogLabel->setBuddy(m_auditLog);
        updateAuthWidgets();
    });
}

QString SshSection::title() const
{
    return tr("SSH");
}

SshAuthMethod SshSection::authMethod() const
{
    return sshAuthFromString(m_auth->currentData().toString());
}

void SshSection::updateAuthWidgets()
{
    const SshAuthMethod m = authMethod();
    const bool keyFile = m == SshAuthMethod::KeyFile;
    m_keyFileLabel->setVisible(keyFile);
    m_keyFileRow->parentWidget()->setVisible(keyFile);
    const bool needsSecret = m != SshAuthMethod::Agent;
    m_secretLabel->setVisible(needsSecret);
    m_secret->setVisible(needsSecret);
    m_secretLabel->setText(keyFile ? tr("Key &passphrase:") : tr("&Password:"));
    m_secretLabel->setBuddy(m_secret);
    m_test->setSecretSource(m_secrets, keyFile ? SecretKind::SshKeyPassphrase : SecretKind::SshPassword);
}

void SshSection::applyPreset()
{
    const MtaPaths p = MtaPaths::forPreset(mtaPresetFromString(m_preset->currentData().toString()));
    m_postqueue->setText(p.postqueue);
    m_postsuper->setText(p.postsuper);
    m_postcat->setText(p.postcat);
    m_postconf->setText(p.postconf);
    m_postfix->setText(p.postfix);
    m_sudo->setChecked(p.sudoForAdminTools);
}

void SshSection::addHost()
{
    const int row = m_hosts->addHost(QString());
    const QModelIndex idx = m_hosts->index(row, MtaHostsModel::HostColumn);
    m_hostsView->setFocus();
    m_hostsView->setCurrentIndex(idx);
    m_hostsView->edit(idx);
}

void SshSection::removeSelectedHosts()
{
    QList<int> rows;
    for (const QModelIndex &i : m_hostsView->selectionModel()->selectedRows())
        rows << i.row();
    if (rows.isEmpty() && m_hostsView->currentIndex().isValid())
        rows << m_hostsView->currentIndex().row();
    std::sort(rows.begin(), rows.end(), std::greater<int>());
    for (int r : std::as_const(rows))
        m_hosts->removeRows(r, 1);
}

void SshSection::chooseKeyFile()
{
    const QString start
        = m_keyFile->text().isEmpty() ? QDir::homePath() + QStringLiteral("/.ssh") : m_keyFile->text();
    const QString file = QFileDialog::getOpenFileName(this, tr("Choose a private SSH key"), start);
    if (!file.isEmpty()) {
        m_keyFile->setText(file);
        emit edited();
    }
}

QString SshSection::firstHost() const
{
    const QList<MtaHost> hosts = m_hosts->hosts();
    return hosts.isEmpty() ? QString() : hosts.first().host;
}

void SshSection::load(const Profile &profile)
{
    const SshSettings &s = profile.ssh;
    m_hosts->setHosts(s.hosts);
    m_user->setText(s.user);
    m_auth->setCurrentIndex(qMax(0, m_auth->findData(toString(s.auth))));
    m_keyFile->setText(s.keyFile);
    m_preset->setCurrentIndex(qMax(0, m_preset->findData(toString(s.preset))));
    m_postqueue->setText(s.paths.postqueue);
    m_postsuper->setText(s.paths.postsuper);
    m_postcat->setText(s.paths.postcat);
    m_postconf->setText(s.paths.postconf);
    m_postfix->setText(s.paths.postfix);
    m_sudo->setChecked(s.paths.sudoForAdminTools);
    m_mtaLog->setText(s.mtaLogPath);
    m_auditLog->setText(s.auditLogPath);
    m_secret->clear();
    setError(m_hostsError, {});
    setError(m_userError, {});
    setError(m_keyFileError, {});
    for (const auto &[edit, err] : std::as_const(m_pathErrors))
        setError(err, {});
    updateAuthWidgets();
}

void SshSection::apply(Profile &profile) const
{
    SshSettings &s = profile.ssh;
    s.hosts = m_hosts->hosts();
    s.user = m_user->text().trimmed();
    s.auth = authMethod();
    s.keyFile = m_keyFile->text().trimmed();
    s.preset = mtaPresetFromString(m_preset->currentData().toString());
    s.paths.postqueue = m_postqueue->text().trimmed();
    s.paths.postsuper = m_postsuper->text().trimmed();
    s.paths.postcat = m_postcat->text().trimmed();
    s.paths.postconf = m_postconf->text().trimmed();
    s.paths.postfix = m_postfix->text().trimmed();
    s.paths.sudoForAdminTools = m_sudo->isChecked();
    s.mtaLogPath = m_mtaLog->text().trimmed();
    s.auditLogPath = m_auditLog->text().trimmed();
}

bool SshSection::validate()
{
    bool ok = true;
    QString hostError;
    const QList<MtaHost> hosts = m_hosts->hosts();
    for (int i = 0; i < hosts.size() && hostError.isEmpty(); ++i) {
        const QString e = validateHostName(hosts.at(i).host);
        if (!e.isEmpty())
            //: %1 is a row number, %2 the reason
            hostError = tr("Host %1: %2").arg(i + 1).arg(e);
    }
    ok &= setError(m_hostsError, hostError);
    ok &= setError(m_userError, validateSshUser(m_user->text().trimmed()));
    QString keyError;
    if (authMethod() == SshAuthMethod::KeyFile && m_keyFile->text().trimmed().isEmpty())
        keyError = tr("Choose the private key file for this login.");
    ok &= setError(m_keyFileError, keyError);
    for (const auto &[edit, err] : std::as_const(m_pathErrors))
        ok &= setError(err, validateRemotePath(edit->text().trimmed()));
    return ok;
}

QList<QPair<SecretKind, QString>> SshSection::enteredSecrets() const
{
    if (m_secret->text().isEmpty() || authMethod() == SshAuthMethod::Agent)
        return {};
    return {{authMethod() == SshAuthMethod::KeyFile ? SecretKind::SshKeyPassphrase : SecretKind::SshPassword,
             m_secret->text()}};
}

void SshSection::clearSecrets()
{
    m_secret->clear();
}

void SshSection::setKeychainAvailable(bool available)
{
    m_keychainAvailable = available;
    updateSecretPlaceholder(m_secret);
}

} // namespace zaindari
