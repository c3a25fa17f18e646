#include "mailaccountspage.h"

#include "accounts/accountstablemodel.h"
#include "accounts/accountviews.h"
#include "accounts/adminconnections.h"
#include "audit/auditlog.h"
#include "directory/directoryjob.h"
#include "zimbra/accountjobs.h"

#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QGridLayout>
#include <QVBoxLayout>

namespace zaindari {

namespace {
const char *const kZimbraKeys[] = {"lock", "unlock", "end-sessions", "clear-lockout", "reset-password"};
const char *const kDirKeys[] = {"unlock", "disable", "enable", "reset-password"};
} // namespace

MailAccountsPage::MailAccountsPage(AdminConnections *connections, QWidget *parent)
    : Page(parent)
    , m_conn(connections)
    , m_heading(new QLabel(this))
    , m_search(new QLineEdit(this))
    , m_searchButton(new QPushButton(this))
    , m_table(new QTableView(this))
    , m_model(new AccountsTableModel(this))
    , m_zimbraTitle(new QLabel(this))
    , m_dirTitle(new QLabel(this))
    , m_zimbraView(new QTextBrowser(this))
    , m_dirView(new QTextBrowser(this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_result(new QLabel(this))
    , m_auditPath(AuditLog::defaultPath())
{
    setObjectName(QStringLiteral("MailAccountsPage"));
    buildUi();
    retranslateUi();
    updateButtons();
}

QString MailAccountsPage::title() const
{
    return tr("Accounts");
}

QIcon MailAccountsPage::icon() const
{
    return QIcon(QStringLiteral(":/icons/accounts.svg"));
}

void MailAccountsPage::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    QFont hf = m_heading->font();
    hf.setPointSizeF(hf.pointSizeF() * 1.3);
    hf.setBold(true);
    m_heading->setFont(hf);
    layout->addWidget(m_heading);

    auto *searchRow = new QHBoxLayout;
    m_search->setObjectName(QStringLiteral("accountSearch"));
    m_search->setClearButtonEnabled(true);
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_searchButton);
    m_contain = new QPushButton(this);
    m_contain->setObjectName(QStringLiteral("containButton"));
    connect(m_contain, &QPushButton::clicked, this, [this] {
        if (!m_selected.isEmpty())
            emit containRequested(m_selected);
    });
    // A QShortcut, not the button's: setText() would replace a button shortcut by its mnemonic.
    auto *contain = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K), this, nullptr, nullptr,
                                  Qt::WidgetWithChildrenShortcut);
    contain->setObjectName(QStringLiteral("containShortcut"));
    connect(contain, &QShortcut::activated, m_contain, &QPushButton::click);
    searchRow->addWidget(m_contain);
    layout->addLayout(searchRow);
    connect(m_search, &QLineEdit::returnPressed, this, [this] { search(m_search->text()); });
    // Ctrl+F jumps to the search box from anywhere on the page.
    auto *find = new QShortcut(QKeySequence::Find, this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
    connect(find, &QShortcut::activated, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    connect(m_searchButton, &QPushButton::clicked, this, [this] { search(m_search->text()); });

    auto *split = new QSplitter(Qt::Vertical, this);
    m_table->setObjectName(QStringLiteral("accountsTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSortingEnabled(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);
    split->addWidget(m_table);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MailAccountsPage::onSelectionChanged);

    auto *views = new QWidget(split);
    auto *viewsLayout = new QHBoxLayout(views);
    viewsLayout->setContentsMargins(0, 0, 0, 0);
    auto makeSide = [&](QLabel *title, QTextBrowser *view, QList<QPushButton *> &buttons, int count,
                        const QString &prefix) {
        auto *box = new QWidget(views);
        auto *v = new QVBoxLayout(box);
        v->setContentsMargins(0, 0, 0, 0);
        QFont f = title->font();
        f.setBold(true);
        title->setFont(f);
        v->addWidget(title);
        view->setOpenLinks(false);
        view->setMinimumHeight(160);
        v->addWidget(view, 1);
        // Three buttons a row: in one row the longer Basque and Spanish labels were cut off.
        auto *grid = new QGridLayout;
        constexpr int kPerRow = 3;
        for (int i = 0; i < count; ++i) {
            auto *b = new QPushButton(box);
            b->setObjectName(
                prefix + QLatin1String(prefix == QLatin1String("zimbra-") ? kZimbraKeys[i] : kDirKeys[i]));
            grid->addWidget(b, i / kPerRow, i % kPerRow);
            buttons.append(b);
        }
        grid->setColumnStretch(kPerRow, 1);
        v->addLayout(grid);
        viewsLayout->addWidget(box, 1);
    };
    m_zimbraView->setObjectName(QStringLiteral("zimbraView"));
    m_dirView->setObjectName(QStringLiteral("directoryView"));
    makeSide(m_zimbraTitle, m_zimbraView, m_zButtons, 5, QStringLiteral("zimbra-"));
    makeSide(m_dirTitle, m_dirView, m_dButtons, 4, QStringLiteral("directory-"));
    split->addWidget(views);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 2);
    layout->addWidget(split, 1);

    for (int i = 0; i < 4; ++i)
        connect(m_zButtons.at(i), &QPushButton::clicked, this, [this, i] { runZimbraAction(i); });
    connect(m_zButtons.at(4), &QPushButton::clicked, this, &MailAccountsPage::resetZimbraPassword);
    for (int i = 0; i < 3; ++i)
        connect(m_dButtons.at(i), &QPushButton::clicked, this, [this, i] { runDirectoryAction(i); });
    connect(m_dButtons.at(3), &QPushButton::clicked, this, &MailAccountsPage::resetDirectoryPassword);

    auto *statusRow = new QHBoxLayout;
    m_progress->setRange(0, 0);
    m_progress->setMaximumWidth(120);
    m_progress->hide();
    statusRow->addWidget(m_progress);
    statusRow->addWidget(m_status, 1);
    layout->addLayout(statusRow);
    m_result->setWordWrap(true);
    m_result->setObjectName(QStringLiteral("resultLabel"));
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->hide();
    layout->addWidget(m_result);
}

void MailAccountsPage::retranslateUi()
{
    m_heading->setText(tr("Accounts"));
    m_search->setPlaceholderText(tr("Name, address or part of it"));
    //: %1 is the keyboard shortcut, e.g. Ctrl+F
    m_search->setToolTip(tr("Search Zimbra accounts by name, address, alias or part of a name; press Enter "
                            "(%1 to come back here)")
                             .arg(QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText)));
    m_searchButton->setText(tr("&Search"));
    m_contain->setText(tr("Contain…"));
    //: %1 is the keyboard shortcut
    m_contain->setToolTip(
        tr("Contain the selected account as captured: lock, cut sessions, stop its mail, "
           "secure the directory account, after a preview (%1)")
            .arg(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K).toString(QKeySequence::NativeText)));
    m_zimbraTitle->setText(tr("Zimbra"));
    m_dirTitle->setText(tr("Active Directory"));
    const QStringList zTexts
        = {tr("&Lock"), tr("&Unlock"), tr("&End all sessions"), tr("&Clear lockout"), tr("Reset &password…")};
    const QStringList zTips
        = {tr("Set the Zimbra account status to locked: no login until an administrator unlocks it"),
           tr("Set the Zimbra account status back to active"),
           tr("Invalidate every login token of the account and flush it from the server caches"),
           tr("End a failed-login lockout and forget the counted failures"),
           tr("Set a new Zimbra password (SetPasswordRequest)")};
    for (int i = 0; i < m_zButtons.size(); ++i) {
        m_zButtons.at(i)->setText(zTexts.at(i));
        m_zButtons.at(i)->setToolTip(zTips.at(i));
    }
    const QStringList dTexts
        = {tr("Unlock in AD"), tr("Disable in AD"), tr("Enable in AD"), tr("Reset AD password…")};
    const QStringList dTips
        = {tr("Clear the Active Directory lockout (lockoutTime = 0)"),
           tr("Disable the Active Directory account: no logon anywhere"),
           tr("Enable the Active Directory account again"),
           tr("Set a new Active Directory password (unicodePwd, over the encrypted connection)")};
    for (int i = 0; i < m_dButtons.size(); ++i) {
        m_dButtons.at(i)->setText(dTexts.at(i));
        m_dButtons.at(i)->setToolTip(dTips.at(i));
    }
    if (m_selected.isEmpty()) {
        m_zimbraView->setPlainText(tr("Search for an account, then select it to see its Zimbra side here."));
        m_dirView->setPlainText(
            tr("The same person in Active Directory, matched by mail address or logon name."));
    }
    emit titleChanged();
}

void MailAccountsPage::setProfile(const std::optional<Profile> &profile)
{
    const bool changed = !profile || !m_profile || profile->id != m_profile->id;
    m_profile = profile;
    if (m_conn)
        m_conn->setProfile(profile);
    if (changed) {
        ++m_generation;
        ++m_searchGen;
        m_model->clear();
        m_selected.clear();
        m_zLoaded = m_dLoaded = false;
        m_result->hide();
        setBusy(false);
        retranslateUi();
        updateButtons();
    }
}

QString MailAccountsPage::refresh()
{
    if (!m_selected.isEmpty()) {
        loadDetails(m_selected);
        return {};
    }
    if (!m_search->text().trimmed().isEmpty()) {
        search(m_search->text());
        return {};
    }
    return tr("Type a name or address to search.");
}

void MailAccountsPage::search(const QString &text)
{
    const QString what = text.trimmed();
    if (what.isEmpty())
        return;
    if (m_search->text() != text)
        m_search->setText(text);
    const int gen = ++m_searchGen;
    setBusy(true, tr("Searching…"));
    m_conn->withZimbra(
        [this, gen, what](ZimbraClient *client) {
            auto *job = new AccountSearchJob(client, what, 200, this);
            connect(job, &ZimbraJob::finished, this, [this, job, gen](const ZimbraError &e) {
                job->deleteLater();
                if (gen != m_searchGen)
                    return;
                setBusy(false);
                if (e.isError()) {
                    m_conn->noteZimbraError(e);
                    showResult(false, e.message);
                    emit searchFinished(-1);
                    return;
                }
                m_model->setAccounts(job->accounts());
                m_table->resizeColumnsToContents();
                //: %n accounts found
                m_status->setText(tr("%n account(s) found.", nullptr, int(job->accounts().size())));
                QStringList names;
                for (const AccountSummary &a : job->accounts())
                    names << a.name;
                // AD columns: one status per row, one after the other, at most 50 rows.
                loadDirectoryColumns(names.mid(0, 50), 0);
                if (job->accounts().size() == 1)
                    m_table->selectRow(0);
                emit searchFinished(int(job->accounts().size()));
            });
            job->start();
        },
        [this, gen](const QString &why) {
            if (gen != m_searchGen)
                return;
            setBusy(false);
            showResult(false, why);
            emit searchFinished(-1);
        });
}

void MailAccountsPage::loadDirectoryColumns(const QStringList &names, int from)
{
    if (from >= names.size() || !m_conn->hasDirectory())
        return;
    const int gen = m_searchGen;
    m_conn->withDirectory(
        [this, names, from, gen](const DirectoryConfig &config) {
            if (gen != m_searchGen)
                return;
            auto *job = new UserStatusJob(config, names.at(from), this);
            connect(job, &DirectoryJob::finished, this,
                    [this, job, names, from, gen](const DirectoryOutcome &o) {
                        job->deleteLater();
                        if (gen != m_searchGen)
                            return;
                        m_conn->noteDirectoryOutcome(o);
                        if (o.ok())
                            m_model->setDirectoryStatus(names.at(from), job->status());
                        else if (o.error == DirectoryError::UserNotFound)
                            m_model->setDirectoryStatus(names.at(from), std::nullopt);
                        else if (o.error != DirectoryError::UserAmbiguous)
                            return; // connection trouble: the detail view reports it
                        loadDirectoryColumns(names, from + 1);
                    });
            job->start();
        },
        [](const QString &) {});
}

void MailAccountsPage::onSelectionChanged()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    m_table->scrollTo(rows.first());
    const QString name = m_model->accountAt(rows.first().row()).name;
    if (name != m_selected)
        loadDetails(name);
}

void MailAccountsPage::loadDetails(const QString &name)
{
    m_selected = name;
    m_adUser.clear();
    m_zLoaded = m_dLoaded = false;
    const int gen = ++m_generation;
    m_zimbraView->setPlainText(tr("Loading…"));
    m_dirView->setPlainText(m_conn->hasDirectory() ? tr("Loading…")
                                                   : tr("The profile has no Active Directory server."));
    updateButtons();
    m_conn->withZimbra(
        [this, gen, name](ZimbraClient *client) {
            auto *job = new AccountJob(client, name, this);
            connect(job, &ZimbraJob::finished, this, [this, job, gen](const ZimbraError &e) {
                job->deleteLater();
                if (gen != m_generation)
                    return;
                if (e.isError()) {
                    m_conn->noteZimbraError(e);
                    m_zimbraView->setPlainText(e.message + QLatin1Char('\n') + e.detail);
                } else {
                    m_zimbraExternal = job->account().externalAuth();
                    m_zimbraView->setHtml(zimbraAccountHtml(job->account(), QDateTime::currentDateTimeUtc()));
                }
                m_zLoaded = true;
                updateButtons();
                detailsPartDone();
            });
            job->start();
        },
        [this, gen](const QString &why) {
            if (gen != m_generation)
                return;
            m_zimbraView->setPlainText(why);
            m_zLoaded = true;
            detailsPartDone();
        });
    if (!m_conn->hasDirectory()) {
        m_dLoaded = true;
        detailsPartDone();
        return;
    }
    loadDirectoryDetails(name, gen);
}

void MailAccountsPage::detailsPartDone()
{
    if (m_zLoaded && m_dLoaded)
        emit detailsLoaded();
}

void MailAccountsPage::loadDirectoryDetails(const QString &name, int gen)
{
    m_conn->noteDirectoryStarted();
    m_conn->withDirectory(
        [this, gen, name](const DirectoryConfig &config) {
            if (gen != m_generation)
                return;
            auto *job = new UserStatusJob(config, name, this);
            connect(job, &DirectoryJob::finished, this, [this, job, gen, name](const DirectoryOutcome &o) {
                job->deleteLater();
                if (gen != m_generation)
                    return;
                m_conn->noteDirectoryOutcome(o);
                if (!o.ok() && m_conn->handleDirectoryCertificate(o, [this, name, gen] {
                        loadDirectoryDetails(name, gen);
                    }))
                    return;
                if (o.ok()) {
                    m_adUser = job->status().user.samAccountName;
                    m_dirView->setHtml(directoryStatusHtml(job->status()));
                } else if (o.error == DirectoryError::UserNotFound) {
                    m_dirView->setPlainText(
                        tr("No Active Directory user has this mail address or logon name."));
                } else {
                    m_dirView->setPlainText(o.message + QLatin1Char('\n') + o.detail);
                }
                m_dLoaded = true;
                updateButtons();
                detailsPartDone();
            });
            job->start();
        },
        [this, gen](const QString &why) {
            if (gen != m_generation)
                return;
            m_dirView->setPlainText(why);
            m_dLoaded = true;
            detailsPartDone();
        });
}

QPushButton *MailAccountsPage::zimbraButton(const QString &key) const
{
    return findChild<QPushButton *>(QStringLiteral("zimbra-") + key);
}

QPushButton *MailAccountsPage::directoryButton(const QString &key) const
{
    return findChild<QPushButton *>(QStringLiteral("directory-") + key);
}

QString MailAccountsPage::resultText() const
{
    return m_result->isVisible() || !m_result->text().isEmpty() ? m_result->text() : QString();
}

void MailAccountsPage::updateButtons()
{
    const bool z = !m_selected.isEmpty() && m_zLoaded && !m_busy;
    for (QPushButton *b : std::as_const(m_zButtons))
        b->setEnabled(z);
    const bool d = z && !m_adUser.isEmpty() && m_dLoaded;
    for (QPushButton *b : std::as_const(m_dButtons))
        b->setEnabled(d);
    m_searchButton->setEnabled(!m_busy);
    m_contain->setEnabled(!m_selected.isEmpty() && !m_busy);
}

void MailAccountsPage::setBusy(bool busy, const QString &what)
{
    m_busy = busy;
    m_progress->setVisible(busy);
    m_status->setText(what);
    updateButtons();
}

void MailAccountsPage::showResult(bool ok, const QString &text)
{
    m_result->setText(text);
    m_result->setStyleSheet(ok ? QStringLiteral("QLabel { background:#d1e7dd; padding:6px; }")
                               : QStringLiteral("QLabel { background:#f8d7da; padding:6px; }"));
    m_result->show();
}

void MailAccountsPage::confirmThen(const QString &title, const QString &text, std::function<void()> run)
{
    if (m_autoConfirm) {
        run();
        return;
    }
    auto *box
        = new QMessageBox(QMessageBox::Question, title, text, QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setDefaultButton(QMessageBox::Cancel);
    box->button(QMessageBox::Yes)->setText(tr("Do it"));
    connect(box, &QMessageBox::finished, this, [run](int r) {
        if (r == QMessageBox::Yes)
            run();
    });
    box->open();
}

void MailAccountsPage::writeAudit(const AuditEntry &entry)
{
    QString error;
    if (!AuditLog(m_auditPath).append(entry, &error))
        showResult(false, m_result->text() + QLatin1Char('\n') + error);
    emit auditWritten();
}

} // namespace zaindari
