// The sys module, and the console streams sys.stdin/stdout/stderr.
#include <cstring>

#include "config.h"
#include "obj/dict.h"
#include "obj/exception.h"
#include "obj/list.h"
#include "obj/tuple.h"
#include "port/port.h"
#include "vm/state.h"

namespace minnow {

// ---------------------------------------------------------------------------
// Console streams: text files on the port's console.

struct ConsoleStream {
  const Type* type;
  int fd;  // 0 stdin, 1 stdout, 2 stderr
};

static Value stream_write(Value self, Value s) {
  int fd = self.as<ConsoleStream>()->fd;
  Buffer buf;
  const Str* str = as_str(s);
  if (str) {
    if (fd == 2) port::write_err(str->data(), str->len);
    else port::write(str->data(), str->len);
    return small(static_cast<intptr>(utf8_count(str->data(), str->len)));
  }
  if (get_buffer_maybe(s, &buf, false)) {
    if (fd == 2) port::write_err(static_cast<const char*>(buf.data), buf.len);
    else port::write(static_cast<const char*>(buf.data), buf.len);
    return small(static_cast<intptr>(buf.len));
  }
  raise_fmt(&exc::TypeError, "write() argument must be str, not %s", type_name(s));
}

static Value stream_flush(Value) {
  port::flush();
  return none();
}

static Value stream_readline(size_t n, const Value* args) {
  intptr limit = n > 1 && !is_none(args[1]) ? index_intptr(args[1]) : -1;
  StrBuilder b;
  while (limit < 0 || static_cast<intptr>(b.len) < limit) {
    int c = port::read_byte();
    if (c < -1) raise_interrupt();  // Ctrl-C while waiting
    if (c < 0) break;
    b.add_char(static_cast<char>(c));
    if (c == '\n') break;
  }
  return b.to_str();
}

static Value stream_read(size_t n, const Value* args) {
  intptr limit = n > 1 && !is_none(args[1]) ? index_intptr(args[1]) : -1;
  StrBuilder b;
  while (limit < 0 || static_cast<intptr>(b.len) < limit) {
    int c = port::read_byte();
    if (c < -1) raise_interrupt();  // Ctrl-C while waiting
    if (c < 0) break;
    b.add_char(static_cast<char>(c));
  }
  return b.to_str();
}

static Value stream_fileno(Value self) { return small(self.as<ConsoleStream>()->fd); }
static Value stream_isatty(Value) { return false_(); }

static void stream_print(Printer* p, Value self, bool) {
  static const char* const names[] = {"<stdin>", "<stdout>", "<stderr>"};
  print_cstr(p, "<io.TextIOWrapper name='");
  print_cstr(p, names[self.as<ConsoleStream>()->fd]);
  print_cstr(p, "'>");
}

static Value stream_iternext(Value self) {
  Value line = stream_readline(1, &self);
  if (line.as<Str>()->len == 0) return Value::stop();
  return line;
}
static Value stream_getiter(Value self) { return self; }

constexpr BuiltinFn stream_write_fn = make_fn2(QSTR(write), stream_write);
constexpr BuiltinFn stream_flush_fn = make_fn1(QSTR(flush), stream_flush);
constexpr BuiltinFn stream_readline_fn = make_fn_var(QSTR(readline), 1, 2, stream_readline);
constexpr BuiltinFn stream_read_fn = make_fn_var(QSTR(read), 1, 2, stream_read);
constexpr BuiltinFn stream_fileno_fn = make_fn1(QSTR(fileno), stream_fileno);
constexpr BuiltinFn stream_isatty_fn = make_fn1(QSTR(isatty), stream_isatty);
constexpr MethodEntry stream_locals_entries[] = {
    entry(QSTR(write), &stream_write_fn),   entry(QSTR(flush), &stream_flush_fn),
    entry(QSTR(readline), &stream_readline_fn), entry(QSTR(read), &stream_read_fn),
    entry(QSTR(fileno), &stream_fileno_fn), entry(QSTR(isatty), &stream_isatty_fn),
};
constexpr Table stream_locals = make_table(stream_locals_entries);

constexpr TypeSlots console_stream_slots = {
    nullptr, stream_print, nullptr, nullptr, nullptr,
    nullptr, nullptr, nullptr, stream_getiter, stream_iternext, nullptr};
constinit const Type console_stream_type = {
    &type_type, QSTR(TextIOWrapper), kTypeIterIsSelf, &console_stream_type, &object_type,
    &console_stream_slots, &stream_locals};

alignas(8) constinit const ConsoleStream sys_stdin_obj = {&console_stream_type, 0};
alignas(8) constinit const ConsoleStream sys_stdout_obj = {&console_stream_type, 1};
alignas(8) constinit const ConsoleStream sys_stderr_obj = {&console_stream_type, 2};

// ---------------------------------------------------------------------------
// sys.implementation: a read-only record.

struct ImplObj {
  const Type* type;
};
static Value impl_getattr(Value, const Str* name) {
  if (name == QSTR(name)) return qv(QSTR(micropython));
  if (name == QSTR(version)) {
    Value v[3] = {small(0), small(1), small(0)};
    return tuple_new(3, v);
  }
  if (name == QSTR(_mpy)) return small(6 | (0 << 10));
  if (name == QSTR(_machine)) return str_from_cstr(cfg::machine_name);
  return Value::null();
}
static void impl_print(Printer* p, Value, bool) {
  print_cstr(p, "(name='micropython', version=(0, 1, 0), _machine='");
  print_cstr(p, cfg::machine_name);
  print_cstr(p, "', _mpy=6)");
}
constexpr TypeSlots impl_slots = {
    nullptr, impl_print, nullptr, nullptr, nullptr,
    impl_getattr, nullptr, nullptr, nullptr, nullptr, nullptr};
constinit const Type impl_type = {
    &type_type, QSTR(implementation), 0, &impl_type, &object_type, &impl_slots, nullptr};
alignas(8) constinit const ImplObj impl_obj = {&impl_type};

// ---------------------------------------------------------------------------
// Functions.

static Value sys_exit(size_t n, const Value* args) {
  raise(exc_new(&exc::SystemExit, n, args));
}

static Value sys_print_exception(size_t n, const Value* args) {
  Value file = n > 1 ? args[1] : from_ptr(&sys_stdout_obj);
  if (is_type(file, &console_stream_type)) {
    print_exception(file.as<ConsoleStream>()->fd == 2 ? &stderr_printer : &stdout_printer, args[0]);
    return none();
  }
  StrBuilder b;
  print_exception(&b, args[0]);
  Value s = b.to_str();
  call_method(file, QSTR(write), 1, &s);
  return none();
}

static Value sys_exc_info() {
  Value e = ts.handled_exc;
  Value items[3];
  if (e.is_null()) {
    items[0] = items[1] = items[2] = none();
  } else {
    items[0] = from_ptr(type_of(e));
    items[1] = e;
    items[2] = getattr(e, QSTR(__traceback__));
  }
  return tuple_new(3, items);
}

#if MINNOW_CPYTHON_EXTRA
// getrecursionlimit, setrecursionlimit and intern: CPython has them,
// MicroPython leaves them out (the limit itself always applies).
static Value sys_getrecursionlimit() { return small(ts.recursion_limit); }
static Value sys_setrecursionlimit(Value v) {
  intptr n = index_intptr(v);
  if (n < 1) raise_value_error("recursion limit must be greater or equal than 1");
  // As in CPython: a limit the running code already exceeds is refused,
  // or no call could be made any more, not even to raise it again.
  if (n <= ts.py_depth)
    raise_fmt(&exc::RecursionError, "cannot set the recursion limit to %d at the recursion depth %d: the limit is too low",
              static_cast<int>(n), ts.py_depth);
  ts.recursion_limit = n > 100000 ? 100000 : static_cast<int>(n);
  return none();
}

static Value sys_intern(Value s) {
  const Str* str = as_str(s);
  if (!str) raise_type_error("intern() argument must be str");
  return qv(intern_str(str));
}
#endif  // MINNOW_CPYTHON_EXTRA

static void sys_init(Module* m) {
  Dict* g = m->globals;
  dict_set_str(g, QSTR(argv), ts.sys_argv);
  dict_set_str(g, QSTR(path), ts.sys_path);
  dict_set_str(g, QSTR(modules), from_ptr(ts.modules));
  dict_set_str(g, QSTR(platform), str_from_cstr(port::platform()));
  // Without big ints the largest int there is: the small-int limit.
  dict_set_str(g, QSTR(maxsize), int_from(cfg::bigint ? INTPTR_MAX : Value::small_max));
  Value vi[3] = {small(3), small(4), small(0)};
  dict_set_str(g, QSTR(version_info), tuple_new(3, vi));
}

constexpr BuiltinFn sys_exit_fn = make_fn_var(QSTR(exit), 0, 1, sys_exit);
constexpr BuiltinFn sys_print_exception_fn = make_fn_var(QSTR(print_exception), 1, 2, sys_print_exception);
constexpr BuiltinFn sys_exc_info_fn = make_fn0(QSTR(exc_info), sys_exc_info);
#if MINNOW_CPYTHON_EXTRA
constexpr BuiltinFn sys_getrecursionlimit_fn = make_fn0(QSTR(getrecursionlimit), sys_getrecursionlimit);
constexpr BuiltinFn sys_setrecursionlimit_fn = make_fn1(QSTR(setrecursionlimit), sys_setrecursionlimit);
constexpr BuiltinFn sys_intern_fn = make_fn1(QSTR(intern), sys_intern);
#endif
constexpr auto sys_version_str = make_static_str("3.4.0; Minnow 0.1.0");

constexpr MethodEntry sys_globals_entries[] = {
    entry(QSTR(__name__), QSTR(sys)),
    entry(QSTR(exit), &sys_exit_fn),
    entry(QSTR(print_exception), &sys_print_exception_fn),
    entry(QSTR(exc_info), &sys_exc_info_fn),
#if MINNOW_CPYTHON_EXTRA
    entry(QSTR(getrecursionlimit), &sys_getrecursionlimit_fn),
    entry(QSTR(setrecursionlimit), &sys_setrecursionlimit_fn),
    entry(QSTR(intern), &sys_intern_fn),
#endif
    entry(QSTR(stdin), &sys_stdin_obj),
    entry(QSTR(stdout), &sys_stdout_obj),
    entry(QSTR(stderr), &sys_stderr_obj),
    entry(QSTR(version), &sys_version_str.hdr),
    entry(QSTR(implementation), &impl_obj),
    entry(QSTR(byteorder), QSTR(little)),
};
constexpr Table sys_globals = make_table(sys_globals_entries);

constinit const BuiltinModule sys_module = {QSTR(sys), &sys_globals, sys_init};

}  // namespace minnow
