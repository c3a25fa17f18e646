#include "hostkeydialog.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFontMetrics>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace zaindari {

HostKeyDialog::HostKeyDialog(const QString &hostName, const SshHostKeyInfo &info, QWidget *parent)
    : QDialog(parent)
    , m_hostName(hostName)
    , m_info(info)
    , m_once(new QPushButton(this))
    , m_remember(new QPushButton(this))
    , m_reject(new QPushButton(this))
{
    setObjectName(QStringLiteral("HostKeyDialog"));
    setWindowTitle(tr("Unknown SSH host key"));
    setModal(true);

    auto *layout = new QVBoxLayout(this);
    // Never narrower than the unwrapped fingerprint: it must be read whole.
    layout->setSizeConstraint(QLayout::SetMinimumSize);
    auto *top = new QHBoxLayout;
    auto *icon = new QLabel(this);
    const int size = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxQuestion, nullptr, this).pixmap(size, size));
    icon->setAlignment(Qt::AlignTop);
    top->addWidget(icon);
    auto *intro = new QLabel(this);
    intro->setWordWrap(true);
    //: %1 is an MTA host name (with port when not 22)
    intro->setText(tr("Zaindari has never connected to %1 before, so it cannot tell whether the "
                      "server is the one you mean. Compare the fingerprint below with the one the "
                      "server's administrator reads on the server (ssh-keygen -lf on the host key) "
                      "before you accept it.")
                       .arg(hostName.toHtmlEscaped()));
    top->addWidget(intro, 1);
    layout->addLayout(top);

    auto *form = new QFormLayout;
    auto addValue = [this, form](const QString &label, const QString &value, bool mono) {
        auto *field = new QLabel(value, this);
        field->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        if (mono)
            field->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        form->addRow(label, field);
        return field;
    };
    //: %1 host, %2 port
    addValue(tr("Host:"), tr("%1, port %2").arg(info.host).arg(info.port), false);
    addValue(tr("Key type:"), info.keyType, true);
    QLabel *fp = addValue(tr("Fingerprint (SHA-256):"), info.fingerprint, true);
    fp->setObjectName(QStringLiteral("fingerprint"));
    fp->setMinimumWidth(QFontMetrics(fp->font()).horizontalAdvance(info.fingerprint + QStringLiteral("MMM")));
    layout->addLayout(form);

    m_once->setText(tr("Accept &once"));
    m_once->setToolTip(tr("Connect this time only; Zaindari asks again next time."));
    m_remember->setText(tr("Accept and re&member"));
    m_remember->setToolTip(tr("Connect and record the key in the profile and in Zaindari's known hosts; "
                              "a different key later is refused."));
    m_reject->setText(tr("&Reject"));
    m_reject->setToolTip(tr("Do not connect."));
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_remember, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_once, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_reject, QDialogButtonBox::RejectRole);
    layout->addWidget(buttons);

    // Rejecting is the safe default: Enter must not trust a key by accident.
    m_reject->setDefault(true);
    m_reject->setFocus();
    connect(m_once, &QPushButton::clicked, this, [this] { done(AcceptedOnce); });
    connect(m_remember, &QPushButton::clicked, this, [this] { done(AcceptedAndRemembered); });
    connect(m_reject, &QPushButton::clicked, this, &QDialog::reject);
}

} // namespace zaindari
