#pragma once
// Side pane of the Queues page: `postcat -q ID` for the current message (envelope, headers and
// the start of the body, bounded by MessagePreviewJob) so the technician can judge spam.
// Highlighted with KSyntaxHighlighting's "Email" definition when available, else a small
// QSyntaxHighlighter that marks header names and postcat's section lines.

#include <QWidget>

class QLabel;
class QPlainTextEdit;

namespace zaindari {

class MessagePreviewPane : public QWidget
{
    Q_OBJECT
public:
    explicit MessagePreviewPane(QWidget *parent = nullptr);
    ~MessagePreviewPane() override;

    void showLoading(const QString &queueId);
    void showText(const QString &queueId, const QString &text, bool truncated);
    void showError(const QString &queueId, const QString &message);
    void showNothing();
    QString text() const;
    QString queueId() const { return m_id; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    QLabel *m_title;
    QPlainTextEdit *m_view;
    QObject *m_highlighter = nullptr;
    QString m_id;
    enum class Mode { Nothing, Loading, Text, Error } m_mode = Mode::Nothing;
    bool m_truncated = false;
    QString m_error;
};

} // namespace zaindari
