// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventeditordialog.h"

#include "errorguard.h"
#include "eventeditor.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace entente {

namespace {
const auto GeometryKey = QStringLiteral("eventEditor/geometry");
} // namespace

EventEditorDialog::EventEditorDialog(EventStore *store, QWidget *parent)
    : QDialog(parent), m_editor(new EventEditor(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    m_editor->setStore(store);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_editor, 1);
    layout->addWidget(m_buttons);
    saveButton()->setEnabled(m_editor->isValid());
    connect(m_editor, &EventEditor::validityChanged, saveButton(), &QPushButton::setEnabled);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons, &QDialogButtonBox::accepted, this, ErrorGuard::slot([this] {
                if (m_editor->isValid()) {
                    emit saveRequested(m_editor->draft());
                }
            }));
    resize(720, 760);
    restoreGeometry(QSettings().value(GeometryKey).toByteArray());
    updateTitle();
}

EventEditorDialog::~EventEditorDialog() = default;

QPushButton *EventEditorDialog::saveButton() const
{
    return m_buttons->button(QDialogButtonBox::Save);
}

void EventEditorDialog::editEvent(qint64 eventId)
{
    m_editor->editEvent(eventId);
    updateTitle();
}

void EventEditorDialog::newEvent(const Event &event)
{
    m_editor->newEvent(event);
    updateTitle();
}

void EventEditorDialog::updateTitle()
{
    setWindowTitle(m_editor->eventId() == 0 ? tr("New Event")
                                            : tr("Edit “%1”").arg(m_editor->draft().event.title));
}

void EventEditorDialog::done(int result)
{
    QSettings().setValue(GeometryKey, saveGeometry());
    QDialog::done(result);
}

} // namespace entente
