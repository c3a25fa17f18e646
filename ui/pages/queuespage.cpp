#include "queuespage.h"

namespace zaindari {

QueuesPage::QueuesPage(QWidget *parent)
    : PlaceholderPage(parent)
{
    init();
}

QString QueuesPage::title() const
{
    return tr("Queues");
}

QIcon QueuesPage::icon() const
{
    return QIcon(QStringLiteral(":/icons/queues.svg"));
}

QString QueuesPage::purpose() const
{
    return tr("The mail queues of every MTA host: how many messages wait, for whom, and why. Hold, release "
              "or delete messages from here.");
}

} // namespace zaindari
