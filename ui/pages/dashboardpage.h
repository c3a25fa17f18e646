#pragma once
// First page: which profile is in use, what it points at, and the state of each backend.

#include "page.h"

#include <QMap>

class QFormLayout;
class QGroupBox;
class QLabel;
class QPushButton;

namespace zaindari {

class DashboardPage : public Page
{
    Q_OBJECT
public:
    explicit DashboardPage(QWidget *parent = nullptr);

    QString title() const override;
    QIcon icon() const override;
    void setProfile(const std::optional<Profile> &profile) override;
    void setBackendState(Backend backend, ConnectionState state, const QString &message) override;
    QString refresh() override;

    // Summary as "label: value" lines, for tests.
    QString summaryText() const;

signals:
    void manageProfilesRequested();

protected:
    void retranslateUi() override;

private:
    struct BackendRow
    {
        ConnectionState state = ConnectionState::Disconnected;
        QString message;
        QLabel *dot = nullptr;
        QLabel *name = nullptr;
        QLabel *text = nullptr;
    };
    void updateBackendRow(Backend backend);

    std::optional<Profile> m_profile;
    QLabel *m_heading;
    QLabel *m_intro;
    QGroupBox *m_profileBox;
    QFormLayout *m_profileForm;
    QGroupBox *m_backendBox;
    QPushButton *m_manageButton;
    QMap<Backend, BackendRow> m_rows;
};

} // namespace zaindari
