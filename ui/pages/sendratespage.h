#pragma once
#include "placeholderpage.h"

namespace zaindari {

class SendRatesPage : public PlaceholderPage
{
    Q_OBJECT
public:
    explicit SendRatesPage(QWidget *parent = nullptr);
    QString title() const override;
    QIcon icon() const override;

protected:
    QString purpose() const override;
};

} // namespace zaindari
