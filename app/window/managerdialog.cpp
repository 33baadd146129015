// SPDX-License-Identifier: GPL-3.0-or-later
#include "managerdialog.h"

#include "editactions.h"
#include "errorguard.h"
#include "eventstore.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace entente {

ManagerDialog::ManagerDialog(EditActions *editing, const QStringList &columns, QWidget *parent)
    : QDialog(parent), m_editing(editing), m_list(new QTreeWidget(this)), m_note(new QLabel(this))
{
    m_list->setHeaderLabels(columns);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAllColumnsShowFocus(true);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_note->setTextFormat(Qt::PlainText);
    m_note->setWordWrap(true);
    m_note->hide();

    auto *buttons = new QHBoxLayout;
    buttons->setObjectName(QStringLiteral("buttons"));
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list);
    layout->addWidget(m_note);
    layout->addLayout(buttons);
    layout->addWidget(close);

    connect(m_list, &QTreeWidget::currentItemChanged, this,
            ErrorGuard::slot(this, &ManagerDialog::updateButtons));
    connect(m_list, &QTreeWidget::itemActivated, this, ErrorGuard::slot([this] {
                if (canEdit()) {
                    activate();
                }
            }));
    connect(editing, &EditActions::storeChanged, this,
            ErrorGuard::slot(this, &ManagerDialog::setStore));
    resize(640, 420);
}

void ManagerDialog::start()
{
    setStore(m_editing->store());
}

bool ManagerDialog::canEdit() const
{
    return m_store && m_editing->canEdit();
}

QVariant ManagerDialog::currentKey() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item ? item->data(0, KeyRole) : QVariant();
}

void ManagerDialog::setCurrentKey(const QVariant &key)
{
    for (QTreeWidgetItemIterator it(m_list); *it; ++it) {
        if ((*it)->data(0, KeyRole) == key) {
            m_list->setCurrentItem(*it);
            return;
        }
    }
}

void ManagerDialog::reload()
{
    const QVariant current = currentKey();
    m_list->clear();
    if (m_store) {
        fill();
    }
    m_list->expandAll();
    for (int column = 1; column < m_list->columnCount(); ++column) {
        m_list->resizeColumnToContents(column);
    }
    if (current.isValid()) {
        setCurrentKey(current);
    }
    updateButtons();
}

QPushButton *ManagerDialog::addButton(const QString &text, bool needsRow,
                                      const std::function<void()> &onClick)
{
    auto *button = new QPushButton(text, this);
    button->setAutoDefault(false);
    connect(button, &QPushButton::clicked, this, onClick);
    findChild<QHBoxLayout *>(QStringLiteral("buttons"))->addWidget(button);
    m_buttons.append({button, needsRow});
    updateButtons();
    return button;
}

bool ManagerDialog::push(QUndoCommand *command)
{
    return m_editing->push(command);
}

QIcon ManagerDialog::swatch(const QColor &colour)
{
    QPixmap pixmap(16, 16);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setPen(QColor(0x80, 0x80, 0x80));
    painter.setBrush(colour.isValid() ? QBrush(colour) : QBrush(Qt::NoBrush));
    painter.drawRect(QRectF(0.5, 0.5, 15, 15));
    return QIcon(pixmap);
}

void ManagerDialog::setStore(EventStore *store)
{
    if (m_store) {
        disconnect(m_store, nullptr, this, nullptr);
    }
    m_store = store;
    if (m_store) {
        connect(m_store, &EventStore::changed, this,
                ErrorGuard::slot([this](const StoreChange &change) {
                    if (shows(change)) {
                        reload();
                    }
                }));
    }
    m_note->setText(tr("This timeline is read-only (the file is write-protected or on a "
                       "read-only medium): it can be looked at here, not changed."));
    m_note->setVisible(m_store && !canEdit());
    reload();
}

void ManagerDialog::updateButtons()
{
    const bool hasRow = m_list->currentItem() != nullptr;
    for (const auto &[button, needsRow] : std::as_const(m_buttons)) {
        button->setEnabled(canEdit() && (hasRow || !needsRow));
    }
    rowButtonsUpdated();
}

} // namespace entente
