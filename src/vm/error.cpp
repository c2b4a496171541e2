// Raising exceptions: the non-local jump, message formatting, and the
// C-stack guard.
#include "vm/error.h"

#include "config.h"
#include "gc/heap.h"
#include "lex/msgbuf.h"
#include "obj/exception.h"
#include "obj/tuple.h"
#include "port/port.h"
#include "vm/state.h"

namespace minnow {

NlrBuf* nlr_top = nullptr;

void nlr_jump(Value exc) {
  NlrBuf* top = nlr_top;
  if (!top) {
    print_cstr(&stderr_printer, "FATAL: uncaught exception\n");
    print_exception(&stderr_printer, exc);
    port::exit(1);
  }
  nlr_top = top->prev;
  top->exc = exc;
  longjmp(top->jb, 1);
}

bool exc_matches(Value v, const Type* t) { return v.is_obj() && is_subtype(v.obj()->type, t); }

// MemoryError must be raisable without allocating.
static ExceptionObj memory_error_obj;

void raise_memory_error() {
  ExceptionObj* e = &memory_error_obj;
  // Its traceback entries live in the heap: keep them while it is caught.
  static bool rooted = false;
  if (!rooted) {
    gc::add_roots(e, sizeof(ExceptionObj) / sizeof(void*));
    rooted = true;
  }
  e->type = &exc::MemoryError;
  e->dict = nullptr;
  e->base = Value::null();
  e->args = empty_tuple();
  e->traceback = Value::null();
  e->cause = Value::null();
  e->context = Value::null();
  e->suppress_context = false;
  nlr_jump(from_ptr(e));
}

void raise(Value v) {
  Value exc = v;
  if (v.is_obj() && is_subtype(v.obj()->type, &type_type)) {
    const Type* t = v.as<Type>();
    if (!(t->flags & kTypeException)) raise_type_error("exceptions must derive from BaseException");
    exc = call0(v);
  }
  if (!is_exception(exc)) raise_type_error("exceptions must derive from BaseException");
  if (!ts.handled_exc.is_null()) exc_set_context(exc, ts.handled_exc);
  nlr_jump(exc);
}

// Compressed messages (MINNOW_COMPRESSED_MSGS, tools/boards/compress_msgs.py):
// a first byte 1, then bytes that are printable ASCII or the code of a rule
// of msg_pairs: 0x80 + i for rule i, 2 + i - 128 below 32 for rule i >= 128.
// Rule i is the two bytes msg_pairs[2i], msg_pairs[2i + 1], each again a
// character or a rule (nested at most kMsgDepth deep, which the tool checks).
// Expanded into buf, which holds kMsgExpanded bytes and a NUL; other
// messages are returned as they are.
#if MINNOW_COMPRESSED_MSGS
extern const unsigned char msg_pairs[];

const char* expand_msg(const char* msg, char* buf) {
  if (!msg || msg[0] != 1) return msg;
  constexpr size_t kMsgDepth = 24;
  uint8_t todo[kMsgDepth + 1];
  size_t n = 0;
  for (const uint8_t* p = reinterpret_cast<const uint8_t*>(msg) + 1; *p; p++) {
    size_t k = 0;
    todo[k++] = *p;
    while (k) {
      uint8_t c = todo[--k];
      if (c >= 32 && c < 0x80) {
        if (n < kMsgExpanded) buf[n++] = static_cast<char>(c);
        continue;
      }
      const unsigned char* r = msg_pairs + 2 * (c >= 0x80 ? c - 0x80u : c - 2u + 128u);
      todo[k++] = r[1];
      todo[k++] = r[0];
    }
  }
  buf[n] = 0;
  return buf;
}
#endif

void raise_msg(const Type* type, const char* msg) {
  if (!msg) raise(exc_new(type, 0, nullptr));
  raise(exc_new_msg(type, MsgText(msg).text));
}

// A %s argument may itself be a compressed message piece.
[[gnu::noinline]] static void add_msg(StrBuilder* b, const char* s) { b->add_cstr(MsgText(s).text); }

void raise_vfmt(const Type* type, const char* fmt, va_list ap) {
  MsgText expanded(fmt);
  StrBuilder b;
  for (const char* f = expanded.text; *f; f++) {
    if (*f != '%') {
      b.add_char(*f);
      continue;
    }
    switch (*++f) {
      case 's': add_msg(&b, va_arg(ap, const char*)); break;
      case 'd': print_int(&b, va_arg(ap, int)); break;
      case 'D': print_int(&b, va_arg(ap, intptr)); break;
      case 'z': print_int(&b, static_cast<intptr>(va_arg(ap, size_t))); break;
      case 'c': b.add_char(static_cast<char>(va_arg(ap, int))); break;
      case 'q': {
        const Str* s = va_arg(ap, const Str*);
        b.add(s->data(), s->len);
        break;
      }
      case 'r': print_value(&b, va_arg(ap, Value), true); break;
      case 'S': print_value(&b, va_arg(ap, Value), false); break;
      case 'T': b.add_cstr(type_name(va_arg(ap, Value))); break;
      case '%': b.add_char('%'); break;
      case '\0': f--; break;
      default: b.add_char('%'); b.add_char(*f); break;
    }
  }
  Value msg = b.to_str();
  raise(exc_new(type, 1, &msg));
}

void raise_fmt(const Type* type, const char* fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  raise_vfmt(type, fmt, ap);
}

void raise_type_error(const char* msg) { raise_msg(&exc::TypeError, msg); }
void raise_value_error(const char* msg) { raise_msg(&exc::ValueError, msg); }
void raise_index_error(const char* msg) { raise_msg(&exc::IndexError, msg); }
void raise_overflow_error(const char* msg) { raise_msg(&exc::OverflowError, msg); }
void raise_zero_division(const char* msg) { raise_msg(&exc::ZeroDivisionError, msg); }
void raise_key_error(Value key) { raise(exc_new(&exc::KeyError, 1, &key)); }
void raise_recursion_error() { raise_msg(&exc::RecursionError, "maximum recursion depth exceeded"); }
void raise_stop_iteration(Value value) {
  if (value.is_null() || is_none(value)) raise(exc_new(&exc::StopIteration, 0, nullptr));
  raise(exc_new(&exc::StopIteration, 1, &value));
}

struct ErrnoInfo {
  int code;
  const char* text;
  const Type* type;
};
// The OSError subclass of an errno, or OSError itself where the level leaves
// the subclasses out (MINNOW_EXC_EXTRA).
#if MINNOW_EXC_EXTRA
#define OSERR(name) &exc::name
#else
#define OSERR(name) &exc::OSError
#endif
static const ErrnoInfo kErrnos[] = {
    {1, MSG("Operation not permitted"), OSERR(PermissionError)},
    {2, MSG("No such file or directory"), &exc::FileNotFoundError},
    {4, MSG("Interrupted system call"), OSERR(InterruptedError)},
    {5, MSG("Input/output error"), &exc::OSError},
    {9, MSG("Bad file descriptor"), &exc::OSError},
    {11, MSG("Resource temporarily unavailable"), OSERR(BlockingIOError)},
    {12, MSG("Cannot allocate memory"), &exc::OSError},
    {13, MSG("Permission denied"), OSERR(PermissionError)},
    {17, MSG("File exists"), OSERR(FileExistsError)},
    {20, MSG("Not a directory"), OSERR(NotADirectoryError)},
    {21, MSG("Is a directory"), OSERR(IsADirectoryError)},
    {22, MSG("Invalid argument"), &exc::OSError},
    {28, MSG("No space left on device"), &exc::OSError},
    {32, MSG("Broken pipe"), OSERR(BrokenPipeError)},
    {110, MSG("Connection timed out"), OSERR(TimeoutError)},
};
#undef OSERR

void raise_os_error(int errno_value) {
  const char* text = MSG("Unknown error");
  const Type* t = &exc::OSError;
  for (const ErrnoInfo& e : kErrnos)
    if (e.code == errno_value) {
      text = e.text;
      t = e.type;
    }
  Value args[2] = {small(errno_value), str_from_cstr(MsgText(text).text)};
  raise(exc_new(t, 2, args));
}

static const char* binop_symbol(BinOp op) {
  switch (non_inplace(op)) {
    case BinOp::Add: return "+";
    case BinOp::Sub: return "-";
    case BinOp::Mul: return "*";
    case BinOp::MatMul: return "@";
    case BinOp::TrueDiv: return "/";
    case BinOp::FloorDiv: return "//";
    case BinOp::Mod: return "%";
    case BinOp::Pow: return "** or pow()";
    case BinOp::LShift: return "<<";
    case BinOp::RShift: return ">>";
    case BinOp::And: return "&";
    case BinOp::Or: return "|";
    case BinOp::Xor: return "^";
    case BinOp::DivMod: return "divmod()";
    default: return "?";
  }
}

void raise_binop_error(BinOp op, Value lhs, Value rhs) {
  raise_fmt(&exc::TypeError, "unsupported operand type(s) for %s%s: '%s' and '%s'", binop_symbol(op),
            is_inplace(op) ? "=" : "", type_name(lhs), type_name(rhs));
}

void raise_not_a(Value obj, const char* what) {
  raise_fmt(&exc::TypeError, "'%s' object is not %s", type_name(obj), what);
}

void raise_arg_count(const Str* fn_name, size_t want_min, size_t want_max, size_t got) {
  if (want_min == want_max)
    raise_fmt(&exc::TypeError, "%q() takes exactly %z argument%s (%z given)", fn_name, want_min,
              want_min == 1 ? "" : "s", got);
  if (got < want_min)
    raise_fmt(&exc::TypeError, "%q() takes at least %z argument%s (%z given)", fn_name, want_min,
              want_min == 1 ? "" : "s", got);
  raise_fmt(&exc::TypeError, "%q() takes at most %z argument%s (%z given)", fn_name, want_max,
            want_max == 1 ? "" : "s", got);
}

uint64_t steps_left = 0;

void raise_interrupt() {
  port::interrupt_pending = false;
  raise(exc_new(&exc::KeyboardInterrupt, 0, nullptr));
}

void raise_step_budget() { raise_msg(&exc::KeyboardInterrupt, "step budget exhausted"); }

// A quarter of the margin check_stack() keeps, so it fits below any frame
// that passed check_stack().
[[gnu::noinline]] void clear_dead_stack() {
  volatile char dead[cfg::c_stack_margin / 4];
  for (size_t i = 0; i < sizeof dead; i++) dead[i] = 0;
}

uintptr_t c_stack_limit = UINTPTR_MAX;

void check_stack_slow(uintptr_t here) {
  static bool known = false;
  if (!known) {
    size_t size = port::stack_size();
    size_t margin = cfg::c_stack_margin < size / 4 ? cfg::c_stack_margin : size / 4;
    c_stack_limit = reinterpret_cast<uintptr_t>(port::stack_top() - size + margin);
    known = true;
    if (here >= c_stack_limit) return;
  }
  raise_recursion_error();
}

}  // namespace minnow
