#include "aboutdialog.h"

#include "common/about.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QVBoxLayout>

namespace zaindari {

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
    , m_title(new QLabel(this))
    , m_body(new QLabel(this))
    , m_versions(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    setObjectName(QStringLiteral("AboutDialog"));
    setMinimumWidth(480);
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/zaindari.svg")).pixmap(64, 64));
    icon->setAlignment(Qt::AlignTop);
    top->addWidget(icon);
    auto *texts = new QVBoxLayout;
    QFont f = m_title->font();
    f.setPointSizeF(f.pointSizeF() * 1.5);
    f.setBold(true);
    m_title->setFont(f);
    texts->addWidget(m_title);
    for (QLabel *l : {m_body, m_versions}) {
        l->setWordWrap(true);
        l->setTextInteractionFlags(Qt::TextBrowserInteraction);
        l->setOpenExternalLinks(true);
        texts->addWidget(l);
    }
    top->addLayout(texts, 1);
    top->setSpacing(16);
    layout->addLayout(top);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslateUi();
}

QString AboutDialog::text() const
{
    return m_title->text() + QLatin1Char('\n') + m_body->text() + QLatin1Char('\n') + m_versions->text();
}

void AboutDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void AboutDialog::retranslateUi()
{
    setWindowTitle(tr("About Zaindari"));
    //: %1 is a version number
    m_title->setText(tr("Zaindari %1").arg(about::zaindariVersion()));
    m_body->setText(
        tr("<p>Zaindari watches a school's Zimbra mail server and its Active Directory logins in one "
           "window: mail queues, send rates, failed logins and the lockout policy, and it contains a "
           "phished account in one confirmed action.</p>"
           "<p>Free software under the GNU General Public License, version 3 or later. It comes "
           "with no warranty.</p>"));
    //: %1, %2, %3 are version numbers
    m_versions->setText(tr("<p>Built with Qt %1, libssh %2 and %3.</p>")
                            .arg(about::qtVersion(), about::libsshVersion(), about::libldapVersion()));
}

} // namespace zaindari
