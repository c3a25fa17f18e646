#pragma once
#include "placeholderpage.h"

namespace zaindari {

class LockoutPolicyPage : public PlaceholderPage
{
    Q_OBJECT
public:
    explicit LockoutPolicyPage(QWidget *parent = nullptr);
    QString title() const override;
    QIcon icon() const override;

protected:
    QString purpose() const override;
};

} // namespace zaindari
