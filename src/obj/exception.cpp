// BaseException and the builtin exception hierarchy, tracebacks, and
// printing uncaught exceptions.
#include "obj/exception.h"

#include "bytecode/code.h"
#include "obj/dict.h"
#include "obj/tuple.h"
#include "vm/state.h"

namespace minnow {

bool is_exception(Value v) { return v.is_obj() && (v.obj()->type->flags & kTypeException); }

static Value exc_args_tuple(ExceptionObj* e) { return e->args.is_null() ? empty_tuple() : e->args; }

static Value exc_make_new(const Type* t, size_t n_args, size_t n_kw, const Value* args) {
  if (n_kw && !(t->flags & kTypeHeap)) raise_fmt(&exc::TypeError, "%q() takes no keyword arguments", t->name);
  ExceptionObj* e = static_cast<ExceptionObj*>(gc::alloc(sizeof(ExceptionObj)));
  e->type = t;
  e->base = Value::null();
  e->args = n_args ? tuple_new(n_args, args) : empty_tuple();
  e->traceback = Value::null();
  e->cause = Value::null();
  e->context = Value::null();
  return from_ptr(e);
}

Value exc_new(const Type* t, size_t n_args, const Value* args) {
  if (t->flags & kTypeHeap) return call(from_ptr(t), n_args, 0, args);
  return exc_make_new(t, n_args, 0, args);
}

Value exc_new_msg(const Type* t, const char* msg) {
  Value m = str_from_cstr(msg);
  return exc_new(t, 1, &m);
}

Value syntax_error_new(const Type* t, const char* msg, const Str* filename, uint32_t line, uint32_t col,
                       const char* line_text, size_t line_len) {
  Value details[4] = {filename ? qv(filename) : none(), small(line), small(col),
                      line_text ? str_new(line_text, line_len) : none()};
  Value args[2] = {str_from_cstr(msg), tuple_new(4, details)};
  return exc_make_new(t, 2, 0, args);
}

// The i-th item of args, or null.
static Value arg_at(ExceptionObj* e, size_t i) {
  Value a = exc_args_tuple(e);
  Tuple* t = a.as<Tuple>();
  return i < t->len ? t->items()[i] : Value::null();
}

static Value syntax_detail(ExceptionObj* e, size_t i) {
  Value d = arg_at(e, 1);
  if (!is_tuple(d) || d.as<Tuple>()->len < 4) return none();
  return d.as<Tuple>()->items()[i];
}

static Value exc_getattr(Value self, const Str* name) {
  ExceptionObj* e = as_exc(self);
  const Type* t = e->type;
  if (name == QSTR(args)) return exc_args_tuple(e);
  if (name == QSTR(__traceback__)) return e->traceback.is_null() ? none() : e->traceback;
  if (name == QSTR(__cause__)) return e->cause.is_null() ? none() : e->cause;
  if (name == QSTR(__context__)) return e->context.is_null() ? none() : e->context;
  if (name == QSTR(__suppress_context__)) return bool_(e->suppress_context);
  if (e->dict) {
    Value v = dict_get_str(e->dict, name);
    if (!v.is_null()) return v;
  }
  if (name == QSTR(value) && (is_subtype(t, &exc::StopIteration) || is_subtype(t, &exc::StopAsyncIteration))) {
    Value v = arg_at(e, 0);
    return v.is_null() ? none() : v;
  }
  if (name == QSTR(code) && is_subtype(t, &exc::SystemExit)) {
    Value a = exc_args_tuple(e);
    size_t n = a.as<Tuple>()->len;
    return n == 0 ? none() : n == 1 ? a.as<Tuple>()->items()[0] : a;
  }
  if (is_subtype(t, &exc::OSError)) {
    size_t n = exc_args_tuple(e).as<Tuple>()->len;
    if (name == QSTR(errno)) return n >= 2 && n <= 5 ? arg_at(e, 0) : none();
    if (name == QSTR(strerror)) return n >= 2 ? arg_at(e, 1) : none();
    if (name == QSTR(filename)) return n >= 3 ? arg_at(e, 2) : none();
  }
  if (is_subtype(t, &exc::SyntaxError)) {
    if (name == QSTR(msg)) {
      Value v = arg_at(e, 0);
      return v.is_null() ? none() : v;
    }
    if (name == QSTR(filename)) return syntax_detail(e, 0);
    if (name == QSTR(lineno)) return syntax_detail(e, 1);
    if (name == QSTR(offset)) return syntax_detail(e, 2);
    if (name == QSTR(text)) return syntax_detail(e, 3);
  }
  if (name == QSTR(name) && is_subtype(t, &exc::ImportError)) return none();
  return Value::null();
}

static bool exc_setattr(Value self, const Str* name, Value value) {
  ExceptionObj* e = as_exc(self);
  if (name == QSTR(__cause__)) {
    if (!value.is_null() && !is_none(value) && !is_exception(value))
      raise_type_error("exception cause must be None or derive from BaseException");
    e->cause = value.is_null() || is_none(value) ? Value::null() : value;
    e->suppress_context = true;
    return true;
  }
  if (name == QSTR(__context__)) {
    if (!value.is_null() && !is_none(value) && !is_exception(value))
      raise_type_error("exception context must be None or derive from BaseException");
    e->context = value.is_null() || is_none(value) ? Value::null() : value;
    return true;
  }
  if (name == QSTR(__suppress_context__)) {
    e->suppress_context = !value.is_null() && truthy(value);
    return true;
  }
  if (name == QSTR(__traceback__)) {
    if (!value.is_null() && !is_none(value) && !is_type(value, &traceback_type))
      raise_type_error("__traceback__ must be a traceback or None");
    e->traceback = value.is_null() || is_none(value) ? Value::null() : value;
    return true;
  }
  if (name == QSTR(args)) {
    e->args = tuple_from_iterable(value);
    return true;
  }
  if (!(e->type->flags & kTypeHeap)) {
    // Builtin exception instances accept attributes too (CPython allows it).
    if (!e->dict) e->dict = dict_new();
    if (value.is_null()) return !map_remove(&e->dict->map, qv(name)).is_null();
    dict_set_str(e->dict, name, value);
    return true;
  }
  return false;
}

static void exc_print(Printer* p, Value self, bool repr_) {
  ExceptionObj* e = as_exc(self);
  Tuple* args = exc_args_tuple(e).as<Tuple>();
  if (repr_) {
    const Type* t = e->type;
    print_cstr(p, t->name->data());
    if (args->len == 1) {
      print_cstr(p, "(");
      print_value(p, args->items()[0], true);
      print_cstr(p, ")");
    } else if (args->len == 0) {
      print_cstr(p, "()");
    } else {
      print_value(p, from_ptr(args), true);
    }
    return;
  }
  if (is_subtype(e->type, &exc::OSError) && args->len >= 2 && args->len <= 5) {
    print_cstr(p, "[Errno ");
    print_value(p, args->items()[0], false);
    print_cstr(p, "] ");
    print_value(p, args->items()[1], false);
    if (args->len >= 3 && !is_none(args->items()[2])) {
      print_cstr(p, ": ");
      print_value(p, args->items()[2], true);
    }
    return;
  }
  if (is_subtype(e->type, &exc::SyntaxError) && args->len == 2) {
    print_value(p, args->items()[0], false);
    Value fn = syntax_detail(e, 0), ln = syntax_detail(e, 1);
    if (!is_none(fn) || !is_none(ln)) {
      print_cstr(p, " (");
      if (!is_none(fn)) print_value(p, fn, false);
      if (!is_none(ln)) {
        print_cstr(p, is_none(fn) ? "line " : ", line ");
        print_value(p, ln, false);
      }
      print_cstr(p, ")");
    }
    return;
  }
  if (args->len == 0) return;
  if (args->len == 1) {
    print_value(p, args->items()[0], is_subtype(e->type, &exc::KeyError));
    return;
  }
  print_value(p, from_ptr(args), true);
}

static Value exc_init(size_t n_args, size_t n_kw, const Value* args) {
  if (n_args < 1 || !is_exception(args[0])) raise_type_error("descriptor '__init__' requires an exception");
  as_exc(args[0])->args = tuple_new(n_args - 1, args + 1);
  return none();
}
#if MINNOW_CPYTHON_EXTRA
// with_traceback(): CPython has it, MicroPython leaves it out.
static Value exc_with_traceback(Value self, Value tb) {
  if (!is_none(tb) && !is_type(tb, &traceback_type)) raise_type_error("__traceback__ must be a traceback or None");
  as_exc(self)->traceback = is_none(tb) ? Value::null() : tb;
  return self;
}
#endif
static Value exc_str(Value self) { return str_of(self); }

static Value exc_binary(BinOp op, Value a, Value b) {
  if (op == BinOp::Eq) return bool_(a == b);
  if (op == BinOp::Ne) return bool_(a != b);
  return Value::not_impl_slot();
}
static Value exc_unary(UnaryOp op, Value self) {
  if (op == UnaryOp::Hash) return small(static_cast<intptr>(self.bits >> 3));
  return Value::not_impl_slot();
}

constexpr BuiltinFn exc_init_fn = make_fn_kw(QSTR(__init__), exc_init);
#if MINNOW_CPYTHON_EXTRA
constexpr BuiltinFn exc_with_traceback_fn = make_fn2(QSTR(with_traceback), exc_with_traceback);
#endif
constexpr BuiltinFn exc_str_fn = make_fn1(QSTR(__str__), exc_str);
constexpr MethodEntry exc_locals_entries[] = {
    entry(QSTR(__init__), &exc_init_fn),
#if MINNOW_CPYTHON_EXTRA
    entry(QSTR(with_traceback), &exc_with_traceback_fn),
#endif
    entry(QSTR(__str__), &exc_str_fn),
};
constexpr Table exc_locals = make_table(exc_locals_entries);

// All exception types share one set of slots (so does struct.error).
constinit const TypeSlots exception_slots = {
    exc_make_new, exc_print, nullptr, exc_unary, exc_binary,
    exc_getattr, exc_setattr, nullptr, nullptr, nullptr, nullptr};

namespace exc {
#define EXC(name, base)                                                                             \
  constinit const Type name = {&type_type, QSTR(name), kTypeBaseOK | kTypeException,              \
                               &BaseException, (&name == &BaseException) ? &object_type : &base, \
                               &exception_slots, (&name == &BaseException) ? &exc_locals : nullptr};
#include "obj/exceptions.def"
#undef EXC
}  // namespace exc

// ---------------------------------------------------------------------------
// Tracebacks.

static void tb_print(Printer* p, Value self, bool) { print_cstr(p, "<traceback object>"); }
#if MINNOW_CPYTHON_EXTRA
// tb_lineno and tb_next: CPython has them, MicroPython has no traceback
// objects at all.
static Value tb_getattr(Value self, const Str* name) {
  TbEntry* t = self.as<TbEntry>();
  if (name == QSTR(tb_lineno)) return small(t->line);
  if (name == QSTR(tb_next)) return t->next.is_null() ? none() : t->next;
  return Value::null();
}
#else
constexpr Value (*tb_getattr)(Value, const Str*) = nullptr;
#endif
constexpr TypeSlots traceback_slots = {
    nullptr, tb_print, nullptr, nullptr, nullptr,
    tb_getattr, nullptr, nullptr, nullptr, nullptr, nullptr};
constinit const Type traceback_type = {
    &type_type, QSTR(traceback), 0, &traceback_type, &object_type, &traceback_slots, nullptr};

// Called as an exception leaves frames: each new entry is an outer frame, so
// it goes to the front.
void traceback_add(Value exc, const Code* code, uint32_t line) {
  if (!is_exception(exc)) return;
  TbEntry* t = static_cast<TbEntry*>(gc::try_alloc(sizeof(TbEntry)));
  if (!t) return;
  t->type = &traceback_type;
  t->code = code;
  t->line = line;
  ExceptionObj* e = as_exc(exc);
  t->next = e->traceback;
  e->traceback = from_ptr(t);
}

void exc_set_context(Value exc, Value context) {
  if (!is_exception(exc) || context.is_null() || exc == context) return;
  ExceptionObj* e = as_exc(exc);
  // A cycle through the context chain is cut where exc appears in it.
  int guard = 0;
  for (Value c = context; !c.is_null() && is_exception(c) && guard < 1000; c = as_exc(c)->context, guard++) {
    if (as_exc(c)->context == exc) {
      as_exc(c)->context = Value::null();
      break;
    }
  }
  e->context = context;
}

static void print_one(Printer* p, Value exc) {
  if (!is_exception(exc)) {
    print_value(p, exc, true);
    print_cstr(p, "\n");
    return;
  }
  ExceptionObj* e = as_exc(exc);
  if (!e->traceback.is_null()) {
    print_cstr(p, "Traceback (most recent call last):\n");
    for (Value t = e->traceback; !t.is_null() && is_type(t, &traceback_type); t = t.as<TbEntry>()->next) {
      TbEntry* tb = t.as<TbEntry>();
      print_cstr(p, "  File \"");
      print_bytes(p, tb->code->filename->data(), tb->code->filename->len);
      print_cstr(p, "\", line ");
      print_int(p, tb->line);
      print_cstr(p, ", in ");
      print_bytes(p, tb->code->name->data(), tb->code->name->len);
      print_cstr(p, "\n");
    }
  }
  const Type* t = e->type;
  if (Dict* d = class_dict(t)) {
    Value mod = dict_get_str(d, QSTR(__module__));
    if (is_str(mod) && !str_equal(mod.as<Str>(), QSTR(__main__)) && !str_equal(mod.as<Str>(), QSTR(builtins))) {
      print_bytes(p, mod.as<Str>()->data(), mod.as<Str>()->len);
      print_cstr(p, ".");
    }
  }
  print_cstr(p, t->name->data());
  NlrBuf nb;
  if (MINNOW_TRY(nb)) {
    Value s = str_of(exc);
    nlr_pop();
    if (s.as<Str>()->len) {
      print_cstr(p, ": ");
      print_bytes(p, s.as<Str>()->data(), s.as<Str>()->len);
    }
  } else {
    print_cstr(p, ": <exception str() failed>");
  }
  print_cstr(p, "\n");
}

static void print_chain(Printer* p, Value exc, int depth) {
  if (depth < 16 && is_exception(exc)) {
    ExceptionObj* e = as_exc(exc);
    if (!e->cause.is_null()) {
      print_chain(p, e->cause, depth + 1);
      print_cstr(p, "\nThe above exception was the direct cause of the following exception:\n\n");
    } else if (!e->context.is_null() && !e->suppress_context) {
      print_chain(p, e->context, depth + 1);
      print_cstr(p, "\nDuring handling of the above exception, another exception occurred:\n\n");
    }
  }
  print_one(p, exc);
}

void print_exception(Printer* p, Value exc) { print_chain(p, exc, 0); }

static int exit_code_of(Value exc) {
  Value code = getattr_or_null(exc, QSTR(code));
  if (code.is_null() || is_none(code)) return 0;
  if (code.is_small()) return static_cast<int>(code.small() & 0xff);
  if (!is_int(code)) {
    print_value(&stderr_printer, code, false);
    print_cstr(&stderr_printer, "\n");
  }
  return 1;
}

int system_exit_status(Value exc) {
  NlrBuf nb;
  if (MINNOW_TRY(nb)) {
    int status = exit_code_of(exc);
    nlr_pop();
    return status;
  }
  return 1;
}

}  // namespace minnow
