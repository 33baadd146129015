// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QStringView>

struct sqlite3;

namespace entente {

// The FTS5 tokenizer "fold": SQLite's unicode61 (its arguments passed on, e.g.
// `tokenize = "fold remove_diacritics 2"`) with the letters it leaves alone folded as well:
// й ї ё є ґ (Cyrillic) and ł ø đ ß æ œ ı þ, so that "Зеленський" and "Зеленськии", "Łódź" and
// "lodz" are one word to a search. Offsets stay those of the original text, so highlight()
// and snippet() mark the letters as they were written.
class FoldTokenizer final
{
    Q_DECLARE_TR_FUNCTIONS(entente::FoldTokenizer)

public:
    FoldTokenizer() = delete;

    // Registers "fold" on the connection; FTS5 knows tokenizers per connection, so every
    // connection that touches an FTS table using it must call this first. Writes nothing (a
    // read-only connection may call it). Throws Error naming `path` when the SQLite library
    // has no FTS5.
    static void registerOn(sqlite3 *db, const QString &path);
    // The terms the search index (event_text, schema 9) holds for `text`, made by the same
    // tokenizer with the same arguments as FTS5 makes them of a query: what a prefix must be
    // compared with. Needs registerOn() first; empty when the text has no letter or digit.
    static QStringList terms(sqlite3 *db, QStringView text);
};

} // namespace entente
