#pragma once
// Settings → Preferences…: language and automatic refresh. Applying a language re-installs the
// translators at once; every open window retranslates itself without a restart.

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QSpinBox;

namespace zaindari {

class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PreferencesDialog(QWidget *parent = nullptr);

    QComboBox *languageCombo() const { return m_language; }
    QSpinBox *refreshSpin() const { return m_refresh; }

public slots:
    // Writes the settings and installs the chosen language's catalogues.
    void apply();
    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void load();
    void retranslateUi();

    QLabel *m_languageLabel;
    QComboBox *m_language;
    QLabel *m_languageNote;
    QLabel *m_refreshLabel;
    QSpinBox *m_refresh;
    QLabel *m_timeLabel;
    QComboBox *m_time;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace zaindari
