#pragma once
// The Queues page: counts per queue, a sortable and filterable table of every queued message
// (QueueModel + QueueFilterProxy), a qshape-like grouping panel, a postcat preview, the
// queue-size chart and the hold / release / requeue / delete actions. The listing is read and
// parsed on the SSH sessions' worker threads, summarized on a pool thread, and swapped into
// the model in one reset, so even 100,000 messages never block the GUI.

#include "mta/queueanalysis.h"
#include "pages/page.h"
#include "queueactionrunner.h"

#include <QDateTime>
#include <QPointer>
#include <QThreadPool>

#include <memory>

class QAction;
class QLabel;
class QPlainTextEdit;
class QSplitter;
class QTabWidget;
class QTableView;
class QTimer;
class QToolBar;

namespace zaindari {

class MessagePreviewJob;
class MessagePreviewPane;
class ProfileStore;
class QueueCountsBar;
class QueueFilterBar;
class QueueFilterProxy;
class QueueGroupsPanel;
class QueueListJob;
class QueueModel;
class QueueSizeChart;
class SecretStore;
class SshConnectionController;

class MailQueuesPage : public Page
{
    Q_OBJECT
public:
    MailQueuesPage(ProfileStore *store, SecretStore *secrets, QWidget *parent = nullptr);
    ~MailQueuesPage() override;

    QString title() const override;
    QIcon icon() const override;
    void setProfile(const std::optional<Profile> &profile) override;
    QString refresh() override;

    SshConnectionController *connection() const { return m_conn; }
    QueueModel *model() const { return m_model; }
    QueueFilterProxy *proxy() const { return m_proxy; }
    QTableView *table() const { return m_table; }
    QueueCountsBar *countsBar() const { return m_counts; }
    QueueFilterBar *filterBar() const { return m_filters; }
    QueueGroupsPanel *groupsPanel() const { return m_groups; }
    MessagePreviewPane *preview() const { return m_preview; }
    QueueSizeChart *chart() const { return m_chart; }
    QString activityText() const;
    QString statusText() const;
    const QueueSummary &summary() const { return m_summary; }
    bool isLoading() const { return m_loading; }
    bool isActing() const { return m_runner != nullptr; }

    // Acts on the selected rows / on every message of a group of the panel: plan, confirm
    // (a dialog opened with open(), never a nested loop), run, report.
    void actOnSelection(QueueAction action);
    void actOnGroup(QueueAction action, const QString &key);

Q_SIGNALS:
    // A refresh ended; ok = every host answered.
    void listingLoaded(bool ok);
    void summaryChanged(const zaindari::QueueSummary &summary);
    void actionFinished(const zaindari::QueueActionResult &result);

protected:
    void retranslateUi() override;
    void showEvent(QShowEvent *event) override;

private:
    void buildUi();
    void startListing();
    void onListingFinished(bool ok);
    void applyListing(quint64 generation, std::shared_ptr<const QueueListing> listing,
                      const QueueSummary &summary, const QList<QueueGroup> &groups, qint64 now);
    void recomputeGroups();
    QueueFilter currentFilter() const;
    void applyFilter();
    void updateShownLabel();
    void updateActions();
    void schedulePreview();
    void startPreview();
    void confirmAndRun(const QueueActionPlan &plan);
    void onActionFinished(const QueueActionResult &result);
    void logActivity(const QString &line);
    void setStatus(const QString &text, bool error = false);
    void restartAutoRefresh();
    std::vector<int> selectedListingRows() const;

    SshConnectionController *m_conn;
    QueueCountsBar *m_counts = nullptr;
    QueueFilterBar *m_filters = nullptr;
    QueueGroupsPanel *m_groups = nullptr;
    QueueModel *m_model = nullptr;
    QueueFilterProxy *m_proxy = nullptr;
    QTableView *m_table = nullptr;
    MessagePreviewPane *m_preview = nullptr;
    QueueSizeChart *m_chart = nullptr;
    QPlainTextEdit *m_log = nullptr;
    QTabWidget *m_bottomTabs = nullptr;
    QLabel *m_heading = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_shown = nullptr;
    QToolBar *m_toolBar = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_holdAction = nullptr;
    QAction *m_releaseAction = nullptr;
    QAction *m_requeueAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QSplitter *m_mainSplitter = nullptr;
    QTimer *m_autoRefresh = nullptr;
    QTimer *m_previewDelay = nullptr;

    std::optional<Profile> m_profile;
    QPointer<QueueListJob> m_listJob;
    QPointer<MessagePreviewJob> m_previewJob;
    QPointer<QueueActionRunner> m_runner;
    QueueSummary m_summary;
    qint64 m_now = 0;
    quint64 m_generation = 0;
    bool m_loading = false;
    bool m_loadedOnce = false;
    bool m_waitingForSessions = false;
    QString m_statusText;
    QThreadPool m_pool; // summaries and groupings; waited for in the destructor
};

} // namespace zaindari
