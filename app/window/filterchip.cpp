// SPDX-License-Identifier: GPL-3.0-or-later
#include "filterchip.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPainter>
#include <QToolButton>

namespace entente {

FilterChip::FilterChip(const QString &text, QWidget *parent)
    : QWidget(parent), m_label(new QLabel(text, this)), m_remove(new QToolButton(this))
{
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(text);
    setToolTip(tr("%1 (Delete removes this filter)").arg(text));
    m_label->setTextFormat(Qt::PlainText); // names from the file, shown as written
    m_label->setForegroundRole(QPalette::ButtonText);
    m_remove->setText(QStringLiteral("×"));
    m_remove->setAutoRaise(true);
    m_remove->setFocusPolicy(Qt::NoFocus); // the chip takes the focus; Delete removes it
    m_remove->setToolTip(tr("Remove this filter"));
    m_remove->setAccessibleName(tr("Remove filter %1").arg(text));
    m_remove->setCursor(Qt::PointingHandCursor);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 1, 2, 1);
    layout->setSpacing(2);
    layout->addWidget(m_label);
    layout->addWidget(m_remove);
    connect(m_remove, &QToolButton::clicked, this, &FilterChip::removeRequested);
}

QString FilterChip::text() const
{
    return m_label->text();
}

void FilterChip::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF bounds = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    const qreal radius = bounds.height() / 2;
    painter.setBrush(palette().color(QPalette::Button));
    painter.setPen(QPen(palette().color(hasFocus() ? QPalette::Highlight : QPalette::Mid),
                        hasFocus() ? 2 : 1));
    painter.drawRoundedRect(bounds, radius, radius);
}

void FilterChip::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace) {
        emit removeRequested();
        return;
    }
    QWidget::keyPressEvent(event);
}

// The frame shows the focus.
void FilterChip::focusInEvent(QFocusEvent *event)
{
    QWidget::focusInEvent(event);
    update();
    emit focused();
}

void FilterChip::focusOutEvent(QFocusEvent *event)
{
    QWidget::focusOutEvent(event);
    update();
}

} // namespace entente
