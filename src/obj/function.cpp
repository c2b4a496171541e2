// Function objects, bound methods, closure cells, code objects, builtin
// functions, and binding call arguments to parameters.
#include <cstring>

#include "obj/dict.h"
#include "obj/tuple.h"
#include "vm/runtime.h"
#include "vm/state.h"

namespace minnow {

static void print_hex(Printer* p, uintptr x) {
  char buf[2 * sizeof(uintptr)];
  int n = 0;
  do {
    buf[n++] = "0123456789abcdef"[x & 15];
    x >>= 4;
  } while (x);
  print_cstr(p, "0x");
  while (n) print_bytes(p, &buf[--n], 1);
}

// ---------------------------------------------------------------------------
// Binding arguments.

[[noreturn]] static void missing_args(const Code* c, Value* locals, size_t from, size_t to, const char* kind) {
  size_t n = 0;
  for (size_t i = from; i < to; i++)
    if (locals[i].is_null()) n++;
  StrBuilder b;
  b.add_cstr(c->name->data());
  b.add_cstr("() missing ");
  print_int(&b, static_cast<intptr>(n));
  b.add_cstr(" required ");
  b.add_cstr(kind);
  b.add_cstr(n == 1 ? " argument: " : " arguments: ");
  size_t k = 0;
  for (size_t i = from; i < to; i++) {
    if (!locals[i].is_null()) continue;
    if (k) b.add_cstr(k == n - 1 ? (n > 2 ? ", and " : " and ") : ", ");
    b.add_char('\'');
    b.add_cstr(c->varnames[i]->data());
    b.add_char('\'');
    k++;
  }
  Value msg = b.to_str();
  raise(exc_new(&exc::TypeError, 1, &msg));
}

void bind_args(Function* fn, Value* locals, size_t n_args, size_t n_kw, const Value* args) {
  const Code* c = fn->code;
  size_t n_pos = c->n_pos;
  size_t n_kwonly = c->n_kwonly;
  bool varargs = c->flags & kCodeVarArgs;
  bool varkw = c->flags & kCodeVarKw;
  size_t slot_varargs = n_pos + n_kwonly;
  size_t slot_varkw = slot_varargs + (varargs ? 1 : 0);
  Dict* kwdict = nullptr;
  if (varkw) {
    kwdict = dict_new();
    locals[slot_varkw] = from_ptr(kwdict);
  }
  size_t n_copy = n_args < n_pos ? n_args : n_pos;
  for (size_t i = 0; i < n_copy; i++) locals[i] = args[i];
  if (n_args > n_pos) {
    if (!varargs) {
      size_t n_def = fn->defaults.is_null() ? 0 : fn->defaults.as<Tuple>()->len;
      if (n_def)
        raise_fmt(&exc::TypeError, "%q() takes from %d to %d positional arguments but %d were given", c->name,
                  static_cast<int>(n_pos - n_def), static_cast<int>(n_pos), static_cast<int>(n_args));
      raise_fmt(&exc::TypeError, "%q() takes %d positional argument%s but %d %s given", c->name,
                static_cast<int>(n_pos), n_pos == 1 ? "" : "s", static_cast<int>(n_args), n_args == 1 ? "was" : "were");
    }
    locals[slot_varargs] = tuple_new(n_args - n_pos, args + n_pos);
  } else if (varargs) {
    locals[slot_varargs] = empty_tuple();
  }
  const Value* kw = args + n_args;
  for (size_t k = 0; k < n_kw; k++) {
    const Str* name = kw[2 * k].as<Str>();
    Value value = kw[2 * k + 1];
    size_t i = c->n_posonly;
    size_t end = n_pos + n_kwonly;
    for (; i < end; i++)
      if (c->varnames[i] == name || str_equal(c->varnames[i], name)) break;
    if (i < end) {
      if (!locals[i].is_null())
        raise_fmt(&exc::TypeError, "%q() got multiple values for argument '%q'", c->name, name);
      locals[i] = value;
    } else if (kwdict) {
      if (!dict_get_str(kwdict, name).is_null())
        raise_fmt(&exc::TypeError, "%q() got multiple values for keyword argument '%q'", c->name, name);
      dict_set_str(kwdict, name, value);
    } else {
      bool posonly = false;
      for (size_t j = 0; j < c->n_posonly; j++)
        if (str_equal(c->varnames[j], name)) posonly = true;
      if (posonly)
        raise_fmt(&exc::TypeError, "%q() got some positional-only arguments passed as keyword arguments: '%q'",
                  c->name, name);
      raise_fmt(&exc::TypeError, "%q() got an unexpected keyword argument '%q'", c->name, name);
    }
  }
  if (n_args < n_pos) {
    size_t n_def = fn->defaults.is_null() ? 0 : fn->defaults.as<Tuple>()->len;
    const Value* defs = n_def ? fn->defaults.as<Tuple>()->items() : nullptr;
    for (size_t i = n_args; i < n_pos; i++) {
      if (!locals[i].is_null()) continue;
      if (i + n_def >= n_pos) locals[i] = defs[i + n_def - n_pos];
    }
    for (size_t i = n_args; i < n_pos; i++)
      if (locals[i].is_null()) missing_args(c, locals, 0, n_pos, "positional");
  }
  for (size_t i = n_pos; i < n_pos + n_kwonly; i++) {
    if (!locals[i].is_null()) continue;
    if (!fn->kwdefaults.is_null()) {
      Value d = dict_get_str(fn->kwdefaults.as<Dict>(), c->varnames[i]);
      if (!d.is_null()) {
        locals[i] = d;
        continue;
      }
    }
    missing_args(c, locals, n_pos, n_pos + n_kwonly, "keyword-only");
  }
}

// ---------------------------------------------------------------------------
// function

static void function_print(Printer* p, Value self, bool) {
  Function* f = self.as<Function>();
  print_cstr(p, "<function ");
  const Str* q = f->code->qualname ? f->code->qualname : f->code->name;
  print_bytes(p, q->data(), q->len);
  print_cstr(p, " at ");
  print_hex(p, self.bits);
  print_cstr(p, ">");
}

static Value function_getattr(Value self, const Str* name) {
  Function* f = self.as<Function>();
  if (f->dict) {
    Value v = dict_get_str(f->dict, name);
    if (!v.is_null()) return v;
  }
  if (name == QSTR(__name__)) return qv(f->code->name);
  if (name == QSTR(__qualname__)) return qv(f->code->qualname ? f->code->qualname : f->code->name);
  if (name == QSTR(__module__)) return f->module.is_null() ? none() : f->module;
  if (name == QSTR(__code__)) return from_ptr(f->code);
#if MINNOW_CPYTHON_EXTRA
  // __defaults__, __kwdefaults__, __closure__ and __annotations__ (and
  // assigning __defaults__, __kwdefaults__ and __code__): CPython has them,
  // MicroPython leaves them out.
  if (name == QSTR(__defaults__)) return f->defaults.is_null() ? none() : f->defaults;
  if (name == QSTR(__kwdefaults__)) return f->kwdefaults.is_null() ? none() : f->kwdefaults;
  if (name == QSTR(__closure__)) return f->closure.is_null() ? none() : f->closure;
#endif
  if (name == QSTR(__globals__)) return from_ptr(f->globals);
  if (name == QSTR(__doc__)) return none();
  if (name == QSTR(__dict__)) {
    if (!f->dict) f->dict = dict_new();
    return from_ptr(f->dict);
  }
#if MINNOW_CPYTHON_EXTRA
  if (name == QSTR(__annotations__)) return from_ptr(dict_new());
#endif
  return Value::null();
}

static bool function_setattr(Value self, const Str* name, Value value) {
  Function* f = self.as<Function>();
#if MINNOW_CPYTHON_EXTRA
  // The fields a call reads keep their types (a call trusts them); deleting
  // one sets it to None, as in CPython.
  bool none_or_del = value.is_null() || is_none(value);
  if (name == QSTR(__defaults__)) {
    if (!none_or_del && !isinstance(value, &tuple_type))
      raise_type_error("__defaults__ must be set to a tuple object");
    f->defaults = none_or_del ? Value::null() : native_of(value, &tuple_type);
    return true;
  }
  if (name == QSTR(__kwdefaults__)) {
    if (!none_or_del && !isinstance(value, &dict_type))
      raise_type_error("__kwdefaults__ must be set to a dict object");
    f->kwdefaults = none_or_del ? Value::null() : native_of(value, &dict_type);
    return true;
  }
  if (name == QSTR(__code__)) {
    if (!is_type(value, &code_type)) raise_type_error("__code__ must be set to a code object");
    const Code* c = value.as<Code>();
    size_t n_closure = f->closure.is_null() ? 0 : f->closure.as<Tuple>()->len;
    if (c->n_free != n_closure)
      raise_fmt(&exc::ValueError, "%q() requires a code object with %d free vars, not %d", f->code->name,
                static_cast<int>(n_closure), static_cast<int>(c->n_free));
    f->code = c;
    return true;
  }
  if (name == QSTR(__closure__) || name == QSTR(__globals__))
    raise_fmt(&exc::AttributeError, "readonly attribute '%q'", name);
#else
  // Without the extras a function's defaults and code are fixed: refuse to
  // assign them rather than keep an attribute that calls would ignore.
  auto is = [name](const char* s) { return name->len == strlen(s) && memcmp(name->data(), s, name->len) == 0; };
  if (name == QSTR(__code__) || name == QSTR(__globals__) || is("__defaults__") || is("__kwdefaults__"))
    raise_fmt(&exc::AttributeError, "readonly attribute '%q'", name);
#endif
  if (!f->dict) f->dict = dict_new();
  if (value.is_null()) {
    if (map_remove(&f->dict->map, qv(name)).is_null()) return false;
  } else {
    dict_set_str(f->dict, name, value);
  }
  return true;
}

static Value function_call_slot(Value self, size_t n_args, size_t n_kw, const Value* args) {
  return function_call(self.as<Function>(), n_args, n_kw, args);
}

static Value function_get(Value self, Value obj, Value) {
  if (is_none(obj)) return self;
  extern Value bound_method_new(Value self, Value func);
  return bound_method_new(obj, self);
}
constexpr BuiltinFn function_get_fn = make_fn3(QSTR(__get__), function_get);
constexpr MethodEntry function_locals_entries[] = {entry(QSTR(__get__), &function_get_fn)};
constexpr Table function_locals = make_table(function_locals_entries);

constexpr TypeSlots function_slots = {
    nullptr, function_print, function_call_slot, nullptr, nullptr,
    function_getattr, function_setattr, nullptr, nullptr, nullptr, nullptr};
constinit const Type function_type = {
    &type_type, QSTR(function), 0, &function_type, &object_type, &function_slots, &function_locals};

// ---------------------------------------------------------------------------
// bound method

static Value bound_call(Value self, size_t n_args, size_t n_kw, const Value* args) {
  BoundMethod* m = self.as<BoundMethod>();
  return call_with_first(m->func, m->self, n_args, n_kw, args);
}

static void bound_print(Printer* p, Value self, bool) {
  BoundMethod* m = self.as<BoundMethod>();
  print_cstr(p, "<bound method ");
  Value name = getattr_or_null(m->func, QSTR(__qualname__));
  if (name.is_null()) name = getattr_or_null(m->func, QSTR(__name__));
  if (is_str(name)) print_bytes(p, name.as<Str>()->data(), name.as<Str>()->len);
  print_cstr(p, " of ");
  print_value(p, m->self, true);
  print_cstr(p, ">");
}

static Value bound_getattr(Value self, const Str* name) {
  BoundMethod* m = self.as<BoundMethod>();
  if (name == QSTR(__self__)) return m->self;
  if (name == QSTR(__func__)) return m->func;
  return getattr_or_null(m->func, name);
}

static Value bound_binary(BinOp op, Value a, Value b) {
  if ((op == BinOp::Eq || op == BinOp::Ne) && is_type(a, &bound_method_type) && is_type(b, &bound_method_type)) {
    BoundMethod* x = a.as<BoundMethod>();
    BoundMethod* y = b.as<BoundMethod>();
    bool eq = x->self == y->self && equal(x->func, y->func);
    return bool_(op == BinOp::Eq ? eq : !eq);
  }
  return Value::not_impl_slot();
}

static Value bound_unary(UnaryOp op, Value self) {
  if (op == UnaryOp::Hash) {
    BoundMethod* m = self.as<BoundMethod>();
    return small(static_cast<intptr>((m->self.bits >> 3) ^ (m->func.bits >> 3)));
  }
  return Value::not_impl_slot();
}

constexpr TypeSlots bound_method_slots = {
    nullptr, bound_print, bound_call, bound_unary, bound_binary,
    bound_getattr, nullptr, nullptr, nullptr, nullptr, nullptr};
constinit const Type bound_method_type = {
    &type_type, QSTR(bound_method), 0, &bound_method_type, &object_type, &bound_method_slots, nullptr};

// ---------------------------------------------------------------------------
// cell

#if MINNOW_CPYTHON_EXTRA
// cell_contents: CPython has it, MicroPython leaves it out.
static Value cell_getattr(Value self, const Str* name) {
  if (name == QSTR(cell_contents)) {
    Value v = self.as<Cell>()->value;
    if (v.is_null()) raise_msg(&exc::ValueError, "Cell is empty");
    return v;
  }
  return Value::null();
}
#else
constexpr Value (*cell_getattr)(Value, const Str*) = nullptr;
#endif
static void cell_print(Printer* p, Value self, bool) {
  print_cstr(p, "<cell at ");
  print_hex(p, self.bits);
  print_cstr(p, ">");
}
constexpr TypeSlots closure_cell_slots = {
    nullptr, cell_print, nullptr, nullptr, nullptr,
    cell_getattr, nullptr, nullptr, nullptr, nullptr, nullptr};
constinit const Type closure_cell_type = {
    &type_type, QSTR(cell), 0, &closure_cell_type, &object_type, &closure_cell_slots, nullptr};

// ---------------------------------------------------------------------------
// code

static void code_print(Printer* p, Value self, bool) {
  const Code* c = self.as<Code>();
  print_cstr(p, "<code object ");
  print_bytes(p, c->name->data(), c->name->len);
  print_cstr(p, " at ");
  print_hex(p, self.bits);
  print_cstr(p, ">");
}
static Value code_getattr(Value self, const Str* name) {
  const Code* c = self.as<Code>();
  if (name == QSTR(co_name)) return qv(c->name);
  if (name == QSTR(co_filename)) return qv(c->filename);
  if (name == QSTR(co_firstlineno)) return small(c->first_line);
  if (name == QSTR(co_argcount)) return small(c->n_pos);
  return Value::null();
}
constexpr TypeSlots code_slots = {
    nullptr, code_print, nullptr, nullptr, nullptr,
    code_getattr, nullptr, nullptr, nullptr, nullptr, nullptr};
constinit const Type code_type = {
    &type_type, QSTR(code), 0, &code_type, &object_type, &code_slots, nullptr};

// ---------------------------------------------------------------------------
// builtin function

static void builtin_print(Printer* p, Value self, bool) {
  print_cstr(p, "<built-in function ");
  const Str* n = self.as<BuiltinFn>()->name;
  print_bytes(p, n->data(), n->len);
  print_cstr(p, ">");
}
static Value builtin_getattr(Value self, const Str* name) {
  if (name == QSTR(__name__) || name == QSTR(__qualname__)) return qv(self.as<BuiltinFn>()->name);
  if (name == QSTR(__doc__)) return none();
  return Value::null();
}
static Value builtin_call(Value self, size_t n_args, size_t n_kw, const Value* args) {
  return call(self, n_args, n_kw, args);  // call() handles builtins itself
}
constexpr TypeSlots builtin_fn_slots = {
    nullptr, builtin_print, builtin_call, nullptr, nullptr,
    builtin_getattr, nullptr, nullptr, nullptr, nullptr, nullptr};
constinit const Type builtin_fn_type = {
    &type_type, QSTR(builtin_function_or_method), 0, &builtin_fn_type, &object_type, &builtin_fn_slots,
    nullptr};

}  // namespace minnow
