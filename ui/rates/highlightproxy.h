#pragma once
// Paints whole rows whose `flagRole` is true (flagged logins, accounts with a success from a new
// address, distributed attacks) in a warning background, and explains it in the tooltip. The
// source models keep their data; colour is the view's business.

#include <QColor>
#include <QIdentityProxyModel>
#include <QString>

#include <functional>

namespace zaindari {

class HighlightProxy : public QIdentityProxyModel
{
    Q_OBJECT
public:
    struct Rule
    {
        int role;
        QColor background;
        std::function<QString()> tooltip; // translated at call time (follows a language change)
    };
    explicit HighlightProxy(QObject *parent = nullptr)
        : QIdentityProxyModel(parent)
    { }
    void addRule(const Rule &rule) { m_rules.append(rule); }

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (index.isValid() && (role == Qt::BackgroundRole || role == Qt::ToolTipRole)) {
            for (const Rule &r : m_rules) {
                const QModelIndex first = QIdentityProxyModel::index(index.row(), 0, index.parent());
                if (!QIdentityProxyModel::data(first, r.role).toBool())
                    continue;
                if (role == Qt::BackgroundRole)
                    return r.background;
                const QVariant own = QIdentityProxyModel::data(index, role);
                const QString tip = r.tooltip ? r.tooltip() : QString();
                return own.toString().isEmpty() ? tip : own.toString() + QLatin1Char('\n') + tip;
            }
        }
        return QIdentityProxyModel::data(index, role);
    }

private:
    QList<Rule> m_rules;
};

} // namespace zaindari
