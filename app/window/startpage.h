// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QVBoxLayout;

namespace entente {

// What the window shows while no timeline is open (after File ▸ Close, or when the one asked
// for could not be opened): New, Open and the recent files, each a button.
class StartPage final : public QWidget
{
    Q_OBJECT

public:
    explicit StartPage(QWidget *parent = nullptr);

    // Lists these files (newest first) as buttons; a missing one is greyed out.
    void setRecentFiles(const QStringList &paths);

signals:
    void newRequested();
    void openRequested();
    void openPathRequested(const QString &path);

private:
    QVBoxLayout *m_recent;
};

} // namespace entente
