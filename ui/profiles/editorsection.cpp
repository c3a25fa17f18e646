#include "editorsection.h"

#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace zaindari {

void EditorSection::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        for (const auto &f : std::as_const(m_retranslators))
            f();
    }
    QWidget::changeEvent(event);
}

void EditorSection::onRetranslate(const std::function<void()> &f)
{
    f();
    m_retranslators.append(f);
}

QWidget *EditorSection::withError(QWidget *input, QLabel **errorLabel)
{
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(input);
    auto *error = new QLabel(box);
    error->setWordWrap(true);
    error->setObjectName(QStringLiteral("fieldError"));
    QPalette pal = error->palette();
    pal.setColor(QPalette::WindowText, QColor(0xc0, 0x25, 0x1d));
    error->setPalette(pal);
    error->hide();
    layout->addWidget(error);
    *errorLabel = error;
    return box;
}

bool EditorSection::setError(QLabel *errorLabel, const QString &message)
{
    errorLabel->setText(message);
    errorLabel->setVisible(!message.isEmpty());
    return message.isEmpty();
}

QLineEdit *EditorSection::makeSecretEdit()
{
    auto *edit = new QLineEdit(this);
    edit->setEchoMode(QLineEdit::Password);
    edit->setClearButtonEnabled(true);
    connect(edit, &QLineEdit::textEdited, this, &EditorSection::edited);
    onRetranslate([this, edit] { updateSecretPlaceholder(edit); });
    return edit;
}

void EditorSection::updateSecretPlaceholder(QLineEdit *edit) const
{
    if (m_keychainAvailable) {
        edit->setPlaceholderText(tr("Leave empty to keep the saved one"));
        edit->setToolTip(tr("Stored only in the system keychain, never in the settings file."));
    } else {
        edit->setPlaceholderText(tr("Asked when needed"));
        edit->setToolTip(tr("No keychain is available: what you type is kept in memory for "
                            "this session only."));
    }
}

} // namespace zaindari
