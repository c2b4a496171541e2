// The friendly REPL's line editor: cursor keys and emacs keys, a fixed
// history buffer and tab completion of names and attributes.
//
// The screen is updated with relative moves only (ESC [ n D / C, ESC [ K),
// which every VT100-like terminal understands; a column is one code point.
#include <cstring>

#include "config.h"
#include "obj/dict.h"
#include "obj/list.h"
#include "port/port.h"
#include "repl/repl.h"
#include "vm/state.h"

namespace minnow::repl {
namespace {

// --- History -----------------------------------------------------------------
//
// The last lines entered, oldest first, each followed by a NUL, in a fixed
// buffer; the oldest are dropped to make room.

char history[cfg::repl_history_bytes];
size_t history_len = 0;

size_t history_count() {
  size_t n = 0;
  for (size_t i = 0; i < history_len; i++) n += history[i] == 0;
  return n;
}

// The k-th newest entry (0 = the newest); k < history_count().
const char* history_get(size_t k) {
  size_t end = history_len;  // one past the NUL of the entry
  for (;;) {
    size_t start = end - 1;
    while (start > 0 && history[start - 1] != 0) start--;
    if (k == 0) return history + start;
    k--;
    end = start;
  }
}

void history_add(const char* s, size_t n) {
  if (n == 0 || n + 1 > sizeof history || memchr(s, 0, n)) return;
  if (history_len && strlen(history_get(0)) == n && memcmp(history_get(0), s, n) == 0) return;
  while (history_len + n + 1 > sizeof history) {
    size_t first = strlen(history) + 1;
    memmove(history, history + first, history_len - first);
    history_len -= first;
  }
  memcpy(history + history_len, s, n);
  history[history_len + n] = 0;
  history_len += n + 1;
}

// --- Screen --------------------------------------------------------------------

bool is_cont(char c) { return (static_cast<uint8_t>(c) & 0xc0) == 0x80; }

size_t columns(const char* s, size_t n) {
  size_t cols = 0;
  for (size_t i = 0; i < n; i++) cols += !is_cont(s[i]);
  return cols;
}

void move_cursor(size_t n, char dir) {
  if (n == 0) return;
  char seq[24];
  size_t k = 0;
  seq[k++] = '\x1b';
  seq[k++] = '[';
  char digits[20];
  size_t nd = 0;
  do {
    digits[nd++] = static_cast<char>('0' + n % 10);
    n /= 10;
  } while (n);
  while (nd) seq[k++] = digits[--nd];
  seq[k++] = dir;
  write(seq, k);
}

struct Editor {
  Buf* line;
  size_t pos;       // the cursor: a byte offset at a character boundary
  size_t hist;      // entries back in the history (0 = the line being typed)
  const char* prompt;
};

size_t prev_char(const Editor* e, size_t p) {
  if (p == 0) return 0;
  p--;
  while (p > 0 && is_cont(e->line->data[p])) p--;
  return p;
}

size_t next_char(const Editor* e, size_t p) {
  if (p >= e->line->len) return e->line->len;
  p++;
  while (p < e->line->len && is_cont(e->line->data[p])) p++;
  return p;
}

void move_to(Editor* e, size_t p) {
  const char* d = e->line->data;
  if (p < e->pos) move_cursor(columns(d + p, e->pos - p), 'D');
  else move_cursor(columns(d + e->pos, p - e->pos), 'C');
  e->pos = p;
}

// Replaces the n bytes at `at` with s and redraws the rest of the line; the
// cursor ends after the inserted text.
void replace(Editor* e, size_t at, size_t n, const char* s, size_t sn) {
  move_to(e, at);
  buf_erase(e->line, at, n);
  buf_insert(e->line, at, s, sn);
  const char* d = e->line->data;
  write(d + at, e->line->len - at);
  if (n > sn) write_cstr("\x1b[K");
  size_t after = at + sn;
  move_cursor(columns(d + after, e->line->len - after), 'D');
  e->pos = after;
}

void set_line(Editor* e, const char* s, size_t n) {
  move_to(e, 0);
  buf_erase(e->line, 0, e->line->len);
  buf_add(e->line, s, n);
  write(s, n);
  write_cstr("\x1b[K");
  e->pos = n;
}

void redraw(Editor* e) {
  write_cstr(e->prompt);
  write(e->line->data, e->line->len);
  move_cursor(columns(e->line->data + e->pos, e->line->len - e->pos), 'D');
}

bool is_blank(const Buf* line) {
  for (size_t i = 0; i < line->len; i++)
    if (line->data[i] != ' ') return false;
  return true;
}

bool blank_before_cursor(const Editor* e) {
  for (size_t i = 0; i < e->pos; i++)
    if (e->line->data[i] != ' ') return false;
  return true;
}

// --- Completion ------------------------------------------------------------------

bool is_word_byte(char c) {
  auto u = static_cast<uint8_t>(c);
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || u >= 0x80;
}

constexpr const char* kKeywords[] = {
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue", "def",
    "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is",
    "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield"};

// Candidates are offered twice: first to count them and find their common
// prefix, then (when there are several) to list them.
struct Matches {
  const char* prefix;
  size_t prefix_len;
  size_t count;
  const char* first;    // the first candidate (a Str's text or a keyword)
  size_t common;        // length of the prefix all candidates share
  bool listing;
  size_t column;
};

void offer(Matches* m, const char* s, size_t n) {
  if (n < m->prefix_len || memcmp(s, m->prefix, m->prefix_len) != 0) return;
  // Private names only when asked for.
  if (n > 0 && s[0] == '_' && (m->prefix_len == 0 || m->prefix[0] != '_')) return;
  if (m->listing) {
    // Columns of 16, lines of at most 80.
    constexpr size_t kWidth = 16, kLine = 80;
    if (m->column > 0 && m->column + n >= kLine) {
      write_cstr("\n");
      m->column = 0;
    }
    write(s, n);
    m->column += n;
    do {
      write(" ", 1);
      m->column++;
    } while (m->column % kWidth);
    return;
  }
  if (m->count == 0) {
    m->first = s;
    m->common = n;
  } else {
    size_t c = 0;
    while (c < m->common && c < n && s[c] == m->first[c]) c++;
    m->common = c;
  }
  m->count++;
}

// Offers the str keys of d that are not keys of `skip` (may be null).
void offer_dict(Matches* m, Dict* d, Dict* skip) {
  size_t pos = 0;
  for (MapEntry* en = map_next(&d->map, &pos); en; en = map_next(&d->map, &pos)) {
    const Str* s = as_str(en->key);
    if (!s) continue;
    if (skip && !dict_get_str(skip, s).is_null()) continue;
    offer(m, s->data(), s->len);
  }
}

// Offers the names of `names`: a list of str (from dir()), or, when null,
// the globals of __main__, the builtins and the keywords.
void offer_all(Matches* m, Value names) {
  if (!names.is_null()) {
    List* l = names.as<List>();
    for (size_t i = 0; i < l->len; i++) {
      const Str* s = as_str(l->items[i]);
      if (s) offer(m, s->data(), s->len);
    }
    return;
  }
  Dict* globals = ts.main->globals;
  offer_dict(m, globals, nullptr);
  offer_dict(m, ts.builtins, globals);
  for (const char* k : kKeywords) offer(m, k, strlen(k));
}

// dir(obj), a list of str.
Value dir_of(Value obj) {
  Value dir = dict_get_str(ts.builtins, QSTR(dir));
  if (dir.is_null()) return Value::null();
  Value l = call1(dir, obj);
  return is_list(l) ? l : Value::null();
}

// The object a name of __main__ or the builtins is bound to, or null.
Value lookup_global(const char* s, size_t n) {
  Dict* dicts[2] = {ts.main->globals, ts.builtins};
  for (Dict* d : dicts) {
    size_t pos = 0;
    for (MapEntry* en = map_next(&d->map, &pos); en; en = map_next(&d->map, &pos)) {
      const Str* k = as_str(en->key);
      if (k && k->len == n && memcmp(k->data(), s, n) == 0) return en->value;
    }
  }
  return Value::null();
}

// obj's attribute named s[0, n) if dir(obj) lists it, or null.
Value lookup_attr(Value obj, const char* s, size_t n) {
  Value names = dir_of(obj);
  if (names.is_null()) return names;
  List* l = names.as<List>();
  for (size_t k = 0; k < l->len; k++) {
    const Str* name = as_str(l->items[k]);
    if (name && name->len == n && memcmp(name->data(), s, n) == 0) return getattr_or_null(obj, intern_str(name));
  }
  return Value::null();
}

// The value of the dotted name `a.b.c` (text s[0, n)), or null if a part
// is missing. Names are matched against existing ones, so nothing new is
// interned; only dir() and attribute lookups run.
Value resolve(const char* s, size_t n) {
  Value obj = Value::null();
  for (size_t i = 0; i < n;) {
    size_t j = i;
    while (j < n && s[j] != '.') j++;
    obj = i == 0 ? lookup_global(s, j) : lookup_attr(obj, s + i, j - i);
    if (obj.is_null()) return obj;
    i = j + 1;
  }
  return obj;
}

// dir() of what the dotted name s[0, n) is bound to; null if it is unbound
// or looking it up raised.
Value attribute_names(const char* s, size_t n) {
  NlrBuf nb;
  if (MINNOW_TRY(nb)) {
    Value obj = resolve(s, n);
    Value names = obj.is_null() ? obj : dir_of(obj);
    nlr_pop();
    return names;
  }
  return Value::null();
}

// Tab: completes the name before the cursor, or lists the candidates when
// the typed text is already their common prefix.
void complete(Editor* e) {
  const char* d = e->line->data;
  size_t start = e->pos;
  while (start > 0 && (is_word_byte(d[start - 1]) || d[start - 1] == '.')) start--;
  if (start < e->pos && d[start] >= '0' && d[start] <= '9') return;
  size_t dot = e->pos;
  while (dot > start && d[dot - 1] != '.') dot--;
  Value names = Value::null();
  if (dot > start) {
    names = attribute_names(d + start, dot - 1 - start);
    if (names.is_null()) return;
  }
  Matches m = {d + dot, e->pos - dot, 0, nullptr, 0, false, 0};
  offer_all(&m, names);
  if (m.count == 0) return;
  if (m.common > m.prefix_len) {
    // The common prefix goes in (the whole name when there is one).
    size_t add = m.common - m.prefix_len;
    // Copied out in pieces: growing the line may collect, and the name may
    // be held by nothing but the list from dir().
    char tmp[64];
    const char* src = m.first + m.prefix_len;
    while (add) {
      size_t k = add < sizeof tmp ? add : sizeof tmp;
      memcpy(tmp, src, k);
      replace(e, e->pos, 0, tmp, k);
      src += k;
      add -= k;
    }
    return;
  }
  if (m.count == 1) return;
  write_cstr("\n");
  m.listing = true;
  offer_all(&m, names);
  write_cstr("\n");
  redraw(e);
}

// --- Keys ------------------------------------------------------------------------

void backspace(Editor* e) {
  if (e->pos == 0) return;
  size_t p = prev_char(e, e->pos);
  if (blank_before_cursor(e)) {
    // In the indentation: back one level.
    size_t level = e->pos % 4 ? e->pos % 4 : 4;
    p = e->pos - level;
  }
  replace(e, p, e->pos - p, nullptr, 0);
}

void delete_word_before(Editor* e) {
  const char* d = e->line->data;
  size_t p = e->pos;
  while (p > 0 && d[p - 1] == ' ') p--;
  while (p > 0 && d[p - 1] != ' ') p--;
  replace(e, p, e->pos - p, nullptr, 0);
}

void history_move(Editor* e, bool older) {
  size_t count = history_count();
  if (older) {
    if (e->hist >= count) return;
    e->hist++;
  } else {
    if (e->hist == 0) return;
    e->hist--;
  }
  if (e->hist == 0) {
    set_line(e, "", 0);
    return;
  }
  const char* h = history_get(e->hist - 1);
  // The entry lives in a static buffer; set_line copies it.
  set_line(e, h, strlen(h));
}

enum Special : int { kUp = 256, kDown, kLeft, kRight, kHome, kEnd, kDelete, kIgnore };

// Reads the rest of an escape sequence (ESC [ ... or ESC O ...).
int read_escape() {
  int c = read_key();
  if (c < 0) return c;
  if (c != '[' && c != 'O') return kIgnore;
  int num = 0;
  for (;;) {
    c = read_key();
    if (c < 0) return c;
    if (c >= '0' && c <= '9') {
      num = num * 10 + (c - '0');
      continue;
    }
    if (c == ';') continue;
    break;
  }
  switch (c) {
    case 'A': return kUp;
    case 'B': return kDown;
    case 'C': return kRight;
    case 'D': return kLeft;
    case 'H': return kHome;
    case 'F': return kEnd;
    case '~':
      if (num == 1 || num == 7) return kHome;
      if (num == 4 || num == 8) return kEnd;
      if (num == 3) return kDelete;
      return kIgnore;
    default: return kIgnore;
  }
}

// After Enter by '\r', a '\n' that follows at once is the same key.
bool after_cr = false;

}  // namespace

LineEnd readline(Buf* line, const char* prompt, bool first) {
  Editor ed = {line, line->len, 0, prompt};
  Editor* e = &ed;
  port::console_set_raw(true);
  write_cstr(prompt);
  write(line->data, line->len);
  for (;;) {
    int c = read_key();
    if (c < 0) return LineEnd::Closed;
    bool lf_after_cr = c == '\n' && after_cr;
    after_cr = c == '\r';
    if (lf_after_cr) continue;
    if (c == 0x1b) {
      c = read_escape();
      if (c < 0) return LineEnd::Closed;
    }
    bool empty = line->len == 0;
    switch (c) {
      case '\r':
      case '\n':
        if (!is_blank(line)) history_add(line->data, line->len);
        return LineEnd::Enter;
      case kCtrlA:
        if (first && empty) return LineEnd::CtrlA;
        move_to(e, 0);
        break;
      case kCtrlB:
        if (first && empty) return LineEnd::CtrlB;
        [[fallthrough]];
      case kLeft:
        move_to(e, prev_char(e, e->pos));
        break;
      case kCtrlC:
        return LineEnd::CtrlC;
      case kCtrlD:
        if (is_blank(line)) return LineEnd::CtrlD;
        [[fallthrough]];
      case kDelete:
        if (e->pos < line->len) replace(e, e->pos, next_char(e, e->pos) - e->pos, nullptr, 0);
        break;
      case kCtrlE:
        if (first && empty) return LineEnd::CtrlE;
        [[fallthrough]];
      case kEnd:
        move_to(e, line->len);
        break;
      case 0x06:  // Ctrl-F
      case kRight:
        move_to(e, next_char(e, e->pos));
        break;
      case kHome:
        move_to(e, 0);
        break;
      case 0x08:
      case 0x7f:
        backspace(e);
        break;
      case '\t':
        if (blank_before_cursor(e)) replace(e, e->pos, 0, "    ", 4);
        else complete(e);
        break;
      case 0x0b:  // Ctrl-K: delete to the end
        replace(e, e->pos, line->len - e->pos, nullptr, 0);
        break;
      case 0x15:  // Ctrl-U: delete to the start
        replace(e, 0, e->pos, nullptr, 0);
        break;
      case 0x17:  // Ctrl-W: delete the word before the cursor
        delete_word_before(e);
        break;
      case 0x10:  // Ctrl-P
      case kUp:
        history_move(e, true);
        break;
      case 0x0e:  // Ctrl-N
      case kDown:
        history_move(e, false);
        break;
      default:
        if (c < 0x20 || c >= 256) break;
        if (c < 0x80) {
          char ch = static_cast<char>(c);
          replace(e, e->pos, 0, &ch, 1);
        } else if (c >= 0xc0) {
          // A UTF-8 sequence goes in whole.
          char u[4];
          size_t n = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : 2;
          u[0] = static_cast<char>(c);
          size_t k = 1;
          while (k < n) {
            int b = read_key();
            if (b < 0) return LineEnd::Closed;
            if ((b & 0xc0) != 0x80) break;
            u[k++] = static_cast<char>(b);
          }
          if (k == n) replace(e, e->pos, 0, u, n);
        }
        break;
    }
  }
}

}  // namespace minnow::repl
