#pragma once
#include "placeholderpage.h"

namespace zaindari {

class QueuesPage : public PlaceholderPage
{
    Q_OBJECT
public:
    explicit QueuesPage(QWidget *parent = nullptr);
    QString title() const override;
    QIcon icon() const override;

protected:
    QString purpose() const override;
};

} // namespace zaindari
