#pragma once
// Containment tab: whether `watch --auto-contain` may contain a login of this profile on its
// own, at which rate, and what an automatic run does (issue 8). Off by default.

#include "editorsection.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QSpinBox;

namespace zaindari {

class ContainmentSection : public EditorSection
{
    Q_OBJECT
public:
    explicit ContainmentSection(QWidget *parent = nullptr);

    void load(const Profile &profile) override;
    void apply(Profile &profile) const override;
    bool validate() override;
    QString title() const override;

private:
    void updateEnabled();

    QCheckBox *m_auto;
    QSpinBox *m_threshold;
    QLabel *m_thresholdError;
    QComboBox *m_queue;
    QComboBox *m_directory;
    QCheckBox *m_restart;
    QCheckBox *m_forwarding;
};

} // namespace zaindari
