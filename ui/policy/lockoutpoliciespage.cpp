#include "lockoutpoliciespage.h"
#include "mtasettingspanel.h"

#include "accounts/adminconnections.h"
#include "audit/auditlog.h"
#include "directory/directoryjob.h"
#include "zimbra/accountjobs.h"
#include "zimbra/policyjobs.h"
#include "zimbra/zimbraaudit.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace zaindari {

namespace {
QString yesNo(bool b)
{
    return b ? LockoutPoliciesPage::tr("yes") : LockoutPoliciesPage::tr("no");
}
} // namespace

LockoutPoliciesPage::LockoutPoliciesPage(AdminConnections *connections, QWidget *parent)
    : Page(parent)
    , m_conn(connections)
    , m_auditPath(AuditLog::defaultPath())
{
    setObjectName(QStringLiteral("LockoutPoliciesPage"));
    buildUi();
    retranslateUi();
}

void LockoutPoliciesPage::setConfirmationsAutoAccepted(bool on)
{
    m_autoConfirm = on;
    m_mta->setConfirmationsAutoAccepted(on);
}

void LockoutPoliciesPage::setAuditLogPath(const QString &path)
{
    m_auditPath = path;
    m_mta->setAuditLogPath(path);
}

QString LockoutPoliciesPage::title() const
{
    return tr("Lockout policy");
}

QIcon LockoutPoliciesPage::icon() const
{
    return QIcon(QStringLiteral(":/icons/lockout.svg"));
}

void LockoutPoliciesPage::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    m_heading = new QLabel(this);
    QFont hf = m_heading->font();
    hf.setPointSizeF(hf.pointSizeF() * 1.3);
    hf.setBold(true);
    m_heading->setFont(hf);
    layout->addWidget(m_heading);

    // Two tabs: lockout policy, and the MTA settings (issue 6) on the same connection.
    m_tabs = new QTabWidget(this);
    auto *split = new QSplitter(Qt::Horizontal, m_tabs);
    // Zimbra side.
    m_zimbraBox = new QGroupBox(split);
    auto *z = new QVBoxLayout(m_zimbraBox);
    m_note = new QLabel(m_zimbraBox);
    m_note->setWordWrap(true);
    m_note->setStyleSheet(QStringLiteral("QLabel { background:#fff3cd; padding:6px; }"));
    z->addWidget(m_note);
    m_table = new QTableWidget(0, 5, m_zimbraBox);
    m_table->setObjectName(QStringLiteral("cosTable"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    // One row per class of service: most schools have two or three.
    m_table->setMaximumHeight(240);
    z->addWidget(m_table);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &LockoutPoliciesPage::onCosSelected);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    auto addRow = [&](QWidget *field) {
        auto *label = new QLabel(m_zimbraBox);
        label->setBuddy(field);
        m_formLabels << label;
        form->addRow(label, field);
    };
    m_enabled = new QCheckBox(m_zimbraBox);
    m_maxFailures = new QSpinBox(m_zimbraBox);
    m_maxFailures->setRange(0, 1000);
    // Zimbra duration: digits with one unit d, h, m, s or ms; a bare number is seconds (12.1).
    const QRegularExpression durationRe(QStringLiteral("\\d{1,9}([hmsd]|ms)?"));
    m_lifetime = new QLineEdit(m_zimbraBox);
    m_lifetime->setValidator(new QRegularExpressionValidator(durationRe, m_lifetime));
    m_duration = new QLineEdit(m_zimbraBox);
    m_duration->setValidator(new QRegularExpressionValidator(durationRe, m_duration));
    m_maxFailures->setMinimumWidth(100);
    m_lifetime->setMinimumWidth(100);
    m_duration->setMinimumWidth(100);
    form->addRow(m_enabled);
    addRow(m_maxFailures);
    addRow(m_lifetime);
    addRow(m_duration);
    z->addLayout(form);
    auto *zButtons = new QHBoxLayout;
    m_preset = new QPushButton(m_zimbraBox);
    m_applyCos = new QPushButton(m_zimbraBox);
    m_applyAll = new QPushButton(m_zimbraBox);
    zButtons->addWidget(m_preset);
    zButtons->addStretch(1);
    zButtons->addWidget(m_applyCos);
    zButtons->addWidget(m_applyAll);
    z->addLayout(zButtons);
    connect(m_preset, &QPushButton::clicked, this, &LockoutPoliciesPage::applyPreset);
    connect(m_applyCos, &QPushButton::clicked, this, [this] { applyZimbra(false); });
    connect(m_applyAll, &QPushButton::clicked, this, [this] { applyZimbra(true); });

    auto *accRow = new QHBoxLayout;
    m_account = new QLineEdit(m_zimbraBox);
    m_showAccount = new QPushButton(m_zimbraBox);
    accRow->addWidget(m_account, 1);
    accRow->addWidget(m_showAccount);
    z->addLayout(accRow);
    m_effective = new QLabel(m_zimbraBox);
    m_effective->setWordWrap(true);
    m_effective->setTextInteractionFlags(Qt::TextSelectableByMouse);
    z->addWidget(m_effective);
    z->addStretch(1);
    connect(m_showAccount, &QPushButton::clicked, this, &LockoutPoliciesPage::showEffective);
    connect(m_account, &QLineEdit::returnPressed, this, &LockoutPoliciesPage::showEffective);

    // Active Directory side.
    m_adBox = new QGroupBox(split);
    auto *a = new QVBoxLayout(m_adBox);
    auto *adForm = new QFormLayout;
    auto adRow = [&](QWidget *field) {
        auto *label = new QLabel(m_adBox);
        label->setBuddy(field);
        m_formLabels << label;
        adForm->addRow(label, field);
    };
    auto spin = [&](int lo, int hi) {
        auto *s = new QSpinBox(m_adBox);
        s->setRange(lo, hi);
        return s;
    };
    m_threshold = spin(0, 999);
    m_window = spin(1, 99999);
    m_adDuration = spin(0, 99999);
    m_minLength = spin(0, 14);
    m_complexity = new QCheckBox(m_adBox);
    m_history = spin(0, 24);
    m_maxAge = spin(0, 999);
    m_minAge = spin(0, 998);
    adRow(m_threshold);
    adRow(m_window);
    adRow(m_adDuration);
    adRow(m_minLength);
    adForm->addRow(m_complexity);
    adRow(m_history);
    adRow(m_maxAge);
    adRow(m_minAge);
    a->addLayout(adForm);
    m_adProblem = new QLabel(m_adBox);
    m_adProblem->setWordWrap(true);
    m_adProblem->setStyleSheet(QStringLiteral("QLabel { color:#b00020; }"));
    a->addWidget(m_adProblem);
    auto *adButtons = new QHBoxLayout;
    adButtons->addStretch(1);
    m_applyAd = new QPushButton(m_adBox);
    adButtons->addWidget(m_applyAd);
    a->addLayout(adButtons);
    a->addStretch(1);
    connect(m_applyAd, &QPushButton::clicked, this, &LockoutPoliciesPage::applyDomain);

    split->addWidget(m_zimbraBox);
    split->addWidget(m_adBox);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    m_tabs->addTab(split, QString());
    m_mta = new MtaSettingsPanel(m_conn, m_tabs);
    m_tabs->addTab(m_mta, QString());
    layout->addWidget(m_tabs, 1);

    auto *bottom = new QHBoxLayout;
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("policyMessage"));
    bottom->addWidget(m_message, 1);
    m_reload = new QPushButton(this);
    bottom->addWidget(m_reload);
    layout->addLayout(bottom);
    connect(m_reload, &QPushButton::clicked, this, [this] { refresh(); });
}

void LockoutPoliciesPage::retranslateUi()
{
    m_heading->setText(tr("Lockout policy"));
    m_zimbraBox->setTitle(tr("Zimbra: classes of service"));
    m_adBox->setTitle(tr("Active Directory: domain policy"));
    m_note->setText(tr("Zimbra has no global lockout policy: the values live on each class of service (and "
                       "can be overridden on an account). Use “Apply to every class of service” to set one "
                       "policy everywhere."));
    m_table->setHorizontalHeaderLabels({tr("Class of service"), tr("Lockout"), tr("Max failures"),
                                        tr("Failure window"), tr("Lockout duration")});
    m_enabled->setText(tr("&Lock accounts after failed logins"));
    const QStringList labels = {tr("&Maximum failures:"),
                                tr("Failures counted &within:"),
                                tr("Locked &for:"),
                                tr("Lockout &threshold:"),
                                tr("&Observation window (minutes):"),
                                tr("Lockout &duration (minutes):"),
                                tr("Minimum password &length:"),
                                tr("Password &history:"),
                                tr("Maximum password &age (days):"),
                                tr("Minimum password a&ge (days):")};
    for (int i = 0; i < m_formLabels.size() && i < labels.size(); ++i)
        m_formLabels.at(i)->setText(labels.at(i));
    m_maxFailures->setToolTip(tr("zimbraPasswordLockoutMaxFailures; 0 never locks"));
    const QString durationTip
        = tr("Zimbra duration: a number with d, h, m, s or ms (e.g. 6m, 1h); a bare number "
             "is seconds; 0 for the duration means until an administrator unlocks");
    m_lifetime->setToolTip(durationTip);
    m_duration->setToolTip(durationTip);
    m_lifetime->setPlaceholderText(tr("e.g. 6m"));
    m_duration->setPlaceholderText(tr("e.g. 10m"));
    m_preset->setText(tr("Preset: 5 failures within 6 minutes → locked 10 minutes"));
    m_preset->setToolTip(tr("Fill in the recommended values; nothing is sent until you apply"));
    m_applyCos->setText(tr("&Apply to this class of service"));
    m_applyAll->setText(tr("Apply to &every class of service"));
    m_account->setPlaceholderText(tr("Account for its effective values, e.g. ikasle3@…"));
    m_showAccount->setText(tr("Show &effective values"));
    m_showAccount->setToolTip(
        tr("The values that apply to one account: its class of service and its own overrides"));
    m_threshold->setToolTip(tr("lockoutThreshold: wrong passwords before the account locks; 0 never locks"));
    m_window->setToolTip(tr("lockOutObservationWindow: how long wrong passwords are counted"));
    m_adDuration->setToolTip(tr("lockoutDuration; 0 means until an administrator unlocks"));
    m_adDuration->setSpecialValueText(tr("until an administrator unlocks"));
    m_maxAge->setSpecialValueText(tr("never expires"));
    m_complexity->setText(tr("Passwords must be &complex"));
    m_applyAd->setText(tr("Apply domain &policy"));
    m_reload->setText(tr("Re&load"));
    m_tabs->setTabText(0, tr("Lockout policy"));
    m_tabs->setTabText(1, tr("MTA settings"));
    m_mta->retranslateUi();
    showClasses();
    emit titleChanged();
}

void LockoutPoliciesPage::setProfile(const std::optional<Profile> &profile)
{
    const bool changed = !profile || !m_profile || profile->id != m_profile->id;
    m_profile = profile;
    if (m_conn)
        m_conn->setProfile(profile);
    if (changed) {
        m_classes.clear();
        m_policy = DomainPolicy();
        m_loadedOnce = false;
        showClasses();
        m_message->clear();
        if (isVisible())
            refresh();
    }
}

QString LockoutPoliciesPage::refresh()
{
    m_loadedOnce = true;
    loadClasses();
    loadDomainPolicy();
    m_mta->refresh();
    return {};
}

void LockoutPoliciesPage::showEvent(QShowEvent *event)
{
    if (!m_loadedOnce && m_profile)
        refresh();
    Page::showEvent(event);
}

QString LockoutPoliciesPage::messageText() const
{
    return m_message->text();
}

void LockoutPoliciesPage::showMessage(bool ok, const QString &text)
{
    m_message->setText(text);
    m_message->setStyleSheet(ok ? QString() : QStringLiteral("QLabel { color:#b00020; }"));
}

void LockoutPoliciesPage::loadClasses()
{
    m_conn->runZimbraJob<CosListJob>(
        this, [this](ZimbraClient *client) { return new CosListJob(client, this); },
        [this](CosListJob *job, const ZimbraError &e) {
            if (e.isError()) {
                showMessage(false, e.message);
            } else {
                m_classes = job->classes();
                showClasses();
            }
            emit classesLoaded(!e.isError());
        },
        [this](const QString &why) {
            showMessage(false, why);
            emit classesLoaded(false);
        });
}

void LockoutPoliciesPage::showClasses()
{
    const QString selected = m_table->currentRow() >= 0 && m_table->item(m_table->currentRow(), 0)
        ? m_table->item(m_table->currentRow(), 0)->text()
        : QString();
    m_table->setRowCount(int(m_classes.size()));
    int select = m_classes.isEmpty() ? -1 : 0;
    for (int r = 0; r < m_classes.size(); ++r) {
        const CosInfo &c = m_classes.at(r);
        const LockoutPolicy &p = c.lockout;
        m_table->setItem(r, 0, new QTableWidgetItem(c.name));
        m_table->setItem(r, 1, new QTableWidgetItem(p.isActive() ? tr("on") : tr("off")));
        m_table->setItem(r, 2, new QTableWidgetItem(QString::number(p.maxFailures)));
        m_table->setItem(r, 3, new QTableWidgetItem(p.failureLifetime));
        m_table->setItem(r, 4, new QTableWidgetItem(p.duration));
        m_table->item(r, 1)->setToolTip(tr("zimbraPasswordLockoutEnabled: %1").arg(yesNo(p.enabled)));
        if (c.name == selected)
            select = r;
    }
    m_table->resizeColumnsToContents();
    if (select >= 0)
        m_table->selectRow(select);
    const bool any = !m_classes.isEmpty();
    m_applyCos->setEnabled(any);
    m_applyAll->setEnabled(any);
}

void LockoutPoliciesPage::onCosSelected()
{
    const int r = m_table->currentRow();
    if (r < 0 || r >= m_classes.size())
        return;
    const LockoutPolicy &p = m_classes.at(r).lockout;
    m_enabled->setChecked(p.enabled);
    m_maxFailures->setValue(p.maxFailures);
    m_lifetime->setText(p.failureLifetime);
    m_duration->setText(p.duration);
}

void LockoutPoliciesPage::applyPreset()
{
    const LockoutChange c = LockoutChange::recommended();
    m_enabled->setChecked(c.enabled.value_or(true));
    m_maxFailures->setValue(c.maxFailures.value_or(5));
    m_lifetime->setText(c.failureLifetime.value_or(QString()));
    m_duration->setText(c.duration.value_or(QString()));
    showMessage(true, tr("Preset filled in; choose where to apply it."));
}

LockoutChange LockoutPoliciesPage::editedChange(QString *problem) const
{
    LockoutChange c;
    c.enabled = m_enabled->isChecked();
    c.maxFailures = m_maxFailures->value();
    c.failureLifetime = m_lifetime->text().trimmed();
    c.duration = m_duration->text().trimmed();
    if (problem)
        *problem = c.validate();
    return c;
}

void LockoutPoliciesPage::applyZimbra(bool everyCos)
{
    QString problem;
    const LockoutChange change = editedChange(&problem);
    if (!problem.isEmpty()) {
        showMessage(false, problem);
        return;
    }
    const int r = m_table->currentRow();
    const QString cos = everyCos || r < 0 || r >= m_classes.size() ? QString() : m_classes.at(r).name;
    if (!everyCos && cos.isEmpty())
        return;
    //: %1 on/off, %2 count, %3 and %4 Zimbra durations
    const QString values = tr("lockout %1, %2 failures within %3, locked for %4")
                               .arg(*change.enabled ? tr("on") : tr("off"))
                               .arg(*change.maxFailures)
                               .arg(*change.failureLifetime, *change.duration);
    const QString text = everyCos
        //: %1 the values, %2 number of classes of service
        ? tr("Set %1 on every class of service (%2)?").arg(values).arg(m_classes.size())
        //: %1 the values, %2 class of service
        : tr("Set %1 on the class of service “%2”?").arg(values, cos);
    confirmThen(tr("Change lockout policy"), text, [this, cos, change, values] {
        showMessage(true, tr("Applying…"));
        m_conn->withZimbra(
            [this, cos, change, values](ZimbraClient *client) {
                auto *job = new LockoutPolicyJob(client, cos, change, this);
                connect(job, &ZimbraJob::finished, this, [this, job, cos, values](const ZimbraError &e) {
                    job->deleteLater();
                    QStringList names;
                    for (const CosInfo &c : job->updated())
                        names << c.name;
                    //: %1 list of classes of service, %2 the values
                    const QString report = e.isError()
                        ? e.message
                        : tr("Done: %1 now have %2.").arg(names.join(QStringLiteral(", ")), values);
                    showMessage(!e.isError(), report);
                    writeAudit(zimbraAuditEntry(m_conn->profileName(), QStringLiteral("policy.set"),
                                                cos.isEmpty() ? tr("every class of service") : cos, e,
                                                report));
                    emit applied(!e.isError());
                    loadClasses();
                });
                job->start();
            },
            [this](const QString &why) {
                showMessage(false, why);
                emit applied(false);
            });
    });
}

void LockoutPoliciesPage::showEffective()
{
    const QString who = m_account->text().trimmed();
    if (who.isEmpty())
        return;
    m_effective->setText(tr("Loading…"));
    m_conn->withZimbra(
        [this, who](ZimbraClient *client) {
            auto *job = new AccountJob(client, who, this);
            connect(job, &ZimbraJob::finished, this, [this, job](const ZimbraError &e) {
                job->deleteLater();
                if (e.isError()) {
                    m_effective->setText(e.message);
                    return;
                }
                const ZimbraAccount &a = job->account();
                const LockoutPolicy &p = a.lockout;
                //: %1 account, %2 class of service, %3 on/off, %4 count, %5/%6 durations
                QString text
                    = tr("%1 (class of service %2): lockout %3, %4 failures within %5, locked for %6.")
                          .arg(a.name, a.cosName.isEmpty() ? tr("default") : a.cosName,
                               p.isActive() ? tr("on") : tr("off"))
                          .arg(p.maxFailures)
                          .arg(p.failureLifetime, p.duration);
                if (!job->lockoutOverrides().isEmpty())
                    //: %1 list of attribute names
                    text += QLatin1Char(' ')
                        + tr("The account overrides: %1.")
                              .arg(job->lockoutOverrides().join(QStringLiteral(", ")));
                m_effective->setText(text);
            });
            job->start();
        },
        [this](const QString &why) { m_effective->setText(why); });
}

void LockoutPoliciesPage::loadDomainPolicy()
{
    if (!m_conn->hasDirectory()) {
        m_adBox->setEnabled(false);
        m_adProblem->setText(tr("The profile has no Active Directory server."));
        return;
    }
    m_adBox->setEnabled(true);
    m_conn->noteDirectoryStarted();
    m_conn->withDirectory(
        [this](const DirectoryConfig &config) {
            auto *job = new PolicyJob(config, PolicyChange(), this);
            connect(job, &DirectoryJob::finished, this, [this, job](const DirectoryOutcome &o) {
                job->deleteLater();
                m_conn->noteDirectoryOutcome(o);
                if (!o.ok() && m_conn->handleDirectoryCertificate(o, [this] { loadDomainPolicy(); }))
                    return;
                if (o.ok()) {
                    m_policy = job->policy();
                    fillDomainEditors();
                    m_adProblem->clear();
                } else {
                    m_adProblem->setText(o.message);
                }
                emit domainPolicyLoaded(o.ok());
            });
            job->start();
        },
        [this](const QString &why) {
            m_adProblem->setText(why);
            emit domainPolicyLoaded(false);
        });
}

void LockoutPoliciesPage::fillDomainEditors()
{
    const DomainPolicy &p = m_policy;
    m_threshold->setValue(p.lockoutThreshold);
    m_window->setValue(int(p.observationWindowSeconds.value_or(60) / 60));
    m_adDuration->setValue(p.lockoutDurationSeconds ? int(*p.lockoutDurationSeconds / 60) : 0);
    m_minLength->setValue(p.minPwdLength);
    m_complexity->setChecked(p.complexity());
    m_history->setValue(p.pwdHistoryLength);
    m_maxAge->setValue(p.maxPwdAgeSeconds ? int(*p.maxPwdAgeSeconds / 86400) : 0);
    m_minAge->setValue(int(p.minPwdAgeSeconds.value_or(0) / 86400));
}

void LockoutPoliciesPage::applyDomain()
{
    PolicyChange c;
    c.lockoutThreshold = m_threshold->value();
    c.observationWindowSeconds = qint64(m_window->value()) * 60;
    // AD: a lockoutDuration of "never" (-2^63) means until an administrator unlocks; 0 here.
    c.lockoutDurationSeconds
        = m_adDuration->value() == 0 ? std::optional<qint64>() : qint64(m_adDuration->value()) * 60;
    c.minPwdLength = m_minLength->value();
    c.complexity = m_complexity->isChecked();
    c.pwdHistoryLength = m_history->value();
    c.maxPwdAgeSeconds = m_maxAge->value() == 0 ? std::optional<qint64>() : qint64(m_maxAge->value()) * 86400;
    c.minPwdAgeSeconds = qint64(m_minAge->value()) * 86400;
    const DomainPolicy wanted = c.appliedTo(m_policy);
    const QString problem = validatePolicy(wanted);
    m_adProblem->setText(problem);
    if (!problem.isEmpty())
        return;
    //: %1 threshold, %2 window minutes, %3 duration text
    const QString text
        = tr("Set the domain policy to: lock after %1 wrong passwords counted within %2 minutes, "
             "for %3; minimum password length %4, complexity %5, history %6?")
              .arg(wanted.lockoutThreshold)
              .arg(m_window->value())
              .arg(m_adDuration->value() == 0 ? tr("until an administrator unlocks")
                                              : tr("%n minute(s)", nullptr, m_adDuration->value()))
              .arg(wanted.minPwdLength)
              .arg(yesNo(m_complexity->isChecked()))
              .arg(wanted.pwdHistoryLength);
    confirmThen(tr("Change the Active Directory policy"), text, [this, c, text] {
        showMessage(true, tr("Applying…"));
        m_conn->withDirectory(
            [this, c, text](const DirectoryConfig &config) {
                auto *job = new PolicyJob(config, c, this);
                connect(job, &DirectoryJob::finished, this, [this, job, text](const DirectoryOutcome &o) {
                    job->deleteLater();
                    m_conn->noteDirectoryOutcome(o);
                    const QString report
                        = o.ok() ? tr("Done: the domain policy was changed and read back.") : o.message;
                    showMessage(o.ok(), report);
                    if (o.ok()) {
                        m_policy = job->policy();
                        fillDomainEditors();
                    }
                    AuditEntry entry;
                    entry.profile = m_conn->profileName();
                    entry.action = QStringLiteral("directory.policy-set");
                    entry.target = m_policy.domainDn;
                    entry.result = o.ok() ? AuditEntry::resultOk() : AuditEntry::resultFailed();
                    entry.detail
                        = o.ok() ? text : o.message + QStringLiteral(" (") + o.detail + QLatin1Char(')');
                    writeAudit(entry);
                    emit applied(o.ok());
                });
                job->start();
            },
            [this](const QString &why) {
                showMessage(false, why);
                emit applied(false);
            });
    });
}

void LockoutPoliciesPage::confirmThen(const QString &title, const QString &text, std::function<void()> run)
{
    if (m_autoConfirm) {
        run();
        return;
    }
    auto *box
        = new QMessageBox(QMessageBox::Question, title, text, QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setDefaultButton(QMessageBox::Cancel);
    box->button(QMessageBox::Yes)->setText(tr("Apply"));
    connect(box, &QMessageBox::finished, this, [run](int r) {
        if (r == QMessageBox::Yes)
            run();
    });
    box->open();
}

void LockoutPoliciesPage::writeAudit(const AuditEntry &entry)
{
    QString error;
    if (!AuditLog(m_auditPath).append(entry, &error))
        showMessage(false, error);
}

} // namespace zaindari
