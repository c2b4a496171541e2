// Minnow lexer. See lexer.h for the token model.
//
// Invariants of LexState:
//  - pos never exceeds Lexer::end; all reads check against end first.
//  - line/line_start describe pos's physical line, where "\n", "\r\n" and a
//    lone "\r" each end a line.
//  - at_bol is only acted on when paren_depth == 0; inside brackets the
//    line structure is ignored.
//  - indents[0] == alt_indents[0] == 0 and indents[indent_depth] is the
//    current block's indentation.
#include "lex/lexer.h"

#include <cstring>

#include "config.h"
#include "lex/msgbuf.h"
#include "util/unicode.h"

namespace minnow {

namespace {

const char* const kTokText[] = {
#define MINNOW_TOK_TEXT(name, text) text,
    MINNOW_TOKENS(MINNOW_TOK_TEXT)
#undef MINNOW_TOK_TEXT
};
static_assert(sizeof kTokText / sizeof kTokText[0] == static_cast<size_t>(Tok::Count_));

inline bool is_digit(char c) { return c >= '0' && c <= '9'; }
inline bool is_ascii_ident_start(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}

// Unicode whitespace and BOM above 0x7F: not allowed in identifiers.
bool is_unicode_space(uint32_t c) {
    return c == 0x85 || c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) ||
           c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000 ||
           c == 0xFEFF;
}

// Length of the line terminator at p (0 if none).
inline uint32_t nl_len(const Lexer* lx, uint32_t p) {
    if (p >= lx->end) return 0;
    char c = lx->src[p];
    if (c == '\n') return 1;
    if (c == '\r') return (p + 1 < lx->end && lx->src[p + 1] == '\n') ? 2 : 1;
    return 0;
}

inline Token make_tok(Tok kind, uint32_t pos, uint32_t len, uint32_t line, uint32_t col) {
    Token t;
    t.kind = kind;
    t.flags = 0;
    t.prefix_len = 0;
    t.pos = pos;
    t.len = len;
    t.line = line;
    t.col = col;
    return t;
}

// Report an error; if the callback returns, park the lexer at end of input.
[[gnu::noinline, gnu::cold]] Token fail(Lexer* lx, ErrorKind kind, const char* msg, uint32_t line, uint32_t col) {
    lx->error(lx->error_ctx, kind, MsgText(msg).text, line, col);
    LexState& st = lx->st;
    st.done = true;
    st.pos = lx->end;
    st.pending = 0;
    st.indent_depth = 0;
    st.paren_depth = 0;
    return make_tok(Tok::Error, lx->end, 0, line, col);
}

Token fail_here(Lexer* lx, const char* msg, uint32_t p) {
    return fail(lx, ErrorKind::SyntaxError, msg, lx->st.line, p - lx->st.line_start);
}

// Skip the body of a string literal starting at p (just after the prefix,
// on the opening quote) in a cheap scan that only needs to stay in sync.
// Used by the error-path rescan; returns the position after the string.
uint32_t skip_string_quick(const Lexer* lx, uint32_t p, uint32_t stop, uint32_t* line) {
    char q = lx->src[p];
    bool triple = p + 2 < stop && lx->src[p + 1] == q && lx->src[p + 2] == q;
    p += triple ? 3 : 1;
    while (p < stop) {
        char c = lx->src[p];
        if (c == '\\') {
            p++;
            uint32_t n = nl_len(lx, p);
            if (n) { (*line)++; p += n; } else if (p < stop) { p++; }
            continue;
        }
        uint32_t n = nl_len(lx, p);
        if (n) {
            (*line)++;
            p += n;
            continue;
        }
        if (c == q) {
            if (!triple) return p + 1;
            if (p + 2 < stop && lx->src[p + 1] == q && lx->src[p + 2] == q) return p + 3;
        }
        p++;
    }
    return p;
}

// Find where the bracket that brought the nesting to `depth` (counting
// from the outermost open bracket of this logical line) was opened. Error
// path only: rescans the text instead of storing every position.
void find_opener(const Lexer* lx, uint32_t depth, uint32_t* out_line, uint32_t* out_col) {
    const LexState& st = lx->st;
    uint32_t base = lx->in_fstring ? 1 : 0;
    uint32_t p = st.outer_open_pos, line = st.outer_open_line, ls = st.outer_open_line_start;
    *out_line = line;
    *out_col = p - ls;
    uint32_t d = base;
    while (p < st.pos) {
        char c = lx->src[p];
        uint32_t n = nl_len(lx, p);
        if (n) {
            p += n;
            line++;
            ls = p;
        } else if (c == '#') {
            while (p < st.pos && !nl_len(lx, p)) p++;
        } else if (c == '\'' || c == '"') {
            uint32_t before = line;
            p = skip_string_quick(lx, p, st.pos, &line);
            if (line != before) {
                // Recompute the line start after a multi-line string.
                uint32_t k = p;
                while (k > 0 && lx->src[k - 1] != '\n' && lx->src[k - 1] != '\r') k--;
                ls = k;
            }
        } else if (c == '(' || c == '[' || c == '{') {
            d++;
            if (d == depth) {
                *out_line = line;
                *out_col = p - ls;
            }
            p++;
        } else if (c == ')' || c == ']' || c == '}') {
            if (d > base) d--;
            p++;
        } else {
            p++;
        }
    }
}

char closer_for(char open) { return open == '(' ? ')' : open == '[' ? ']' : '}'; }

// Error reporters that format a message. They are out of line and cold so
// that their buffers are not part of lexer_next's frame, which sits on top
// of the parser's deepest recursion.
#define MINNOW_COLD [[gnu::noinline, gnu::cold]]

// "invalid KIND literal", or "invalid digit 'D' in KIND literal".
MINNOW_COLD Token fail_literal(Lexer* lx, const char* kind, uint32_t p, char digit = 0) {
    MsgBuf m;
    if (digit) m.add("invalid digit '").add_char(digit).add("' in ").add(kind).add(" literal");
    else m.add("invalid ").add(kind).add(" literal");
    return fail_here(lx, m.c_str(), p);
}

MINNOW_COLD Token fail_unterminated(Lexer* lx, bool triple, uint32_t detected, uint32_t line, uint32_t col) {
    MsgBuf m;
    m.add(triple ? "unterminated triple-quoted string literal" : "unterminated string literal")
        .add(" (detected at line ")
        .add_uint(detected)
        .add(")");
    return fail(lx, ErrorKind::SyntaxError, m.c_str(), line, col);
}

MINNOW_COLD Token fail_never_closed(Lexer* lx) {
    uint32_t l, c;
    find_opener(lx, lx->st.paren_depth, &l, &c);
    MsgBuf m;
    m.add("'").add_char(lx->parens[lx->st.paren_depth - 1]).add("' was never closed");
    return fail(lx, ErrorKind::SyntaxError, m.c_str(), l, c);
}

MINNOW_COLD Token fail_nonprintable(Lexer* lx, uint32_t cp, uint32_t p) {
    MsgBuf m;
    if (cfg::unicode && unicode::is_printable(cp)) {
        uint32_t n;
        utf8_decode(lx->src + p, &n);
        m.add("invalid character '").add(lx->src + p, n).add("' (U+").add_hex(cp, 4).add(")");
        return fail_here(lx, m.c_str(), p);
    }
    m.add("invalid non-printable character U+").add_hex(cp, 4);
    return fail_here(lx, m.c_str(), p);
}

MINNOW_COLD Token fail_unmatched(Lexer* lx, char c, uint32_t p) {
    MsgBuf m;
    m.add(lx->in_fstring ? "f-string: unmatched '" : "unmatched '").add_char(c).add("'");
    return fail_here(lx, m.c_str(), p);
}

MINNOW_COLD Token fail_mismatch(Lexer* lx, char open, char c, uint32_t p) {
    uint32_t l, oc;
    find_opener(lx, lx->st.paren_depth, &l, &oc);
    MsgBuf m;
    m.add("closing parenthesis '").add_char(c).add("' does not match opening parenthesis '");
    m.add_char(open).add("'");
    if (l != lx->st.line) m.add(" on line ").add_uint(l);
    return fail_here(lx, m.c_str(), p);
}

struct Keyword {
    const char* text;
    Tok tok;
};
const Keyword kKeywords[] = {
#define MINNOW_KW(name, text) {text, Tok::name},
    MINNOW_KW(KwFalse, "False") MINNOW_KW(KwNone, "None") MINNOW_KW(KwTrue, "True")
    MINNOW_KW(KwAnd, "and") MINNOW_KW(KwAs, "as") MINNOW_KW(KwAssert, "assert")
    MINNOW_KW(KwAsync, "async") MINNOW_KW(KwAwait, "await") MINNOW_KW(KwBreak, "break")
    MINNOW_KW(KwClass, "class") MINNOW_KW(KwContinue, "continue") MINNOW_KW(KwDef, "def")
    MINNOW_KW(KwDel, "del") MINNOW_KW(KwElif, "elif") MINNOW_KW(KwElse, "else")
    MINNOW_KW(KwExcept, "except") MINNOW_KW(KwFinally, "finally") MINNOW_KW(KwFor, "for")
    MINNOW_KW(KwFrom, "from") MINNOW_KW(KwGlobal, "global") MINNOW_KW(KwIf, "if")
    MINNOW_KW(KwImport, "import") MINNOW_KW(KwIn, "in") MINNOW_KW(KwIs, "is")
    MINNOW_KW(KwLambda, "lambda") MINNOW_KW(KwNonlocal, "nonlocal") MINNOW_KW(KwNot, "not")
    MINNOW_KW(KwOr, "or") MINNOW_KW(KwPass, "pass") MINNOW_KW(KwRaise, "raise")
    MINNOW_KW(KwReturn, "return") MINNOW_KW(KwTry, "try") MINNOW_KW(KwWhile, "while")
    MINNOW_KW(KwWith, "with") MINNOW_KW(KwYield, "yield")
#undef MINNOW_KW
};

Tok classify_name(const char* s, uint32_t len) {
    if (len < 2 || len > 8) return Tok::Name;
    for (const Keyword& k : kKeywords) {
        if (k.text[0] == s[0] && strlen(k.text) == len && memcmp(k.text, s, len) == 0) return k.tok;
    }
    return Tok::Name;
}

// Prefix letters -> kStr* flags, or -1 if not a valid string prefix.
int prefix_flags(const char* s, uint32_t len) {
    int flags = 0;
    for (uint32_t i = 0; i < len; i++) {
        int f;
        switch (s[i]) {
            case 'r': case 'R': f = kStrRaw; break;
            case 'b': case 'B': f = kStrBytes; break;
            case 'f': case 'F': f = kStrFormat; break;
            case 'u': case 'U': f = kStrU; break;
            default: return -1;
        }
        if (flags & f) return -1;
        flags |= f;
    }
    if ((flags & kStrU) && flags != kStrU) return -1;
    if ((flags & kStrBytes) && (flags & kStrFormat)) return -1;
    return flags;
}

// A number may be directly followed by one of these keywords (CPython
// accepts "1if x else y" with a deprecation warning).
bool keyword_follows_number(const Lexer* lx, uint32_t p) {
    auto at = [&](const char* kw) {
        uint32_t n = static_cast<uint32_t>(strlen(kw));
        return p + n <= lx->end && memcmp(lx->src + p, kw, n) == 0;
    };
    return at("and") || at("else") || at("for") || at("if") || at("in") || at("is") ||
           at("or") || at("not");
}

// Only ASCII letters, digits and '_' count here (as in CPython): "2Δ" is a
// number followed by a name, which the parser then rejects.
bool ident_char_at(const Lexer* lx, uint32_t p) {
    if (p >= lx->end) return false;
    char c = lx->src[p];
    return is_ascii_ident_start(c) || is_digit(c);
}

// After a numeric literal ending at p: reject identifier characters glued
// to it ("1abc"), except the keywords CPython still tolerates.
bool number_end_ok(Lexer* lx, uint32_t p, const char* kind, Token* err) {
    if (!ident_char_at(lx, p)) return true;
    if (keyword_follows_number(lx, p)) return true;
    *err = fail_literal(lx, kind, p);
    return false;
}

// Scan `digit (_? digit)*` in the given radix starting at p (which must be a
// digit). Returns false on a misplaced underscore (error already reported).
bool scan_digits(Lexer* lx, uint32_t* pp, int radix, const char* kind, Token* err) {
    uint32_t p = *pp;
    auto ok = [&](char c) {
        if (radix == 16) return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
        if (radix == 8) return c >= '0' && c <= '7';
        if (radix == 2) return c == '0' || c == '1';
        return is_digit(c);
    };
    for (;;) {
        while (p < lx->end && ok(lx->src[p])) p++;
        if (p < lx->end && lx->src[p] == '_') {
            if (p + 1 < lx->end && ok(lx->src[p + 1])) {
                p++;
                continue;
            }
            char next = p + 1 < lx->end ? lx->src[p + 1] : 0;
            *err = radix != 10 && is_digit(next) ? fail_literal(lx, kind, p + 1, next) : fail_literal(lx, kind, p);
            return false;
        }
        break;
    }
    *pp = p;
    return true;
}

Token scan_number(Lexer* lx, uint32_t start) {
    const char* s = lx->src;
    uint32_t p = start;
    uint32_t col = start - lx->st.line_start;
    Token err;
    if (s[p] == '0' && p + 1 < lx->end &&
        (s[p + 1] == 'x' || s[p + 1] == 'X' || s[p + 1] == 'o' || s[p + 1] == 'O' ||
         s[p + 1] == 'b' || s[p + 1] == 'B')) {
        char r = static_cast<char>(s[p + 1] | 0x20);
        int radix = r == 'x' ? 16 : r == 'o' ? 8 : 2;
        const char* kind = r == 'x' ? "hexadecimal" : r == 'o' ? "octal" : "binary";
        p += 2;
        if (p < lx->end && s[p] == '_') p++;
        auto valid = [&](char c) {
            if (radix == 16) return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
            return c >= '0' && c < static_cast<char>('0' + radix);
        };
        if (p >= lx->end || !valid(s[p])) {
            if (p < lx->end && is_digit(s[p])) return fail_literal(lx, kind, p, s[p]);
            return fail_literal(lx, kind, p > start + 2 ? p : start + 1);
        }
        if (!scan_digits(lx, &p, radix, kind, &err)) return err;
        if (p < lx->end && is_digit(s[p])) return fail_literal(lx, kind, p, s[p]);
        if (!number_end_ok(lx, p, kind, &err)) return err;
        return make_tok(Tok::Number, start, p - start, lx->st.line, col);
    }

    bool is_float = false;
    bool leading_zero_error = false;
    if (s[p] != '.') {
        if (!scan_digits(lx, &p, 10, "decimal", &err)) return err;
        if (s[start] == '0') {
            for (uint32_t k = start; k < p; k++) {
                if (s[k] != '0' && s[k] != '_') leading_zero_error = true;
            }
        }
    }
    if (p < lx->end && s[p] == '.') {
        is_float = true;
        p++;
        if (p < lx->end && is_digit(s[p])) {
            if (!scan_digits(lx, &p, 10, "decimal", &err)) return err;
        }
    }
    if (p < lx->end && (s[p] == 'e' || s[p] == 'E')) {
        uint32_t q = p + 1;
        if (q < lx->end && (s[q] == '+' || s[q] == '-')) q++;
        if (q < lx->end && is_digit(s[q])) {
            p = q;
            if (!scan_digits(lx, &p, 10, "decimal", &err)) return err;
            is_float = true;
        } else if (!keyword_follows_number(lx, p)) {
            return fail_here(lx, "invalid decimal literal", start);
        }
    }
    if (p < lx->end && (s[p] == 'j' || s[p] == 'J')) {
        p++;
        if (!number_end_ok(lx, p, "imaginary", &err)) return err;
        return make_tok(Tok::Number, start, p - start, lx->st.line, col);
    }
    if (!is_float && leading_zero_error) {
        return fail_here(lx,
                         "leading zeros in decimal integer literals are not permitted; use an 0o "
                         "prefix for octal integers",
                         start);
    }
    if (!number_end_ok(lx, p, "decimal", &err)) return err;
    return make_tok(Tok::Number, start, p - start, lx->st.line, col);
}

// Scan a string literal whose prefix starts at `start` and whose opening
// quote is at start + prefix_len.
Token scan_string(Lexer* lx, uint32_t start, uint32_t prefix_len, uint8_t flags) {
    const char* s = lx->src;
    LexState& st = lx->st;
    uint32_t line0 = st.line, col0 = start - st.line_start;
    uint32_t p = start + prefix_len;
    char q = s[p];
    bool triple = p + 2 < lx->end && s[p + 1] == q && s[p + 2] == q;
    p += triple ? 3 : 1;
    for (;;) {
        if (p >= lx->end) {
            // Reported at the line of the last byte of input, like CPython.
            uint32_t last = st.line;
            if (st.line_start == lx->end && last > line0) last--;
            return fail_unterminated(lx, triple, last, line0, col0);
        }
        char c = s[p];
        if (c == q) {
            if (!triple) {
                p++;
                break;
            }
            if (p + 2 < lx->end && s[p + 1] == q && s[p + 2] == q) {
                p += 3;
                break;
            }
            p++;
            continue;
        }
        if (c == '\\') {
            p++;
            uint32_t n = nl_len(lx, p);
            if (n) {
                p += n;
                st.line++;
                st.line_start = p;
            } else if (p < lx->end) {
                p++;
            }
            continue;
        }
        uint32_t n = nl_len(lx, p);
        if (n) {
            if (!triple) return fail_unterminated(lx, false, st.line, line0, col0);
            p += n;
            st.line++;
            st.line_start = p;
            continue;
        }
        p++;
    }
    Token t = make_tok(Tok::String, start, p - start, line0, col0);
    t.flags = static_cast<uint8_t>(flags | (triple ? kStrTriple : 0));
    t.prefix_len = static_cast<uint8_t>(prefix_len);
    st.pos = p;
    return t;
}

// Process the indentation of a new logical line whose first non-blank byte
// is at p, with computed widths col (tabs to 8) and altcol (tabs to 1).
Token indent_line(Lexer* lx, uint32_t p, uint32_t col, uint32_t altcol, bool* ok) {
    LexState& st = lx->st;
    *ok = false;
    uint32_t c0 = p - st.line_start;
    if (col > 0xFFFF) col = 0xFFFF;
    if (altcol > 0xFFFF) altcol = 0xFFFF;
    uint32_t top = st.indent_depth;
    if (col == lx->indents[top]) {
        if (altcol != lx->alt_indents[top])
            return fail(lx, ErrorKind::TabError, "inconsistent use of tabs and spaces in indentation",
                        st.line, c0);
    } else if (col > lx->indents[top]) {
        if (top + 1 >= kMaxIndentLevels)
            return fail(lx, ErrorKind::IndentationError, "too many levels of indentation", st.line, c0);
        if (altcol <= lx->alt_indents[top])
            return fail(lx, ErrorKind::TabError, "inconsistent use of tabs and spaces in indentation",
                        st.line, c0);
        st.indent_depth++;
        lx->indents[st.indent_depth] = static_cast<uint16_t>(col);
        lx->alt_indents[st.indent_depth] = static_cast<uint16_t>(altcol);
        st.pending = 1;
    } else {
        int16_t n = 0;
        while (st.indent_depth > 0 && col < lx->indents[st.indent_depth]) {
            st.indent_depth--;
            n++;
        }
        if (col != lx->indents[st.indent_depth])
            return fail(lx, ErrorKind::IndentationError,
                        "unindent does not match any outer indentation level", st.line, c0);
        if (altcol != lx->alt_indents[st.indent_depth])
            return fail(lx, ErrorKind::TabError, "inconsistent use of tabs and spaces in indentation",
                        st.line, c0);
        st.pending = static_cast<int16_t>(-n);
    }
    *ok = true;
    return Token{};
}

}  // namespace

const char* tok_text(Tok t) {
    return static_cast<size_t>(t) < static_cast<size_t>(Tok::Count_) ? kTokText[static_cast<size_t>(t)]
                                                                      : "?";
}

uint32_t utf8_decode(const char* s, uint32_t* n) {
    const unsigned char* u = reinterpret_cast<const unsigned char*>(s);
    if (u[0] < 0x80) {
        *n = 1;
        return u[0];
    }
    if (u[0] < 0xE0) {
        *n = 2;
        return (static_cast<uint32_t>(u[0] & 0x1F) << 6) | (u[1] & 0x3F);
    }
    if (u[0] < 0xF0) {
        *n = 3;
        return (static_cast<uint32_t>(u[0] & 0x0F) << 12) | (static_cast<uint32_t>(u[1] & 0x3F) << 6) |
               (u[2] & 0x3F);
    }
    *n = 4;
    return (static_cast<uint32_t>(u[0] & 0x07) << 18) | (static_cast<uint32_t>(u[1] & 0x3F) << 12) |
           (static_cast<uint32_t>(u[2] & 0x3F) << 6) | (u[3] & 0x3F);
}

bool is_ident_char(uint32_t c, bool start) {
    if (c < 0x80) return is_ascii_ident_start(static_cast<char>(c)) || is_digit(static_cast<char>(c));
    // With the Unicode tables, XID_Start / XID_Continue as in CPython (so
    // '€', '·x' or a zero-width space are refused); without them anything
    // but white space.
    if constexpr (cfg::unicode) return start ? unicode::is_xid_start(c) : unicode::is_xid_continue(c);
    return !is_unicode_space(c);
}

bool validate_source(const char* src, size_t len, ErrorFn error, void* ctx) {
    const unsigned char* u = reinterpret_cast<const unsigned char*>(src);
    uint32_t line = 1;
    size_t line_start = 0;
    for (size_t i = 0; i < len;) {
        unsigned char c = u[i];
        if (c < 0x80) {
            if (c == 0) {
                error(ctx, ErrorKind::SyntaxError, "source code string cannot contain null bytes", line,
                      static_cast<uint32_t>(i - line_start));
                return false;
            }
            if (c == '\n' || (c == '\r' && !(i + 1 < len && u[i + 1] == '\n'))) {
                line++;
                line_start = i + 1;
            }
            i++;
            continue;
        }
        // Expected length and the allowed range of the second byte.
        uint32_t need = 0;
        unsigned char lo = 0x80, hi = 0xBF;
        if (c >= 0xC2 && c <= 0xDF) need = 1;
        else if (c == 0xE0) { need = 2; lo = 0xA0; }
        else if (c >= 0xE1 && c <= 0xEC) need = 2;
        else if (c == 0xED) { need = 2; hi = 0x9F; }
        else if (c >= 0xEE && c <= 0xEF) need = 2;
        else if (c == 0xF0) { need = 3; lo = 0x90; }
        else if (c >= 0xF1 && c <= 0xF3) need = 3;
        else if (c == 0xF4) { need = 3; hi = 0x8F; }
        const char* why = nullptr;
        if (need == 0) why = MSG("invalid start byte");
        else {
            for (uint32_t k = 1; k <= need; k++) {
                if (i + k >= len) {
                    why = MSG("unexpected end of data");
                    break;
                }
                unsigned char b = u[i + k];
                unsigned char l = k == 1 ? lo : 0x80, h = k == 1 ? hi : 0xBF;
                if (b < l || b > h) {
                    why = MSG("invalid continuation byte");
                    break;
                }
            }
        }
        if (why) {
            MsgBuf m;
            m.add("(unicode error) 'utf-8' codec can't decode byte 0x");
            m.add_char("0123456789abcdef"[c >> 4]).add_char("0123456789abcdef"[c & 15]);
            m.add(" in position ").add_uint(static_cast<uint32_t>(i - line_start)).add(": ").add(why);
            error(ctx, ErrorKind::SyntaxError, m.c_str(), line, static_cast<uint32_t>(i - line_start));
            return false;
        }
        i += need + 1;
    }
    return true;
}

StrBody string_body(const char* src, const Token& t) {
    uint32_t q = (t.flags & kStrTriple) ? 3 : 1;
    StrBody b;
    b.s = src + t.pos + t.prefix_len + q;
    b.len = t.len - t.prefix_len - 2 * q;
    b.line = t.line;
    b.col = t.col + t.prefix_len + q;
    return b;
}

static void init_common(Lexer* lx, const char* src, uint32_t begin, uint32_t end, uint32_t line,
                        uint32_t line_start, ErrorFn error, void* error_ctx, uint16_t max_nesting) {
    lx->src = src;
    lx->end = end;
    lx->max_nesting = max_nesting == 0 || max_nesting > kMaxBracketNesting
                          ? static_cast<uint16_t>(kMaxBracketNesting)
                          : max_nesting;
    lx->in_fstring = false;
    lx->error = error;
    lx->error_ctx = error_ctx;
    LexState& st = lx->st;
    st.pos = begin;
    st.line = line;
    st.line_start = line_start;
    st.paren_depth = 0;
    st.indent_depth = 0;
    st.pending = 0;
    st.at_bol = true;
    st.line_has_content = false;
    st.done = false;
    st.outer_open_pos = begin;
    st.outer_open_line = line;
    st.outer_open_line_start = line_start;
    lx->indents[0] = 0;
    lx->alt_indents[0] = 0;
}

void lexer_init(Lexer* lx, const char* src, uint32_t begin, uint32_t end, uint32_t line,
                uint32_t line_start, ErrorFn error, void* error_ctx, uint16_t max_nesting) {
    init_common(lx, src, begin, end, line, line_start, error, error_ctx, max_nesting);
    if (begin == 0 && end >= 3 && memcmp(src, "\xEF\xBB\xBF", 3) == 0) {
        lx->st.pos = 3;
        lx->st.line_start = 3;
    }
}

void lexer_init_nested(Lexer* lx, const char* src, uint32_t begin, uint32_t end, uint32_t line,
                       uint32_t line_start, ErrorFn error, void* error_ctx, uint16_t max_nesting) {
    init_common(lx, src, begin, end, line, line_start, error, error_ctx, max_nesting);
    lx->in_fstring = true;
    lx->st.at_bol = false;
    lx->st.paren_depth = 1;
    lx->parens[0] = 0;  // sentinel: closing it is an "unmatched" error
}

Token lexer_next(Lexer* lx) {
    LexState& st = lx->st;
    const char* s = lx->src;
    for (;;) {
        if (st.pending > 0) {
            st.pending--;
            return make_tok(Tok::Indent, st.pos, 0, st.line, st.pos - st.line_start);
        }
        if (st.pending < 0) {
            st.pending++;
            return make_tok(Tok::Dedent, st.pos, 0, st.line, st.pos - st.line_start);
        }
        if (st.done) return make_tok(Tok::EndMarker, st.pos, 0, st.line, st.pos - st.line_start);

        if (st.at_bol && st.paren_depth == 0) {
            // Measure the indentation of a new logical line. Backslash
            // continuations may follow the whitespace; the column of the
            // first one is the indentation (as in CPython).
            uint32_t p = st.pos, col = 0, altcol = 0;
            uint32_t cont_col = 0;
            bool cont = false;
            while (p < lx->end) {
                char c = s[p];
                if (c == ' ') {
                    col++;
                    altcol++;
                } else if (c == '\t') {
                    col = (col / 8 + 1) * 8;
                    altcol++;
                } else if (c == '\f') {
                    col = altcol = 0;
                } else if (c == '\\') {
                    uint32_t k = nl_len(lx, p + 1);
                    if (!k) return fail_here(lx, "unexpected character after line continuation character", p + 1);
                    if (p + 1 + k >= lx->end) return fail_here(lx, "unexpected EOF while parsing", p + 1);
                    if (!cont) cont_col = col;
                    cont = true;
                    p += 1 + k;
                    st.line++;
                    st.line_start = p;
                    continue;
                } else {
                    break;
                }
                p++;
            }
            if (cont) col = altcol = cont_col;
            if (p >= lx->end) {
                st.pos = p;
                st.at_bol = false;
                continue;  // end of input: handled below
            }
            if (s[p] == '#' || nl_len(lx, p)) {
                // Blank or comment-only line: no tokens at all.
                while (p < lx->end && !nl_len(lx, p)) p++;
                uint32_t n = nl_len(lx, p);
                if (n == 0) {
                    st.pos = p;
                    st.at_bol = false;
                    continue;
                }
                st.pos = p + n;
                st.line++;
                st.line_start = st.pos;
                continue;
            }
            st.at_bol = false;
            st.pos = p;
            bool ok;
            Token e = indent_line(lx, p, col, altcol, &ok);
            if (!ok) return e;
            continue;
        }

        // Within a line: skip blanks, comments and continuations.
        uint32_t p = st.pos;
        while (p < lx->end && (s[p] == ' ' || s[p] == '\t' || s[p] == '\f')) p++;
        if (p < lx->end && s[p] == '#') {
            while (p < lx->end && !nl_len(lx, p)) p++;
        }
        st.pos = p;
        if (p >= lx->end) {
            if (st.paren_depth > (lx->in_fstring ? 1 : 0)) return fail_never_closed(lx);
            if (st.line_has_content && !lx->in_fstring) {
                st.line_has_content = false;
                return make_tok(Tok::Newline, p, 0, st.line, p - st.line_start);
            }
            st.pending = static_cast<int16_t>(-static_cast<int16_t>(st.indent_depth));
            st.indent_depth = 0;
            st.done = true;
            continue;
        }
        uint32_t n = nl_len(lx, p);
        if (n) {
            uint32_t line = st.line, col = p - st.line_start;
            st.pos = p + n;
            st.line++;
            st.line_start = st.pos;
            if (st.paren_depth > 0) continue;
            st.at_bol = true;
            if (!st.line_has_content) continue;
            st.line_has_content = false;
            return make_tok(Tok::Newline, p, n, line, col);
        }
        char c = s[p];
        if (c == '\\') {
            uint32_t k = nl_len(lx, p + 1);
            if (k) {
                if (p + 1 + k >= lx->end) return fail_here(lx, "unexpected EOF while parsing", p + 1);
                st.pos = p + 1 + k;
                st.line++;
                st.line_start = st.pos;
                continue;
            }
            if (p + 1 >= lx->end) return fail_here(lx, "unexpected EOF while parsing", p + 1);
            return fail_here(lx, "unexpected character after line continuation character", p + 1);
        }

        st.line_has_content = true;
        uint32_t col = p - st.line_start;
        unsigned char uc = static_cast<unsigned char>(c);

        // Names, keywords and string prefixes.
        if (is_ascii_ident_start(c) || uc >= 0x80) {
            uint32_t q = p;
            while (q < lx->end) {
                unsigned char b = static_cast<unsigned char>(s[q]);
                if (b < 0x80) {
                    if (!is_ascii_ident_start(static_cast<char>(b)) && !is_digit(static_cast<char>(b))) break;
                    q++;
                } else {
                    uint32_t k;
                    uint32_t cp = utf8_decode(s + q, &k);
                    if (!is_ident_char(cp, q == p)) {
                        if (q == p) return fail_nonprintable(lx, cp, p);
                        break;
                    }
                    q += k;
                }
            }
            if (q < lx->end && (s[q] == '\'' || s[q] == '"') && q - p <= 2) {
                int f = prefix_flags(s + p, q - p);
                if (f >= 0) return scan_string(lx, p, q - p, static_cast<uint8_t>(f));
            }
            st.pos = q;
            return make_tok(classify_name(s + p, q - p), p, q - p, st.line, col);
        }
        if (is_digit(c) || (c == '.' && p + 1 < lx->end && is_digit(s[p + 1]))) {
            Token t = scan_number(lx, p);
            if (t.kind == Tok::Number) st.pos = p + t.len;
            return t;
        }
        if (c == '\'' || c == '"') return scan_string(lx, p, 0, 0);

        // Brackets.
        if (c == '(' || c == '[' || c == '{') {
            if (st.paren_depth >= lx->max_nesting) return fail_here(lx, "too many nested parentheses", p);
            if (st.paren_depth == 0) {
                st.outer_open_pos = p;
                st.outer_open_line = st.line;
                st.outer_open_line_start = st.line_start;
            }
            lx->parens[st.paren_depth++] = c;
            st.pos = p + 1;
            return make_tok(c == '(' ? Tok::LPar : c == '[' ? Tok::LSqb : Tok::LBrace, p, 1, st.line, col);
        }
        if (c == ')' || c == ']' || c == '}') {
            if (st.paren_depth == 0 || lx->parens[st.paren_depth - 1] == 0) return fail_unmatched(lx, c, p);
            char open = lx->parens[st.paren_depth - 1];
            if (closer_for(open) != c) return fail_mismatch(lx, open, c, p);
            st.paren_depth--;
            st.pos = p + 1;
            return make_tok(c == ')' ? Tok::RPar : c == ']' ? Tok::RSqb : Tok::RBrace, p, 1, st.line, col);
        }

        // Operators: longest match.
        char c1 = p + 1 < lx->end ? s[p + 1] : 0;
        char c2 = p + 2 < lx->end ? s[p + 2] : 0;
        Tok t = Tok::Error;
        uint32_t len = 1;
        switch (c) {
            case ':': t = c1 == '=' ? (len = 2, Tok::ColonEqual) : Tok::Colon; break;
            case ',': t = Tok::Comma; break;
            case ';': t = Tok::Semi; break;
            case '+': t = c1 == '=' ? (len = 2, Tok::PlusEqual) : Tok::Plus; break;
            case '-':
                t = c1 == '=' ? (len = 2, Tok::MinEqual) : c1 == '>' ? (len = 2, Tok::RArrow) : Tok::Minus;
                break;
            case '*':
                if (c1 == '*') t = c2 == '=' ? (len = 3, Tok::DoubleStarEqual) : (len = 2, Tok::DoubleStar);
                else t = c1 == '=' ? (len = 2, Tok::StarEqual) : Tok::Star;
                break;
            case '/':
                if (c1 == '/') t = c2 == '=' ? (len = 3, Tok::DoubleSlashEqual) : (len = 2, Tok::DoubleSlash);
                else t = c1 == '=' ? (len = 2, Tok::SlashEqual) : Tok::Slash;
                break;
            case '|': t = c1 == '=' ? (len = 2, Tok::VBarEqual) : Tok::VBar; break;
            case '&': t = c1 == '=' ? (len = 2, Tok::AmperEqual) : Tok::Amper; break;
            case '^': t = c1 == '=' ? (len = 2, Tok::CircumflexEqual) : Tok::Circumflex; break;
            case '%': t = c1 == '=' ? (len = 2, Tok::PercentEqual) : Tok::Percent; break;
            case '@': t = c1 == '=' ? (len = 2, Tok::AtEqual) : Tok::At; break;
            case '~': t = Tok::Tilde; break;
            case '=': t = c1 == '=' ? (len = 2, Tok::EqEqual) : Tok::Equal; break;
            case '!':
                if (c1 == '=') {
                    t = Tok::NotEqual;
                    len = 2;
                }
                break;
            case '<':
                if (c1 == '<') t = c2 == '=' ? (len = 3, Tok::LeftShiftEqual) : (len = 2, Tok::LeftShift);
                else t = c1 == '=' ? (len = 2, Tok::LessEqual) : Tok::Less;
                break;
            case '>':
                if (c1 == '>') t = c2 == '=' ? (len = 3, Tok::RightShiftEqual) : (len = 2, Tok::RightShift);
                else t = c1 == '=' ? (len = 2, Tok::GreaterEqual) : Tok::Greater;
                break;
            case '.': t = (c1 == '.' && c2 == '.') ? (len = 3, Tok::Ellipsis) : Tok::Dot; break;
            default: break;
        }
        if (t != Tok::Error) {
            st.pos = p + len;
            return make_tok(t, p, len, st.line, col);
        }
        if (uc < 0x20 || uc == 0x7F) return fail_nonprintable(lx, uc, p);
        return fail_here(lx, "invalid syntax", p);
    }
}

}  // namespace minnow
