#pragma once
// Help → About Zaindari: what the program is for, its version, licence and the versions of the
// libraries it runs on (useful in bug reports).

#include <QDialog>

class QLabel;
class QDialogButtonBox;

namespace zaindari {

class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(QWidget *parent = nullptr);
    QString text() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    QLabel *m_title;
    QLabel *m_body;
    QLabel *m_versions;
    QDialogButtonBox *m_buttons;
};

} // namespace zaindari
