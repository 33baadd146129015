// SPDX-License-Identifier: GPL-3.0-or-later
#include "foldtokenizer.h"

#include "error.h"

#include <QDir>

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>
#include <memory>
#include <new>
#include <string_view>

#include <sqlite3.h>

namespace entente {

namespace {

// The letters unicode61's remove_diacritics leaves alone (it folds Latin letters that
// decompose to one ASCII letter, nothing else), in lower case since unicode61 has lowered
// the token already. Each is two bytes of UTF-8 and none becomes longer, so a folded token
// never outgrows the original.
struct Fold
{
    unsigned char lead;
    unsigned char trail;
    std::string_view to;
};
constexpr Fold Folds[] = {
    {0xC3, 0x9F, "ss"},       // ß
    {0xC3, 0xA6, "ae"},       // æ
    {0xC3, 0xB8, "o"},        // ø
    {0xC3, 0xBE, "th"},       // þ
    {0xC4, 0x91, "d"},        // đ
    {0xC4, 0xB1, "i"},        // ı
    {0xC5, 0x82, "l"},        // ł
    {0xC5, 0x93, "oe"},       // œ
    {0xD0, 0xB9, "\xD0\xB8"}, // й → и
    {0xD1, 0x91, "\xD0\xB5"}, // ё → е
    {0xD1, 0x94, "\xD0\xB5"}, // є → е
    {0xD1, 0x97, "\xD1\x96"}, // ї → і
    {0xD2, 0x91, "\xD0\xB3"}, // ґ → г
};
constexpr int FirstLead = 0xC3;
constexpr int LastLead = 0xD2;

// Where the letters of each lead byte start in Folds (sorted by lead): those of `lead` are
// from FirstOfLead[lead - FirstLead] to FirstOfLead[lead - FirstLead + 1]. A Cyrillic letter
// is then one or two comparisons, not thirteen.
constexpr auto FirstOfLead = [] {
    std::array<int, LastLead - FirstLead + 2> first{};
    int fold = 0;
    for (int lead = FirstLead; lead <= LastLead + 1; ++lead) {
        while (fold < int(std::size(Folds)) && Folds[fold].lead < lead) {
            ++fold;
        }
        first[lead - FirstLead] = fold;
    }
    return first;
}();
static_assert(std::is_sorted(std::begin(Folds), std::end(Folds),
                             [](const Fold &a, const Fold &b) { return a.lead < b.lead; }),
              "FirstOfLead needs Folds sorted by lead byte");

// Tokens up to this many bytes are folded in a buffer on the stack; longer ones (a URL, a
// long compound) in one on the heap.
constexpr int StackTokenBytes = 512;

// What the two bytes at `letter` become, or an empty view when they are not a letter to fold.
// A trail byte (0x80–0xBF) is never taken for a lead, so any position may be asked.
std::string_view folded(const char *letter)
{
    const auto lead = static_cast<unsigned char>(letter[0]);
    if (lead < FirstLead || lead > LastLead) {
        return {}; // ASCII, and most letters of most scripts
    }
    const auto trail = static_cast<unsigned char>(letter[1]);
    for (int fold = FirstOfLead[lead - FirstLead]; fold < FirstOfLead[lead - FirstLead + 1];
         ++fold) {
        if (Folds[fold].trail == trail) {
            return Folds[fold].to;
        }
    }
    return {};
}

// The length of the token's leading ASCII in whole words of eight bytes, told eight at a
// time: no letter to fold starts in it (each starts with a byte of 0xC3 or more), and most
// tokens of most data are ASCII.
int asciiWords(const char *token, int size)
{
    constexpr std::uint64_t HighBits = 0x8080808080808080;
    int i = 0;
    for (std::uint64_t word = 0; i + 8 <= size; i += 8) {
        std::memcpy(&word, token + i, sizeof word);
        if (word & HighBits) {
            break;
        }
    }
    return i;
}

// Whether no byte of the token has its high bit set: then it is ASCII.
bool isAscii(const char *token, int size)
{
    unsigned char bits = 0;
    for (int i = asciiWords(token, size); i < size; ++i) {
        bits |= static_cast<unsigned char>(token[i]);
    }
    return bits < 0x80;
}

// The offset of the token's first letter to fold, or `size` when there is none.
int firstFolded(const char *token, int size)
{
    if (isAscii(token, size)) {
        return size;
    }
    for (int i = asciiWords(token, size); i + 1 < size; ++i) {
        if (!folded(token + i).empty()) {
            return i;
        }
    }
    return size;
}

// Writes the token folded into `out` (at least `size` bytes) from `from` on, the bytes before
// copied as they are, and returns its length.
int foldInto(const char *token, int size, int from, char *out)
{
    std::memcpy(out, token, size_t(from));
    int length = from;
    for (int i = from; i < size;) {
        const std::string_view to = i + 1 < size ? folded(token + i) : std::string_view();
        if (to.empty()) {
            out[length++] = token[i++];
            continue;
        }
        std::memcpy(out + length, to.data(), to.size());
        length += int(to.size());
        i += 2;
    }
    return length;
}

using TokenCallback = int (*)(void *, int, const char *, int, int, int);

// The callback FTS5 gave to xTokenize, and its context.
struct Receiver
{
    void *context;
    TokenCallback token;
};

// Called by unicode61 for each token: passes it on folded, with unicode61's offsets into the
// original text, and returns what the receiver returned.
int foldToken(void *context, int flags, const char *token, int size, int start, int end)
{
    const auto *receiver = static_cast<const Receiver *>(context);
    const int from = firstFolded(token, size);
    if (from == size) {
        return receiver->token(receiver->context, flags, token, size, start, end);
    }
    char onStack[StackTokenBytes];
    std::unique_ptr<char, decltype(&sqlite3_free)> onHeap(nullptr, sqlite3_free);
    char *out = onStack;
    if (size > StackTokenBytes) {
        onHeap.reset(static_cast<char *>(sqlite3_malloc(size)));
        if (!onHeap) {
            return SQLITE_NOMEM;
        }
        out = onHeap.get();
    }
    const int length = foldInto(token, size, from, out);
    return receiver->token(receiver->context, flags, out, length, start, end);
}

// One "fold" tokenizer of an FTS table: the unicode61 it wraps.
struct Wrapper
{
    fts5_tokenizer unicode61;
    Fts5Tokenizer *instance = nullptr;
};

// These run inside SQLite's C code: nothing in them may throw.
int createWrapper(void *context, const char **arguments, int count, Fts5Tokenizer **created)
{
    auto *api = static_cast<fts5_api *>(context);
    std::unique_ptr<Wrapper> wrapper(new (std::nothrow) Wrapper);
    if (!wrapper) {
        return SQLITE_NOMEM;
    }
    void *unicode61Context = nullptr;
    int rc = api->xFindTokenizer(api, "unicode61", &unicode61Context, &wrapper->unicode61);
    if (rc == SQLITE_OK) {
        rc = wrapper->unicode61.xCreate(unicode61Context, arguments, count, &wrapper->instance);
    }
    if (rc != SQLITE_OK) {
        return rc;
    }
    *created = reinterpret_cast<Fts5Tokenizer *>(wrapper.release());
    return SQLITE_OK;
}

void deleteWrapper(Fts5Tokenizer *tokenizer)
{
    auto *wrapper = reinterpret_cast<Wrapper *>(tokenizer);
    wrapper->unicode61.xDelete(wrapper->instance);
    delete wrapper;
}

int tokenize(Fts5Tokenizer *tokenizer, void *context, int flags, const char *text, int size,
             TokenCallback token)
{
    auto *wrapper = reinterpret_cast<Wrapper *>(tokenizer);
    Receiver receiver{context, token};
    return wrapper->unicode61.xTokenize(wrapper->instance, &receiver, flags, text, size, foldToken);
}

// The connection's FTS5 API, the documented way (https://www.sqlite.org/fts5.html#extending_fts5),
// or nullptr when the library has no FTS5 ("no such function: fts5"). The statement reads no
// table, so it works on a read-only or immutable file.
fts5_api *fts5Of(sqlite3 *db)
{
    sqlite3_stmt *raw = nullptr;
    const int rc = sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &raw, nullptr);
    std::unique_ptr<sqlite3_stmt, decltype(&sqlite3_finalize)> statement(raw, sqlite3_finalize);
    if (rc != SQLITE_OK) {
        return nullptr;
    }
    fts5_api *api = nullptr;
    sqlite3_bind_pointer(raw, 1, &api, "fts5_api_ptr", nullptr);
    sqlite3_step(raw);
    // fold is written against version 2 of the API (xCreateTokenizer, xFindTokenizer).
    return api && api->iVersion >= 2 ? api : nullptr;
}

// The arguments event_text's tokenizer is declared with (resources/schema/0009_search.sql):
// the terms of a query are only the index's when made alike.
constexpr const char *IndexArguments[] = {"remove_diacritics", "2"};

int collectTerm(void *context, int, const char *token, int size, int, int)
{
    static_cast<QStringList *>(context)->append(QString::fromUtf8(token, size));
    return SQLITE_OK;
}

} // namespace

QStringList FoldTokenizer::terms(sqlite3 *db, QStringView text)
{
    QStringList found;
    fts5_api *api = fts5Of(db);
    void *context = nullptr;
    fts5_tokenizer fold{};
    if (!api || api->xFindTokenizer(api, "fold", &context, &fold) != SQLITE_OK) {
        return found;
    }
    Fts5Tokenizer *instance = nullptr;
    if (fold.xCreate(context, const_cast<const char **>(IndexArguments),
                     int(std::size(IndexArguments)), &instance) != SQLITE_OK) {
        return found;
    }
    const QByteArray utf8 = text.toUtf8();
    fold.xTokenize(instance, &found, FTS5_TOKENIZE_QUERY | FTS5_TOKENIZE_PREFIX, utf8.constData(),
                   int(utf8.size()), collectTerm);
    fold.xDelete(instance);
    return found;
}

void FoldTokenizer::registerOn(sqlite3 *db, const QString &path)
{
    fts5_api *api = fts5Of(db);
    if (!api) {
        throw Error(tr("%1: the SQLite library this program uses has no full-text search "
                       "(FTS5), which a timeline needs. Build the program with an SQLite that "
                       "has it: with vcpkg, install \"sqlite3[fts5]\"; the system SQLite of "
                       "Debian and Ubuntu and Homebrew's sqlite have it.")
                        .arg(QDir::toNativeSeparators(path)));
    }
    fts5_tokenizer fold{createWrapper, deleteWrapper, tokenize};
    // FTS5 copies the struct; `api` is the context each table's tokenizer is created with.
    const int rc = api->xCreateTokenizer(api, "fold", api, &fold, nullptr);
    if (rc != SQLITE_OK) {
        throw Error(tr("%1: cannot register the search tokenizer: %2")
                        .arg(QDir::toNativeSeparators(path), QString::fromUtf8(sqlite3_errstr(rc))),
                    rc);
    }
}

} // namespace entente
