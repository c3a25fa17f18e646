#pragma once
// The containment of one captured account (issue 8), as the technician sees it: the choices,
// a preview of exactly what will be touched (ContainmentRunner::prepare), a confirmed run with a
// state per step, a stop-or-continue question when a step fails, the summary, the generated
// password shown once, Undo and the incident report. Non-modal: everything answers through the
// runner's signals, the GUI thread never waits.
//
// The backends arrive later (passwords and SSH sessions are asked for asynchronously, see
// ContainmentLauncher): until setBackends() the Preview button waits.

#include "incident/containmentrunner.h"

#include <QDateTime>
#include <QDialog>
#include <QPointer>

#include <optional>

class QAbstractButton;
class QButtonGroup;
class QCheckBox;
class QFrame;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QTextBrowser;
class QTreeWidget;
class QTreeWidgetItem;
class QVBoxLayout;

namespace zaindari {

class ContainmentDialog : public QDialog
{
    Q_OBJECT
public:
    enum class State { Connecting, Idle, Previewing, Previewed, Running, Finished, Undoing, Undone };

    explicit ContainmentDialog(const QString &account, QWidget *parent = nullptr);
    ~ContainmentDialog() override;

    QString account() const { return m_account; }
    // When the alert that led here fired (UTC); shown, and passed on to the incident report.
    void setDetectedAt(const QDateTime &utc);
    QDateTime detectedAt() const { return m_detectedAt; }

    // `notes`: translated reasons for backends that could not be opened (their steps fail and
    // say so). Creates the runner; the dialog keeps the backends' pointers for its lifetime.
    void setBackends(const ContainmentBackends &backends, const QStringList &notes = {});
    const ContainmentBackends &backends() const { return m_backends; }
    ContainmentRunner *runner() const { return m_runner; }

    // Tests: the final confirmation answered yes without a question box.
    void setConfirmationsAutoAccepted(bool on) { m_autoConfirm = on; }

    ContainmentOptions currentOptions() const;
    State state() const { return m_state; }
    bool previewIsCurrent() const;
    const ContainmentPlan &plan() const { return m_plan; }
    const ContainmentResult &result() const { return m_result; }
    QString summaryText() const;
    QString shownPassword() const;

    // Renders the per-step summary ("done", "NOT done", "not run", each with its detail).
    void showResult(const ContainmentResult &result);
    static QString summaryHtml(const QList<StepResult> &steps);

public slots:
    void preview();
    void contain(); // asks the final confirmation, then runs
    void cancelRun();
    void undo();
    void answerFailure(bool goOn);

signals:
    void previewShown(const zaindari::ContainmentPlan &plan);
    void containmentFinished(const zaindari::ContainmentResult &result);
    void undoDone(const QList<zaindari::StepResult> &steps);
    void failureQuestionAsked(const zaindari::StepResult &failed);
    void reportRequested(const zaindari::ContainmentResult &result, const QDateTime &detectedAt);

protected:
    void closeEvent(QCloseEvent *event) override;
    void reject() override;

private:
    void buildUi();
    void buildOptions(QVBoxLayout *layout);
    void buildRunArea(QVBoxLayout *layout);
    void setState(State s);
    void updateButtons();
    void onPlanReady(const ContainmentPlan &plan);
    void showPlan(const ContainmentPlan &plan);
    void runConfirmed();
    void onStepStarted(int index, ContainStep step);
    void onStepFinished(const StepResult &r);
    void onStepFailed(const StepResult &r);
    void onFinished(const ContainmentResult &r);
    void onUndoFinished(const QList<StepResult> &steps);
    void setStepState(QTreeWidgetItem *item, const StepResult *r, bool running);
    QTreeWidgetItem *itemFor(ContainStep step) const;
    void showPassword(const QString &password);

    QString m_account;
    QDateTime m_detectedAt;
    ContainmentBackends m_backends;
    ContainmentRunner *m_runner = nullptr;
    ContainmentPlan m_plan;
    ContainmentResult m_result;
    std::optional<ContainmentOptions> m_previewed; // the choices the shown plan was made for
    State m_state = State::Connecting;
    bool m_defaultsApplied = false;
    bool m_autoConfirm = false;
    bool m_haveResult = false;
    QString m_pendingPassword; // between run() and finished(); then only in the field

    QRadioButton *m_hold = nullptr;
    QRadioButton *m_delete = nullptr;
    QLabel *m_deleteWarning = nullptr;
    QRadioButton *m_reset = nullptr;
    QRadioButton *m_disable = nullptr;
    QRadioButton *m_leave = nullptr;
    QCheckBox *m_forwarding = nullptr;
    QCheckBox *m_restart = nullptr;
    QLabel *m_restartHelp = nullptr;
    QLabel *m_sessions = nullptr;
    QLabel *m_notes = nullptr;
    QLabel *m_detected = nullptr;
    QTreeWidget *m_steps = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QFrame *m_question = nullptr;
    QLabel *m_questionText = nullptr;
    QPushButton *m_stop = nullptr;
    QPushButton *m_goOn = nullptr;
    QFrame *m_passwordBox = nullptr;
    QLineEdit *m_password = nullptr;
    QPushButton *m_copy = nullptr;
    QTextBrowser *m_summary = nullptr;
    QPushButton *m_previewButton = nullptr;
    QPushButton *m_containButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QPushButton *m_undoButton = nullptr;
    QPushButton *m_reportButton = nullptr;
    QPushButton *m_closeButton = nullptr;
};

} // namespace zaindari
