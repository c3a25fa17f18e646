// ContainmentDialog: the plan view, the run with its per-step states, the failure question,
// the summary, the password shown once, and Undo.
#include "containmentdialog.h"

#include "directory/directorytypes.h"

#include <QCheckBox>
#include <QCloseEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollBar>
#include <QStyle>
#include <QTextBrowser>
#include <QTreeWidget>

#include <algorithm>

namespace zaindari {

namespace {
constexpr int StepRole = Qt::UserRole + 1;
} // namespace

void ContainmentDialog::setDetectedAt(const QDateTime &utc)
{
    m_detectedAt = utc;
    //: %1 is a date and time
    m_detected->setText(tr("The send-rate alert flagged this login at %1.")
                            .arg(QLocale().toString(utc.toLocalTime(), QLocale::ShortFormat)));
    m_detected->setVisible(utc.isValid());
}

void ContainmentDialog::showPlan(const ContainmentPlan &plan)
{
    m_steps->clear();
    for (const PlannedStep &s : plan.steps) {
        auto *item = new QTreeWidgetItem(m_steps, {containStepTitle(s.step), tr("Not run yet")});
        item->setData(0, StepRole, int(s.step));
        QFont f = item->font(0);
        f.setBold(true);
        item->setFont(0, f);
        for (const QString &t : s.touches) {
            auto *child = new QTreeWidgetItem(item, {t});
            child->setToolTip(0, t);
        }
    }
    if (!plan.problems.isEmpty()) {
        auto *item = new QTreeWidgetItem(m_steps, {tr("What the preview could not read")});
        item->setIcon(0, style()->standardIcon(QStyle::SP_MessageBoxWarning));
        for (const QString &p : plan.problems) {
            auto *child = new QTreeWidgetItem(item, {p});
            child->setToolTip(0, p);
        }
    }
    m_steps->expandAll();
    if (plan.liveSessions.isEmpty()) {
        m_sessions->setText(tr("No open SMTP session of this login was seen when the plan was made."));
    } else {
        QStringList lines;
        //: %n is a number of SMTP sessions
        lines << tr("%n open SMTP session(s) of this login were seen when the plan was made:", nullptr,
                    int(plan.liveSessions.size()));
        for (const LiveSession &s : plan.liveSessions)
            //: %1 host, %2 process id, %3 Postfix service, %4 time of its last log line
            lines << tr("%1: process %2 (%3), last seen %4")
                         .arg(s.host, QString::number(s.pid), s.service,
                              QLocale().toString(s.lastSeen.toLocalTime(), QLocale::ShortFormat));
        m_sessions->setText(lines.join(QLatin1Char('\n')));
    }
}

QTreeWidgetItem *ContainmentDialog::itemFor(ContainStep step) const
{
    for (int i = 0; i < m_steps->topLevelItemCount(); ++i) {
        QTreeWidgetItem *it = m_steps->topLevelItem(i);
        if (it->data(0, StepRole).isValid() && it->data(0, StepRole).toInt() == int(step))
            return it;
    }
    return nullptr;
}

void ContainmentDialog::contain()
{
    if (m_state != State::Previewed || !previewIsCurrent())
        return;
    if (m_autoConfirm) {
        runConfirmed();
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Contain the account"), QString(),
                                QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("confirmContain"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    //: %1 is the account
    QString text = tr("Carry out the plan for %1 now? The account is locked and its sessions end at once.")
                       .arg(m_account);
    if (m_delete->isChecked())
        text += QLatin1Char(' ') + tr("Its queued messages are DELETED: this cannot be undone.");
    if (m_restart->isChecked())
        text += QLatin1Char(' ') + tr("Postfix is restarted: every open SMTP session on the host ends.");
    box->setText(text);
    box->setInformativeText(m_plan.previewLines().join(QLatin1Char('\n')));
    QPushButton *yes = box->addButton(tr("&Contain now"), QMessageBox::AcceptRole);
    yes->setObjectName(QStringLiteral("confirmYes"));
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(QMessageBox::Cancel);
    connect(box, &QMessageBox::buttonClicked, this, [this, yes](QAbstractButton *b) {
        if (b == yes && m_state == State::Previewed && previewIsCurrent())
            runConfirmed();
    });
    box->open();
}

void ContainmentDialog::runConfirmed()
{
    ContainmentPlan plan = m_plan;
    if (plan.options.directory == DirectoryChoice::ResetPassword) {
        // Generated only now and handed to the runner; shown once, never written anywhere.
        plan.options.newPassword = generatePassword();
        plan.options.passwordGenerated = true;
    }
    m_result = ContainmentResult();
    m_haveResult = false;
    m_summary->hide();
    for (int i = 0; i < m_steps->topLevelItemCount(); ++i)
        m_steps->topLevelItem(i)->setText(1, tr("Waiting"));
    setState(State::Running);
    m_status->setText(tr("Containing…"));
    m_pendingPassword = plan.options.newPassword;
    m_runner->run(plan);
}

void ContainmentDialog::setStepState(QTreeWidgetItem *item, const StepResult *r, bool running)
{
    if (!item)
        return;
    QStyle::StandardPixmap icon = QStyle::SP_ArrowRight;
    QString state = tr("Running…");
    if (r && r->done) {
        icon = QStyle::SP_DialogApplyButton;
        state = tr("Done");
    } else if (r && r->skipped) {
        icon = QStyle::SP_MediaSkipForward;
        state = tr("Not run");
    } else if (r) {
        icon = QStyle::SP_MessageBoxCritical;
        state = tr("NOT done");
    } else if (!running) {
        return;
    }
    item->setIcon(1, style()->standardIcon(icon));
    item->setText(1, state);
    if (r && !r->detail.isEmpty()) {
        auto *detail = new QTreeWidgetItem({r->detail});
        detail->setToolTip(0, r->detail);
        QFont f = detail->font(0);
        f.setItalic(true);
        detail->setFont(0, f);
        item->insertChild(0, detail);
        item->setExpanded(true);
        m_steps->scrollToItem(detail);
        m_steps->horizontalScrollBar()->setValue(0); // keep the state column in sight
    }
}

void ContainmentDialog::onStepStarted(int index, ContainStep step)
{
    setStepState(itemFor(step), nullptr, true);
    //: %1 step number, %2 number of steps, %3 step title
    m_status->setText(
        tr("Step %1 of %2: %3").arg(index + 1).arg(m_plan.steps.size()).arg(containStepTitle(step)));
}

void ContainmentDialog::onStepFinished(const StepResult &r)
{
    if (m_state == State::Undoing) {
        //: %1 is the title of a containment step that is being reverted
        auto *item = new QTreeWidgetItem(m_steps, {tr("Undo: %1").arg(containStepTitle(r.step))});
        setStepState(item, &r, false);
        return;
    }
    setStepState(itemFor(r.step), &r, false);
}

void ContainmentDialog::onStepFailed(const StepResult &r)
{
    //: %1 step title, %2 what went wrong
    m_questionText->setText(tr("“%1” was NOT done: %2\nStop here, or continue with the remaining steps?")
                                .arg(containStepTitle(r.step), r.detail));
    m_question->show();
    m_goOn->setFocus();
    emit failureQuestionAsked(r);
}

void ContainmentDialog::answerFailure(bool goOn)
{
    if (!m_question->isVisible() || !m_runner)
        return;
    m_question->hide();
    m_runner->resume(goOn);
}

void ContainmentDialog::cancelRun()
{
    if (m_state != State::Running || !m_runner)
        return;
    m_runner->cancel();
    m_cancelButton->setEnabled(false);
    m_status->setText(tr("Cancelling: the running step completes, the rest are not run."));
    if (m_question->isVisible())
        answerFailure(false);
}

void ContainmentDialog::onFinished(const ContainmentResult &r)
{
    m_question->hide();
    showResult(r);
    if (r.passwordReset && !m_pendingPassword.isEmpty())
        showPassword(m_pendingPassword);
    m_pendingPassword.clear();
    setState(State::Finished);
    emit containmentFinished(r);
}

void ContainmentDialog::showResult(const ContainmentResult &result)
{
    m_result = result;
    m_haveResult = true;
    m_summary->setHtml(summaryHtml(result.steps));
    m_summary->show();
    const int failed = int(std::count_if(result.steps.cbegin(), result.steps.cend(),
                                         [](const StepResult &s) { return !s.done; }));
    if (failed == 0)
        m_status->setText(tr("Contained: every step was done."));
    else
        //: %n is the number of steps not done
        m_status->setText(tr("Finished: %n step(s) NOT done, see the summary.", nullptr, failed));
    updateButtons();
}

QString ContainmentDialog::summaryHtml(const QList<StepResult> &steps)
{
    QString html = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\" width=\"100%\">");
    for (const StepResult &s : steps) {
        const QString colour = s.done ? QStringLiteral("#0f5132")
            : s.skipped               ? QStringLiteral("#6c757d")
                                      : QStringLiteral("#842029");
        const QString state = s.done ? tr("done") : s.skipped ? tr("not run") : tr("NOT done");
        html += QStringLiteral("<tr><td valign=\"top\"><b>%1</b></td><td valign=\"top\" style=\"color:%2\">"
                               "<b>%3</b></td><td>%4</td></tr>")
                    .arg(containStepTitle(s.step).toHtmlEscaped(), colour, state.toHtmlEscaped(),
                         s.detail.toHtmlEscaped());
    }
    return html + QStringLiteral("</table>");
}

QString ContainmentDialog::summaryText() const
{
    return m_summary->isVisible() || m_haveResult ? m_summary->toPlainText() : QString();
}

void ContainmentDialog::showPassword(const QString &password)
{
    m_password->setText(password);
    m_password->selectAll();
    m_passwordBox->show();
}

QString ContainmentDialog::shownPassword() const
{
    return m_passwordBox->isVisible() ? m_password->text() : QString();
}

void ContainmentDialog::undo()
{
    if (m_state != State::Finished || !m_runner)
        return;
    setState(State::Undoing);
    m_status->setText(tr("Undoing what can be undone…"));
    m_runner->undo(m_result);
}

void ContainmentDialog::onUndoFinished(const QList<StepResult> &steps)
{
    const int failed
        = int(std::count_if(steps.cbegin(), steps.cend(), [](const StepResult &s) { return !s.done; }));
    setState(State::Undone);
    if (steps.isEmpty())
        m_status->setText(tr("Nothing needed undoing."));
    else if (failed == 0)
        //: %n is the number of undo steps
        m_status->setText(tr("Undone: %n step(s) reverted.", nullptr, int(steps.size())));
    else
        m_status->setText(tr("Undo: %n step(s) could NOT be reverted, see the list.", nullptr, failed));
    m_summary->append(QStringLiteral("<hr/><p><b>%1</b></p>").arg(tr("Undo").toHtmlEscaped())
                      + summaryHtml(steps));
    emit undoDone(steps);
}

void ContainmentDialog::closeEvent(QCloseEvent *event)
{
    if (m_state == State::Running || m_state == State::Undoing) {
        m_status->setText(
            tr("Wait for the running step to end (or cancel the remaining ones) before closing."));
        event->ignore();
        return;
    }
    // The password was shown once; it leaves memory with the dialog.
    m_password->clear();
    QDialog::closeEvent(event);
}

void ContainmentDialog::reject()
{
    if (m_state == State::Running || m_state == State::Undoing)
        return;
    m_password->clear();
    QDialog::reject();
}

} // namespace zaindari
