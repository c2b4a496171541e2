// str storage: creating strings, hashing and comparing them, the intern
// table, code point counting and indexing, and text output (Printer helpers,
// StrBuilder, the console printers). The str type itself and its methods are
// in str_methods.cpp; formatting is in format.cpp.
//
// Memory: a heap Str is one kNoScan allocation made by str_alloc: header,
// bytes, NUL, and a small trailer caching its code point count (see "Code
// point counts" below). The intern table is the one structure that outlives
// single calls: an open-addressing set of Str*, a GC root registered on first
// use (interned heap strings stay alive forever). Static QSTRs are found in a
// compile-time sorted array before the table is searched, so
// intern("append") is QSTR(append).
#include "obj/str.h"

#include <cstddef>
#include <cstring>

#include "gc/heap.h"
#include "port/port.h"
#include "util/unicode.h"

namespace minnow {

// ---------------------------------------------------------------------------
// UTF-8.

size_t utf8_encode(uint32_t cp, char* out) {
  if (cp < 0x80) {
    out[0] = static_cast<char>(cp);
    return 1;
  }
  if (cp < 0x800) {
    out[0] = static_cast<char>(0xC0 | (cp >> 6));
    out[1] = static_cast<char>(0x80 | (cp & 0x3F));
    return 2;
  }
  if (cp < 0x10000) {
    out[0] = static_cast<char>(0xE0 | (cp >> 12));
    out[1] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out[2] = static_cast<char>(0x80 | (cp & 0x3F));
    return 3;
  }
  out[0] = static_cast<char>(0xF0 | (cp >> 18));
  out[1] = static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
  out[2] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
  out[3] = static_cast<char>(0x80 | (cp & 0x3F));
  return 4;
}

bool utf8_check(const char* str, size_t n, size_t* bad_at, size_t* bad_len, const char** reason) {
  const uint8_t* s = reinterpret_cast<const uint8_t*>(str);
  size_t i = 0;
  while (i < n) {
    uint8_t c = s[i];
    if (c < 0x80) {
      i++;
      continue;
    }
    size_t need;
    uint8_t lo = 0x80, hi = 0xBF;  // allowed range of the second byte
    if (c >= 0xC2 && c <= 0xDF) {
      need = 1;
    } else if (c >= 0xE0 && c <= 0xEF) {
      need = 2;
      if (c == 0xE0) lo = 0xA0;
      if (c == 0xED) hi = 0x9F;  // no surrogates
    } else if (c >= 0xF0 && c <= 0xF4) {
      need = 3;
      if (c == 0xF0) lo = 0x90;
      if (c == 0xF4) hi = 0x8F;
    } else {
      *bad_at = i;
      *bad_len = 1;
      *reason = "invalid start byte";
      return false;
    }
    for (size_t k = 1; k <= need; k++) {
      if (i + k >= n) {
        *bad_at = i;
        *bad_len = n - i;
        *reason = "unexpected end of data";
        return false;
      }
      uint8_t b = s[i + k];
      uint8_t l = k == 1 ? lo : 0x80, h = k == 1 ? hi : 0xBF;
      if (b < l || b > h) {
        *bad_at = i;
        *bad_len = k;
        *reason = "invalid continuation byte";
        return false;
      }
    }
    i += need + 1;
  }
  return true;
}

namespace {

constexpr uintptr kHighBits = ~static_cast<uintptr>(0) / 255 * 0x80;

inline uintptr load_word(const char* p) {
  uintptr w;
  memcpy(&w, p, sizeof w);
  return w;
}

}  // namespace

bool ascii_only(const char* s, size_t n) {
  size_t i = 0;
  for (; i + sizeof(uintptr) <= n; i += sizeof(uintptr))
    if (load_word(s + i) & kHighBits) return false;
  for (; i < n; i++)
    if (static_cast<uint8_t>(s[i]) >= 0x80) return false;
  return true;
}

size_t utf8_count(const char* s, size_t n) {
  // Code points = bytes - continuation bytes (10xxxxxx).
  size_t cont = 0, i = 0;
  for (; i + sizeof(uintptr) <= n; i += sizeof(uintptr)) {
    uintptr w = load_word(s + i);
    if (w & kHighBits)
      cont += static_cast<size_t>(__builtin_popcountll(static_cast<unsigned long long>(w & ~(w << 1) & kHighBits)));
  }
  for (; i < n; i++) cont += utf8_is_cont(static_cast<uint8_t>(s[i]));
  return n - cont;
}

// ---------------------------------------------------------------------------
// Static strings: the QSTRs of qstrs.def, sorted by hash for intern(), and
// the one-character ASCII strings handed out by indexing and iteration.

namespace {

constexpr const Str* kQstrList[] = {
#define Q(name) QSTR(name),
#define QS(id, text) QSTR(id),
#include "obj/qstrs.def"
#undef Q
#undef QS
};
constexpr size_t kNumQstrs = sizeof(kQstrList) / sizeof(kQstrList[0]);

// Each QSTR's offset in kQstrPool, in the same order.
constexpr uint16_t kQstrOffsets[] = {
#define Q(name) offsetof(QstrPool, q_##name),
#define QS(id, text) offsetof(QstrPool, q_##id),
#include "obj/qstrs.def"
#undef Q
#undef QS
};
static_assert(sizeof(QstrPool) <= 0xFFFF, "the QSTR pool outgrew 16-bit offsets");

inline const Str* qstr_at(uint16_t off) {
  return reinterpret_cast<const Str*>(reinterpret_cast<const char*>(&kQstrPool) + off);
}

// The QSTRs sorted by hash, for intern(): two bytes each (the pool offset).
struct QstrOrder {
  uint16_t order[kNumQstrs];  // positions in kQstrList
};

constexpr QstrOrder sort_qstrs() {
  QstrOrder t{};
  for (size_t i = 0; i < kNumQstrs; i++) {
    size_t j = i;
    for (; j > 0 && kQstrList[t.order[j - 1]]->hash > kQstrList[i]->hash; j--) t.order[j] = t.order[j - 1];
    t.order[j] = static_cast<uint16_t>(i);
  }
  return t;
}
constexpr QstrOrder kQstrOrder = sort_qstrs();

struct QstrIndex {
  uint16_t by_hash[kNumQstrs];
};
constexpr QstrIndex index_qstrs() {
  QstrIndex t{};
  for (size_t i = 0; i < kNumQstrs; i++) t.by_hash[i] = kQstrOffsets[kQstrOrder.order[i]];
  return t;
}
constexpr QstrIndex kQstrIndex = index_qstrs();

constexpr bool same_text(const Str* a, const Str* b) {
  if (a->len != b->len) return false;
  for (uint32_t i = 0; i < a->len; i++)
    if (a->data()[i] != b->data()[i]) return false;
  return true;
}

// Two QSTRs with one text would make intern() disagree with one of them.
constexpr bool qstrs_distinct() {
  for (size_t i = 0; i < kNumQstrs; i++) {
    const Str* a = kQstrList[kQstrOrder.order[i]];
    for (size_t j = i + 1; j < kNumQstrs && kQstrList[kQstrOrder.order[j]]->hash == a->hash; j++)
      if (same_text(a, kQstrList[kQstrOrder.order[j]])) return false;
  }
  return true;
}
static_assert(qstrs_distinct(), "qstrs.def lists the same text twice");

const Str* find_qstr(const char* s, size_t n, uint32_t h) {
  size_t lo = 0, hi = kNumQstrs;
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    if (qstr_at(kQstrIndex.by_hash[mid])->hash < h) lo = mid + 1;
    else hi = mid;
  }
  for (; lo < kNumQstrs; lo++) {
    const Str* q = qstr_at(kQstrIndex.by_hash[lo]);
    if (q->hash != h) break;
    if (q->len == n && memcmp(q->data(), s, n) == 0) return q;
  }
  return nullptr;
}

struct AsciiChars {
  StaticStr<2> c[128];
};

constexpr AsciiChars make_ascii_chars() {
  AsciiChars t{};
  for (int i = 0; i < 128; i++) {
    const char text[1] = {static_cast<char>(i)};
    t.c[i].hdr = Str{&str_type, hash_bytes(text, 1), 1};
    t.c[i].text[0] = static_cast<char>(i);
    t.c[i].text[1] = 0;
  }
  return t;
}

#if MINNOW_ASCII_CHAR_STRS
constexpr AsciiChars kAsciiChars = make_ascii_chars();
#endif

}  // namespace

Value str_char(uint32_t cp) {
#if MINNOW_ASCII_CHAR_STRS
  if (cp < 0x80) return str_value(&kAsciiChars.c[cp].hdr);
#endif
  char buf[4];
  size_t n = utf8_encode(cp, buf);
  Str* s = str_alloc(n);
  memcpy(s->mut_data(), buf, n);
  return str_value(s);
}

// ---------------------------------------------------------------------------
// Code point counts and positions.
//
// Every heap Str (they all come from str_alloc) ends with a trailer after
// its NUL, read and written with memcpy as it is not aligned:
//   uint32 chars + 1, or 0 while not counted yet;
//   for texts of kPosMinBytes or more also uint32 ci, bi: a code point index
//   used recently and its byte offset, so that s[i] and find() walking along
//   a long non-ASCII string do not restart from its beginning each time.
// Static strings have no trailer and are recounted (they are short names).

namespace {

constexpr size_t kPosMinBytes = 48;

struct Trailer {
  uint32_t chars1;
  uint32_t ci;
  uint32_t bi;
};

inline size_t trailer_size(size_t len) { return len >= kPosMinBytes ? sizeof(Trailer) : sizeof(uint32_t); }

inline char* trailer_of(const Str* s) { return const_cast<char*>(s->data()) + s->len + 1; }

// Byte offset reached by moving k code points forward from byte offset b.
size_t skip_forward(const char* d, size_t b, size_t k) {
  while (k--) b += utf8_seq_len(static_cast<uint8_t>(d[b]));
  return b;
}

size_t skip_back(const char* d, size_t b, size_t k) {
  while (k--) {
    b--;
    while (utf8_is_cont(static_cast<uint8_t>(d[b]))) b--;
  }
  return b;
}

// Reads the trailer of a heap str of kPosMinBytes or more, counting its code
// points first if needed.
Trailer load_trailer(const Str* s) {
  Trailer t;
  memcpy(&t, trailer_of(s), sizeof t);
  if (!t.chars1) {
    t.chars1 = static_cast<uint32_t>(utf8_count(s->data(), s->len) + 1);
    memcpy(trailer_of(s), &t.chars1, sizeof t.chars1);
  }
  return t;
}

void store_pos(const Str* s, size_t ci, size_t bi) {
  uint32_t pos[2] = {static_cast<uint32_t>(ci), static_cast<uint32_t>(bi)};
  memcpy(trailer_of(s) + sizeof(uint32_t), pos, sizeof pos);
}

}  // namespace

size_t str_char_len(const Str* s) {
  if (!gc::is_heap_ptr(s)) return utf8_count(s->data(), s->len);
  uint32_t c;
  memcpy(&c, trailer_of(s), sizeof c);
  if (c) return c - 1;
  size_t n = utf8_count(s->data(), s->len);
  c = static_cast<uint32_t>(n + 1);
  memcpy(trailer_of(s), &c, sizeof c);
  return n;
}

size_t str_byte_offset(const Str* s, size_t ci) {
  if (s->len < kPosMinBytes || !gc::is_heap_ptr(s)) {
    if (str_char_len(s) == s->len) return ci;
    return skip_forward(s->data(), 0, ci);
  }
  Trailer t = load_trailer(s);
  size_t chars = t.chars1 - 1;
  if (chars == s->len) return ci;
  const char* d = s->data();
  size_t b;
  // Walk from whichever known point is nearest: the start, the end, or the
  // remembered pair.
  if (ci >= t.ci) {
    size_t from_pair = ci - t.ci, from_end = chars - ci;
    b = from_pair <= from_end ? skip_forward(d, t.bi, from_pair) : skip_back(d, s->len, from_end);
  } else {
    size_t from_pair = t.ci - ci;
    b = from_pair <= ci ? skip_back(d, t.bi, from_pair) : skip_forward(d, 0, ci);
  }
  store_pos(s, ci, b);
  return b;
}

size_t str_char_index(const Str* s, size_t bi) {
  if (s->len < kPosMinBytes || !gc::is_heap_ptr(s)) {
    if (str_char_len(s) == s->len) return bi;
    return utf8_count(s->data(), bi);
  }
  Trailer t = load_trailer(s);
  if (t.chars1 - 1 == s->len) return bi;
  size_t ci;
  if (bi >= t.bi) ci = t.ci + utf8_count(s->data() + t.bi, bi - t.bi);
  else ci = utf8_count(s->data(), bi);
  store_pos(s, ci, bi);
  return ci;
}

// ---------------------------------------------------------------------------
// Creation, hashing, comparison.

Str* str_alloc(size_t n) {
  // Code point counts must fit the trailer's uint32 (as count + 1).
  if (n >= UINT32_MAX - 64) raise_memory_error();
  auto* s = static_cast<Str*>(gc::alloc(sizeof(Str) + n + 1 + trailer_size(n), gc::kNoScan));
  s->type = &str_type;
  s->hash = 0;
  s->len = static_cast<uint32_t>(n);
  return s;  // zeroed memory: the NUL and an empty trailer are already there
}

Value str_new(const char* s, size_t n) {
  if (n <= 1) {
    if (n == 0) return str_value(QSTR(empty_));
#if MINNOW_ASCII_CHAR_STRS
    if (static_cast<uint8_t>(s[0]) < 0x80) return str_value(&kAsciiChars.c[static_cast<uint8_t>(s[0])].hdr);
#endif
  }
  Str* r = str_alloc(n);
  memcpy(r->mut_data(), s, n);
  return str_value(r);
}

Value str_from_cstr(const char* s) { return str_new(s, strlen(s)); }

Value str_sub(const Str* s, size_t b0, size_t b1) {
  if (b0 == 0 && b1 == s->len) return str_value(s);
  return str_new(s->data() + b0, b1 - b0);
}

Value str_concat(const Str* a, const Str* b) {
  if (a->len == 0) return str_value(b);
  if (b->len == 0) return str_value(a);
  size_t n = static_cast<size_t>(a->len) + b->len;
  Str* r = str_alloc(n);
  memcpy(r->mut_data(), a->data(), a->len);
  memcpy(r->mut_data() + a->len, b->data(), b->len);
  return str_value(r);
}

uint32_t str_hash(const Str* s) {
  if (s->hash) return s->hash;
  uint32_t h = hash_bytes(s->data(), s->len);
  // Static strings always carry their hash, so this writes heap memory only.
  const_cast<Str*>(s)->hash = h;
  return h;
}

bool str_equal(const Str* a, const Str* b) {
  if (a == b) return true;
  if (a->len != b->len) return false;
  if (a->hash && b->hash && a->hash != b->hash) return false;
  return memcmp(a->data(), b->data(), a->len) == 0;
}

int str_compare(const Str* a, const Str* b) {
  size_t n = a->len < b->len ? a->len : b->len;
  int c = memcmp(a->data(), b->data(), n);
  if (c) return c < 0 ? -1 : 1;
  return a->len < b->len ? -1 : a->len > b->len ? 1 : 0;
}

const Str* as_str(Value v) {
  if (!v.is_obj()) return nullptr;
  if (v.obj()->type == &str_type) return v.as<Str>();
  if (v.obj()->type->flags & kTypeHeap) {
    Value b = native_of(v, &str_type);
    if (is_str(b)) return b.as<Str>();
  }
  return nullptr;
}

const Str* str_arg(Value v, const char* what) {
  const Str* s = as_str(v);
  if (!s) {
    if (what) raise_fmt(&exc::TypeError, "%s must be str, not %s", what, type_name(v));
    raise_fmt(&exc::TypeError, "expected str, got %s", type_name(v));
  }
  return s;
}

// ---------------------------------------------------------------------------
// GC roots of this file: the intern table.

namespace {

Str** intern_table;  // intern_cap slots, null = empty
size_t intern_cap;
size_t intern_count;
bool roots_added;

void add_roots_once() {
  if (roots_added) return;
  roots_added = true;
  gc::add_roots(&intern_table, 1);
}

}  // namespace

// ---------------------------------------------------------------------------
// Interning.

namespace {

void intern_insert(Str* s) {
  size_t mask = intern_cap - 1;
  size_t i = s->hash & mask;
  while (intern_table[i]) i = (i + 1) & mask;
  intern_table[i] = s;
  intern_count++;
}

// Makes room for one more entry (load factor below 3/4).
void intern_reserve() {
  if (intern_table && (intern_count + 1) * 4 < intern_cap * 3) return;
  add_roots_once();
  size_t old_cap = intern_cap;
  Str** old = intern_table;
  size_t cap = old_cap ? old_cap * 2 : 64;
  auto** t = static_cast<Str**>(gc::alloc(cap * sizeof(Str*)));
  intern_table = t;
  intern_cap = cap;
  intern_count = 0;
  for (size_t i = 0; i < old_cap; i++)
    if (old[i]) intern_insert(old[i]);
  if (old) gc::free(old);
}

Str* intern_find(const char* s, size_t n, uint32_t h) {
  if (!intern_table) return nullptr;
  size_t mask = intern_cap - 1;
  for (size_t i = h & mask;; i = (i + 1) & mask) {
    Str* e = intern_table[i];
    if (!e) return nullptr;
    if (e->hash == h && e->len == n && memcmp(e->data(), s, n) == 0) return e;
  }
}

}  // namespace

const Str* intern(const char* s, size_t n) {
  uint32_t h = hash_bytes(s, n);
  if (const Str* q = find_qstr(s, n, h)) return q;
  if (Str* e = intern_find(s, n, h)) return e;
  intern_reserve();
  Str* r = str_alloc(n);
  memcpy(r->mut_data(), s, n);
  r->hash = h;
  intern_insert(r);
  return r;
}

const Str* intern_str(const Str* s) {
  uint32_t h = str_hash(s);
  if (const Str* q = find_qstr(s->data(), s->len, h)) return q;
  if (Str* e = intern_find(s->data(), s->len, h)) return e;
  intern_reserve();
  // Strings never change, so s itself can be the interned copy.
  intern_insert(const_cast<Str*>(s));
  return s;
}

// ---------------------------------------------------------------------------
// Printer helpers.

void print_cstr(Printer* p, const char* s) { p->write(p, s, strlen(s)); }

void print_int(Printer* p, intptr v) {
  char buf[3 * sizeof(intptr) + 2];
  char* e = buf + sizeof buf;
  char* q = e;
  // Work on the magnitude as unsigned so INTPTR_MIN does not overflow.
  uintptr m = v < 0 ? 0 - static_cast<uintptr>(v) : static_cast<uintptr>(v);
  do {
    *--q = static_cast<char>('0' + m % 10);
    m /= 10;
  } while (m);
  if (v < 0) *--q = '-';
  p->write(p, q, static_cast<size_t>(e - q));
}

namespace {

const char kHexDigits[] = "0123456789abcdef";

// Two lower-case hex digits of b without a leading zero ("e9", "5"), in a
// static buffer: only for building an error message right away.
const char* hex_of(uint8_t b) {
  static char buf[3];
  size_t i = 0;
  if (b >= 16) buf[i++] = kHexDigits[b >> 4];
  buf[i++] = kHexDigits[b & 15];
  buf[i] = 0;
  return buf;
}

// Writes the escape for a character repr() does not show as itself.
void print_escape(Printer* p, uint32_t cp) {
  char buf[10];
  size_t n;
  buf[0] = '\\';
  switch (cp) {
    case '\t': buf[1] = 't'; n = 2; break;
    case '\n': buf[1] = 'n'; n = 2; break;
    case '\r': buf[1] = 'r'; n = 2; break;
    case '\\': case '\'': case '"': buf[1] = static_cast<char>(cp); n = 2; break;
    default: {
      int digits;
      if (cp < 0x100) {
        buf[1] = 'x';
        digits = 2;
      } else if (cp < 0x10000) {
        buf[1] = 'u';
        digits = 4;
      } else {
        buf[1] = 'U';
        digits = 8;
      }
      for (int i = 0; i < digits; i++) buf[2 + i] = kHexDigits[(cp >> (4 * (digits - 1 - i))) & 15];
      n = 2 + static_cast<size_t>(digits);
    }
  }
  p->write(p, buf, n);
}

}  // namespace

void print_quoted(Printer* p, const char* s, size_t n, bool bytes, bool escape_sq) {
  // Single quotes unless the text has a ' and no ".
  char q = '\'';
  if (n && memchr(s, '\'', n) && !memchr(s, '"', n)) q = '"';
  if (bytes) p->write(p, "b", 1);
  p->write(p, &q, 1);
  const char* end = s + n;
  const char* run = s;  // start of text not written yet
  const char* i = s;
  while (i < end) {
    uint8_t c = static_cast<uint8_t>(*i);
    if (c >= 0x20 && c < 0x7F) {
      if (c != '\\' && c != static_cast<uint8_t>(q) && !(escape_sq && c == '\'')) {
        i++;
        continue;
      }
      if (i > run) p->write(p, run, static_cast<size_t>(i - run));
      print_escape(p, c);
      run = ++i;
      continue;
    }
    const char* next = i + 1;
    uint32_t cp = c;
    if (c >= 0x80 && !bytes) {
      next = i;
      cp = utf8_next(&next);
      if (unicode::is_printable(cp)) {
        i = next;
        continue;
      }
    }
    if (i > run) p->write(p, run, static_cast<size_t>(i - run));
    print_escape(p, cp);
    run = i = next;
  }
  if (i > run) p->write(p, run, static_cast<size_t>(i - run));
  p->write(p, &q, 1);
}

// ---------------------------------------------------------------------------
// StrBuilder. The buffer is its own kNoScan allocation; buf points at its
// start so the builder may also live inside a heap object.

namespace {

void builder_write(Printer* p, const char* s, size_t n) { static_cast<StrBuilder*>(p)->add(s, n); }

}  // namespace

StrBuilder::StrBuilder() : Printer{builder_write}, buf(nullptr), len(0), cap(0) {}

void StrBuilder::reserve(size_t extra) {
  if (cap - len >= extra) return;
  if (extra > SIZE_MAX / 2 - len) raise_memory_error();
  size_t want = len + extra;
  size_t c = cap ? cap + cap / 2 : 32;
  if (c < want) c = want;
  if (!buf) buf = static_cast<char*>(gc::alloc(c, gc::kNoScan));
  else buf = static_cast<char*>(gc::realloc(buf, c));
  cap = c;
}

void StrBuilder::add(const char* s, size_t n) {
  if (cap - len < n) reserve(n);
  if (n) memcpy(buf + len, s, n);
  len += n;
}

void StrBuilder::add_char(char c) {
  if (len == cap) reserve(1);
  buf[len++] = c;
}

void StrBuilder::add_cstr(const char* s) { add(s, strlen(s)); }

void StrBuilder::add_codepoint(uint32_t cp) {
  char tmp[4];
  add(tmp, utf8_encode(cp, tmp));
}

Value StrBuilder::to_str() {
  Value r = str_new(buf ? buf : "", len);
  if (buf) gc::free(buf);
  buf = nullptr;
  len = cap = 0;
  return r;
}

Value StrBuilder::to_bytes() {
  Value r = bytes_new(buf ? buf : "", len);
  if (buf) gc::free(buf);
  buf = nullptr;
  len = cap = 0;
  return r;
}

// ---------------------------------------------------------------------------
// Codecs.

namespace {

enum class Codec : uint8_t { Utf8, Ascii, Latin1 };

// Lower-cases enc's name with '_' and ' ' as '-' into buf (false if too long).
bool normalize_encoding(const Str* enc, char* buf, size_t cap) {
  if (enc->len >= cap) return false;
  for (size_t i = 0; i < enc->len; i++) {
    char c = enc->data()[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
    if (c == '_' || c == ' ') c = '-';
    buf[i] = c;
  }
  buf[enc->len] = 0;
  return true;
}

bool name_in(const char* name, const char* const* list) {
  for (; *list; list++)
    if (strcmp(name, *list) == 0) return true;
  return false;
}

Codec codec_of(const Str* enc) {
  if (!enc) return Codec::Utf8;
  char n[24];
  if (normalize_encoding(enc, n, sizeof n)) {
    static const char* const utf8[] = {"utf-8", "utf8", "u8", "utf", "cp65001", nullptr};
    static const char* const ascii[] = {"ascii", "us-ascii", "646", "us", nullptr};
    static const char* const latin1[] = {"latin-1", "latin1", "latin", "iso-8859-1", "iso8859-1", "8859",
                                         "cp819", "l1", "iso-ir-100", nullptr};
    if (name_in(n, utf8)) return Codec::Utf8;
    if (name_in(n, ascii)) return Codec::Ascii;
    if (name_in(n, latin1)) return Codec::Latin1;
  }
  raise_fmt(&exc::LookupError, "unknown encoding: %q", enc);
}

const char* codec_name(Codec c) { return c == Codec::Utf8 ? "utf-8" : c == Codec::Ascii ? "ascii" : "latin-1"; }

enum class Errors : uint8_t { Strict, Ignore, Replace, BackslashReplace, XmlCharRefReplace };

// The error handler; unknown names are reported only when an error occurs,
// as Python does.
Errors errors_of(const Str* err, bool* unknown) {
  *unknown = false;
  if (!err) return Errors::Strict;
  const char* e = err->data();
  if (strcmp(e, "strict") == 0) return Errors::Strict;
  if (strcmp(e, "ignore") == 0) return Errors::Ignore;
  if (strcmp(e, "replace") == 0) return Errors::Replace;
  if (strcmp(e, "backslashreplace") == 0) return Errors::BackslashReplace;
  if (strcmp(e, "xmlcharrefreplace") == 0) return Errors::XmlCharRefReplace;
  *unknown = true;
  return Errors::Strict;
}

[[noreturn]] void unknown_handler(const Str* err) {
  raise_fmt(&exc::LookupError, "unknown error handler name '%q'", err);
}

void add_hex(StrBuilder* b, uint32_t v, int digits) {
  for (int i = digits - 1; i >= 0; i--) b->add_char(kHexDigits[(v >> (4 * i)) & 15]);
}

// "\xNN" / "\uNNNN" / "\UNNNNNNNN" for cp.
void add_escape(StrBuilder* b, uint32_t cp) {
  b->add_char('\\');
  b->add_char(cp < 0x100 ? 'x' : cp < 0x10000 ? 'u' : 'U');
  add_hex(b, cp, cp < 0x100 ? 2 : cp < 0x10000 ? 4 : 8);
}

[[noreturn]] void decode_error(Codec c, const uint8_t* s, size_t at, size_t bad_len, const char* reason) {
  if (bad_len == 1)
    raise_fmt(&exc::UnicodeDecodeError, "'%s' codec can't decode byte 0x%s%s in position %z: %s", codec_name(c),
              s[at] < 16 ? "0" : "", hex_of(s[at]), at, reason);
  raise_fmt(&exc::UnicodeDecodeError, "'%s' codec can't decode bytes in position %z-%z: %s", codec_name(c), at,
            at + bad_len - 1, reason);
}

}  // namespace

Value str_decode(const char* s, size_t n, const Str* encoding, const Str* errors) {
  Codec c = codec_of(encoding);
  const auto* u = reinterpret_cast<const uint8_t*>(s);
  if (c == Codec::Latin1) {
    if (ascii_only(s, n)) return str_new(s, n);
    StrBuilder b;
    b.reserve(n + n / 2);
    for (size_t i = 0; i < n; i++) b.add_codepoint(u[i]);
    return b.to_str();
  }
  size_t bad_at, bad_len;
  const char* reason;
  if (c == Codec::Utf8 ? utf8_check(s, n, &bad_at, &bad_len, &reason) : ascii_only(s, n)) return str_new(s, n);
  bool unknown;
  Errors e = errors_of(errors, &unknown);
  StrBuilder b;
  b.reserve(n);
  size_t i = 0;
  while (i < n) {
    if (c == Codec::Utf8) {
      if (utf8_check(s + i, n - i, &bad_at, &bad_len, &reason)) {
        b.add(s + i, n - i);
        break;
      }
      bad_at += i;
    } else {
      bad_at = i;
      while (bad_at < n && u[bad_at] < 0x80) bad_at++;
      if (bad_at == n) {
        b.add(s + i, n - i);
        break;
      }
      bad_len = 1;
      reason = "ordinal not in range(128)";
    }
    b.add(s + i, bad_at - i);
    if (unknown) unknown_handler(errors);
    switch (e) {
      case Errors::Strict: decode_error(c, u, bad_at, bad_len, reason);
      case Errors::Ignore: break;
      case Errors::Replace: b.add_codepoint(0xFFFD); break;
      case Errors::BackslashReplace:
        for (size_t k = 0; k < bad_len; k++) add_escape(&b, u[bad_at + k]);
        break;
      case Errors::XmlCharRefReplace:
        raise_type_error("don't know how to handle UnicodeDecodeError in error callback");
    }
    i = bad_at + bad_len;
  }
  return b.to_str();
}

Value str_encode(const Str* s, const Str* encoding, const Str* errors) {
  Codec c = codec_of(encoding);
  const char* d = s->data();
  size_t n = s->len;
  // UTF-8 text is its own encoding unless it holds surrogates (from chr()).
  if (c == Codec::Utf8 ? !memchr(d, '\xED', n) : ascii_only(d, n)) return bytes_new(d, n);
  uint32_t limit = c == Codec::Utf8 ? 0x110000 : c == Codec::Ascii ? 0x80 : 0x100;
  bool unknown;
  Errors e = errors_of(errors, &unknown);
  StrBuilder b;
  b.reserve(n);
  size_t ci = 0;
  for (const char* p = d, *end = d + n; p < end; ci++) {
    const char* at = p;
    uint32_t cp = utf8_next(&p);
    bool ok = c == Codec::Utf8 ? cp < 0xD800 || cp > 0xDFFF : cp < limit;
    if (ok) {
      if (c == Codec::Utf8) b.add(at, static_cast<size_t>(p - at));
      else b.add_char(static_cast<char>(cp));
      continue;
    }
    if (unknown) unknown_handler(errors);
    switch (e) {
      case Errors::Strict: {
        // Python reports the whole run of characters that cannot be encoded.
        size_t run = 1;
        for (const char* q = p; q < end; run++) {
          const char* r = q;
          uint32_t x = utf8_next(&r);
          if (c == Codec::Utf8 ? x < 0xD800 || x > 0xDFFF : x < limit) break;
          q = r;
        }
        const char* why = c == Codec::Utf8 ? "surrogates not allowed"
                          : c == Codec::Ascii ? "ordinal not in range(128)" : "ordinal not in range(256)";
        if (run == 1) {
          StrBuilder ch;
          add_escape(&ch, cp);
          Value esc = ch.to_str();
          raise_fmt(&exc::UnicodeEncodeError, "'%s' codec can't encode character '%S' in position %z: %s",
                    codec_name(c), esc, ci, why);
        }
        raise_fmt(&exc::UnicodeEncodeError, "'%s' codec can't encode characters in position %z-%z: %s",
                  codec_name(c), ci, ci + run - 1, why);
      }
      case Errors::Ignore: break;
      case Errors::Replace: b.add_char('?'); break;
      case Errors::BackslashReplace: add_escape(&b, cp); break;
      case Errors::XmlCharRefReplace: {
        char num[12];
        char* q = num + sizeof num;
        uint32_t v = cp;
        do {
          *--q = static_cast<char>('0' + v % 10);
          v /= 10;
        } while (v);
        b.add("&#", 2);
        b.add(q, static_cast<size_t>(num + sizeof num - q));
        b.add_char(';');
        break;
      }
    }
  }
  return b.to_bytes();
}

// ---------------------------------------------------------------------------
// Console printers.

namespace {

void write_stdout(Printer*, const char* s, size_t n) { port::write(s, n); }
void write_stderr(Printer*, const char* s, size_t n) { port::write_err(s, n); }

}  // namespace

Printer stdout_printer = {write_stdout};
Printer stderr_printer = {write_stderr};

}  // namespace minnow
