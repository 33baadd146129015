// SPDX-License-Identifier: GPL-3.0-or-later
#include "startpage.h"

#include "recentfiles.h"

#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace entente {

StartPage::StartPage(QWidget *parent) : QWidget(parent), m_recent(new QVBoxLayout)
{
    setObjectName(QStringLiteral("startPage"));
    auto *title = new QLabel(tr("No timeline is open"), this);
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.5);
    title->setFont(font);
    auto *newButton = new QPushButton(tr("&New Timeline…"), this);
    newButton->setObjectName(QStringLiteral("startNew"));
    auto *openButton = new QPushButton(tr("&Open Timeline…"), this);
    openButton->setObjectName(QStringLiteral("startOpen"));
    connect(newButton, &QPushButton::clicked, this, &StartPage::newRequested);
    connect(openButton, &QPushButton::clicked, this, &StartPage::openRequested);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(newButton);
    buttons->addWidget(openButton);
    buttons->addStretch();
    // A column in the middle of the page, as wide as it needs.
    auto *column = new QVBoxLayout;
    column->addWidget(title);
    column->addLayout(buttons);
    column->addSpacing(12);
    column->addLayout(m_recent);
    auto *outer = new QHBoxLayout(this);
    outer->addStretch();
    auto *middle = new QVBoxLayout;
    middle->addStretch();
    middle->addLayout(column);
    middle->addStretch(2);
    outer->addLayout(middle);
    outer->addStretch();
}

void StartPage::setRecentFiles(const QStringList &paths)
{
    while (QLayoutItem *item = m_recent->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    if (paths.isEmpty()) {
        return;
    }
    m_recent->addWidget(new QLabel(tr("Recent timelines:"), this));
    for (const QString &path : paths) {
        auto *button = new QPushButton(RecentFiles::label(path, paths), this);
        button->setFlat(true);
        button->setStyleSheet(QStringLiteral("text-align: left"));
        const bool there = RecentFiles::exists(path);
        button->setEnabled(there);
        button->setToolTip(there ? QDir::toNativeSeparators(path) : RecentFiles::goneText(path));
        connect(button, &QPushButton::clicked, this,
                [this, path] { emit openPathRequested(path); });
        m_recent->addWidget(button);
    }
}

} // namespace entente
