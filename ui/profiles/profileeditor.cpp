#include "profileeditor.h"

#include "containmentsection.h"
#include "directorysection.h"
#include "sshsection.h"
#include "trustsection.h"
#include "zimbrasection.h"

#include "common/tlstrust.h"
#include "connectiontestpanel.h"

#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QTabWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace zaindari {

ProfileEditor::ProfileEditor(SecretStore *secrets, QWidget *parent)
    : QWidget(parent)
    , m_secrets(secrets)
    , m_nameLabel(new QLabel(this))
    , m_name(new QLineEdit(this))
    , m_nameError(new QLabel(this))
    , m_keychainNote(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_ssh(new SshSection(secrets, this))
    , m_zimbra(new ZimbraSection(secrets, this))
    , m_directory(new DirectorySection(secrets, this))
    , m_trust(new TrustSection(this))
    , m_containment(new ContainmentSection(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_name->setObjectName(QStringLiteral("profileName"));
    m_nameLabel->setBuddy(m_name);
    form->addRow(m_nameLabel, m_name);
    m_nameError->setWordWrap(true);
    m_nameError->setObjectName(QStringLiteral("profileError"));
    QPalette pal = m_nameError->palette();
    pal.setColor(QPalette::WindowText, QColor(0xc0, 0x25, 0x1d));
    m_nameError->setPalette(pal);
    m_nameError->hide();
    form->addRow(QString(), m_nameError);
    layout->addLayout(form);

    m_keychainNote->setWordWrap(true);
    m_keychainNote->setObjectName(QStringLiteral("keychainNote"));
    m_keychainNote->setFrameShape(QFrame::StyledPanel);
    m_keychainNote->setMargin(6);
    m_keychainNote->setAutoFillBackground(true);
    QPalette note = m_keychainNote->palette();
    note.setColor(QPalette::Window, QColor(0xff, 0xf4, 0xd6));
    note.setColor(QPalette::WindowText, QColor(0x4a, 0x3b, 0x00));
    m_keychainNote->setPalette(note);
    layout->addWidget(m_keychainNote);

    m_sections = {m_ssh, m_zimbra, m_directory, m_trust, m_containment};
    for (EditorSection *s : std::as_const(m_sections)) {
        // Long sections scroll instead of forcing a tall dialog on small school laptops.
        auto *scroll = new QScrollArea(m_tabs);
        scroll->setWidgetResizable(true);
        scroll->setFrameShape(QFrame::NoFrame);
        scroll->setWidget(s);
        m_tabs->addTab(scroll, s->title());
        connect(s, &EditorSection::edited, this, [this] { setModified(true); });
    }
    layout->addWidget(m_tabs, 1);
    connect(m_name, &QLineEdit::textEdited, this, [this] { setModified(true); });
    connect(m_ssh, &SshSection::firstHostChanged, m_zimbra, &ZimbraSection::setDefaultHost);
    const auto provider = [this] { return profile(); };
    m_ssh->profileProvider = provider;
    m_zimbra->profileProvider = provider;
    m_directory->profileProvider = provider;
    // A pin accepted during "Test connection" belongs to the profile being edited.
    for (ConnectionTestPanel *panel : {m_ssh->testPanel(), m_zimbra->testPanel(), m_directory->testPanel()})
        connect(panel, &ConnectionTestPanel::trustPinned, this,
                [this](bool ssh, const QString &hostPort, const QString &fingerprint) {
                    Profile p = profile();
                    if (ssh) {
                        auto &keys = p.trust.sshHostKeys;
                        keys.erase(std::remove_if(keys.begin(), keys.end(),
                                                  [&](const auto &k) { return k.first == hostPort; }),
                                   keys.end());
                        keys.append({hostPort, fingerprint});
                    } else {
                        TlsTrust::storePin(p, hostPort, fingerprint);
                    }
                    m_trust->load(p);
                    setModified(true);
                });
    connect(m_secrets, &SecretStore::keychainUnavailable, this, &ProfileEditor::updateKeychainNote);
    updateKeychainNote();
    retranslateUi();
}

void ProfileEditor::load(const Profile &profile)
{
    m_loaded = profile;
    m_name->setText(profile.name);
    for (EditorSection *s : std::as_const(m_sections))
        s->load(profile);
    setProfileError({});
    setModified(false);
}

Profile ProfileEditor::profile() const
{
    Profile p = m_loaded;
    p.name = m_name->text().trimmed();
    for (EditorSection *s : m_sections)
        s->apply(p);
    return p;
}

QList<QPair<SecretKind, QString>> ProfileEditor::secrets() const
{
    QList<QPair<SecretKind, QString>> all;
    for (EditorSection *s : m_sections)
        all += s->enteredSecrets();
    return all;
}

void ProfileEditor::clearSecrets()
{
    for (EditorSection *s : std::as_const(m_sections))
        s->clearSecrets();
}

bool ProfileEditor::validate()
{
    bool ok = true;
    int firstBad = -1;
    for (int i = 0; i < m_sections.size(); ++i) {
        if (!m_sections.at(i)->validate()) {
            ok = false;
            if (firstBad < 0)
                firstBad = i;
        }
    }
    if (m_name->text().trimmed().isEmpty()) {
        setProfileError(tr("Give the profile a name."));
        ok = false;
    } else {
        setProfileError({});
    }
    if (firstBad >= 0)
        m_tabs->setCurrentIndex(firstBad);
    return ok;
}

void ProfileEditor::setProfileError(const QString &message)
{
    m_nameError->setText(message);
    m_nameError->setVisible(!message.isEmpty());
}

void ProfileEditor::setModified(bool modified)
{
    if (m_modified == modified)
        return;
    m_modified = modified;
    emit modifiedChanged(modified);
}

void ProfileEditor::updateKeychainNote()
{
    const bool available = m_secrets->keychainAvailable();
    for (EditorSection *s : std::as_const(m_sections))
        s->setKeychainAvailable(available);
    m_keychainNote->setVisible(!available);
}

void ProfileEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ProfileEditor::retranslateUi()
{
    m_nameLabel->setText(tr("&Name:"));
    m_name->setPlaceholderText(tr("For example: School mail server"));
    m_keychainNote->setText(tr("No system keychain is available. Passwords and passphrases will be "
                               "asked each time they are needed and kept only for this session; "
                               "nothing is written to disk."));
    for (int i = 0; i < m_sections.size(); ++i)
        m_tabs->setTabText(i, m_sections.at(i)->title());
}

} // namespace zaindari
