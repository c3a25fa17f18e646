#include "containmentdialog.h"

#include <QApplication>
#include <QButtonGroup>
#include <QCheckBox>
#include <QClipboard>
#include <QCloseEvent>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace zaindari {

namespace {

QLabel *helpLabel(QWidget *parent)
{
    auto *l = new QLabel(parent);
    l->setWordWrap(true);
    l->setContentsMargins(22, 0, 0, 4);
    QPalette p = l->palette();
    p.setColor(QPalette::WindowText, p.color(QPalette::PlaceholderText));
    l->setPalette(p);
    return l;
}

QFrame *noticeFrame(QWidget *parent, const char *name, const QString &colour)
{
    auto *f = new QFrame(parent);
    f->setObjectName(QLatin1String(name));
    f->setFrameShape(QFrame::StyledPanel);
    f->setStyleSheet(
        QStringLiteral("QFrame#%1 { background:%2; border-radius:4px; }").arg(QLatin1String(name), colour));
    f->hide();
    return f;
}

} // namespace

ContainmentDialog::ContainmentDialog(const QString &account, QWidget *parent)
    : QDialog(parent)
    , m_account(account)
{
    setObjectName(QStringLiteral("ContainmentDialog"));
    //: %1 is the account
    setWindowTitle(tr("Contain %1").arg(account));
    setWindowModality(Qt::NonModal);
    buildUi();
    setState(State::Connecting);
}

ContainmentDialog::~ContainmentDialog() = default;

void ContainmentDialog::buildUi()
{
    setMinimumSize(720, 640);
    auto *layout = new QVBoxLayout(this);
    auto *heading = new QLabel(this);
    heading->setObjectName(QStringLiteral("heading"));
    heading->setWordWrap(true);
    heading->setTextFormat(Qt::RichText);
    //: %1 is the account (bold)
    heading->setText(tr("Contain the captured account <b>%1</b>: lock it, cut its sessions, stop its mail "
                        "and secure its directory account. Nothing runs before you preview the plan and "
                        "confirm it.")
                         .arg(m_account.toHtmlEscaped()));
    layout->addWidget(heading);
    m_detected = new QLabel(this);
    m_detected->setObjectName(QStringLiteral("detectedAt"));
    m_detected->hide();
    layout->addWidget(m_detected);
    buildOptions(layout);
    buildRunArea(layout);
}

void ContainmentDialog::buildOptions(QVBoxLayout *layout)
{
    auto *options = new QGroupBox(tr("Choices"), this);
    auto *outer = new QVBoxLayout(options);
    auto *grid = new QHBoxLayout;
    outer->addLayout(grid);
    auto *left = new QVBoxLayout;
    auto *right = new QVBoxLayout;
    grid->addLayout(left, 1);
    grid->addLayout(right, 1);
    // The two long options below get the whole width (translations run longer).
    auto *also = new QVBoxLayout;
    outer->addLayout(also);

    left->addWidget(new QLabel(tr("<b>Queued mail of the account</b>"), options));
    m_hold = new QRadioButton(tr("&Hold it (can be released later)"), options);
    m_hold->setObjectName(QStringLiteral("queueHold"));
    m_hold->setToolTip(tr("Moves the account's messages to the hold queue: nothing is sent, Undo releases "
                          "them."));
    m_delete = new QRadioButton(tr("De&lete it"), options);
    m_delete->setObjectName(QStringLiteral("queueDelete"));
    m_delete->setToolTip(tr("Removes the account's messages from every queue for good."));
    m_hold->setChecked(true);
    m_deleteWarning = new QLabel(tr("Deleted messages cannot be brought back: Undo cannot restore them, "
                                    "and they are gone as evidence too."),
                                 options);
    m_deleteWarning->setObjectName(QStringLiteral("deleteWarning"));
    m_deleteWarning->setWordWrap(true);
    m_deleteWarning->setStyleSheet(
        QStringLiteral("QLabel { background:#f8d7da; color:#58151c; padding:4px; }"));
    m_deleteWarning->hide();
    auto *queueGroup = new QButtonGroup(this);
    queueGroup->addButton(m_hold);
    queueGroup->addButton(m_delete);
    left->addWidget(m_hold);
    left->addWidget(m_delete);
    left->addWidget(m_deleteWarning);
    left->addStretch(1);

    right->addWidget(new QLabel(tr("<b>Directory account</b>"), options));
    m_reset = new QRadioButton(tr("&Reset the password (generated, must change)"), options);
    m_reset->setObjectName(QStringLiteral("directoryReset"));
    m_reset->setToolTip(tr("A strong password is generated and shown once; the person must change it at "
                           "the next logon, so the captured password stops working."));
    m_disable = new QRadioButton(tr("D&isable the account"), options);
    m_disable->setObjectName(QStringLiteral("directoryDisable"));
    m_disable->setToolTip(tr("Nobody can log on with the account until it is enabled again (Undo does)."));
    m_leave = new QRadioButton(tr("Lea&ve it as it is"), options);
    m_leave->setObjectName(QStringLiteral("directoryLeave"));
    m_reset->setChecked(true);
    auto *dirGroup = new QButtonGroup(this);
    for (QRadioButton *b : {m_reset, m_disable, m_leave}) {
        dirGroup->addButton(b);
        right->addWidget(b);
    }
    right->addStretch(1);

    also->addWidget(new QLabel(tr("<b>Also</b>"), options));
    m_forwarding = new QCheckBox(tr("Remove &forwarding"), options);
    m_forwarding->setObjectName(QStringLiteral("removeForwarding"));
    m_forwarding->setToolTip(tr("Clears the account's forwarding addresses and the redirects in its mail "
                                "filters: an attacker often adds one to keep reading the mail."));
    also->addWidget(m_forwarding);
    m_restart = new QCheckBox(
        tr("Restart &Postfix to end open SMTP sessions (ends every session on the host)"), options);
    m_restart->setObjectName(QStringLiteral("restartMta"));
    also->addWidget(m_restart);
    m_restartHelp = helpLabel(options);
    m_restartHelp->setText(
        tr("Locking the account and refusing the login stop new logins, but an SMTP session "
           "that is already open keeps sending until it ends. Stopping and starting Postfix "
           "ends it, and also every other open session on the host: other people's mail "
           "programs reconnect and send again a moment later."));
    also->addWidget(m_restartHelp);
    m_sessions = helpLabel(options);
    m_sessions->setObjectName(QStringLiteral("liveSessions"));
    also->addWidget(m_sessions);
    layout->addWidget(options);

    auto invalidate = [this] {
        m_deleteWarning->setVisible(m_delete->isChecked());
        updateButtons();
    };
    for (QAbstractButton *b : std::initializer_list<QAbstractButton *> {m_hold, m_delete, m_reset, m_disable,
                                                                        m_leave, m_forwarding, m_restart})
        connect(b, &QAbstractButton::toggled, this, invalidate);
}

void ContainmentDialog::buildRunArea(QVBoxLayout *layout)
{
    m_notes = new QLabel(this);
    m_notes->setObjectName(QStringLiteral("backendNotes"));
    m_notes->setWordWrap(true);
    m_notes->setStyleSheet(QStringLiteral("QLabel { background:#fff3cd; color:#664d03; padding:4px; }"));
    m_notes->hide();
    layout->addWidget(m_notes);

    m_steps = new QTreeWidget(this);
    m_steps->setObjectName(QStringLiteral("steps"));
    m_steps->setColumnCount(2);
    m_steps->setHeaderLabels({tr("Step and what it touches"), tr("State")});
    // Commands and DNs are read exactly: never elided, scrolled sideways instead; the state
    // column is shown first so it stays in sight.
    m_steps->header()->setStretchLastSection(false);
    m_steps->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_steps->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_steps->header()->moveSection(1, 0);
    m_steps->setTreePosition(0);
    m_steps->setTextElideMode(Qt::ElideNone);
    m_steps->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    layout->addWidget(m_steps, 3);

    auto *statusRow = new QHBoxLayout;
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("progress"));
    m_progress->setMaximumWidth(160);
    m_progress->setTextVisible(false);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    statusRow->addWidget(m_progress);
    statusRow->addWidget(m_status, 1);
    layout->addLayout(statusRow);

    m_question = noticeFrame(this, "failureQuestion", QStringLiteral("#fff3cd"));
    auto *q = new QHBoxLayout(m_question);
    m_questionText = new QLabel(m_question);
    m_questionText->setWordWrap(true);
    m_questionText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_stop = new QPushButton(tr("&Stop here"), m_question);
    m_stop->setObjectName(QStringLiteral("stopButton"));
    m_stop->setToolTip(tr("The remaining steps are not run; the summary says so."));
    m_goOn = new QPushButton(tr("Co&ntinue"), m_question);
    m_goOn->setObjectName(QStringLiteral("continueButton"));
    m_goOn->setToolTip(tr("Runs the remaining steps anyway."));
    q->addWidget(m_questionText, 1);
    q->addWidget(m_stop);
    q->addWidget(m_goOn);
    connect(m_stop, &QPushButton::clicked, this, [this] { answerFailure(false); });
    connect(m_goOn, &QPushButton::clicked, this, [this] { answerFailure(true); });
    layout->addWidget(m_question);

    m_passwordBox = noticeFrame(this, "passwordBox", QStringLiteral("#d1e7dd"));
    auto *p = new QHBoxLayout(m_passwordBox);
    auto *pl = new QLabel(tr("New &password (shown only now, stored nowhere):"), m_passwordBox);
    pl->setWordWrap(true);
    m_password = new QLineEdit(m_passwordBox);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setReadOnly(true);
    m_password->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_password->setMinimumWidth(220);
    pl->setBuddy(m_password);
    m_copy = new QPushButton(tr("C&opy"), m_passwordBox);
    m_copy->setObjectName(QStringLiteral("copyPassword"));
    m_copy->setToolTip(tr("Copies the password to the clipboard, to hand it to the person."));
    connect(m_copy, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_password->text()); });
    p->addWidget(pl, 1);
    p->addWidget(m_password);
    p->addWidget(m_copy);
    layout->addWidget(m_passwordBox);

    m_summary = new QTextBrowser(this);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setMinimumHeight(90);
    m_summary->hide();
    layout->addWidget(m_summary, 2);

    auto *box = new QDialogButtonBox(this);
    m_previewButton = box->addButton(tr("Pre&view"), QDialogButtonBox::ActionRole);
    m_previewButton->setObjectName(QStringLiteral("previewButton"));
    m_previewButton->setToolTip(tr("Reads the account, its directory object and the queues, and lists what "
                                   "the containment would touch. Changes nothing."));
    m_containButton = box->addButton(tr("&Contain…"), QDialogButtonBox::ActionRole);
    m_containButton->setObjectName(QStringLiteral("containButton"));
    m_containButton->setToolTip(tr("Carries out the previewed plan, after one more confirmation."));
    m_cancelButton = box->addButton(tr("Cancel &remaining steps"), QDialogButtonBox::ActionRole);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    m_cancelButton->setToolTip(tr("Stops after the step that is running; it completes and is reported."));
    m_undoButton = box->addButton(tr("&Undo"), QDialogButtonBox::ActionRole);
    m_undoButton->setObjectName(QStringLiteral("undoButton"));
    m_undoButton->setToolTip(tr("Unlocks the account, enables the directory account, releases the held "
                                "mail and lifts the submission block. A reset password stays reset."));
    m_reportButton = box->addButton(tr("Incident &report…"), QDialogButtonBox::ActionRole);
    m_reportButton->setObjectName(QStringLiteral("reportButton"));
    m_reportButton->setToolTip(
        tr("Timeline, messages and steps of this incident; saved next to the audit log."));
    m_closeButton = box->addButton(QDialogButtonBox::Close);
    m_closeButton->setObjectName(QStringLiteral("closeButton"));
    connect(m_previewButton, &QPushButton::clicked, this, &ContainmentDialog::preview);
    connect(m_containButton, &QPushButton::clicked, this, &ContainmentDialog::contain);
    connect(m_cancelButton, &QPushButton::clicked, this, &ContainmentDialog::cancelRun);
    connect(m_undoButton, &QPushButton::clicked, this, &ContainmentDialog::undo);
    connect(m_reportButton, &QPushButton::clicked, this,
            [this] { emit reportRequested(m_result, m_detectedAt); });
    connect(m_closeButton, &QPushButton::clicked, this, &ContainmentDialog::close);
    layout->addWidget(box);
}

void ContainmentDialog::setBackends(const ContainmentBackends &backends, const QStringList &notes)
{
    m_backends = backends;
    delete m_runner;
    m_runner = new ContainmentRunner(m_backends, this);
    m_runner->setAskOnFailure(true);
    connect(m_runner, &ContainmentRunner::planReady, this, &ContainmentDialog::onPlanReady);
    connect(m_runner, &ContainmentRunner::progressed, m_status, &QLabel::setText);
    connect(m_runner, &ContainmentRunner::stepStarted, this, &ContainmentDialog::onStepStarted);
    connect(m_runner, &ContainmentRunner::stepFinished, this, &ContainmentDialog::onStepFinished);
    connect(m_runner, &ContainmentRunner::stepFailed, this, &ContainmentDialog::onStepFailed);
    connect(m_runner, &ContainmentRunner::finished, this, &ContainmentDialog::onFinished);
    connect(m_runner, &ContainmentRunner::undoFinished, this, &ContainmentDialog::onUndoFinished);
    m_notes->setText(notes.join(QLatin1Char('\n')));
    m_notes->setVisible(!notes.isEmpty());
    setState(State::Idle);
    m_status->setText(tr("Ready: preview the plan."));
}

ContainmentOptions ContainmentDialog::currentOptions() const
{
    ContainmentOptions o;
    o.account = m_account;
    o.queue = m_delete->isChecked() ? QueueChoice::Delete : QueueChoice::Hold;
    o.directory = m_disable->isChecked() ? DirectoryChoice::Disable
        : m_leave->isChecked()           ? DirectoryChoice::Skip
                                         : DirectoryChoice::ResetPassword;
    o.removeForwarding = m_forwarding->isChecked();
    o.restartMta = m_restart->isChecked();
    return o;
}

bool ContainmentDialog::previewIsCurrent() const
{
    if (!m_previewed)
        return false;
    const ContainmentOptions o = currentOptions();
    return o.queue == m_previewed->queue && o.directory == m_previewed->directory
        && o.removeForwarding == m_previewed->removeForwarding && o.restartMta == m_previewed->restartMta;
}

void ContainmentDialog::setState(State s)
{
    m_state = s;
    const bool busy
        = s == State::Connecting || s == State::Previewing || s == State::Running || s == State::Undoing;
    m_progress->setRange(0, busy ? 0 : 1);
    m_progress->setValue(busy ? 0 : 1);
    m_progress->setVisible(busy);
    if (s == State::Connecting)
        m_status->setText(tr("Connecting to the profile's servers…"));
    updateButtons();
}

void ContainmentDialog::updateButtons()
{
    const bool choosing = m_state == State::Idle || m_state == State::Previewed;
    for (QWidget *w : std::initializer_list<QWidget *> {m_hold, m_delete, m_reset, m_disable, m_leave,
                                                        m_forwarding, m_restart})
        w->setEnabled(choosing);
    m_previewButton->setEnabled(choosing);
    m_containButton->setEnabled(m_state == State::Previewed && previewIsCurrent());
    if (m_state == State::Previewed && !previewIsCurrent())
        m_status->setText(tr("The choices changed: preview again before containing."));
    m_cancelButton->setEnabled(m_state == State::Running);
    m_cancelButton->setVisible(m_state == State::Running);
    m_undoButton->setVisible(m_state == State::Finished || m_state == State::Undoing
                             || m_state == State::Undone);
    // Only what a run changed can be undone: the lock, the disabled account, the held mail and
    // the submission block (a reset password stays reset, deleted mail stays deleted).
    const bool reversible = m_result.zimbraLocked || m_result.directoryDisabled || !m_result.held.isEmpty()
        || !m_result.blockedHosts.isEmpty();
    m_undoButton->setEnabled(m_state == State::Finished && reversible);
    m_reportButton->setVisible(m_haveResult);
    m_reportButton->setEnabled(m_haveResult && m_state != State::Running && m_state != State::Undoing);
    m_closeButton->setEnabled(m_state != State::Running && m_state != State::Undoing);
}

void ContainmentDialog::preview()
{
    if (!m_runner || !(m_state == State::Idle || m_state == State::Previewed))
        return;
    setState(State::Previewing);
    m_status->setText(tr("Reading the account, the directory and the queues…"));
    m_runner->prepare(currentOptions());
}

void ContainmentDialog::onPlanReady(const ContainmentPlan &plan)
{
    if (m_state != State::Previewing)
        return;
    if (!m_defaultsApplied) {
        // Suggested once, from what the first preview found; the technician can still change them.
        m_defaultsApplied = true;
        const bool fwd = !plan.forwarding.isEmpty();
        const bool live = !plan.liveSessions.isEmpty();
        if (fwd != m_forwarding->isChecked() || live != m_restart->isChecked()) {
            const QSignalBlocker b1(m_forwarding);
            const QSignalBlocker b2(m_restart);
            m_forwarding->setChecked(fwd);
            m_restart->setChecked(live);
            // The plan's lines depend on these two: make it again for the suggested choices.
            m_runner->prepare(currentOptions());
            return;
        }
    }
    m_plan = plan;
    m_previewed = plan.options;
    showPlan(plan);
    setState(State::Previewed);
    //: %n is the number of queued messages the plan found
    m_status->setText(tr("Plan ready: %n queued message(s) of the account found. Check it, then Contain.",
                         nullptr, int(plan.matches.size())));
    emit previewShown(plan);
}

} // namespace zaindari
