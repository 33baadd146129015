// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QToolButton;

namespace entente {

// One active filter above the timeline, as a rounded label with a × that removes it; when it
// has the focus, Delete or Backspace do the same.
class FilterChip final : public QWidget
{
    Q_OBJECT

public:
    explicit FilterChip(const QString &text, QWidget *parent = nullptr);

    QString text() const;
    QToolButton *removeButton() const { return m_remove; }

signals:
    void removeRequested();
    void focused(); // so that the row scrolls it into view

protected:
    void paintEvent(QPaintEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    QLabel *m_label;
    QToolButton *m_remove;
};

} // namespace entente
