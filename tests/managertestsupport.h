// SPDX-License-Identifier: GPL-3.0-or-later
// Driving the managers (Data menu) as a user does: the tests of each manager share these.
#pragma once

#include <QPushButton>
#include <QTest>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>

#include "managerdialog.h"

// The dialog of this type that the manager shows now. Closed ones wait for the event loop to
// be deleted: the one that is visible is the new one.
template <typename Dialog>
Dialog *openDialog(QWidget *manager)
{
    for (Dialog *dialog : manager->findChildren<Dialog *>()) {
        if (dialog->isVisible()) {
            return dialog;
        }
    }
    return nullptr;
}

inline void click(QWidget *manager, const QString &buttonText)
{
    for (QPushButton *button : manager->findChildren<QPushButton *>()) {
        if (button->text() == buttonText && button->isVisible()) {
            QVERIFY2(button->isEnabled(), qPrintable(buttonText));
            QTest::mouseClick(button, Qt::LeftButton);
            return;
        }
    }
    QFAIL(qPrintable(QStringLiteral("no button ") + buttonText));
}

inline QTreeWidgetItem *row(entente::ManagerDialog *manager, const QVariant &key)
{
    for (QTreeWidgetItemIterator it(manager->list()); *it; ++it) {
        if ((*it)->data(0, entente::ManagerDialog::KeyRole) == key) {
            return *it;
        }
    }
    return nullptr;
}

inline void select(entente::ManagerDialog *manager, const QVariant &key)
{
    QTreeWidgetItem *item = row(manager, key);
    QVERIFY(item);
    QTreeWidget *list = manager->list();
    list->scrollToItem(item);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(item).center());
    QCOMPARE(manager->currentKey(), key);
}
