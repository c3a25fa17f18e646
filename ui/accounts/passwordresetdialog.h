#pragma once
// New password for one account, for Zimbra (SetPasswordRequest) or Active Directory
// (unicodePwd): a generated strong password shown once with a Copy button, or one typed twice;
// "must change at next logon" on by default. The dialog only collects; the page runs the job.

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace zaindari {

class PasswordResetDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Target { Zimbra, Directory };

    // `externalAuth`: Zimbra accounts whose domain checks passwords in Active Directory.
    PasswordResetDialog(Target target, const QString &account, bool externalAuth, QWidget *parent = nullptr);

    QString password() const;
    bool mustChange() const;
    bool isGenerated() const;
    QLineEdit *generatedField() const { return m_generated; }
    QPushButton *copyButton() const { return m_copy; }

signals:
    // Zimbra with external auth: the technician chose the directory reset instead.
    void directoryResetRequested();

private:
    void updateState();

    Target m_target;
    QRadioButton *m_generate;
    QRadioButton *m_typed;
    QLineEdit *m_generated;
    QPushButton *m_copy;
    QPushButton *m_regenerate;
    QLineEdit *m_first;
    QLineEdit *m_second;
    QCheckBox *m_mustChange;
    QLabel *m_problem;
    QPushButton *m_ok;
};

} // namespace zaindari
