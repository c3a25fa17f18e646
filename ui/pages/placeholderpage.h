#pragma once
// A page whose content arrives with a later version: an icon, the page's purpose, and why it is
// empty (no profile yet, not connected yet, or not built yet).

#include "page.h"

class QLabel;

namespace zaindari {

class PlaceholderPage : public Page
{
    Q_OBJECT
public:
    explicit PlaceholderPage(QWidget *parent = nullptr);

    void setProfile(const std::optional<Profile> &profile) override;
    QString refresh() override;

    QString headingText() const;
    QString bodyText() const;

protected:
    // What the page will show, one or two sentences.
    virtual QString purpose() const = 0;
    void retranslateUi() override;
    // Derived constructors call this once their vtable is complete.
    void init();

private:
    QLabel *m_icon;
    QLabel *m_heading;
    QLabel *m_purpose;
    QLabel *m_state;
    bool m_hasProfile = false;
};

} // namespace zaindari
