#include "messagepreviewpane.h"

#include <QEvent>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QSyntaxHighlighter>
#include <QTextCursor>
#include <QTextDocument>
#include <QVBoxLayout>

#ifdef ZAINDARI_HAVE_KSYNTAXHIGHLIGHTING
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>
#endif

namespace zaindari {

namespace {

// Header names ("Subject:") up to the first empty line after postcat's "*** MESSAGE CONTENTS"
// line, and postcat's own "*** ... ***" section lines (src/postcat/postcat.c).
class HeaderHighlighter : public QSyntaxHighlighter
{
public:
    explicit HeaderHighlighter(QTextDocument *doc)
        : QSyntaxHighlighter(doc)
        , m_header(QStringLiteral("^([A-Za-z0-9!#$%&'*+.^_`|~-]+):"))
    {
        m_nameFormat.setForeground(QColor(0x1f, 0x5f, 0xa8));
        m_nameFormat.setFontWeight(QFont::Bold);
        m_sectionFormat.setForeground(QColor(0x80, 0x80, 0x80));
        m_sectionFormat.setFontItalic(true);
    }

protected:
    // Block state: 0 = envelope/headers, 1 = body.
    void highlightBlock(const QString &text) override
    {
        int state = qMax(0, previousBlockState());
        if (text.startsWith(QLatin1String("*** "))) {
            setFormat(0, int(text.size()), m_sectionFormat);
            state = text.contains(QLatin1String("MESSAGE CONTENTS"))
                ? 0
                : (text.contains(QLatin1String("ENVELOPE")) ? 0 : 1);
            setCurrentBlockState(state);
            return;
        }
        if (state == 0) {
            if (text.isEmpty())
                state = 1; // end of the headers
            else if (const QRegularExpressionMatch m = m_header.match(text); m.hasMatch())
                setFormat(0, int(m.capturedLength(1)) + 1, m_nameFormat);
        }
        setCurrentBlockState(state);
    }

private:
    QRegularExpression m_header;
    QTextCharFormat m_nameFormat;
    QTextCharFormat m_sectionFormat;
};

} // namespace

MessagePreviewPane::MessagePreviewPane(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_view(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("MessagePreviewPane"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_title->setWordWrap(true);
    layout->addWidget(m_title);
    m_view->setObjectName(QStringLiteral("previewText"));
    m_view->setReadOnly(true);
    m_view->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_view->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    layout->addWidget(m_view, 1);
#ifdef ZAINDARI_HAVE_KSYNTAXHIGHLIGHTING
    static KSyntaxHighlighting::Repository repository;
    auto *h = new KSyntaxHighlighting::SyntaxHighlighter(m_view->document());
    h->setTheme(repository.defaultTheme(palette().color(QPalette::Base).lightness() < 128
                                            ? KSyntaxHighlighting::Repository::DarkTheme
                                            : KSyntaxHighlighting::Repository::LightTheme));
    h->setDefinition(repository.definitionForName(QStringLiteral("Email")));
    m_highlighter = h;
#else
    m_highlighter = new HeaderHighlighter(m_view->document());
#endif
    retranslateUi();
}

MessagePreviewPane::~MessagePreviewPane() = default;

void MessagePreviewPane::showLoading(const QString &queueId)
{
    m_id = queueId;
    m_mode = Mode::Loading;
    m_view->clear();
    retranslateUi();
}

void MessagePreviewPane::showText(const QString &queueId, const QString &text, bool truncated)
{
    m_id = queueId;
    m_mode = Mode::Text;
    m_truncated = truncated;
    m_view->setPlainText(text);
    // postcat prints the envelope records first; the headers and body are what tell spam, so
    // they open at the top and the envelope stays one scroll up.
    const QTextCursor contents = m_view->document()->find(QStringLiteral("*** MESSAGE CONTENTS"));
    if (!contents.isNull()) {
        m_view->moveCursor(QTextCursor::End);
        QTextCursor c(contents);
        c.movePosition(QTextCursor::StartOfBlock);
        m_view->setTextCursor(c);
        m_view->ensureCursorVisible();
    }
    retranslateUi();
}

void MessagePreviewPane::showError(const QString &queueId, const QString &message)
{
    m_id = queueId;
    m_mode = Mode::Error;
    m_error = message;
    m_view->clear();
    retranslateUi();
}

void MessagePreviewPane::showNothing()
{
    m_id.clear();
    m_mode = Mode::Nothing;
    m_view->clear();
    retranslateUi();
}

QString MessagePreviewPane::text() const
{
    return m_view->toPlainText();
}

void MessagePreviewPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void MessagePreviewPane::retranslateUi()
{
    m_view->setAccessibleName(tr("Message preview"));
    switch (m_mode) {
    case Mode::Nothing:
        m_title->setText(
            tr("<b>Preview</b><br>Select a message to see its headers and the start of its body."));
        break;
    case Mode::Loading:
        //: %1 is a Postfix queue id
        m_title->setText(tr("<b>Preview of %1</b><br>Reading the message…").arg(m_id));
        break;
    case Mode::Text:
        m_title->setText(m_truncated
                             //: %1 is a Postfix queue id
                             ? tr("<b>Preview of %1</b><br>Only the start of the message is shown.").arg(m_id)
                             : tr("<b>Preview of %1</b>").arg(m_id));
        break;
    case Mode::Error:
        //: %1 is a Postfix queue id, %2 the error
        m_title->setText(tr("<b>Preview of %1</b><br>%2").arg(m_id, m_error.toHtmlEscaped()));
        break;
    }
}

} // namespace zaindari
