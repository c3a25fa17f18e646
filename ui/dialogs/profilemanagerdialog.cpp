#include "profilemanagerdialog.h"

#include "profiles/profileeditor.h"
#include "profiles/profilestore.h"
#include "profiles/secretstore.h"
#include "profilesmodel.h"

#include <QCloseEvent>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

namespace zaindari {

ProfileManagerDialog::ProfileManagerDialog(ProfileStore *store, SecretStore *secrets, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_secrets(secrets)
    , m_model(new ProfilesModel(store, this))
    , m_list(new QListView(this))
    , m_new(new QPushButton(this))
    , m_duplicate(new QPushButton(this))
    , m_delete(new QPushButton(this))
    , m_import(new QPushButton(this))
    , m_export(new QPushButton(this))
    , m_editor(new ProfileEditor(secrets, this))
    , m_save(new QPushButton(this))
    , m_revert(new QPushButton(this))
    , m_status(new QLabel(this))
    , m_exportNote(new QLabel(this))
    , m_emptyHint(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    setObjectName(QStringLiteral("ProfileManagerDialog"));
    setMinimumSize(860, 600);
    auto *layout = new QVBoxLayout(this);
    auto *splitter = new QSplitter(this);

    auto *left = new QWidget(splitter);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 6, 0);
    m_list->setModel(m_model);
    m_list->setObjectName(QStringLiteral("profileList"));
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setMinimumWidth(200);
    leftLayout->addWidget(m_list, 1);
    auto *listButtons = new QGridLayout;
    m_new->setObjectName(QStringLiteral("newProfile"));
    m_duplicate->setObjectName(QStringLiteral("duplicateProfile"));
    m_delete->setObjectName(QStringLiteral("deleteProfile"));
    m_import->setObjectName(QStringLiteral("importProfiles"));
    m_export->setObjectName(QStringLiteral("exportProfiles"));
    listButtons->addWidget(m_new, 0, 0);
    listButtons->addWidget(m_duplicate, 0, 1);
    listButtons->addWidget(m_delete, 1, 0, 1, 2);
    listButtons->addWidget(m_import, 2, 0);
    listButtons->addWidget(m_export, 2, 1);
    leftLayout->addLayout(listButtons);
    m_exportNote->setWordWrap(true);
    m_exportNote->setForegroundRole(QPalette::PlaceholderText);
    leftLayout->addWidget(m_exportNote);

    auto *right = new QWidget(splitter);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(6, 0, 0, 0);
    m_emptyHint->setWordWrap(true);
    m_emptyHint->setAlignment(Qt::AlignCenter);
    rightLayout->addWidget(m_emptyHint);
    rightLayout->addWidget(m_editor, 1);
    auto *editButtons = new QHBoxLayout;
    m_status->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("statusLabel"));
    editButtons->addWidget(m_status, 1);
    m_revert->setObjectName(QStringLiteral("revertProfile"));
    m_save->setObjectName(QStringLiteral("saveProfile"));
    editButtons->addWidget(m_revert);
    editButtons->addWidget(m_save);
    rightLayout->addLayout(editButtons);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_buttons);

    m_save->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_new, &QPushButton::clicked, this, &ProfileManagerDialog::newProfile);
    connect(m_duplicate, &QPushButton::clicked, this, &ProfileManagerDialog::duplicateProfile);
    connect(m_delete, &QPushButton::clicked, this, [this] { deleteProfile(true); });
    connect(m_save, &QPushButton::clicked, this, &ProfileManagerDialog::saveProfile);
    connect(m_revert, &QPushButton::clicked, this, &ProfileManagerDialog::revertProfile);
    connect(m_export, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getSaveFileName(
            this, tr("Export profiles"), QDir::homePath() + QStringLiteral("/zaindari-profiles.json"),
            tr("Zaindari profiles (*.json)"));
        if (!file.isEmpty())
            exportProfiles(file);
    });
    connect(m_import, &QPushButton::clicked, this, [this] {
        if (!maybeKeepEdits())
            return;
        const QString file = QFileDialog::getOpenFileName(this, tr("Import profiles"), QDir::homePath(),
                                                          tr("Zaindari profiles (*.json)"));
        if (!file.isEmpty())
            importProfiles(file);
    });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ProfileManagerDialog::onSelectionChanged);
    connect(m_list->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ProfileManagerDialog::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        // Keep the edited profile selected across the store's reloads.
        const int row = m_model->rowForId(m_currentId);
        if (row >= 0) {
            m_changingSelection = true;
            m_list->setCurrentIndex(m_model->index(row));
            m_changingSelection = false;
        }
        updateButtons();
    });
    connect(m_editor, &ProfileEditor::modifiedChanged, this, &ProfileManagerDialog::updateButtons);
    connect(m_secrets, &SecretStore::secretWritten, this, [this](quint64, bool ok, const QString &error) {
        if (!ok)
            setStatus(error, true);
    });

    retranslateUi();
    // Ask the keychain once, in the background, so that a missing keychain is announced in the
    // editor before the technician types a password rather than after saving it.
    if (m_secrets->keychainAvailable() && m_model->rowCount() > 0)
        m_secrets->read(m_model->idAt(0), SecretKind::SoapPassword);
    if (m_model->rowCount() > 0)
        m_list->setCurrentIndex(m_model->index(0));
    else
        loadIntoEditor({});
    updateButtons();
}

QString ProfileManagerDialog::statusText() const
{
    return m_status->text();
}

QStringList ProfileManagerDialog::selectedIds() const
{
    QStringList ids;
    for (const QModelIndex &i : m_list->selectionModel()->selectedIndexes())
        ids << i.data(ProfilesModel::IdRole).toString();
    return ids;
}

void ProfileManagerDialog::selectProfile(const QString &id)
{
    const int row = m_model->rowForId(id);
    if (row >= 0)
        m_list->setCurrentIndex(m_model->index(row));
}

void ProfileManagerDialog::onSelectionChanged()
{
    if (m_changingSelection)
        return;
    const QString id = m_list->currentIndex().data(ProfilesModel::IdRole).toString();
    if (id == m_currentId && !m_currentIsNew)
        return;
    if (!maybeKeepEdits()) {
        // Stay on the edited profile.
        m_changingSelection = true;
        const int row = m_model->rowForId(m_currentId);
        m_list->setCurrentIndex(row >= 0 ? m_model->index(row) : QModelIndex());
        m_changingSelection = false;
        return;
    }
    loadIntoEditor(id);
}

bool ProfileManagerDialog::maybeKeepEdits()
{
    if (!m_editor->isModified())
        return true;
    const auto answer = QMessageBox::question(this, tr("Unsaved changes"),
                                              //: %1 is a profile name
                                              tr("Save the changes to “%1”?").arg(m_editor->profile().name),
                                              QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel,
                                              QMessageBox::Save);
    if (answer == QMessageBox::Cancel)
        return false;
    if (answer == QMessageBox::Save)
        return saveProfile();
    m_editor->setModified(false);
    return true;
}

void ProfileManagerDialog::loadIntoEditor(const QString &id)
{
    const std::optional<Profile> p = id.isEmpty() ? std::nullopt : m_store->byId(id);
    m_currentId = p ? p->id : QString();
    m_currentIsNew = false;
    m_editor->load(p ? *p : Profile());
    m_editor->setVisible(p.has_value());
    m_emptyHint->setVisible(!p.has_value());
    updateButtons();
}

void ProfileManagerDialog::newProfile()
{
    if (!maybeKeepEdits())
        return;
    QString name = tr("New profile");
    //: Default name of a second, third... new profile; %1 is a number
    for (int n = 2; m_store->byName(name); ++n)
        name = tr("New profile %1").arg(n);
    const Profile p = Profile::create(name);
    m_changingSelection = true;
    m_list->clearSelection();
    m_list->setCurrentIndex({});
    m_changingSelection = false;
    m_currentId = p.id;
    m_currentIsNew = true;
    m_editor->load(p);
    m_editor->setModified(true); // not in the store yet
    m_editor->setVisible(true);
    m_emptyHint->hide();
    m_editor->tabs()->setCurrentIndex(0);
    m_editor->nameEdit()->setFocus();
    m_editor->nameEdit()->selectAll();
    setStatus(tr("New profile: fill it in and save it."));
    updateButtons();
}

bool ProfileManagerDialog::saveProfile()
{
    if (m_currentId.isEmpty())
        return false;
    if (!m_editor->validate()) {
        setStatus(tr("Some fields need attention before the profile can be saved."), true);
        return false;
    }
    const Profile p = m_editor->profile();
    QString error = m_store->validationError(p);
    if (error.isEmpty() && !m_store->save(p, &error) && error.isEmpty())
        error = tr("The profile could not be saved.");
    if (!error.isEmpty()) {
        m_editor->setProfileError(error);
        setStatus(error, true);
        return false;
    }
    // Secrets never enter the profile: they go to the keychain (or this session's memory).
    const auto secrets = m_editor->secrets();
    for (const auto &[kind, value] : secrets)
        m_secrets->write(p.id, kind, value);
    m_editor->clearSecrets();
    m_currentIsNew = false;
    m_editor->setModified(false);
    const int row = m_model->rowForId(p.id);
    if (row >= 0) {
        m_changingSelection = true;
        m_list->setCurrentIndex(m_model->index(row));
        m_changingSelection = false;
    }
    if (!m_secrets->keychainAvailable() && !secrets.isEmpty())
        setStatus(tr("Profile saved. Its passwords are kept for this session only."));
    else
        setStatus(tr("Profile saved."));
    updateButtons();
    return true;
}

void ProfileManagerDialog::revertProfile()
{
    if (m_currentIsNew) {
        m_editor->setModified(false);
        const QModelIndex first = m_model->index(0);
        loadIntoEditor(first.isValid() ? first.data(ProfilesModel::IdRole).toString() : QString());
        if (first.isValid()) {
            m_changingSelection = true;
            m_list->setCurrentIndex(first);
            m_changingSelection = false;
        }
    } else {
        loadIntoEditor(m_currentId);
    }
    setStatus({});
}

void ProfileManagerDialog::duplicateProfile()
{
    if (m_currentId.isEmpty() || m_currentIsNew || !maybeKeepEdits())
        return;
    const std::optional<Profile> copy = m_store->duplicate(m_currentId);
    if (!copy) {
        setStatus(tr("The profile could not be duplicated."), true);
        return;
    }
    selectProfile(copy->id);
    //: %1 is the new profile's name
    setStatus(tr("Created “%1”. Passwords are not copied: enter them again.").arg(copy->name));
}

void ProfileManagerDialog::deleteProfile(bool confirm)
{
    if (m_currentId.isEmpty())
        return;
    if (m_currentIsNew) {
        revertProfile();
        return;
    }
    const std::optional<Profile> p = m_store->byId(m_currentId);
    if (!p)
        return;
    if (confirm) {
        QMessageBox box(QMessageBox::Question, tr("Delete profile"),
                        //: %1 is a profile name
                        tr("Delete the profile “%1” and the passwords saved for it?").arg(p->name),
                        QMessageBox::Yes | QMessageBox::No, this);
        box.setDefaultButton(QMessageBox::No);
        box.setInformativeText(tr("This cannot be undone."));
        if (box.exec() != QMessageBox::Yes)
            return;
    }
    const int row = m_model->rowForId(p->id);
    m_secrets->removeAll(p->id);
    m_editor->setModified(false);
    m_currentId.clear();
    if (!m_store->remove(p->id)) {
        setStatus(tr("The profile could not be deleted."), true);
        return;
    }
    const int next = qMin(row, m_model->rowCount() - 1);
    if (next >= 0)
        m_list->setCurrentIndex(m_model->index(next));
    else
        loadIntoEditor({});
    //: %1 is a profile name
    setStatus(tr("Deleted “%1”.").arg(p->name));
}

bool ProfileManagerDialog::exportProfiles(const QString &file)
{
    QString error;
    QStringList ids = selectedIds();
    if (!m_store->exportTo(file, ids, &error)) {
        setStatus(error.isEmpty() ? tr("The profiles could not be exported.") : error, true);
        return false;
    }
    const int count = ids.isEmpty() ? m_model->rowCount() : int(ids.size());
    //: %1 is a file path
    setStatus(tr("Exported %n profile(s) to %1, without passwords.", nullptr, count)
                  .arg(QDir::toNativeSeparators(file)));
    return true;
}

int ProfileManagerDialog::importProfiles(const QString &file)
{
    QString error;
    const QList<Profile> imported = m_store->importFrom(file, &error);
    if (!imported.isEmpty())
        selectProfile(imported.first().id);
    QString message = tr("Imported %n profile(s). Enter their passwords before connecting.", nullptr,
                         int(imported.size()));
    if (!error.isEmpty())
        message = imported.isEmpty() ? error : message + QLatin1Char(' ') + error;
    setStatus(message, imported.isEmpty() || !error.isEmpty());
    return int(imported.size());
}

void ProfileManagerDialog::setStatus(const QString &message, bool error)
{
    m_status->setText(message);
    QPalette pal = palette();
    if (error)
        pal.setColor(QPalette::WindowText, QColor(0xc0, 0x25, 0x1d));
    m_status->setPalette(pal);
}

void ProfileManagerDialog::updateButtons()
{
    const bool hasCurrent = !m_currentId.isEmpty();
    m_duplicate->setEnabled(hasCurrent && !m_currentIsNew);
    m_delete->setEnabled(hasCurrent);
    m_export->setEnabled(m_model->rowCount() > 0);
    m_save->setEnabled(hasCurrent && m_editor->isModified());
    m_revert->setEnabled(hasCurrent && m_editor->isModified());
}

void ProfileManagerDialog::closeEvent(QCloseEvent *event)
{
    if (!maybeKeepEdits()) {
        event->ignore();
        return;
    }
    QDialog::closeEvent(event);
}

void ProfileManagerDialog::reject()
{
    if (maybeKeepEdits())
        QDialog::reject();
}

void ProfileManagerDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ProfileManagerDialog::retranslateUi()
{
    setWindowTitle(tr("Profiles"));
    m_new->setText(tr("&New"));
    m_new->setToolTip(tr("Create a new profile"));
    m_duplicate->setText(tr("D&uplicate"));
    m_duplicate->setToolTip(tr("Copy the selected profile, without its passwords"));
    m_delete->setText(tr("&Delete…"));
    m_delete->setToolTip(tr("Delete the selected profile and its saved passwords"));
    m_import->setText(tr("&Import…"));
    m_import->setToolTip(tr("Add profiles from a file exported by Zaindari"));
    m_export->setText(tr("E&xport…"));
    m_export->setToolTip(tr("Save the selected profiles (or all of them) to a file"));
    m_exportNote->setText(tr("Exported files never contain passwords or passphrases: those stay in "
                             "the system keychain."));
    m_emptyHint->setText(tr("No profile yet. Press “New” to describe your mail server, or "
                            "import a file exported from another computer."));
    m_save->setText(tr("&Save"));
    m_save->setToolTip(tr("Save this profile (Ctrl+S)"));
    m_save->setShortcut(QKeySequence::Save);
    m_revert->setText(tr("&Revert"));
    m_revert->setToolTip(tr("Discard the changes made since the last save"));
}

} // namespace zaindari
