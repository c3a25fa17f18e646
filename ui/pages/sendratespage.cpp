#include "sendratespage.h"

namespace zaindari {

SendRatesPage::SendRatesPage(QWidget *parent)
    : PlaceholderPage(parent)
{
    init();
}

QString SendRatesPage::title() const
{
    return tr("Send rates");
}

QIcon SendRatesPage::icon() const
{
    return QIcon(QStringLiteral(":/icons/sendrates.svg"));
}

QString SendRatesPage::purpose() const
{
    return tr(
        "Messages sent per account over time, so a captured account that starts sending spam stands out.");
}

} // namespace zaindari
