#include "page.h"

#include <QEvent>

namespace zaindari {

void Page::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        emit titleChanged();
    }
    QWidget::changeEvent(event);
}

} // namespace zaindari
