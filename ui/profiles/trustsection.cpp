#include "trustsection.h"

#include "trustpinsmodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace zaindari {

TrustSection::TrustSection(QWidget *parent)
    : EditorSection(parent)
    , m_model(new TrustPinsModel(this))
    , m_view(new QTableView(this))
    , m_forget(new QPushButton(this))
{
    auto *outer = new QVBoxLayout(this);
    auto *intro = new QLabel(this);
    intro->setWordWrap(true);
    outer->addWidget(intro);
    m_view->setModel(m_model);
    m_view->setObjectName(QStringLiteral("trustView"));
    m_view->verticalHeader()->hide();
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setStretchLastSection(true);
    outer->addWidget(m_view, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_forget);
    outer->addLayout(buttons);
    m_forget->setEnabled(false);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { m_forget->setEnabled(m_view->selectionModel()->hasSelection()); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] { m_forget->setEnabled(false); });
    connect(m_forget, &QPushButton::clicked, this, [this] {
        const QModelIndexList rows = m_view->selectionModel()->selectedRows();
        if (rows.isEmpty())
            return;
        m_model->forget(rows.first().row());
        emit edited();
    });
    onRetranslate([=] {
        intro->setText(tr("Keys and certificates you confirmed on first connection. Zaindari "
                          "refuses a server whose key or certificate changes. Forget one to be "
                          "asked again on the next connection; this takes effect when you save."));
        m_forget->setText(tr("Forget"));
        m_forget->setToolTip(tr("Forget the selected key or certificate"));
        m_model->retranslate();
    });
}

QString TrustSection::title() const
{
    return tr("Pinned trust");
}

void TrustSection::load(const Profile &profile)
{
    m_model->setPins(profile.trust);
}

void TrustSection::apply(Profile &profile) const
{
    profile.trust = m_model->pins();
}

} // namespace zaindari
