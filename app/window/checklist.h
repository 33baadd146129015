// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QIcon>
#include <QListWidget>
#include <QStringList>

namespace entente {

// A short list of values to tick, for the filter panel's categories, tags and outlets: each
// row a value (its text unless a label is given) with a check box; Space ticks the current row.
class CheckList final : public QListWidget
{
    Q_OBJECT

public:
    struct Value
    {
        QString value;
        QString label; // "" shows the value
        QIcon icon = {};
    };

    explicit CheckList(QWidget *parent = nullptr);

    // The rows afresh, ticking those of `values` still listed. Emits nothing.
    void setValues(const QList<Value> &values);
    void addValues(const QList<Value> &values); // those not listed yet, at the end
    QStringList checkedValues() const;          // in the order they were ticked
    // Ticks exactly these (a value not listed is added, so that no criterion goes unseen).
    void setCheckedValues(const QStringList &values);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void checkedChanged(); // by the user

private:
    int heightOfRows(int rows) const;
    QListWidgetItem *append(const Value &value);
    void onItemChanged(QListWidgetItem *item);

    QHash<QString, QListWidgetItem *> m_items; // by value
    QStringList m_checked;
    bool m_updating = false;
};

} // namespace entente
