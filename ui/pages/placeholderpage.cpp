#include "placeholderpage.h"

#include <QLabel>
#include <QVBoxLayout>

namespace zaindari {

PlaceholderPage::PlaceholderPage(QWidget *parent)
    : Page(parent)
    , m_icon(new QLabel(this))
    , m_heading(new QLabel(this))
    , m_purpose(new QLabel(this))
    , m_state(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 32, 32, 32);
    layout->setSpacing(12);
    layout->addStretch(1);
    m_icon->setAlignment(Qt::AlignCenter);
    m_icon->setPixmap(QIcon(QStringLiteral(":/icons/later.svg")).pixmap(72, 72));
    layout->addWidget(m_icon);
    QFont f = m_heading->font();
    f.setPointSizeF(f.pointSizeF() * 1.4);
    f.setBold(true);
    m_heading->setFont(f);
    for (QLabel *l : {m_heading, m_purpose, m_state}) {
        l->setAlignment(Qt::AlignCenter);
        l->setWordWrap(true);
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
        layout->addWidget(l);
    }
    m_state->setForegroundRole(QPalette::PlaceholderText);
    layout->addStretch(2);
}

void PlaceholderPage::init()
{
    retranslateUi();
}

void PlaceholderPage::setProfile(const std::optional<Profile> &profile)
{
    m_hasProfile = profile.has_value();
    retranslateUi();
}

QString PlaceholderPage::refresh()
{
    //: %1 is a page title such as "Queues"
    return tr("%1: nothing to refresh yet; this page arrives with a later version.").arg(title());
}

QString PlaceholderPage::headingText() const
{
    return m_heading->text();
}

QString PlaceholderPage::bodyText() const
{
    return m_purpose->text() + QLatin1Char('\n') + m_state->text();
}

void PlaceholderPage::retranslateUi()
{
    m_heading->setText(title());
    m_purpose->setText(purpose());
    if (m_hasProfile) {
        m_state->setText(tr("Not connected yet. This page arrives with a later version of Zaindari."));
    } else {
        m_state->setText(tr("No profile is selected. Create one with File → Profiles… "
                            "to tell Zaindari where your servers are."));
    }
}

} // namespace zaindari
