#pragma once
// One tab of the profile editor (SSH, Zimbra admin, Active Directory, pinned trust). A section
// copies a Profile into its fields (load), back into a Profile (apply), and checks its fields
// with the core's validators, showing each problem under the field it concerns.

#include "profiles/profile.h"
#include "profiles/secretstore.h"

#include <QList>
#include <QPair>
#include <QWidget>

#include <functional>

class QLabel;
class QLineEdit;

namespace zaindari {

class EditorSection : public QWidget
{
    Q_OBJECT
public:
    using QWidget::QWidget;

    virtual void load(const Profile &profile) = 0;
    virtual void apply(Profile &profile) const = 0;
    // Shows inline messages; true when every field is acceptable.
    virtual bool validate() = 0;
    // Passwords or passphrases typed in this section (never stored in the profile).
    virtual QList<QPair<SecretKind, QString>> enteredSecrets() const { return {}; }
    virtual void clearSecrets() { }
    virtual void setKeychainAvailable(bool available) { Q_UNUSED(available) }
    // The section's tab title.
    virtual QString title() const = 0;

signals:
    void edited();

protected:
    void changeEvent(QEvent *event) override;

    // Runs `f` now and again on every language change: keeps each tr() next to its widget.
    void onRetranslate(const std::function<void()> &f);
    // `input` with an (initially hidden) error label under it, for a QFormLayout field.
    QWidget *withError(QWidget *input, QLabel **errorLabel);
    // Shows `message` under the field, or hides the label when it is empty; returns true if empty.
    static bool setError(QLabel *errorLabel, const QString &message);
    // A password field: masked, no context-menu copy, tooltip about the keychain.
    QLineEdit *makeSecretEdit();
    void updateSecretPlaceholder(QLineEdit *edit) const;
    bool m_keychainAvailable = true;

private:
    QList<std::function<void()>> m_retranslators;
};

} // namespace zaindari
