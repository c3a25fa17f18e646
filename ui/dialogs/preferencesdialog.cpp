#include "preferencesdialog.h"

#include "common/i18n.h"
#include "common/settings.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace zaindari {

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent)
    , m_languageLabel(new QLabel(this))
    , m_language(new QComboBox(this))
    , m_languageNote(new QLabel(this))
    , m_refreshLabel(new QLabel(this))
    , m_refresh(new QSpinBox(this))
    , m_timeLabel(new QLabel(this))
    , m_time(new QComboBox(this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(
          QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Apply, this))
{
    setObjectName(QStringLiteral("PreferencesDialog"));
    setMinimumWidth(460);
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->setVerticalSpacing(10);
    m_language->setObjectName(QStringLiteral("language"));
    m_languageLabel->setBuddy(m_language);
    form->addRow(m_languageLabel, m_language);
    m_languageNote->setWordWrap(true);
    m_languageNote->setForegroundRole(QPalette::PlaceholderText);
    form->addRow(QString(), m_languageNote);
    m_refresh->setObjectName(QStringLiteral("autoRefresh"));
    // 0 means off; otherwise the settings layer clamps to [MinAutoRefresh, MaxAutoRefresh].
    m_refresh->setRange(0, AppSettings::MaxAutoRefresh);
    m_refresh->setSingleStep(5);
    m_refreshLabel->setBuddy(m_refresh);
    form->addRow(m_refreshLabel, m_refresh);
    m_timeLabel->setBuddy(m_time);
    form->addRow(m_timeLabel, m_time);
    layout->addLayout(form);
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this,
            &PreferencesDialog::apply);
    retranslateUi();
    load();
}

void PreferencesDialog::load()
{
    const AppSettings &s = AppSettings::instance();
    m_language->setCurrentIndex(qMax(0, m_language->findData(s.language())));
    m_refresh->setValue(s.autoRefreshSeconds());
    m_time->setCurrentIndex(qMax(0, m_time->findData(toString(s.timeDisplay()))));
}

void PreferencesDialog::apply()
{
    AppSettings &s = AppSettings::instance();
    int refresh = m_refresh->value();
    if (refresh > 0 && refresh < AppSettings::MinAutoRefresh)
        refresh = AppSettings::MinAutoRefresh;
    s.setAutoRefreshSeconds(refresh);
    m_refresh->setValue(s.autoRefreshSeconds());
    s.setTimeDisplay(timeDisplayFromString(m_time->currentData().toString()));
    const QString lang = m_language->currentData().toString();
    const bool changed = lang != s.language() || i18n::resolveLanguage(lang) != i18n::currentLanguage();
    s.setLanguage(lang);
    if (changed) {
        QString error;
        // Installing translators sends LanguageChange to every widget, this dialog included.
        i18n::install(QCoreApplication::instance(), lang, &error);
        m_error->setText(error);
        m_error->setVisible(!error.isEmpty());
    }
}

void PreferencesDialog::accept()
{
    apply();
    QDialog::accept();
}

void PreferencesDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void PreferencesDialog::retranslateUi()
{
    setWindowTitle(tr("Preferences"));
    m_languageLabel->setText(tr("&Language:"));
    const QVariant lang = m_language->currentData();
    m_language->clear();
    m_language->addItem(tr("System default"), QString());
    // Native names on purpose: someone who cannot read the current language still finds theirs.
    for (const QString &code : {QStringLiteral("eu"), QStringLiteral("es"), QStringLiteral("en")})
        m_language->addItem(i18n::languageName(code), code);
    m_language->setCurrentIndex(qMax(0, m_language->findData(lang)));
    m_languageNote->setText(tr("The new language applies at once to every window."));
    m_refreshLabel->setText(tr("&Automatic refresh:"));
    m_refresh->setSpecialValueText(tr("Off"));
    //: Unit after the refresh interval, with its leading space
    m_refresh->setSuffix(tr(" s"));
    m_refresh->setToolTip(tr("How often open pages reload their data, in seconds (at least %1). "
                             "0 turns automatic refresh off.")
                              .arg(AppSettings::MinAutoRefresh));
    m_timeLabel->setText(tr("&Times shown in:"));
    const QVariant time = m_time->currentData();
    m_time->clear();
    m_time->addItem(tr("Local time"), toString(TimeDisplay::Local));
    m_time->addItem(tr("UTC"), toString(TimeDisplay::Utc));
    m_time->setCurrentIndex(qMax(0, m_time->findData(time)));
}

} // namespace zaindari
