#pragma once
// Pinned trust tab: the SSH host keys and TLS certificates the technician confirmed, read-only,
// with "Forget" so the next connection asks again.

#include "editorsection.h"

class QPushButton;
class QTableView;

namespace zaindari {

class TrustPinsModel;

class TrustSection : public EditorSection
{
    Q_OBJECT
public:
    explicit TrustSection(QWidget *parent = nullptr);

    void load(const Profile &profile) override;
    void apply(Profile &profile) const override;
    bool validate() override { return true; }
    QString title() const override;

    TrustPinsModel *model() const { return m_model; }

private:
    TrustPinsModel *m_model;
    QTableView *m_view;
    QPushButton *m_forget;
};

} // namespace zaindari
