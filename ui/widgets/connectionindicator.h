#pragma once
// One backend's connection state in the status bar (and on the dashboard): a coloured dot and
// "SSH: Connected"; the tooltip says what the state means, or carries the error text.

#include "common/connectiontest.h"

#include <QWidget>

class QLabel;

namespace zaindari {

class ConnectionIndicator : public QWidget
{
    Q_OBJECT
public:
    explicit ConnectionIndicator(Backend backend, QWidget *parent = nullptr);

    Backend backend() const { return m_backend; }
    ConnectionState state() const { return m_state; }
    QString message() const { return m_message; }
    QString text() const; // the visible label, for tests and accessibility

    // `message` is the translated sentence of the last error (shown as tooltip), or empty.
    void setState(ConnectionState state, const QString &message = {});

    // Colour of the dot for a state; also used by the dashboard.
    static QColor stateColor(ConnectionState state);
    static QPixmap stateDot(ConnectionState state, int size);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    Backend m_backend;
    ConnectionState m_state = ConnectionState::Disconnected;
    QString m_message;
    QLabel *m_dot;
    QLabel *m_label;
};

} // namespace zaindari
