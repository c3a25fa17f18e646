#pragma once
// Audit-log page: the console's own actions (app/audit) with filters (text, action, result,
// time range) and export of the visible rows to CSV.

#include "pages/page.h"

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace zaindari {

class AuditLogFilterModel;
class AuditLogModel;

class AuditTrailPage : public Page
{
    Q_OBJECT
public:
    explicit AuditTrailPage(QWidget *parent = nullptr);

    QString title() const override;
    QIcon icon() const override;
    QString refresh() override;

    void setAuditLogPath(const QString &path);
    QString auditLogPath() const { return m_path; }
    // Writes the rows that pass the filter; false with a translated reason.
    bool exportCsv(const QString &file, QString *error = nullptr) const;

    AuditLogModel *model() const { return m_model; }
    AuditLogFilterModel *filterModel() const { return m_filter; }
    QLineEdit *textFilter() const { return m_text; }
    QComboBox *actionFilter() const { return m_action; }
    QComboBox *resultFilter() const { return m_result; }
    QTableView *view() const { return m_view; }

protected:
    void retranslateUi() override;
    void showEvent(QShowEvent *event) override;

private:
    void applyFilter();
    void fillActionCombo();
    void chooseExportFile();

    QString m_path;
    AuditLogModel *m_model;
    AuditLogFilterModel *m_filter;
    QLabel *m_heading;
    QLabel *m_info;
    QLineEdit *m_text;
    QComboBox *m_action;
    QComboBox *m_result;
    QCheckBox *m_useFrom;
    QDateTimeEdit *m_from;
    QCheckBox *m_useTo;
    QDateTimeEdit *m_to;
    QPushButton *m_export;
    QPushButton *m_reload;
    QTableView *m_view;
};

} // namespace zaindari
