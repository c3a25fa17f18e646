#pragma once
// A page of the main window's navigation list. Each page knows its own (translated) title and
// icon, so the navigation list and the window title follow a language change.

#include "common/connectiontest.h"
#include "profiles/profile.h"

#include <QIcon>
#include <QWidget>

#include <optional>

namespace zaindari {

class Page : public QWidget
{
    Q_OBJECT
public:
    using QWidget::QWidget;

    virtual QString title() const = 0;
    virtual QIcon icon() const = 0;

    // The profile in use changed (nullopt: none selected).
    virtual void setProfile(const std::optional<Profile> &profile) { Q_UNUSED(profile) }
    // A backend's connection state changed.
    virtual void setBackendState(Backend backend, ConnectionState state, const QString &message)
    {
        Q_UNUSED(backend)
        Q_UNUSED(state)
        Q_UNUSED(message)
    }
    // F5: reload what the page shows. Pages without data say so through the returned sentence.
    virtual QString refresh() { return {}; }

signals:
    void titleChanged();

protected:
    void changeEvent(QEvent *event) override;
    virtual void retranslateUi() = 0;
};

} // namespace zaindari
