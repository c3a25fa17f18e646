#pragma once
// File → Profiles…: the list of saved profiles on the left, the editor on the right.
// Create, edit, duplicate, delete, export and import (files never hold a secret).

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QListView;
class QPushButton;

namespace zaindari {

class ProfileEditor;
class ProfileStore;
class ProfilesModel;
class SecretStore;

class ProfileManagerDialog : public QDialog
{
    Q_OBJECT
public:
    ProfileManagerDialog(ProfileStore *store, SecretStore *secrets, QWidget *parent = nullptr);

    // Selects the profile with `id` (if it exists) and loads it into the editor.
    void selectProfile(const QString &id);
    QString currentId() const { return m_currentId; }

    ProfileEditor *editor() const { return m_editor; }
    QListView *listView() const { return m_list; }
    ProfilesModel *model() const { return m_model; }
    QString statusText() const;

public slots:
    // Starts an unsaved profile with a unique default name.
    void newProfile();
    // Validates and saves the edited profile; typed secrets go to the SecretStore only.
    bool saveProfile();
    void revertProfile();
    void duplicateProfile();
    // Asks for confirmation unless `confirm` is false (used by tests of the store path).
    void deleteProfile(bool confirm = true);
    // These are what Export…/Import… run after the file dialog.
    bool exportProfiles(const QString &file);
    int importProfiles(const QString &file);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void reject() override;

private:
    void onSelectionChanged();
    // False when the user chose to stay on the current profile.
    bool maybeKeepEdits();
    void loadIntoEditor(const QString &id);
    void setStatus(const QString &message, bool error = false);
    void updateButtons();
    void retranslateUi();
    QStringList selectedIds() const;

    ProfileStore *m_store;
    SecretStore *m_secrets;
    ProfilesModel *m_model;
    QListView *m_list;
    QPushButton *m_new;
    QPushButton *m_duplicate;
    QPushButton *m_delete;
    QPushButton *m_import;
    QPushButton *m_export;
    ProfileEditor *m_editor;
    QPushButton *m_save;
    QPushButton *m_revert;
    QLabel *m_status;
    QLabel *m_exportNote;
    QLabel *m_emptyHint;
    QDialogButtonBox *m_buttons;
    QString m_currentId;
    bool m_currentIsNew = false;
    bool m_changingSelection = false;
};

} // namespace zaindari
