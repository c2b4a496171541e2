// Minnow parser: string literals, implicit concatenation and f-strings.
//
// Adjacent STRING tokens form one literal. A pre-scan sums their body
// lengths: escape processing never makes text longer (every escape is at
// least as long as its UTF-8 output), so one arena buffer of that size holds
// all literal text, including every f-string literal piece and format spec.
// Pieces are cut from that buffer in order (StrBuf::piece_start).
//
// F-strings follow CPython 3.11: the replacement-field expression is found by
// scanning the raw text (tracking quotes and brackets; no backslash and no
// '#' allowed), then parsed by a nested lexer over the same source bytes, so
// positions inside fields are real source positions.
#include "parse/parser_impl.h"

namespace minnow {
namespace detail {

namespace {

struct StrBuf {
    char* data;
    uint32_t len;
    uint32_t piece_start;  // start of the literal piece being accumulated
};

// Tracks line numbers while walking forward through a string body.
struct Cursor {
    uint32_t pos;         // source offset
    uint32_t line;
    uint32_t line_start;  // source offset of pos's line
};

void cursor_advance(const char* src, Cursor* c, uint32_t to) {
    while (c->pos < to) {
        char ch = src[c->pos++];
        if (ch == '\n' || (ch == '\r' && !(c->pos < to && src[c->pos] == '\n'))) {
            c->line++;
            c->line_start = c->pos;
        }
    }
}

void put_utf8(StrBuf* b, uint32_t cp) {
    char* o = b->data + b->len;
    if (cp < 0x80) {
        o[0] = static_cast<char>(cp);
        b->len += 1;
    } else if (cp < 0x800) {
        o[0] = static_cast<char>(0xC0 | (cp >> 6));
        o[1] = static_cast<char>(0x80 | (cp & 0x3F));
        b->len += 2;
    } else if (cp < 0x10000) {
        o[0] = static_cast<char>(0xE0 | (cp >> 12));
        o[1] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        o[2] = static_cast<char>(0x80 | (cp & 0x3F));
        b->len += 3;
    } else {
        o[0] = static_cast<char>(0xF0 | (cp >> 18));
        o[1] = static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        o[2] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        o[3] = static_cast<char>(0x80 | (cp & 0x3F));
        b->len += 4;
    }
}

int hex_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

// The per-literal context for escape decoding and error reporting.
struct Lit {
    Parser* p;
    const Token* tok;  // the STRING token being decoded
    const char* s;     // its body
    uint32_t n;        // body length
    bool bytes;
    bool raw;
};

[[noreturn, gnu::noinline, gnu::cold]] void escape_error(const Lit& L, uint32_t from, uint32_t to, const char* what) {
    MsgBuf m;
    if (L.bytes) {
        m.add("(value error) ").add(what).add(" at position ").add_uint(from);
    } else {
        m.add("(unicode error) 'unicodeescape' codec can't decode bytes in position ");
        m.add_uint(from).add("-").add_uint(to > from ? to - 1 : from).add(": ").add(what);
    }
    L.p->fail_at(*L.tok, m.c_str());
}

// Decode the escape sequence at L.s[*i] == '\\' into b, advancing *i. An
// unknown escape keeps the backslash and leaves the next character to the
// caller (so "\{" in an f-string still opens a field).
void decode_escape(const Lit& L, uint32_t* i, StrBuf* b) {
    const char* s = L.s;
    uint32_t start = *i;
    uint32_t k = start + 1;
    if (k >= L.n) {  // cannot happen for a well-formed token; keep it literal
        b->data[b->len++] = '\\';
        *i = k;
        return;
    }
    char c = s[k];
    auto put = [&](uint32_t v) {
        if (L.bytes) b->data[b->len++] = static_cast<char>(v & 0xFF);
        else put_utf8(b, v);
    };
    switch (c) {
        case '\n': *i = k + 1; return;
        case '\r': *i = (k + 1 < L.n && s[k + 1] == '\n') ? k + 2 : k + 1; return;
        case '\\': put('\\'); *i = k + 1; return;
        case '\'': put('\''); *i = k + 1; return;
        case '"': put('"'); *i = k + 1; return;
        case 'a': put(7); *i = k + 1; return;
        case 'b': put(8); *i = k + 1; return;
        case 'f': put(12); *i = k + 1; return;
        case 'n': put(10); *i = k + 1; return;
        case 'r': put(13); *i = k + 1; return;
        case 't': put(9); *i = k + 1; return;
        case 'v': put(11); *i = k + 1; return;
        case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
            uint32_t v = 0, d = 0;
            while (d < 3 && k < L.n && s[k] >= '0' && s[k] <= '7') {
                v = v * 8 + static_cast<uint32_t>(s[k] - '0');
                k++;
                d++;
            }
            put(v);
            *i = k;
            return;
        }
        case 'x': {
            int h1 = k + 1 < L.n ? hex_value(s[k + 1]) : -1;
            int h2 = k + 2 < L.n ? hex_value(s[k + 2]) : -1;
            if (h1 < 0 || h2 < 0) {
                uint32_t end = k + 1 + (h1 >= 0 ? 1 : 0);
                escape_error(L, start, end, L.bytes ? "invalid \\x escape" : "truncated \\xXX escape");
            }
            put(static_cast<uint32_t>(h1 * 16 + h2));
            *i = k + 3;
            return;
        }
        case 'u':
        case 'U':
        case 'N':
            if (!L.bytes) break;
            [[fallthrough]];
        default:
            b->data[b->len++] = '\\';
            *i = k;
            return;
    }
    // str-only escapes: \uXXXX, \UXXXXXXXX, \N{name}
    if (c == 'N') {
        uint32_t open = k + 1;
        uint32_t close = open;
        while (close < L.n && s[close] != '}') close++;
        if (open >= L.n || s[open] != '{' || close >= L.n || close == open + 1)
            escape_error(L, start, close < L.n ? close + 1 : L.n, "malformed \\N character escape");
        uint32_t cp = UINT32_MAX;
        const ParseConfig* cfg = L.p->cfg;
        if (cfg->lookup_unicode_name)
            cp = cfg->lookup_unicode_name(cfg->lookup_ctx, s + open + 1, close - open - 1);
        if (cp == UINT32_MAX || cp > 0x10FFFF)
            escape_error(L, start, close + 1, "unknown Unicode character name");
        put_utf8(b, cp);
        *i = close + 1;
        return;
    }
    uint32_t digits = c == 'u' ? 4 : 8;
    uint32_t v = 0;
    for (uint32_t d = 0; d < digits; d++) {
        int h = k + 1 + d < L.n ? hex_value(s[k + 1 + d]) : -1;
        if (h < 0)
            escape_error(L, start, k + 1 + d,
                         c == 'u' ? "truncated \\uXXXX escape" : "truncated \\UXXXXXXXX escape");
        v = v * 16 + static_cast<uint32_t>(h);
    }
    if (v > 0x10FFFF) escape_error(L, start, k + 1 + digits, "illegal Unicode character");
    put_utf8(b, v);
    *i = k + 1 + digits;
}

// Copy one literal character (or a whole line ending, normalized to '\n').
inline void copy_char(const Lit& L, uint32_t* i, StrBuf* b) {
    char c = L.s[*i];
    if (c == '\r') {
        b->data[b->len++] = '\n';
        *i += (*i + 1 < L.n && L.s[*i + 1] == '\n') ? 2 : 1;
        return;
    }
    if (L.bytes && static_cast<unsigned char>(c) >= 0x80)
        L.p->fail_at(*L.tok, "bytes can only contain ASCII literal characters");
    b->data[b->len++] = c;
    (*i)++;
}

// Decode a whole non-f-string body into b.
void decode_plain(const Lit& L, StrBuf* b) {
    uint32_t i = 0;
    while (i < L.n) {
        if (L.s[i] == '\\' && !L.raw) decode_escape(L, &i, b);
        else copy_char(L, &i, b);
    }
}

struct FString {
    Parser* p;
    Lit lit;
    StrBuf* buf;
    Cursor cur;      // position tracking inside the body
    uint32_t body;   // source offset of the body
    Token tok;       // the STRING token (error location)
    Parser::Pos at;  // position of the whole literal: CPython 3.11 gives it
                     // to every piece and FormattedValue
};

void flush_piece(FString& f) {
    StrBuf* b = f.buf;
    if (b->len == b->piece_start) return;
    Constant* c = f.p->node_at<Constant>(f.at);
    c->value_kind = ConstKind::Str;
    c->text = b->data + b->piece_start;
    c->len = b->len - b->piece_start;
    b->piece_start = b->len;
    f.p->push(c);
}

uint32_t fstring_part(FString& f, uint32_t i, int level);

[[noreturn]] void ffail(FString& f, const char* msg) { f.p->fail_at(f.tok, msg); }

// "f-string: <a><ch><b><ch2><c>" for bracket errors.
[[noreturn, gnu::noinline, gnu::cold]] void ffail_chars(FString& f, const char* a, char ch, const char* b,
                                                        char ch2 = 0, const char* c = "") {
    MsgBuf m;
    m.add(a).add_char(ch).add(b);
    if (ch2) m.add_char(ch2).add(c);
    f.p->fail_at(f.tok, m.c_str());
}

// Parse the expression text src[begin, end) of a replacement field, as if
// it were parenthesized (like CPython 3.11, which parses "(" text ")").
Node* parse_field_expr(FString& f, uint32_t begin, uint32_t end) {
    Parser& p = *f.p;
    cursor_advance(p.src, &f.cur, begin - 1);
    Parser::Pos brace{f.cur.line, f.cur.pos - f.cur.line_start};
    cursor_advance(p.src, &f.cur, begin);
    if (p.fstring_nesting >= kMaxFStringNesting) ffail(f, "f-string: expressions nested too deeply");
    Lexer*& slot = p.fstring_lexers[p.fstring_nesting];
    if (!slot) slot = static_cast<Lexer*>(p.alloc(sizeof(Lexer)));
    Lexer& sub = *slot;
    lexer_init_nested(&sub, p.src, begin, end, f.cur.line, f.cur.line_start, p.cfg->error,
                      p.cfg->error_ctx, p.cfg->max_nesting);
    Lexer* saved_lx = p.lx;
    Token saved_la[kLookahead];
    uint32_t saved_n = p.la_n;
    for (uint32_t k = 0; k < saved_n; k++) saved_la[k] = p.la[k];
    Tok saved_prev = p.prev_kind, saved_prev2 = p.prev2_kind;
    p.lx = &sub;
    p.prev_kind = p.prev2_kind = Tok::LPar;
    p.la[0] = lexer_next(&sub);
    p.la_n = 1;
    p.fstring_nesting++;
    p.enter();
    Node* e = p.paren_contents(brace, Tok::EndMarker);
    if (p.kind() != Tok::EndMarker) {
        // The field behaves as if parenthesized.
        if (p.at_expr_start() && p.kind() != Tok::Star && p.kind() != Tok::Minus && p.kind() != Tok::Plus &&
            p.kind() != Tok::KwNot && p.kind() != Tok::KwYield)
            p.fail_at(p.tok(), "invalid syntax. Perhaps you forgot a comma?");
        p.unexpected();
    }
    p.leave();
    p.fstring_nesting--;
    p.lx = saved_lx;
    for (uint32_t k = 0; k < saved_n; k++) p.la[k] = saved_la[k];
    p.la_n = saved_n;
    p.prev_kind = saved_prev;
    p.prev2_kind = saved_prev2;
    return e;
}

// A replacement field starting just after its '{' at body index i.
// Returns the index after the closing '}'.
uint32_t fstring_field(FString& f, uint32_t i, int level) {
    const char* s = f.lit.s;
    uint32_t n = f.lit.n;
    if (level >= 2) ffail(f, "f-string: expressions nested too deeply");
    // Find the end of the expression.
    uint32_t j = i;
    char quote = 0;
    bool triple = false;
    uint32_t depth = 0;
    char stack[64];
    for (; j < n; j++) {
        char ch = s[j];
        if (ch == '\\') ffail(f, "f-string expression part cannot include a backslash");
        if (quote) {
            if (ch == quote) {
                if (!triple) quote = 0;
                else if (j + 2 < n && s[j + 1] == quote && s[j + 2] == quote) {
                    quote = 0;
                    j += 2;
                }
            }
            continue;
        }
        if (ch == '\'' || ch == '"') {
            quote = ch;
            triple = j + 2 < n && s[j + 1] == ch && s[j + 2] == ch;
            if (triple) j += 2;
            continue;
        }
        if (ch == '(' || ch == '[' || ch == '{') {
            if (depth >= f.p->lx->max_nesting) ffail(f, "f-string: too many nested parenthesis");
            if (depth < sizeof stack) stack[depth] = ch;
            depth++;
            continue;
        }
        if (ch == '#') ffail(f, "f-string expression part cannot include '#'");
        if (depth == 0 && (ch == '!' || ch == ':' || ch == '}' || ch == '=' || ch == '<' || ch == '>')) {
            char nx = j + 1 < n ? s[j + 1] : 0;
            if (nx == '=' && (ch == '!' || ch == '=' || ch == '<' || ch == '>')) {
                j++;
                continue;
            }
            if (ch == '<' || ch == '>') continue;
            break;
        }
        if (ch == ')' || ch == ']' || ch == '}') {
            if (depth == 0) ffail_chars(f, "f-string: unmatched '", ch, "'");
            depth--;
            if (depth < sizeof stack) {
                char open = stack[depth];
                char want = open == '(' ? ')' : open == '[' ? ']' : '}';
                if (ch != want)
                    ffail_chars(f, "f-string: closing parenthesis '", ch, "' does not match opening parenthesis '",
                                open, "'");
            }
        }
    }
    if (quote) ffail(f, "f-string: unterminated string");
    if (depth > 0) ffail_chars(f, "f-string: unmatched '", depth <= sizeof stack ? stack[depth - 1] : '(', "'");
    if (j >= n) ffail(f, "f-string: expecting '}'");
    bool empty = true;
    for (uint32_t k = i; k < j; k++) {
        char ch = s[k];
        if (ch != ' ' && ch != '\t' && ch != '\n' && ch != '\r' && ch != '\f') empty = false;
    }
    if (empty) {
        if (s[j] == '}') ffail(f, "f-string: empty expression not allowed");
        ffail_chars(f, "f-string: expression required before '", s[j], "'");
    }

    Token tok_copy = f.tok;
    Node* expr = parse_field_expr(f, f.body + i, f.body + j);
    f.tok = tok_copy;

    bool self_doc = false;
    if (s[j] == '=') {
        self_doc = true;
        j++;
        while (j < n && (s[j] == ' ' || s[j] == '\t' || s[j] == '\n' || s[j] == '\r' || s[j] == '\f')) j++;
        // The "expr=" text (raw source, line endings normalized) joins the
        // preceding literal piece.
        for (uint32_t k = i; k < j;) {
            if (s[k] == '\r') {
                f.buf->data[f.buf->len++] = '\n';
                k += (k + 1 < j && s[k + 1] == '\n') ? 2 : 1;
            } else {
                f.buf->data[f.buf->len++] = s[k++];
            }
        }
    }
    int32_t conversion = -1;
    if (j < n && s[j] == '!') {
        j++;
        if (j >= n) ffail(f, "f-string: expecting '}'");
        char c = s[j];
        if (c != 's' && c != 'r' && c != 'a')
            ffail(f, "f-string: invalid conversion character: expected 's', 'r', or 'a'");
        conversion = c;
        j++;
        if (j < n && s[j] != ':' && s[j] != '}') ffail(f, "f-string: expecting '}'");
    }
    flush_piece(f);
    JoinedStr* spec = nullptr;
    if (j < n && s[j] == ':') {
        // A format spec and its parts sit at the current STRING token.
        Parser::Pos outer = f.at;
        f.at = Parser::Pos{f.tok.line, f.tok.col};
        spec = f.p->node_at<JoinedStr>(f.at);
        uint32_t m = f.p->scratch_mark();
        j = fstring_part(f, j + 1, level + 1);
        flush_piece(f);
        spec->values = f.p->take<Node>(m);
        f.at = outer;
    }
    if (j >= n || s[j] != '}') ffail(f, "f-string: expecting '}'");
    j++;
    if (self_doc && conversion == -1 && spec == nullptr) conversion = 'r';
    FormattedValue* fv = f.p->node_at<FormattedValue>(f.at);
    fv->value = expr;
    fv->conversion = conversion;
    fv->format_spec = spec;
    f.p->push(fv);
    return j;
}

// Literal text and fields from body index i. At level 0 runs to the end of
// the body; inside a format spec (level > 0) stops at the closing '}' and
// returns its index.
uint32_t fstring_part(FString& f, uint32_t i, int level) {
    const char* s = f.lit.s;
    uint32_t n = f.lit.n;
    f.p->enter();
    while (i < n) {
        char c = s[i];
        if (c == '\\' && !f.lit.raw) {
            decode_escape(f.lit, &i, f.buf);
        } else if (c == '{') {
            if (level == 0 && i + 1 < n && s[i + 1] == '{') {
                f.buf->data[f.buf->len++] = '{';
                i += 2;
            } else {
                i = fstring_field(f, i + 1, level);
            }
        } else if (c == '}') {
            if (level > 0) break;
            if (i + 1 < n && s[i + 1] == '}') {
                f.buf->data[f.buf->len++] = '}';
                i += 2;
            } else {
                ffail(f, "f-string: single '}' is not allowed");
            }
        } else {
            copy_char(f.lit, &i, f.buf);
        }
    }
    if (level > 0 && i >= n) ffail(f, "f-string: expecting '}'");
    f.p->leave();
    return i;
}

bool needs_copy(const StrBody& b, bool raw) {
    for (uint32_t i = 0; i < b.len; i++) {
        if (b.s[i] == '\r' || (b.s[i] == '\\' && !raw)) return true;
    }
    return false;
}

}  // namespace

// strings: STRING+
Node* Parser::strings() {
    Token first = tok();
    bool bytes = (first.flags & kStrBytes) != 0;
    bool any_f = (first.flags & kStrFormat) != 0;
    uint32_t total = string_body(src, first).len;
    bool several = peek(1).kind == Tok::String;
    uint32_t mix_at = UINT32_MAX;  // index of the first token of the other kind
    if (several) {
        Mark mk;
        mark(&mk);
        advance();
        for (uint32_t k = 1; kind() == Tok::String; k++) {
            // Reported when reached, so that errors in earlier parts win.
            if (((tok().flags & kStrBytes) != 0) != bytes) {
                mix_at = k;
                break;
            }
            any_f = any_f || (tok().flags & kStrFormat) != 0;
            total += string_body(src, tok()).len;
            advance();
        }
        reset(mk);
    }

    // Fast path: one literal without escapes or CRs stays in the source.
    if (!several && !any_f) {
        StrBody b = string_body(src, first);
        if (!needs_copy(b, (first.flags & kStrRaw) != 0)) {
            if (bytes) {
                for (uint32_t i = 0; i < b.len; i++) {
                    if (static_cast<unsigned char>(b.s[i]) >= 0x80)
                        fail_at(first, "bytes can only contain ASCII literal characters");
                }
            }
            Constant* c = node_at<Constant>(first);
            c->value_kind = bytes ? ConstKind::Bytes : ConstKind::Str;
            c->u_prefix = src[first.pos] == 'u';  // CPython: kind='u' for lowercase only
            c->text = b.s;
            c->len = b.len;
            advance();
            return c;
        }
    }

    StrBuf buf;
    buf.data = static_cast<char*>(alloc(total ? total : 1));
    buf.len = 0;
    buf.piece_start = 0;
    uint32_t m = scratch_mark();
    for (uint32_t k = 0; kind() == Tok::String; k++) {
        if (k == mix_at) fail_at(first, "cannot mix bytes and nonbytes literals");
        Token t = tok();
        StrBody b = string_body(src, t);
        Lit lit{this, &t, b.s, b.len, bytes, (t.flags & kStrRaw) != 0};
        if (t.flags & kStrFormat) {
            FString f;
            f.p = this;
            f.lit = lit;
            f.buf = &buf;
            f.cur = Cursor{t.pos, t.line, t.pos - t.col};
            f.body = static_cast<uint32_t>(b.s - src);
            f.tok = t;
            f.at = Pos{first.line, first.col};
            f.lit.tok = &f.tok;
            fstring_part(f, 0, 0);
        } else {
            decode_plain(lit, &buf);
        }
        advance();
    }
    if (!any_f) {
        Constant* c = node_at<Constant>(first);
        c->value_kind = bytes ? ConstKind::Bytes : ConstKind::Str;
        c->u_prefix = src[first.pos] == 'u';
        c->text = buf.data;
        c->len = buf.len;
        return c;
    }
    JoinedStr* j = node_at<JoinedStr>(first);
    if (buf.len != buf.piece_start) {
        Constant* c = node_at<Constant>(first);
        c->value_kind = ConstKind::Str;
        c->text = buf.data + buf.piece_start;
        c->len = buf.len - buf.piece_start;
        push(c);
    }
    j->values = take<Node>(m);
    return j;
}

}  // namespace detail
}  // namespace minnow
