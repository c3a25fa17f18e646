#pragma once
// A hold / release / requeue / delete on an explicit set of messages, across the MTA hosts that
// hold them: the plan (how many, from whom), the confirmation dialog, one QueueActionJob per
// host (ids on postsuper's stdin), progress with Cancel, and the exact outcome afterwards.
// Only the ids of the plan are ever sent: nothing outside the selection is touched.

#include "mta/postsuperoutput.h"
#include "mta/queueanalysis.h"

#include <QDialog>
#include <QObject>
#include <QPointer>

#include <vector>

class QCheckBox;
class QLabel;
class QProgressDialog;
class QPushButton;

namespace zaindari {

class MtaSessions;
class QueueActionJob;

struct QueueActionPlan
{
    QueueAction action = QueueAction::Hold;
    QStringList hosts; // hosts with at least one id, in listing order
    QList<QStringList> idsPerHost; // parallel to hosts
    int count = 0;
    QList<QueueGroup> topSenders; // largest first, at most 5
    int senderCount = 0; // distinct senders
    QString scope; // translated: "the selected messages", "group …"

    // From the listing rows (QueueModel source rows = listing indices).
    static QueueActionPlan make(QueueAction action, const QueueListing &listing, const std::vector<int> &rows,
                                const QString &scope);
    QStringList allIds() const;
};

class QueueActionConfirmDialog : public QDialog
{
    Q_OBJECT
public:
    explicit QueueActionConfirmDialog(const QueueActionPlan &plan, QWidget *parent = nullptr);
    QPushButton *okButton() const { return m_ok; }
    QCheckBox *confirmBox() const { return m_confirm; } // delete only, else null
    QString text() const;

private:
    QLabel *m_text;
    QPushButton *m_ok = nullptr;
    QCheckBox *m_confirm = nullptr;
};

struct QueueActionResult
{
    QueueActionPlan plan;
    QList<PostsuperOutcome> outcomes; // parallel to plan.hosts (what ran)
    QStringList errors; // translated, one per failing host
    bool canceled = false;
    int done() const;
    QStringList doneIds() const;
    QStringList missingIds() const;
    QStringList unknownIds() const;
    QString summary() const; // one translated paragraph
    QString details() const; // ids, per-host errors, postsuper warnings
};

class QueueActionRunner : public QObject
{
    Q_OBJECT
public:
    QueueActionRunner(MtaSessions *sessions, const QueueActionPlan &plan, QWidget *dialogParent,
                      QObject *parent = nullptr);
    ~QueueActionRunner() override;

    void start();
    void cancel();
    const QueueActionResult &result() const { return m_result; }

Q_SIGNALS:
    void progressed(int done, int total);
    void finished(const zaindari::QueueActionResult &result);

private:
    void runNext();
    QPointer<MtaSessions> m_sessions;
    QueueActionResult m_result;
    QPointer<QWidget> m_dialogParent;
    QPointer<QProgressDialog> m_progress;
    QPointer<QueueActionJob> m_job;
    int m_index = -1;
    int m_doneBefore = 0;
};

} // namespace zaindari

Q_DECLARE_METATYPE(zaindari::QueueActionResult)
