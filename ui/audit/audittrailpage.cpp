#include "audittrailpage.h"

#include "auditlogmodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFile>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QSet>
#include <QTableView>
#include <QVBoxLayout>

namespace zaindari {

AuditTrailPage::AuditTrailPage(QWidget *parent)
    : Page(parent)
    , m_path(AuditLog::defaultPath())
    , m_model(new AuditLogModel(this))
    , m_filter(new AuditLogFilterModel(this))
    , m_heading(new QLabel(this))
    , m_info(new QLabel(this))
    , m_text(new QLineEdit(this))
    , m_action(new QComboBox(this))
    , m_result(new QComboBox(this))
    , m_useFrom(new QCheckBox(this))
    , m_from(new QDateTimeEdit(this))
    , m_useTo(new QCheckBox(this))
    , m_to(new QDateTimeEdit(this))
    , m_export(new QPushButton(this))
    , m_reload(new QPushButton(this))
    , m_view(new QTableView(this))
{
    setObjectName(QStringLiteral("AuditTrailPage"));
    m_filter->setSourceModel(m_model);
    auto *layout = new QVBoxLayout(this);
    QFont hf = m_heading->font();
    hf.setPointSizeF(hf.pointSizeF() * 1.3);
    hf.setBold(true);
    m_heading->setFont(hf);
    layout->addWidget(m_heading);
    m_info->setWordWrap(true);
    layout->addWidget(m_info);

    auto *row1 = new QHBoxLayout;
    m_text->setClearButtonEnabled(true);
    m_text->setObjectName(QStringLiteral("auditText"));
    row1->addWidget(m_text, 2);
    row1->addWidget(m_action, 1);
    row1->addWidget(m_result);
    layout->addLayout(row1);
    auto *row2 = new QHBoxLayout;
    const QDateTime now = QDateTime::currentDateTime();
    m_from->setDateTime(now.addDays(-7));
    m_to->setDateTime(now.addDays(1));
    m_from->setCalendarPopup(true);
    m_to->setCalendarPopup(true);
    m_from->setEnabled(false);
    m_to->setEnabled(false);
    row2->addWidget(m_useFrom);
    row2->addWidget(m_from);
    row2->addWidget(m_useTo);
    row2->addWidget(m_to);
    row2->addStretch(1);
    row2->addWidget(m_reload);
    row2->addWidget(m_export);
    layout->addLayout(row2);

    m_view->setModel(m_filter);
    m_view->setObjectName(QStringLiteral("auditTable"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    layout->addWidget(m_view, 1);

    connect(m_text, &QLineEdit::textChanged, this, &AuditTrailPage::applyFilter);
    connect(m_action, &QComboBox::currentIndexChanged, this, &AuditTrailPage::applyFilter);
    connect(m_result, &QComboBox::currentIndexChanged, this, &AuditTrailPage::applyFilter);
    connect(m_from, &QDateTimeEdit::dateTimeChanged, this, &AuditTrailPage::applyFilter);
    connect(m_to, &QDateTimeEdit::dateTimeChanged, this, &AuditTrailPage::applyFilter);
    connect(m_useFrom, &QCheckBox::toggled, this, [this](bool on) {
        m_from->setEnabled(on);
        applyFilter();
    });
    connect(m_useTo, &QCheckBox::toggled, this, [this](bool on) {
        m_to->setEnabled(on);
        applyFilter();
    });
    connect(m_reload, &QPushButton::clicked, this, [this] { refresh(); });
    connect(m_export, &QPushButton::clicked, this, &AuditTrailPage::chooseExportFile);
    retranslateUi();
}

QString AuditTrailPage::title() const
{
    return tr("Audit log");
}

QIcon AuditTrailPage::icon() const
{
    return QIcon(QStringLiteral(":/icons/audit.svg"));
}

void AuditTrailPage::retranslateUi()
{
    m_heading->setText(tr("Audit log"));
    m_text->setPlaceholderText(tr("Filter: account, profile, user or detail"));
    m_text->setToolTip(tr("Show only entries containing this text"));
    m_useFrom->setText(tr("&From"));
    m_useTo->setText(tr("&To"));
    m_useFrom->setToolTip(tr("Show only entries from this time on"));
    m_useTo->setToolTip(tr("Show only entries before this time"));
    m_reload->setText(tr("&Reload"));
    m_reload->setToolTip(tr("Read the audit file again"));
    m_export->setText(tr("&Export to CSV…"));
    m_export->setToolTip(tr("Save the entries shown to a CSV file"));
    const QString result = m_result->currentData().toString();
    m_result->blockSignals(true);
    m_result->clear();
    m_result->addItem(tr("Any result"), QString());
    m_result->addItem(tr("Succeeded"), AuditEntry::resultOk());
    m_result->addItem(tr("Failed"), AuditEntry::resultFailed());
    m_result->setCurrentIndex(qMax(0, m_result->findData(result)));
    m_result->blockSignals(false);
    m_result->setToolTip(tr("Show only succeeded or failed actions"));
    m_action->setToolTip(tr("Show only one kind of action"));
    fillActionCombo();
    //: %1 is the file path
    m_info->setText(tr("What this console did, oldest first, from %1.").arg(m_path));
    emit titleChanged();
}

void AuditTrailPage::fillActionCombo()
{
    const QString current = m_action->currentData().toString();
    QStringList keys;
    for (const AuditEntry &e : m_model->entries())
        if (!keys.contains(e.action))
            keys << e.action;
    keys.sort();
    m_action->blockSignals(true);
    m_action->clear();
    m_action->addItem(tr("Any action"), QString());
    for (const QString &k : std::as_const(keys))
        m_action->addItem(auditActionName(k), k);
    m_action->setCurrentIndex(qMax(0, m_action->findData(current)));
    m_action->blockSignals(false);
}

void AuditTrailPage::setAuditLogPath(const QString &path)
{
    m_path = path;
    refresh();
    retranslateUi();
}

QString AuditTrailPage::refresh()
{
    m_model->reload(m_path);
    fillActionCombo();
    applyFilter();
    m_view->resizeColumnsToContents();
    if (m_model->skippedLines() > 0)
        //: %n unreadable lines
        return tr("%n line(s) of the audit file could not be read.", nullptr, m_model->skippedLines());
    return {};
}

void AuditTrailPage::showEvent(QShowEvent *event)
{
    refresh();
    Page::showEvent(event);
}

void AuditTrailPage::applyFilter()
{
    AuditFilter f;
    f.text = m_text->text().trimmed();
    f.action = m_action->currentData().toString();
    f.result = m_result->currentData().toString();
    if (m_useFrom->isChecked())
        f.from = m_from->dateTime().toUTC();
    if (m_useTo->isChecked())
        f.to = m_to->dateTime().toUTC();
    m_filter->setFilter(f);
    m_export->setEnabled(m_filter->rowCount() > 0);
}

bool AuditTrailPage::exportCsv(const QString &file, QString *error) const
{
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly) || out.write(auditToCsv(m_filter->visibleEntries())) < 0
        || !out.commit()) {
        if (error)
            //: %1 file, %2 system reason
            *error = tr("Could not write %1: %2").arg(file, out.errorString());
        return false;
    }
    return true;
}

void AuditTrailPage::chooseExportFile()
{
    auto *dialog = new QFileDialog(this, tr("Export audit log"), QString(), tr("CSV files (*.csv)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    dialog->selectFile(QStringLiteral("zaindari-audit.csv"));
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &file) {
        QString error;
        if (!exportCsv(file, &error))
            QMessageBox::warning(this, tr("Export audit log"), error);
    });
    dialog->open();
}

} // namespace zaindari
