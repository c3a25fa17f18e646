#include "containmentsection.h"

#include "profiles/validation.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

namespace zaindari {

ContainmentSection::ContainmentSection(QWidget *parent)
    : EditorSection(parent)
    , m_auto(new QCheckBox(this))
    , m_threshold(new QSpinBox(this))
    , m_queue(new QComboBox(this))
    , m_directory(new QComboBox(this))
    , m_restart(new QCheckBox(this))
    , m_forwarding(new QCheckBox(this))
{
    auto *outer = new QVBoxLayout(this);
    auto *intro = new QLabel(this);
    intro->setWordWrap(true);
    outer->addWidget(intro);
    outer->addWidget(m_auto);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    // An out-of-range value from an imported profile is clamped by the spin box; load() says so
    // under the field.
    m_threshold->setRange(ContainSettings::MinThreshold, ContainSettings::MaxThreshold);
    auto *thresholdLabel = new QLabel(this);
    form->addRow(thresholdLabel, withError(m_threshold, &m_thresholdError));
    auto *queueLabel = new QLabel(this);
    form->addRow(queueLabel, m_queue);
    auto *directoryLabel = new QLabel(this);
    form->addRow(directoryLabel, m_directory);
    outer->addLayout(form);
    outer->addWidget(m_restart);
    outer->addWidget(m_forwarding);
    outer->addStretch(1);

    m_auto->setObjectName(QStringLiteral("autoContain"));
    m_threshold->setObjectName(QStringLiteral("autoContainThreshold"));
    m_queue->setObjectName(QStringLiteral("autoContainQueue"));
    m_directory->setObjectName(QStringLiteral("autoContainDirectory"));
    m_restart->setObjectName(QStringLiteral("autoContainRestartMta"));
    m_forwarding->setObjectName(QStringLiteral("autoContainRemoveForwarding"));

    connect(m_auto, &QCheckBox::toggled, this, [this] {
        updateEnabled();
        emit edited();
    });
    connect(m_threshold, &QSpinBox::valueChanged, this, &EditorSection::edited);
    connect(m_queue, &QComboBox::activated, this, &EditorSection::edited);
    connect(m_directory, &QComboBox::activated, this, &EditorSection::edited);
    for (QCheckBox *b : {m_restart, m_forwarding})
        connect(b, &QCheckBox::toggled, this, &EditorSection::edited);

    onRetranslate([=] {
        intro->setText(tr("The command line's “watch --auto-contain” can contain a login of this "
                          "profile on its own when it sends too much, without asking anyone. It "
                          "does so only when you turn it on here, once per login and watch."));
        m_auto->setText(tr("Contain &automatically"));
        m_auto->setToolTip(tr("Off: watch --auto-contain refuses to run with this profile."));
        thresholdLabel->setText(tr("&Threshold:"));
        thresholdLabel->setBuddy(m_threshold);
        //: Suffix of the threshold field, after the number
        m_threshold->setSuffix(tr(" messages a minute"));
        m_threshold->setToolTip(tr("A login already flagged by the detector is contained when it sends this "
                                   "many messages within one minute. Independent of the alert threshold."));
        queueLabel->setText(tr("&Queued mail:"));
        queueLabel->setBuddy(m_queue);
        const int q = m_queue->currentIndex();
        m_queue->clear();
        m_queue->addItem(tr("Hold (can be released)"), int(ContainQueueAction::Hold));
        m_queue->addItem(tr("Delete (cannot be undone)"), int(ContainQueueAction::Delete));
        m_queue->setCurrentIndex(q < 0 ? 0 : q);
        m_queue->setToolTip(tr("What happens to the login's messages still in the queues."));
        directoryLabel->setText(tr("&Directory account:"));
        directoryLabel->setBuddy(m_directory);
        const int d = m_directory->currentIndex();
        m_directory->clear();
        m_directory->addItem(tr("Disable (undone by enabling it)"), int(ContainDirectoryAction::Disable));
        m_directory->addItem(tr("Reset the password (printed once by the watch)"),
                             int(ContainDirectoryAction::ResetPassword));
        m_directory->addItem(tr("Leave as it is"), int(ContainDirectoryAction::Leave));
        m_directory->setCurrentIndex(d < 0 ? 0 : d);
        m_directory->setToolTip(tr("Disabling is reversible and leaves no new password to hand over; a "
                                   "reset sets “must change at next logon”."));
        m_restart->setText(tr("&Restart Postfix when the login has an open SMTP session"));
        m_restart->setToolTip(tr("A session that is already open outlives the submission block. Stopping "
                                 "and starting Postfix ends it, and every other open session on the host."));
        m_forwarding->setText(tr("Remove &forwarding set on the account"));
        m_forwarding->setToolTip(
            tr("Clears forwarding addresses and the redirects of its mail filters, which "
               "an attacker sets to keep reading the mail."));
    });
    updateEnabled();
}

QString ContainmentSection::title() const
{
    return tr("Containment");
}

void ContainmentSection::updateEnabled()
{
    const bool on = m_auto->isChecked();
    for (QWidget *w :
         std::initializer_list<QWidget *> {m_threshold, m_queue, m_directory, m_restart, m_forwarding})
        w->setEnabled(on);
}

void ContainmentSection::load(const Profile &profile)
{
    const ContainSettings &c = profile.containment;
    const QSignalBlocker b1(m_auto), b2(m_threshold), b3(m_restart), b4(m_forwarding);
    m_auto->setChecked(c.autoContain);
    m_threshold->setValue(c.autoThresholdPerMinute);
    m_queue->setCurrentIndex(qMax(0, m_queue->findData(int(c.queue))));
    m_directory->setCurrentIndex(qMax(0, m_directory->findData(int(c.directory))));
    m_restart->setChecked(c.restartMtaWhenSessionsOpen);
    m_forwarding->setChecked(c.removeForwarding);
    setError(m_thresholdError, validateContainThreshold(c.autoThresholdPerMinute));
    updateEnabled();
}

void ContainmentSection::apply(Profile &profile) const
{
    ContainSettings &c = profile.containment;
    c.autoContain = m_auto->isChecked();
    c.autoThresholdPerMinute = m_threshold->value();
    c.queue = ContainQueueAction(m_queue->currentData().toInt());
    c.directory = ContainDirectoryAction(m_directory->currentData().toInt());
    c.restartMtaWhenSessionsOpen = m_restart->isChecked();
    c.removeForwarding = m_forwarding->isChecked();
}

bool ContainmentSection::validate()
{
    return setError(m_thresholdError, validateContainThreshold(m_threshold->value()));
}

} // namespace zaindari
