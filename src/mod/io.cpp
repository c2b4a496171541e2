// The io module: in-memory streams (StringIO, BytesIO) and files on the
// port's file system (open(), returning TextIOWrapper or FileIO objects).
//
// Shared reading logic: every read is a scan over bytes that decides how
// many to take (ReadScan). Limits count characters in text mode and bytes in
// binary mode; readline stops after '\n'. No newline translation is done
// (like MicroPython; on POSIX hosts CPython only differs for '\r').
//
// In-memory streams keep their data in an ItemBuf and a byte position that
// may lie past the end (after a seek); a write there pads with zero bytes.
// StringIO shows positions to Python as character counts, as CPython does.
//
// Files. A FileObj owns a port handle and one buffer used either for
// read-ahead (bytes [rpos, rlen) not yet consumed, the OS position being
// past them) or for pending writes (bytes [0, wlen)), never both. Every
// operation that changes direction or position first drops read-ahead
// (seeking back over it) or flushes pending writes. A file dropped while
// open is flushed and closed by the GC finaliser: file objects are allocated
// with gc::kFinaliser and io_finaliser is chained in front of any hook that
// was installed before (it passes other objects on). A port without a file
// system (MINNOW_FILES=0) has no file objects: its open() only fails.
//
// What MicroPython's streams lack is full level only (MINNOW_CPYTHON_EXTRA):
// readlines, writelines, truncate, readable, writable, seekable and closed
// of StringIO/BytesIO, and writelines, readable, writable, seekable and
// isatty of files.
#include <cstring>

#include "config.h"
#include "mod/io.h"
#include "obj/bytes.h"
#include "obj/dict.h"
#include "obj/list.h"
#include "obj/str.h"
#include "obj/tuple.h"
#include "port/port.h"
#include "vm/state.h"

namespace minnow {

extern const Type stringio_type, bytesio_type, text_file_type, binary_file_type;

void raise_os_error_path(int err, Value path) {
  NlrBuf nb;
  if (MINNOW_TRY(nb)) raise_os_error(err);
  Value e = nb.exc;
  if (!exc_matches(e, &exc::OSError)) raise(e);  // MemoryError making it
  Value args[3] = {small(err), getattr(e, QSTR(strerror)), path};
  raise(exc_new(type_of(e), 3, args));
}

namespace {

#if MINNOW_FILES
// Size of a file's buffer.
constexpr size_t kFileBuf = cfg::level >= MINNOW_LEVEL_FULL ? 4096 : cfg::level >= MINNOW_LEVEL_STANDARD ? 512 : 128;
#endif

[[noreturn]] [[gnu::cold]] void raise_closed() { raise_value_error("I/O operation on closed file."); }

// An optional size argument: null or None means "no limit" (-1).
intptr size_arg(size_t n_args, const Value* args, size_t i) {
  if (n_args <= i || is_none(args[i])) return -1;
  intptr n = index_intptr(args[i]);
  return n < 0 ? -1 : n;
}

// ---------------------------------------------------------------------------
// Scanning bytes for a read.

struct ReadScan {
  intptr limit;  // units wanted, -1 = all
  bool text;     // units are UTF-8 characters, else bytes
  bool line;     // stop after '\n'
  intptr units;  // taken so far
  bool done;
};

// How many bytes of p[0, n) the read takes; sets done when it is complete.
size_t scan_chunk(ReadScan* s, const uint8_t* p, size_t n) {
  if (!s->text && !s->line) {
    size_t take = n;
    if (s->limit >= 0 && static_cast<size_t>(s->limit - s->units) <= n) {
      take = static_cast<size_t>(s->limit - s->units);
      s->done = true;
    }
    s->units += static_cast<intptr>(take);
    return take;
  }
  size_t i = 0;
  while (i < n) {
    uint8_t b = p[i];
    bool starts_unit = !s->text || !utf8_is_cont(b);
    if (starts_unit && s->limit >= 0 && s->units >= s->limit) {
      s->done = true;
      return i;
    }
    i++;
    if (starts_unit) s->units++;
    if (s->line && b == '\n') {
      s->done = true;
      return i;
    }
  }
  return i;
}

#if MINNOW_FILES
// Bytes read so far as a str (checked to be UTF-8) or a bytes.
Value finish_read(StrBuilder* b, bool text) {
  if (!text) return b->to_bytes();
  size_t bad_at, bad_len;
  const char* reason;
  if (!utf8_check(b->buf ? b->buf : "", b->len, &bad_at, &bad_len, &reason))
    return str_decode(b->buf, b->len, nullptr, nullptr);  // raises UnicodeDecodeError
  return b->to_str();
}
#endif

// The data of a write: a str for text streams, bytes-like otherwise.
ByteSpan write_arg(Value data, bool text, size_t* units) {
  if (text) {
    const Str* s = as_str(data);
    if (!s) raise_fmt(&exc::TypeError, "write() argument must be str, not %s", type_name(data));
    *units = utf8_count(s->data(), s->len);
    return {reinterpret_cast<const uint8_t*>(s->data()), s->len};
  }
  if (is_str(data)) raise_fmt(&exc::TypeError, "a bytes-like object is required, not 'str'");
  ByteSpan sp = bytes_like_arg(data);
  *units = sp.n;
  return sp;
}

// ---------------------------------------------------------------------------
// StringIO and BytesIO.

struct MemStream {
  const Type* type;  // &stringio_type or &bytesio_type
  ItemBuf buf;       // the contents (bytes)
  size_t pos;        // byte position, may be past buf.len
  bool closed;
};

MemStream* mem_self(Value self) {
  MemStream* m = self.as<MemStream>();
  if (m->closed) raise_closed();
  return m;
}
inline bool mem_text(const MemStream* m) { return m->type == &stringio_type; }

void mem_write_bytes(MemStream* m, const uint8_t* p, size_t n) {
  if (n == 0) return;
  size_t end = m->pos + n;
  if (end < n) raise_memory_error();
  if (end > m->buf.len) {
    itembuf_reserve(&m->buf, end, 1);
    if (m->pos > m->buf.len) memset(m->buf.data + m->buf.len, 0, m->pos - m->buf.len);
    m->buf.len = end;
  }
  memcpy(m->buf.data + m->pos, p, n);
  m->pos = end;
}

Value mem_make(const Type* type, Value initial) {
  auto* m = static_cast<MemStream*>(gc::alloc(sizeof(MemStream)));
  m->type = type;
  if (!initial.is_null() && !is_none(initial)) {
    size_t units;
    ByteSpan sp = write_arg(initial, type == &stringio_type, &units);
    mem_write_bytes(m, sp.p, sp.n);
    m->pos = 0;
  }
  return from_ptr(m);
}

// StringIO(initial_value='', newline='\n')
Value stringio_make_new(const Type*, size_t n_args, size_t n_kw, const Value* args) {
  static constexpr const Str* names[] = {QSTR(initial_value), QSTR(newline)};
  Value a[2];
  parse_args(QSTR(StringIO), n_args, n_kw, args, names, 2, 0, a);
  if (!a[0].is_null() && !is_none(a[0]) && !as_str(a[0]))
    raise_fmt(&exc::TypeError, "initial_value must be str or None, not %s", type_name(a[0]));
  return mem_make(&stringio_type, a[0]);
}

// BytesIO(initial_bytes=b'')
Value bytesio_make_new(const Type*, size_t n_args, size_t n_kw, const Value* args) {
  static constexpr const Str* names[] = {QSTR(initial_bytes)};
  Value a[1];
  parse_args(QSTR(BytesIO), n_args, n_kw, args, names, 1, 0, a);
  return mem_make(&bytesio_type, a[0]);
}

// __init__ for Python subclasses (kTypeInitFills: make_new left the stream
// empty): StringIO.__init__(self, initial_value='', newline='\n') or
// BytesIO.__init__(self, initial_bytes=b'').
Value mem_init(size_t n_args, size_t n_kw, const Value* args) {
  if (n_args < 1) raise_type_error("__init__() needs self");
  MemStream* m = args[0].as<MemStream>();
  Value fresh = m->type == &stringio_type ? stringio_make_new(m->type, n_args - 1, n_kw, args + 1)
                                          : bytesio_make_new(m->type, n_args - 1, n_kw, args + 1);
  *m = *fresh.as<MemStream>();
  return none();
}

Value mem_read_scan(MemStream* m, ReadScan* s) {
  size_t start = m->pos < m->buf.len ? m->pos : m->buf.len;
  size_t take = scan_chunk(s, m->buf.data + start, m->buf.len - start);
  m->pos = start + take;
  const char* p = reinterpret_cast<const char*>(m->buf.data + start);
  return mem_text(m) ? str_new(p ? p : "", take) : bytes_new(p ? p : "", take);
}

Value mem_read(size_t n_args, const Value* args) {
  MemStream* m = mem_self(args[0]);
  ReadScan s = {size_arg(n_args, args, 1), mem_text(m), false, 0, false};
  return mem_read_scan(m, &s);
}

Value mem_readline(size_t n_args, const Value* args) {
  MemStream* m = mem_self(args[0]);
  ReadScan s = {size_arg(n_args, args, 1), mem_text(m), true, 0, false};
  return mem_read_scan(m, &s);
}

Value mem_write(Value self, Value data) {
  MemStream* m = mem_self(self);
  size_t units;
  ByteSpan sp = write_arg(data, mem_text(m), &units);
  mem_write_bytes(m, sp.p, sp.n);
  return small(static_cast<intptr>(units));
}

// Byte offset of character number ci of a StringIO (past the end: the
// offset the characters would have if the text were padded).
size_t mem_char_to_byte(const MemStream* m, size_t ci) {
  const uint8_t* p = m->buf.data;
  size_t i = 0;
  for (; i < m->buf.len; i++) {
    if (!utf8_is_cont(p[i])) {
      if (ci == 0) return i;
      ci--;
    }
  }
  return m->buf.len + ci;
}

Value mem_tell(Value self) {
  MemStream* m = mem_self(self);
  if (!mem_text(m)) return int_from(static_cast<intptr>(m->pos));
  size_t in = m->pos < m->buf.len ? m->pos : m->buf.len;
  size_t chars = utf8_count(reinterpret_cast<const char*>(m->buf.data), in) + (m->pos - in);
  return int_from(static_cast<intptr>(chars));
}

Value mem_seek(size_t n_args, const Value* args) {
  MemStream* m = mem_self(args[0]);
  intptr off = index_intptr(args[1]);
  intptr whence = n_args > 2 ? index_intptr(args[2]) : 0;
  if (whence < 0 || whence > 2) raise_fmt(&exc::ValueError, "invalid whence (%D, should be 0, 1 or 2)", whence);
  if (mem_text(m)) {
    if (whence != 0 && off != 0) raise_value_error("Can't do nonzero cur-relative seeks");
    if (whence == 0) {
      if (off < 0) raise_fmt(&exc::ValueError, "Negative seek position %D", off);
      m->pos = mem_char_to_byte(m, static_cast<size_t>(off));
    } else if (whence == 2) {
      m->pos = m->buf.len;
    }
    return mem_tell(args[0]);
  }
  intptr base = whence == 0 ? 0 : whence == 1 ? static_cast<intptr>(m->pos) : static_cast<intptr>(m->buf.len);
  intptr to = base + off;
  if (to < 0) {
    if (whence == 0) raise_fmt(&exc::ValueError, "negative seek value %D", off);
    to = 0;
  }
  m->pos = static_cast<size_t>(to);
  return int_from(to);
}

Value mem_getvalue(Value self) {
  MemStream* m = mem_self(self);
  const char* p = reinterpret_cast<const char*>(m->buf.data);
  return mem_text(m) ? str_new(p ? p : "", m->buf.len) : bytes_new(p ? p : "", m->buf.len);
}

#if MINNOW_CPYTHON_EXTRA
// truncate(size=None): cuts at size (default: the position); keeps the position.
Value mem_truncate(size_t n_args, const Value* args) {
  MemStream* m = mem_self(args[0]);
  size_t at = m->pos;
  if (n_args > 1 && !is_none(args[1])) {
    intptr n = index_intptr(args[1]);
    if (n < 0) raise_fmt(&exc::ValueError, "negative size value %D", n);
    at = mem_text(m) ? mem_char_to_byte(m, static_cast<size_t>(n)) : static_cast<size_t>(n);
  }
  if (at < m->buf.len) m->buf.len = at;
  return n_args > 1 && !is_none(args[1]) ? args[1] : mem_tell(args[0]);
}
#endif

Value mem_readinto(Value self, Value target) {
  MemStream* m = mem_self(self);
  Buffer b;
  get_buffer(target, &b, true);
  size_t start = m->pos < m->buf.len ? m->pos : m->buf.len;
  size_t n = m->buf.len - start;
  if (n > b.len) n = b.len;
  if (n) memcpy(b.data, m->buf.data + start, n);
  m->pos = start + n;
  return small(static_cast<intptr>(n));
}

Value mem_flush(Value self) {
  mem_self(self);
  return none();
}

Value mem_close(Value self) {
  MemStream* m = self.as<MemStream>();
  m->closed = true;
  m->buf.data = nullptr;
  m->buf.len = m->buf.alloc = 0;
  return none();
}

Value mem_iternext(Value self) {
  MemStream* m = mem_self(self);
  ReadScan s = {-1, mem_text(m), true, 0, false};
  Value line = mem_read_scan(m, &s);
  return s.units == 0 ? Value::stop() : line;
}

#if MINNOW_CPYTHON_EXTRA
Value mem_getattr(Value self, const Str* name) {
  if (name == QSTR(closed)) return bool_(self.as<MemStream>()->closed);
  return Value::null();
}
#endif

void mem_print(Printer* p, Value self, bool) {
  print_cstr(p, mem_text(self.as<MemStream>()) ? "<io.StringIO object>" : "<io.BytesIO object>");
}

#if MINNOW_FILES
// ---------------------------------------------------------------------------
// Files.

enum FileFlags : uint8_t {
  kRead = 1,
  kWrite = 2,
  kAppend = 4,
  kCloseFd = 8,   // close the handle when the object is closed
  kUnbuffered = 16,
};

struct FileObj {
  const Type* type;  // &text_file_type or &binary_file_type
  int fd;            // port handle; -1 once closed
  uint8_t flags;
  Value name;        // as given to open()
  Value mode;        // str, as given to open()
  uint8_t* buf;      // kFileBuf bytes (kNoScan), null when closed or unbuffered
  size_t rpos, rlen; // read-ahead: buf[rpos, rlen)
  size_t wlen;       // pending writes: buf[0, wlen)
};

inline bool file_text(const FileObj* f) { return f->type == &text_file_type; }

FileObj* file_self(Value self) {
  FileObj* f = self.as<FileObj>();
  if (f->fd < 0) raise_closed();
  return f;
}

// Writes all of p[0, n) to the handle; returns 0 or an errno value. Never
// raises or allocates (the finaliser uses it).
int write_all(int fd, const uint8_t* p, size_t n) {
  while (n) {
    long r = port::write_file(fd, p, n);
    if (r < 0) return static_cast<int>(-r);
    if (r == 0) return 5;  // EIO: no progress
    p += r;
    n -= static_cast<size_t>(r);
  }
  return 0;
}

void file_flush_writes(FileObj* f) {
  if (!f->wlen) return;
  size_t n = f->wlen;
  f->wlen = 0;
  int err = write_all(f->fd, f->buf, n);
  if (err) raise_os_error(err);
}

// Gives back read-ahead to the OS by seeking over it.
void file_drop_readahead(FileObj* f) {
  if (f->rpos == f->rlen) {
    f->rpos = f->rlen = 0;
    return;
  }
  long back = static_cast<long>(f->rlen - f->rpos);
  f->rpos = f->rlen = 0;
  long r = port::seek_file(f->fd, -back, 1);
  if (r < 0) raise_os_error(static_cast<int>(-r));
}

void check_readable(FileObj* f) {
  if (!(f->flags & kRead)) raise_msg(&exc::OSError, "not readable");
}
void check_writable(FileObj* f) {
  if (!(f->flags & kWrite)) raise_msg(&exc::OSError, "not writable");
}

// Makes read-ahead available; returns how many bytes it holds (0 at the end).
size_t file_fill(FileObj* f) {
  file_flush_writes(f);
  if (f->rpos < f->rlen) return f->rlen - f->rpos;
  long r = port::read_file(f->fd, f->buf, kFileBuf);
  if (r < 0) raise_os_error(static_cast<int>(-r));
  f->rpos = 0;
  f->rlen = static_cast<size_t>(r);
  return f->rlen;
}

Value file_read_scan(FileObj* f, ReadScan* s) {
  check_readable(f);
  StrBuilder b;
  while (!s->done) {
    size_t avail = file_fill(f);
    if (!avail) break;
    size_t take = scan_chunk(s, f->buf + f->rpos, avail);
    b.add(reinterpret_cast<const char*>(f->buf + f->rpos), take);
    f->rpos += take;
  }
  return finish_read(&b, file_text(f));
}

Value file_read(size_t n_args, const Value* args) {
  FileObj* f = file_self(args[0]);
  ReadScan s = {size_arg(n_args, args, 1), file_text(f), false, 0, false};
  return file_read_scan(f, &s);
}

Value file_readline(size_t n_args, const Value* args) {
  FileObj* f = file_self(args[0]);
  ReadScan s = {size_arg(n_args, args, 1), file_text(f), true, 0, false};
  return file_read_scan(f, &s);
}

Value file_readinto(Value self, Value target) {
  FileObj* f = file_self(self);
  check_readable(f);
  Buffer b;
  get_buffer(target, &b, true);
  size_t done = 0;
  while (done < b.len) {
    size_t avail = file_fill(f);
    if (!avail) break;
    size_t n = avail < b.len - done ? avail : b.len - done;
    memcpy(static_cast<uint8_t*>(b.data) + done, f->buf + f->rpos, n);
    f->rpos += n;
    done += n;
  }
  return small(static_cast<intptr>(done));
}

Value file_write(Value self, Value data) {
  FileObj* f = file_self(self);
  check_writable(f);
  size_t units;
  ByteSpan sp = write_arg(data, file_text(f), &units);
  file_drop_readahead(f);
  if (sp.n > kFileBuf - f->wlen) {
    file_flush_writes(f);
    if (sp.n >= kFileBuf || (f->flags & kUnbuffered)) {
      int err = write_all(f->fd, sp.p, sp.n);
      if (err) raise_os_error(err);
      return small(static_cast<intptr>(units));
    }
  }
  memcpy(f->buf + f->wlen, sp.p, sp.n);
  f->wlen += sp.n;
  if (f->flags & kUnbuffered) file_flush_writes(f);
  return small(static_cast<intptr>(units));
}

Value file_flush(Value self) {
  FileObj* f = file_self(self);
  file_flush_writes(f);
  return none();
}

Value file_tell(Value self) {
  FileObj* f = file_self(self);
  file_flush_writes(f);
  long r = port::seek_file(f->fd, 0, 1);
  if (r < 0) raise_os_error(static_cast<int>(-r));
  return int_from(static_cast<intptr>(r - static_cast<long>(f->rlen - f->rpos)));
}

Value file_seek(size_t n_args, const Value* args) {
  FileObj* f = file_self(args[0]);
  intptr off = index_intptr(args[1]);
  intptr whence = n_args > 2 ? index_intptr(args[2]) : 0;
  if (whence < 0 || whence > 2) raise_fmt(&exc::ValueError, "invalid whence (%D, should be 0, 1 or 2)", whence);
  if (file_text(f) && whence != 0 && off != 0) raise_value_error("can't do nonzero cur-relative seeks");
  if (whence == 0 && off < 0) raise_fmt(&exc::ValueError, "negative seek position %D", off);
  file_flush_writes(f);
  file_drop_readahead(f);
  long r = port::seek_file(f->fd, static_cast<long>(off), static_cast<int>(whence));
  if (r < 0) raise_os_error(static_cast<int>(-r));
  return int_from(static_cast<intptr>(r));
}

// Releases the handle; returns an errno value from the final flush (0 if
// none). Never raises or allocates: the finaliser uses it.
int file_release(FileObj* f) {
  if (f->fd < 0) return 0;
  int err = f->wlen ? write_all(f->fd, f->buf, f->wlen) : 0;
  f->wlen = 0;
  if (f->flags & kCloseFd) {
    int r = port::close_file(f->fd);
    if (!err && r < 0) err = -r;
  }
  f->fd = -1;
  f->buf = nullptr;
  f->rpos = f->rlen = 0;
  return err;
}

Value file_close(Value self) {
  int err = file_release(self.as<FileObj>());
  if (err) raise_os_error(err);
  return none();
}

Value file_fileno(Value self) { return small(file_self(self)->fd); }
#if MINNOW_CPYTHON_EXTRA
Value file_readable(Value self) { return bool_(file_self(self)->flags & kRead); }
Value file_writable(Value self) { return bool_(file_self(self)->flags & kWrite); }
Value file_seekable(Value self) {
  FileObj* f = file_self(self);
  return bool_(port::seek_file(f->fd, 0, 1) >= 0);
}
Value file_isatty(Value self) {
  file_self(self);
  return false_();
}
#endif

Value file_iternext(Value self) {
  FileObj* f = file_self(self);
  ReadScan s = {-1, file_text(f), true, 0, false};
  Value line = file_read_scan(f, &s);
  return s.units == 0 ? Value::stop() : line;
}

Value file_getattr(Value self, const Str* name) {
  FileObj* f = self.as<FileObj>();
  if (name == QSTR(closed)) return bool_(f->fd < 0);
  if (name == QSTR(name)) return f->name;
  if (name == QSTR(mode)) return f->mode;
  if (name == QSTR(encoding) && file_text(f)) return str_from_cstr("UTF-8");
  return Value::null();
}

void file_print(Printer* p, Value self, bool) {
  FileObj* f = self.as<FileObj>();
  print_cstr(p, file_text(f) ? "<io.TextIOWrapper name=" : "<io.FileIO name=");
  print_value(p, f->name, true);
  print_cstr(p, " mode=");
  print_value(p, f->mode, true);
  if (file_text(f)) print_cstr(p, " encoding='UTF-8'");
  print_cstr(p, ">");
}

void (*prev_finaliser)(void*) = nullptr;

void io_finaliser(void* p) {
  const Obj* o = static_cast<const Obj*>(p);
  if (o->type == &text_file_type || o->type == &binary_file_type) {
    file_release(static_cast<FileObj*>(p));
    return;
  }
  if (prev_finaliser) prev_finaliser(p);
}

void install_finaliser() {
  if (gc::finaliser == io_finaliser) return;
  prev_finaliser = gc::finaliser;
  gc::finaliser = io_finaliser;
}

// Is enc a spelling of UTF-8 ("utf-8", "UTF8", "utf_8")?
bool is_utf8_name(const Str* enc) {
  char low[8];
  size_t n = 0;
  for (size_t i = 0; i < enc->len; i++) {
    char c = enc->data()[i];
    if (c == '-' || c == '_') continue;
    if (n == sizeof low) return false;
    low[n++] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
  }
  return n == 4 && memcmp(low, "utf8", 4) == 0;
}
#endif  // MINNOW_FILES

// Shared methods of the stream types (self is checked by each method).
Value stream_enter(Value self) { return self; }
Value stream_exit(size_t, const Value* args) { return call_method(args[0], QSTR(close), 0, nullptr); }
#if MINNOW_CPYTHON_EXTRA
Value stream_true(Value) { return true_(); }
Value stream_writelines(Value self, Value lines) {
  Value it = getiter(lines);
  for (Value x = iternext(it); !x.is_stop(); x = iternext(it)) call_method(self, QSTR(write), 1, &x);
  return none();
}
#endif
#if MINNOW_CPYTHON_EXTRA || MINNOW_FILES
Value stream_readlines(size_t n_args, const Value* args) {
  intptr hint = size_arg(n_args, args, 1);
  if (hint == 0) hint = -1;
  List* out = list_new(0);
  Value it = getiter(args[0]);
  intptr total = 0;
  for (Value line = iternext(it); !line.is_stop(); line = iternext(it)) {
    list_append(out, line);
    total += static_cast<intptr>(len(line));
    if (hint > 0 && total >= hint) break;
  }
  return from_ptr(out);
}
#endif

constexpr BuiltinFn stream_enter_fn = make_fn1(QSTR(__enter__), stream_enter);
constexpr BuiltinFn stream_exit_fn = make_fn_var(QSTR(__exit__), 1, 4, stream_exit);
#if MINNOW_CPYTHON_EXTRA || MINNOW_FILES
constexpr BuiltinFn stream_readlines_fn = make_fn_var(QSTR(readlines), 1, 2, stream_readlines);
#endif
#if MINNOW_CPYTHON_EXTRA
constexpr BuiltinFn stream_writelines_fn = make_fn2(QSTR(writelines), stream_writelines);
constexpr BuiltinFn mem_true_readable_fn = make_fn1(QSTR(readable), stream_true);
constexpr BuiltinFn mem_true_writable_fn = make_fn1(QSTR(writable), stream_true);
constexpr BuiltinFn mem_true_seekable_fn = make_fn1(QSTR(seekable), stream_true);
constexpr BuiltinFn mem_truncate_fn = make_fn_var(QSTR(truncate), 1, 2, mem_truncate);
#endif

constexpr BuiltinFn mem_init_fn = make_fn_kw(QSTR(__init__), mem_init);
constexpr BuiltinFn mem_read_fn = make_fn_var(QSTR(read), 1, 2, mem_read);
constexpr BuiltinFn mem_readline_fn = make_fn_var(QSTR(readline), 1, 2, mem_readline);
constexpr BuiltinFn mem_readinto_fn = make_fn2(QSTR(readinto), mem_readinto);
constexpr BuiltinFn mem_write_fn = make_fn2(QSTR(write), mem_write);
constexpr BuiltinFn mem_seek_fn = make_fn_var(QSTR(seek), 2, 3, mem_seek);
constexpr BuiltinFn mem_tell_fn = make_fn1(QSTR(tell), mem_tell);
constexpr BuiltinFn mem_getvalue_fn = make_fn1(QSTR(getvalue), mem_getvalue);
constexpr BuiltinFn mem_close_fn = make_fn1(QSTR(close), mem_close);
constexpr BuiltinFn mem_flush_fn = make_fn1(QSTR(flush), mem_flush);

constexpr MethodEntry mem_locals_entries[] = {
    entry(QSTR(__enter__), &stream_enter_fn),
    entry(QSTR(__exit__), &stream_exit_fn),
    entry(QSTR(__init__), &mem_init_fn),
    entry(QSTR(close), &mem_close_fn),
    entry(QSTR(flush), &mem_flush_fn),
    entry(QSTR(getvalue), &mem_getvalue_fn),
    entry(QSTR(read), &mem_read_fn),
#if MINNOW_CPYTHON_EXTRA
    entry(QSTR(readable), &mem_true_readable_fn),
#endif
    entry(QSTR(readinto), &mem_readinto_fn),
    entry(QSTR(readline), &mem_readline_fn),
#if MINNOW_CPYTHON_EXTRA
    entry(QSTR(readlines), &stream_readlines_fn),
#endif
    entry(QSTR(seek), &mem_seek_fn),
#if MINNOW_CPYTHON_EXTRA
    entry(QSTR(seekable), &mem_true_seekable_fn),
#endif
    entry(QSTR(tell), &mem_tell_fn),
#if MINNOW_CPYTHON_EXTRA
    entry(QSTR(truncate), &mem_truncate_fn),
    entry(QSTR(writable), &mem_true_writable_fn),
#endif
    entry(QSTR(write), &mem_write_fn),
#if MINNOW_CPYTHON_EXTRA
    entry(QSTR(writelines), &stream_writelines_fn),
#endif
};
constexpr Table mem_locals = make_table(mem_locals_entries);

#if MINNOW_FILES
constexpr BuiltinFn file_read_fn = make_fn_var(QSTR(read), 1, 2, file_read);
constexpr BuiltinFn file_readline_fn = make_fn_var(QSTR(readline), 1, 2, file_readline);
constexpr BuiltinFn file_readinto_fn = make_fn2(QSTR(readinto), file_readinto);
constexpr BuiltinFn file_write_fn = make_fn2(QSTR(write), file_write);
constexpr BuiltinFn file_flush_fn = make_fn1(QSTR(flush), file_flush);
constexpr BuiltinFn file_seek_fn = make_fn_var(QSTR(seek), 2, 3, file_seek);
constexpr BuiltinFn file_tell_fn = make_fn1(QSTR(tell), file_tell);
constexpr BuiltinFn file_close_fn = make_fn1(QSTR(close), file_close);
constexpr BuiltinFn file_fileno_fn = make_fn1(QSTR(fileno), file_fileno);
#if MINNOW_CPYTHON_EXTRA
constexpr BuiltinFn file_readable_fn = make_fn1(QSTR(readable), file_readable);
constexpr BuiltinFn file_writable_fn = make_fn1(QSTR(writable), file_writable);
constexpr BuiltinFn file_seekable_fn = make_fn1(QSTR(seekable), file_seekable);
constexpr BuiltinFn file_isatty_fn = make_fn1(QSTR(isatty), file_isatty);
#endif

constexpr MethodEntry file_locals_entries[] = {
    entry(QSTR(__enter__), &stream_enter_fn),
    entry(QSTR(__exit__), &stream_exit_fn),
    entry(QSTR(close), &file_close_fn),
    entry(QSTR(fileno), &file_fileno_fn),
    entry(QSTR(flush), &file_flush_fn),
#if MINNOW_CPYTHON_EXTRA
    entry(QSTR(isatty), &file_isatty_fn),
#endif
    entry(QSTR(read), &file_read_fn),
#if MINNOW_CPYTHON_EXTRA
    entry(QSTR(readable), &file_readable_fn),
#endif
    entry(QSTR(readinto), &file_readinto_fn),
    entry(QSTR(readline), &file_readline_fn),
    entry(QSTR(readlines), &stream_readlines_fn),
    entry(QSTR(seek), &file_seek_fn),
#if MINNOW_CPYTHON_EXTRA
    entry(QSTR(seekable), &file_seekable_fn),
#endif
    entry(QSTR(tell), &file_tell_fn),
#if MINNOW_CPYTHON_EXTRA
    entry(QSTR(writable), &file_writable_fn),
#endif
    entry(QSTR(write), &file_write_fn),
#if MINNOW_CPYTHON_EXTRA
    entry(QSTR(writelines), &stream_writelines_fn),
#endif
};
constexpr Table file_locals = make_table(file_locals_entries);
#endif  // MINNOW_FILES

// The closed attribute of StringIO and BytesIO.
#if MINNOW_CPYTHON_EXTRA
constexpr GetAttrFn mem_getattr_slot = mem_getattr;
#else
constexpr GetAttrFn mem_getattr_slot = nullptr;
#endif

}  // namespace

constexpr TypeSlots stringio_slots = {
    stringio_make_new, mem_print, nullptr, nullptr, nullptr,
    mem_getattr_slot, nullptr, nullptr, iter_self, mem_iternext, nullptr};
constinit const Type stringio_type = {
    &type_type, QSTR(StringIO), kTypeIterIsSelf | kTypeBaseOK | kTypeInitFills, &stringio_type, &object_type,
    &stringio_slots, &mem_locals};

constexpr TypeSlots bytesio_slots = {
    bytesio_make_new, mem_print, nullptr, nullptr, nullptr,
    mem_getattr_slot, nullptr, nullptr, iter_self, mem_iternext, nullptr};
constinit const Type bytesio_type = {
    &type_type, QSTR(BytesIO), kTypeIterIsSelf | kTypeBaseOK | kTypeInitFills, &bytesio_type, &object_type,
    &bytesio_slots, &mem_locals};

#if MINNOW_FILES
// Text and binary files share their slots.
constexpr TypeSlots file_slots = {
    nullptr, file_print, nullptr, nullptr, nullptr,
    file_getattr, nullptr, nullptr, iter_self, file_iternext, nullptr};
constinit const Type text_file_type = {
    &type_type, QSTR(TextIOWrapper), kTypeIterIsSelf, &text_file_type, &object_type, &file_slots, &file_locals};

constinit const Type binary_file_type = {
    &type_type, QSTR(FileIO), kTypeIterIsSelf, &binary_file_type, &object_type, &file_slots, &file_locals};
#endif

// open(file, mode='r', buffering=-1, encoding=None, errors=None,
//      newline=None, closefd=True, opener=None)
static constexpr const Str* open_arg_names[] = {QSTR(file),   QSTR(mode),    QSTR(buffering), QSTR(encoding),
                                                QSTR(errors), QSTR(newline), QSTR(closefd),   QSTR(opener)};

#if MINNOW_FILES
Value io_open(size_t n_args, size_t n_kw, const Value* args) {
  Value a[8];
  parse_args(QSTR(open), n_args, n_kw, args, open_arg_names, 8, 1, a);
  Value file = a[0];
  const Str* mode = a[1].is_null() ? QSTR(r) : str_arg(a[1], "open() argument 'mode'");

  // Mode letters: exactly one of r w a x, optional +, at most one of b t.
  char kind = 0;
  bool plus = false, binary = false, text = false;
  for (size_t i = 0; i < mode->len; i++) {
    char c = mode->data()[i];
    bool dup = false;
    switch (c) {
      case 'r': case 'w': case 'a': case 'x':
        if (kind) dup = true;
        kind = c;
        break;
      case '+': dup = plus; plus = true; break;
      case 'b': dup = binary; binary = true; break;
      case 't': dup = text; text = true; break;
      default: dup = true; break;
    }
    if (dup) raise_fmt(&exc::ValueError, "invalid mode: '%q'", mode);
  }
  if (!kind || (binary && text)) raise_fmt(&exc::ValueError, "invalid mode: '%q'", mode);
  if (binary) {
    if (!a[3].is_null() && !is_none(a[3])) raise_value_error("binary mode doesn't take an encoding argument");
    if (!a[4].is_null() && !is_none(a[4])) raise_value_error("binary mode doesn't take an errors argument");
    if (!a[5].is_null() && !is_none(a[5])) raise_value_error("binary mode doesn't take a newline argument");
  }
  if (!a[3].is_null() && !is_none(a[3])) {
    const Str* enc = str_arg(a[3], "open() argument 'encoding'");
    if (!is_utf8_name(enc)) raise_fmt(&exc::LookupError, "unsupported encoding: %q", enc);
  }
  intptr buffering = a[2].is_null() ? -1 : index_intptr(a[2]);
  if (buffering == 0 && !binary) raise_value_error("can't have unbuffered text I/O");
  bool closefd = a[6].is_null() || truthy(a[6]);

  int fd;
  if (is_int(file)) {
    intptr h = int_to_intptr(file);
    if (h < 0 || h > INT32_MAX) raise_value_error("negative file descriptor");
    fd = static_cast<int>(h);
  } else {
    if (!closefd) raise_value_error("Cannot use closefd=False with file name");
    const Str* path = as_str(file);
    if (!path) {
      ByteSpan sp;
      if (!bytes_like(file, &sp)) raise_fmt(&exc::TypeError, "expected str, bytes or os.PathLike object, not %s", type_name(file));
      path = as_str(str_decode(reinterpret_cast<const char*>(sp.p), sp.n, nullptr, nullptr));
    }
    if (memchr(path->data(), 0, path->len)) raise_value_error("embedded null byte");
    char pmode[3] = {kind, plus ? '+' : '\0', '\0'};
    int r = port::open_file(path->data(), pmode);
    if (r < 0) raise_os_error_path(-r, file);
    fd = r;
    // Appending starts at the end, so tell() and reads in "a+" see it there.
    if (kind == 'a') port::seek_file(fd, 0, 2);
  }

  install_finaliser();
  auto* f = static_cast<FileObj*>(gc::try_alloc(sizeof(FileObj), gc::kFinaliser));
  uint8_t* buf = f ? static_cast<uint8_t*>(gc::try_alloc(kFileBuf, gc::kNoScan)) : nullptr;
  if (!f || !buf) {
    if (closefd) port::close_file(fd);
    raise_memory_error();
  }
  f->type = binary ? &binary_file_type : &text_file_type;
  f->fd = fd;
  f->flags = static_cast<uint8_t>((kind == 'r' || plus ? kRead : 0) | (kind != 'r' || plus ? kWrite : 0) |
                                  (kind == 'a' ? kAppend : 0) | (closefd ? kCloseFd : 0) |
                                  (buffering == 0 ? kUnbuffered : 0));
  f->name = file;
  f->mode = str_value(mode);
  f->buf = buf;
  return from_ptr(f);
}
#else
// Without a file system open() only checks the argument count and names,
// then fails: OSError EBADF for a descriptor, FileNotFoundError otherwise.
Value io_open(size_t n_args, size_t n_kw, const Value* args) {
  Value a[8];
  parse_args(QSTR(open), n_args, n_kw, args, open_arg_names, 8, 1, a);
  if (is_int(a[0])) raise_os_error(9);
  raise_os_error_path(2, a[0]);
}
#endif

namespace {

constexpr BuiltinFn io_open_fn = make_fn_kw(QSTR(open), io_open);
constexpr MethodEntry io_globals_entries[] = {
    entry(QSTR(__name__), QSTR(io)),
    entry(QSTR(BytesIO), &bytesio_type),
#if MINNOW_FILES
    entry(QSTR(FileIO), &binary_file_type),
#endif
    entry(QSTR(StringIO), &stringio_type),
#if MINNOW_FILES
    entry(QSTR(TextIOWrapper), &text_file_type),
#endif
    entry(QSTR(open), &io_open_fn),
};
constexpr Table io_globals = make_table(io_globals_entries);

}  // namespace

constinit const BuiltinModule io_module = {QSTR(io), &io_globals, nullptr};

}  // namespace minnow
