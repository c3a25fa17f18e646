#include "passwordresetdialog.h"

#include "directory/directorytypes.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace zaindari {

PasswordResetDialog::PasswordResetDialog(Target target, const QString &account, bool externalAuth,
                                         QWidget *parent)
    : QDialog(parent)
    , m_target(target)
    , m_generate(new QRadioButton(tr("&Generate a strong password"), this))
    , m_typed(new QRadioButton(tr("&Type a password"), this))
    , m_generated(new QLineEdit(this))
    , m_copy(new QPushButton(tr("&Copy"), this))
    , m_regenerate(new QPushButton(tr("&New one"), this))
    , m_first(new QLineEdit(this))
    , m_second(new QLineEdit(this))
    , m_mustChange(new QCheckBox(tr("&Must change at next logon"), this))
    , m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("PasswordResetDialog"));
    setMinimumWidth(560);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(this);
    intro->setWordWrap(true);
    if (target == Target::Zimbra) {
        setWindowTitle(tr("Reset Zimbra password"));
        //: %1 is the account
        intro->setText(tr("Set a new Zimbra password for %1. Its open sessions end as well.").arg(account));
    } else {
        setWindowTitle(tr("Reset Active Directory password"));
        //: %1 is the account
        intro->setText(tr("Set a new Active Directory password for %1. Until the person logs on with it, "
                          "the previous password may keep working for up to an hour on some services "
                          "unless “must change at next logon” is set or the account is disabled.")
                           .arg(account));
    }
    layout->addWidget(intro);
    if (target == Target::Zimbra && externalAuth) {
        auto *warn = new QLabel(this);
        warn->setWordWrap(true);
        warn->setStyleSheet(QStringLiteral("QLabel { background:#fff3cd; padding:6px; }"));
        warn->setText(
            tr("This domain checks passwords in Active Directory: people log in with their directory "
               "password, so the Zimbra password changes nothing for them. Reset the directory "
               "password instead."));
        layout->addWidget(warn);
        auto *dirButton = new QPushButton(tr("Reset the &directory password instead…"), this);
        connect(dirButton, &QPushButton::clicked, this, [this] {
            emit directoryResetRequested();
            reject();
        });
        layout->addWidget(dirButton);
    }

    m_generated->setReadOnly(true);
    m_generated->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_generated->setObjectName(QStringLiteral("generatedPassword"));
    m_generated->setText(generatePassword());
    m_generated->setToolTip(tr("Shown only now: copy it and give it to the person"));
    m_copy->setToolTip(tr("Copy the generated password to the clipboard"));
    m_regenerate->setToolTip(tr("Generate another password"));
    auto *genRow = new QHBoxLayout;
    genRow->addWidget(m_generated, 1);
    genRow->addWidget(m_copy);
    genRow->addWidget(m_regenerate);
    layout->addWidget(m_generate);
    layout->addLayout(genRow);
    layout->addWidget(m_typed);
    auto *form = new QFormLayout;
    m_first->setEchoMode(QLineEdit::Password);
    m_second->setEchoMode(QLineEdit::Password);
    form->addRow(tr("New &password:"), m_first);
    form->addRow(tr("&Repeat:"), m_second);
    layout->addLayout(form);
    m_mustChange->setChecked(true);
    m_mustChange->setToolTip(tr("The person must choose their own password at the next logon"));
    layout->addWidget(m_mustChange);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("QLabel { color:#b00020; }"));
    layout->addWidget(m_problem);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_ok = buttons->addButton(tr("&Reset password"), QDialogButtonBox::AcceptRole);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    m_generate->setChecked(true);
    connect(m_copy, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_generated->text()); });
    connect(m_regenerate, &QPushButton::clicked, this, [this] { m_generated->setText(generatePassword()); });
    for (QRadioButton *r : {m_generate, m_typed})
        connect(r, &QRadioButton::toggled, this, &PasswordResetDialog::updateState);
    for (QLineEdit *e : {m_first, m_second})
        connect(e, &QLineEdit::textChanged, this, &PasswordResetDialog::updateState);
    updateState();
}

QString PasswordResetDialog::password() const
{
    return isGenerated() ? m_generated->text() : m_first->text();
}

bool PasswordResetDialog::mustChange() const
{
    return m_mustChange->isChecked();
}

bool PasswordResetDialog::isGenerated() const
{
    return m_generate->isChecked();
}

void PasswordResetDialog::updateState()
{
    const bool gen = isGenerated();
    m_generated->setEnabled(gen);
    m_copy->setEnabled(gen);
    m_regenerate->setEnabled(gen);
    m_first->setEnabled(!gen);
    m_second->setEnabled(!gen);
    QString problem;
    if (!gen) {
        if (m_first->text().isEmpty())
            problem = tr("Type the new password twice.");
        else if (m_first->text() != m_second->text())
            problem = tr("The two passwords differ.");
        else if (m_target == Target::Directory && !meetsComplexity(m_first->text()))
            problem = tr("Active Directory will probably refuse it: use at least three of upper case, lower "
                         "case, digits and symbols.");
    }
    m_problem->setText(problem);
    m_ok->setEnabled(gen || (!m_first->text().isEmpty() && m_first->text() == m_second->text()));
}

} // namespace zaindari
