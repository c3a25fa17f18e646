#pragma once
#include "placeholderpage.h"

namespace zaindari {

class AuditLogPage : public PlaceholderPage
{
    Q_OBJECT
public:
    explicit AuditLogPage(QWidget *parent = nullptr);
    QString title() const override;
    QIcon icon() const override;

protected:
    QString purpose() const override;
};

} // namespace zaindari
