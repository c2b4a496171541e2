// The builtins module: builtin functions, the builtin types and exception
// classes, and the constants Ellipsis/NotImplemented/True/False/None.
//
// The module's globals are one constinit Table in flash; at start-up the VM
// copies it into ts.builtins, the dict that name lookups fall back to.
// Functions that need the caller's namespaces (globals, locals, vars, dir,
// eval, exec) read ts.frame: builtins push no frame of their own, so it is
// the Python frame that made the call.
//
// Hot paths (print of plain values, len, isinstance, min/max/sum over lists
// and tuples, sorted) avoid the generic protocol when the argument's type
// is known exactly.
#include <cstring>

#include "compile/compiler.h"
#include "config.h"
#include "gc/heap.h"
#include "mod/builtins.h"
#include "mod/io.h"
#include "obj/dict.h"
#include "obj/format.h"
#include "obj/int.h"
#include "obj/list.h"
#include "obj/str.h"
#include "obj/tuple.h"
#include "port/port.h"
#include "vm/runtime.h"
#include "vm/state.h"

namespace minnow {

// ---------------------------------------------------------------------------
// Helpers.

static bool is_class(Value v) { return v.is_obj() && is_subtype(v.obj()->type, &type_type); }

static bool str_is(const Str* s, const char* lit) {
  size_t n = strlen(lit);
  return s->len == n && memcmp(s->data(), lit, n) == 0;
}

// The keyword name of pair k of a call's arguments.
static const Str* kw_name(size_t n_args, const Value* args, size_t k) { return args[n_args + 2 * k].as<Str>(); }
static Value kw_value(size_t n_args, const Value* args, size_t k) { return args[n_args + 2 * k + 1]; }

[[noreturn]] [[gnu::cold]] static void raise_bad_kw(const Str* key, const char* fn) {
  raise_fmt(&exc::TypeError, "'%q' is an invalid keyword argument for %s()", key, fn);
}

// An attribute name argument, interned for lookups.
static const Str* attr_name(Value name) {
  const Str* s = as_str(name);
  if (!s) raise_fmt(&exc::TypeError, "attribute name must be string, not '%s'", type_name(name));
  return intern_str(s);
}

// getattr(obj, name, dflt): AttributeError on the way gives dflt instead.
// dflt may be null (hasattr asks only whether there is an attribute).
static Value getattr_default(Value obj, const Str* name, Value dflt) {
  NlrBuf nb;
  if (MINNOW_TRY(nb)) {
    Value v = getattr_or_null(obj, name);
    nlr_pop();
    return v.is_null() ? dflt : v;
  }
  if (!exc_matches(nb.exc, &exc::AttributeError)) nlr_jump(nb.exc);
  return dflt;
}

static void add_table_keys(Set* s, const Table* t) {
  if (!t) return;
  for (uint32_t i = 0; i < t->count; i++) set_add(s, qv(t->entries[i].name));
}

static void add_dict_keys(Set* s, Dict* d) {
  if (!d) return;
  size_t pos = 0;
  for (MapEntry* e = map_next(&d->map, &pos); e; e = map_next(&d->map, &pos)) set_add(s, e->key);
}

// The attribute names defined by t and its bases.
static void add_class_names(Set* s, const Type* t) {
  if (const Tuple* mro = class_mro(t)) {
    for (size_t i = 0; i < mro->len; i++) {
      const Type* c = mro->items()[i].as<Type>();
      if (is_heap_type(c)) add_dict_keys(s, class_dict(c));
      else add_table_keys(s, c->locals);
    }
    return;
  }
  for (; t; t = t->base) add_table_keys(s, t->locals);
}

static Value sorted_list_of(Value iterable) {
  Value l = list_from_iterable(iterable);
  list_sort(l.as<List>(), Value::null(), false);
  return l;
}

// ---------------------------------------------------------------------------
// Namespaces of the running code.

static Dict* current_globals() { return ts.frame ? ts.frame->globals : ts.main->globals; }

// A snapshot of a function frame's fast locals (cells read through).
static Dict* fast_locals_dict(const Frame* f) {
  const Code* c = f->code;
  Dict* d = dict_new(c->n_locals);
  uint32_t free_start = static_cast<uint32_t>(c->n_locals - c->n_free);
  for (uint32_t i = 0; i < c->n_locals; i++) {
    Value v = f->locals[i];
    if (v.is_null()) continue;
    if (is_type(v, &closure_cell_type)) {
      bool cell_slot = i >= free_start;
      for (uint32_t k = 0; !cell_slot && k < c->n_cells; k++) cell_slot = c->cell_slots[k] == i;
      if (cell_slot) {
        v = v.as<Cell>()->value;
        if (v.is_null()) continue;
      }
    }
    dict_set(d, qv(c->varnames[i]), v);
  }
  return d;
}

// locals(): the namespace dict of module and class code; a snapshot for a
// function.
static Dict* current_locals() {
  Frame* f = ts.frame;
  if (!f) return ts.main->globals;
  if (f->locals_dict) return f->locals_dict;
  if (f->code->flags & kCodeNewLocals) return fast_locals_dict(f);
  return f->globals;
}

static Value builtin_globals() { return from_ptr(current_globals()); }
static Value builtin_locals() { return from_ptr(current_locals()); }

// ---------------------------------------------------------------------------
// Numbers.

static Value builtin_abs(Value x) {
  if (x.is_small()) {
    intptr v = x.small();
    return v < 0 ? int_from(-v) : x;
  }
  return unary_op(UnaryOp::Abs, x);
}

// bin/oct/hex: the digits of x.__index__() with a sign and a prefix.
static Value int_text(Value x, int base, const char* prefix) {
  Value i = index_value(x);
  char local[72];
  char* buf = local;
  size_t n = int_to_digits(i, base, buf, sizeof local);
  if (n > sizeof local) {
    buf = static_cast<char*>(gc::alloc(n, gc::kNoScan));
    n = int_to_digits(i, base, buf, n);
  }
  StrBuilder b;
  b.reserve(n + 3);
  if (int_is_negative(i)) b.add_char('-');
  b.add_cstr(prefix);
  b.add(buf, n);
  return b.to_str();
}
static Value builtin_bin(Value x) { return int_text(x, 2, "0b"); }
static Value builtin_oct(Value x) { return int_text(x, 8, "0o"); }
static Value builtin_hex(Value x) { return int_text(x, 16, "0x"); }

static Value builtin_divmod(Value a, Value b) {
  if (a.is_small() && b.is_small()) {
    intptr x = a.small(), y = b.small();
    if (y == 0) raise_zero_division("integer division or modulo by zero");
    // Neither operand can be INTPTR_MIN, so x / y cannot overflow.
    intptr q = x / y, r = x % y;
    if (r != 0 && ((r < 0) != (y < 0))) {
      q--;
      r += y;
    }
    Value items[2] = {int_from(q), small(r)};
    return tuple_new(2, items);
  }
  return binary_op(BinOp::DivMod, a, b);
}

static Value builtin_pow(size_t n_args, size_t n_kw, const Value* args) {
  if (n_kw == 0 && n_args == 2) return binary_op(BinOp::Pow, args[0], args[1]);
  static constexpr const Str* names[] = {QSTR(base), QSTR(exp), QSTR(mod)};
  Value a[3];
  parse_args(QSTR(pow), n_args, n_kw, args, names, 3, 2, a);
  if (a[2].is_null() || is_none(a[2])) return binary_op(BinOp::Pow, a[0], a[1]);
  if (is_int(a[0]) && is_int(a[1]) && is_int(a[2]))
    return int_pow_mod(index_value(a[0]), index_value(a[1]), index_value(a[2]));
  // A Python class may take the modulus in its own __pow__.
  const Type* t = type_of(a[0]);
  if ((t->flags & kTypeHeap) && !type_lookup(t, QSTR(__pow__)).is_null()) {
    Value r = call_method(a[0], QSTR(__pow__), 2, a + 1);
    if (r != not_implemented()) return r;
  }
  raise_type_error("pow() 3rd argument not allowed unless all arguments are integers");
}

static Value builtin_round(size_t n_args, size_t n_kw, const Value* args) {
  static constexpr const Str* names[] = {QSTR(number), QSTR(ndigits)};
  Value a[2];
  parse_args(QSTR(round), n_args, n_kw, args, names, 2, 1, a);
  Value x = a[0];
  bool has_nd = !a[1].is_null() && !is_none(a[1]);
  // round(int) is the int itself; everything else is the type's __round__.
  if (!has_nd && (x.is_small() || is_type(x, &int_type) || is_type(x, &bool_type))) return index_value(x);
  if (type_lookup(type_of(x), QSTR(__round__)).is_null())
    raise_fmt(&exc::TypeError, "type %s doesn't define __round__ method", type_name(x));
  return call_method(x, QSTR(__round__), has_nd ? 1 : 0, a + 1);
}

// ---------------------------------------------------------------------------
// Characters and text.

static Value builtin_chr(Value x) {
  intptr c = index_intptr(x);
  if (c < 0 || c > 0x10FFFF) raise_value_error("chr() arg not in range(0x110000)");
  if (c >= 0xD800 && c <= 0xDFFF) raise_value_error("chr() arg is a surrogate, which str cannot hold");
  return str_char(static_cast<uint32_t>(c));
}

static Value builtin_ord(Value x) {
  const Str* s = as_str(x);
  if (s) {
    const char* p = s->data();
    if (s->len > 0) {
      uint32_t c = utf8_next(&p);
      if (p == s->data() + s->len) return small(c);
    }
    raise_fmt(&exc::TypeError, "ord() expected a character, but string of length %z found", str_char_len(s));
  }
  Buffer b;
  if ((isinstance(x, &bytes_type) || isinstance(x, &bytearray_type)) && get_buffer_maybe(x, &b, false)) {
    if (b.len == 1) return small(static_cast<const uint8_t*>(b.data)[0]);
    raise_fmt(&exc::TypeError, "ord() expected a character, but string of length %z found", b.len);
  }
  raise_fmt(&exc::TypeError, "ord() expected string of length 1, but %T found", x);
}

static Value builtin_repr(Value x) { return repr(x); }

static Value builtin_format(size_t n_args, const Value* args) {
  const Str* spec = nullptr;
  if (n_args > 1) {
    spec = as_str(args[1]);
    if (!spec) raise_fmt(&exc::TypeError, "format() argument 2 must be str, not %T", args[1]);
  }
  return format_value(args[0], spec);
}

// ---------------------------------------------------------------------------
// Console.

// The text of a sep= or end= argument; null for None (the default).
static const Str* print_text_arg(Value v, const char* what) {
  if (v.is_null() || is_none(v)) return nullptr;
  const Str* s = as_str(v);
  if (!s) raise_fmt(&exc::TypeError, "%s must be None or a string, not %T", what, v);
  return s;
}

static Value builtin_print(size_t n_args, size_t n_kw, const Value* args) {
  Printer* out = &stdout_printer;
  if (n_kw == 0) {
    for (size_t i = 0; i < n_args; i++) {
      if (i) print_bytes(out, " ", 1);
      print_value(out, args[i], false);
    }
    print_bytes(out, "\n", 1);
    return none();
  }
  Value sep_v = Value::null(), end_v = Value::null(), file = Value::null(), flush = Value::null();
  for (size_t k = 0; k < n_kw; k++) {
    const Str* key = kw_name(n_args, args, k);
    Value v = kw_value(n_args, args, k);
    if (str_equal(key, QSTR(sep))) sep_v = v;
    else if (str_equal(key, QSTR(end))) end_v = v;
    else if (str_equal(key, QSTR(file))) file = v;
    else if (str_equal(key, QSTR(flush))) flush = v;
    else raise_bad_kw(key, "print");
  }
  const Str* sep = print_text_arg(sep_v, "sep");
  const Str* end = print_text_arg(end_v, "end");
  if (file.is_null() || is_none(file)) {
    for (size_t i = 0; i < n_args; i++) {
      if (i) {
        if (sep) print_bytes(out, sep->data(), sep->len);
        else print_bytes(out, " ", 1);
      }
      print_value(out, args[i], false);
    }
    if (end) print_bytes(out, end->data(), end->len);
    else print_bytes(out, "\n", 1);
    if (!flush.is_null() && truthy(flush)) port::flush();
    return none();
  }
  // Any object with write(): one call per piece, as CPython makes them.
  Value sep_s = sep ? str_value(sep) : str_char(' ');
  for (size_t i = 0; i < n_args; i++) {
    if (i) call_method(file, QSTR(write), 1, &sep_s);
    Value s = str_of(args[i]);
    call_method(file, QSTR(write), 1, &s);
  }
  Value end_s = end ? str_value(end) : str_char('\n');
  call_method(file, QSTR(write), 1, &end_s);
  if (!flush.is_null() && truthy(flush)) call_method(file, QSTR(flush), 0, nullptr);
  return none();
}

static Value builtin_input(size_t n_args, const Value* args) {
  if (n_args) print_value(&stdout_printer, args[0], false);
  StrBuilder b;
  for (;;) {
    int c = port::read_byte();
    if (c < -1) raise_interrupt();  // Ctrl-C while waiting: the line so far is dropped
    if (c < 0) {
      if (b.len == 0) raise_msg(&exc::EOFError, "EOF when reading a line");
      break;
    }
    if (c == '\n') break;
    b.add_char(static_cast<char>(c));
  }
  if (b.len == 0) return qv(QSTR(empty_));
  return str_decode(b.buf, b.len, nullptr, QSTR(replace));
}

static const char kHelpText[] =
    "Welcome to Minnow, a small Python 3 for microcontrollers.\n"
    "\n"
    "Type Python statements at the prompt and press Enter to run them.\n"
    "  help(obj)   describes obj and lists its attributes\n"
    "  dir(obj)    lists the attribute names of obj\n"
    "  import sys  then sys.modules shows the loaded modules\n"
    "Ctrl-C interrupts a running program; Ctrl-D at an empty prompt leaves.\n";

static void help_list_dict(Printer* p, Dict* d) {
  size_t pos = 0;
  for (MapEntry* e = map_next(&d->map, &pos); e; e = map_next(&d->map, &pos)) {
    print_cstr(p, "  ");
    print_value(p, e->key, false);
    print_cstr(p, " -- ");
    print_value(p, e->value, true);
    print_cstr(p, "\n");
  }
}

static Value builtin_help(size_t n_args, const Value* args) {
  Printer* p = &stdout_printer;
  if (n_args == 0) {
    print_cstr(p, kHelpText);
    return none();
  }
  Value x = args[0];
  print_cstr(p, "object ");
  print_value(p, x, true);
  print_cstr(p, " is of type ");
  print_cstr(p, type_name(x));
  print_cstr(p, "\n");
  if (is_type(x, &module_type)) {
    help_list_dict(p, module_dict(x.as<Module>()));
  } else if (is_class(x)) {
    const Type* t = x.as<Type>();
    if (is_heap_type(t)) {
      help_list_dict(p, class_dict(t));
    } else if (t->locals) {
      for (uint32_t i = 0; i < t->locals->count; i++) {
        const MethodEntry& e = t->locals->entries[i];
        print_cstr(p, "  ");
        print_bytes(p, e.name->data(), e.name->len);
        print_cstr(p, " -- ");
        print_value(p, e.value(), true);
        print_cstr(p, "\n");
      }
    }
  }
  return none();
}

// ---------------------------------------------------------------------------
// Objects and attributes.

static Value builtin_callable(Value x) { return bool_(callable(x)); }
static Value builtin_hash(Value x) {
  if (x.is_small()) return int_from(int_hash_small(x.small()));
  return int_from(hash(x));
}

// The address of an object; small ints are not objects, and their own bit
// pattern (always odd) keeps them apart from every address.
static Value builtin_id(Value x) { return int_from_u64(static_cast<uint64_t>(x.bits)); }

static Value builtin_getattr(size_t n_args, const Value* args) {
  const Str* name = attr_name(args[1]);
  if (n_args == 2) return getattr(args[0], name);
  return getattr_default(args[0], name, args[2]);
}

static Value builtin_hasattr(Value obj, Value name) {
  return bool_(!getattr_default(obj, attr_name(name), Value::null()).is_null());
}

static Value builtin_setattr(Value obj, Value name, Value value) {
  setattr(obj, attr_name(name), value);
  return none();
}

static Value builtin_delattr(Value obj, Value name) {
  delattr(obj, attr_name(name));
  return none();
}

#if MINNOW_CPYTHON_EXTRA
// vars(): CPython has it, MicroPython leaves it out.
static Value builtin_vars(size_t n_args, const Value* args) {
  if (n_args == 0) return from_ptr(current_locals());
  Value x = args[0];
  if (is_type(x, &module_type)) return from_ptr(module_dict(x.as<Module>()));
  if (is_class(x) && !(x.as<Type>()->flags & kTypeHeap)) {
    // A builtin type: its own attributes, as a fresh dict.
    const Table* t = x.as<Type>()->locals;
    Dict* d = dict_new(t ? t->count : 0);
    for (uint32_t i = 0; t && i < t->count; i++) dict_set_str(d, t->entries[i].name, t->entries[i].value());
    return from_ptr(d);
  }
  Value d = getattr_or_null(x, QSTR(__dict__));
  if (d.is_null()) raise_type_error("vars() argument must have __dict__ attribute");
  return d;
}
#endif  // MINNOW_CPYTHON_EXTRA

static Value builtin_dir(size_t n_args, const Value* args) {
  if (n_args == 0) return sorted_list_of(from_ptr(current_locals()));
  Value x = args[0];
  const Type* t = type_of(x);
  // A __dir__ written in Python takes over (object's own is not used: it
  // knows only the instance dict).
  Value m = type_lookup(t, QSTR(__dir__));
  if (!m.is_null() && !is_type(m, &builtin_fn_type)) return sorted_list_of(call_method(x, QSTR(__dir__), 0, nullptr));
  Set* names = set_new(&set_type);
  if (is_type(x, &module_type)) {
    add_dict_keys(names, x.as<Module>()->globals);
    add_table_keys(names, x.as<Module>()->rom);
  } else if (is_class(x)) {
    add_class_names(names, x.as<Type>());
  } else {
    if (x.is_obj() && (t->flags & kTypeHasInstanceDict)) {
      add_dict_keys(names, x.as<Instance>()->dict);
    } else {
      Value d = getattr_default(x, QSTR(__dict__), Value::null());
      if (!d.is_null()) add_dict_keys(names, as_dict(d));
    }
    add_class_names(names, t);
  }
  return sorted_list_of(from_ptr(names));
}

// isinstance(x, cls) where cls is a class, a (nested) tuple of classes, or
// an instance of a metaclass with its own __instancecheck__.
static bool isinstance_of(Value x, Value cls) {
  if (cls.is_obj()) {
    const Type* ct = cls.obj()->type;
    if (ct == &type_type) return isinstance(x, cls.as<Type>());
    if (isinstance(cls, &tuple_type)) {
      check_stack();
      const Tuple* tup = native_of(cls, &tuple_type).as<Tuple>();
      for (size_t i = 0; i < tup->len; i++)
        if (isinstance_of(x, tup->items()[i])) return true;
      return false;
    }
    if (is_subtype(ct, &type_type)) {
      if (type_of(x) == cls.as<Type>()) return true;
      Value hook = type_lookup(ct, QSTR(__instancecheck__));
      if (!hook.is_null() && !is_type(hook, &builtin_fn_type)) return truthy(call_method(cls, QSTR(__instancecheck__), 1, &x));
      return isinstance(x, cls.as<Type>());
    }
  }
  raise_type_error("isinstance() arg 2 must be a type, a tuple of types, or a union");
}

static bool issubclass_of(Value sub, Value cls) {
  if (cls.is_obj()) {
    const Type* ct = cls.obj()->type;
    if (ct == &type_type) return is_subtype(sub.as<Type>(), cls.as<Type>());
    if (isinstance(cls, &tuple_type)) {
      check_stack();
      const Tuple* tup = native_of(cls, &tuple_type).as<Tuple>();
      for (size_t i = 0; i < tup->len; i++)
        if (issubclass_of(sub, tup->items()[i])) return true;
      return false;
    }
    if (is_subtype(ct, &type_type)) {
      Value hook = type_lookup(ct, QSTR(__subclasscheck__));
      if (!hook.is_null() && !is_type(hook, &builtin_fn_type)) return truthy(call_method(cls, QSTR(__subclasscheck__), 1, &sub));
      return is_subtype(sub.as<Type>(), cls.as<Type>());
    }
  }
  raise_type_error("issubclass() arg 2 must be a class, a tuple of classes, or a union");
}

static Value builtin_isinstance(Value x, Value cls) {
  if (cls.is_obj() && cls.obj()->type == &type_type) return bool_(isinstance(x, cls.as<Type>()));
  return bool_(isinstance_of(x, cls));
}

static Value builtin_issubclass(Value sub, Value cls) {
  if (!is_class(sub)) raise_type_error("issubclass() arg 1 must be a class");
  return bool_(issubclass_of(sub, cls));
}

// ---------------------------------------------------------------------------
// Iteration.

static Value builtin_len(Value x) {
  if (x.is_obj()) {
    const Type* t = x.obj()->type;
    if (t == &list_type) return small(static_cast<intptr>(x.as<List>()->len));
    if (t == &tuple_type) return small(static_cast<intptr>(x.as<Tuple>()->len));
    if (t == &str_type) return small(static_cast<intptr>(str_char_len(x.as<Str>())));
    if (t == &dict_type) return small(static_cast<intptr>(x.as<Dict>()->map.count));
  }
  return small(static_cast<intptr>(len(x)));
}

static Value builtin_iter(size_t n_args, const Value* args) {
  if (n_args == 1) return getiter(args[0]);
  if (!callable(args[0])) raise_type_error("iter(v, w): v must be callable");
  return callable_iter_new(args[0], args[1]);
}

static Value builtin_next(size_t n_args, const Value* args) {
  if (is_type(args[0], &generator_type)) {
    // A generator's return value travels in StopIteration.value.
    bool done;
    Value r = generator_resume(args[0], none(), Value::null(), &done);
    if (!done) return r;
    if (n_args > 1) return args[1];
    raise_stop_iteration(r);
  }
  Value v = iternext(args[0]);
  if (!v.is_stop()) return v;
  if (n_args > 1) return args[1];
  raise_stop_iteration(Value::null());
}

// all() when want == false (stops at the first false item), any() when
// want == true (stops at the first true one).
static bool any_is(Value iterable, bool want) {
  if (is_list(iterable)) {
    List* l = iterable.as<List>();
    for (size_t i = 0; i < l->len; i++)
      if (truthy(l->items[i]) == want) return true;
    return false;
  }
  if (is_tuple(iterable)) {
    const Tuple* t = iterable.as<Tuple>();
    for (size_t i = 0; i < t->len; i++)
      if (truthy(t->items()[i]) == want) return true;
    return false;
  }
  Value it = getiter(iterable);
  for (Value v = iternext(it); !v.is_stop(); v = iternext(it)) {
    if (truthy(v) == want) return true;
    check_interrupt();
  }
  return false;
}
static Value builtin_all(Value x) { return bool_(!any_is(x, false)); }
static Value builtin_any(Value x) { return bool_(any_is(x, true)); }

// Is a strictly better than b: a > b for max (op Gt), a < b for min (op Lt)?
static inline bool beats(Value a, Value b, BinOp op) {
  if (a.is_small() && b.is_small()) return op == BinOp::Gt ? a.small() > b.small() : a.small() < b.small();
  return truthy(binary_op(op, a, b));
}

// The best of n values (n >= 1) under op, comparing key(v) if key is set.
// Ties keep the first, as CPython does.
static Value best_of(const Value* items, size_t n, Value key, BinOp op) {
  Value best = items[0];
  if (key.is_null()) {
    for (size_t i = 1; i < n; i++)
      if (beats(items[i], best, op)) best = items[i];
    return best;
  }
  Value best_key = call1(key, best);
  for (size_t i = 1; i < n; i++) {
    Value k = call1(key, items[i]);
    if (beats(k, best_key, op)) {
      best = items[i];
      best_key = k;
    }
  }
  return best;
}

static Value min_max(size_t n_args, size_t n_kw, const Value* args, bool is_max) {
  const Str* fname = is_max ? QSTR(max) : QSTR(min);
  BinOp op = is_max ? BinOp::Gt : BinOp::Lt;
  Value key = Value::null(), dflt = Value::null();
  for (size_t k = 0; k < n_kw; k++) {
    const Str* name = kw_name(n_args, args, k);
    if (str_equal(name, QSTR(key))) key = kw_value(n_args, args, k);
    else if (str_equal(name, QSTR(default))) dflt = kw_value(n_args, args, k);
    else raise_bad_kw(name, fname->data());
  }
  if (!key.is_null() && is_none(key)) key = Value::null();
  if (n_args == 0) raise_fmt(&exc::TypeError, "%q expected at least 1 argument, got 0", fname);
  if (n_args > 1) {
    if (!dflt.is_null())
      raise_fmt(&exc::TypeError, "Cannot specify a default for %q() with multiple positional arguments", fname);
    return best_of(args, n_args, key, op);
  }
  Value seq = args[0];
  if (is_tuple(seq) && seq.as<Tuple>()->len) return best_of(seq.as<Tuple>()->items(), seq.as<Tuple>()->len, key, op);
  if (is_list(seq) && key.is_null() && seq.as<List>()->len) {
    // Comparisons may run Python code that changes the list: re-read it.
    List* l = seq.as<List>();
    Value best = l->items[0];
    for (size_t i = 1; i < l->len; i++)
      if (beats(l->items[i], best, op)) best = l->items[i];
    return best;
  }
  Value it = getiter(seq);
  Value best = iternext(it);
  if (best.is_stop()) {
    if (!dflt.is_null()) return dflt;
    raise_fmt(&exc::ValueError, "%q() arg is an empty sequence", fname);
  }
  Value best_key = key.is_null() ? best : call1(key, best);
  for (Value v = iternext(it); !v.is_stop(); v = iternext(it)) {
    check_interrupt();
    Value k = key.is_null() ? v : call1(key, v);
    if (beats(k, best_key, op)) {
      best = v;
      best_key = k;
    }
  }
  return best;
}
static Value builtin_max(size_t n_args, size_t n_kw, const Value* args) { return min_max(n_args, n_kw, args, true); }
static Value builtin_min(size_t n_args, size_t n_kw, const Value* args) { return min_max(n_args, n_kw, args, false); }

// Adds items to a running total. Small ints stay in a C integer until one
// does not fit; then (or for any other item) the generic + takes over.
struct Summer {
  Value acc;
  intptr isum;
  bool in_small;  // the total is isum (acc is stale)

  void add(Value v) {
    if (in_small) {
      intptr r;
      if (v.is_small() && !__builtin_add_overflow(isum, v.small(), &r) && Value::fits_small(r)) {
        isum = r;
        return;
      }
      acc = small(isum);
      in_small = false;
    }
    acc = binary_op(BinOp::Add, acc, v);
  }
  Value total() const { return in_small ? small(isum) : acc; }
};

static Value builtin_sum(size_t n_args, size_t n_kw, const Value* args) {
  static constexpr const Str* names[] = {QSTR(iterable), QSTR(start)};
  Value a[2];
  parse_args(QSTR(sum), n_args, n_kw, args, names, 2, 1, a);
  Value start = a[1].is_null() ? small(0) : a[1];
  if (as_str(start)) raise_type_error("sum() can't sum strings [use ''.join(seq) instead]");
  if (isinstance(start, &bytes_type)) raise_type_error("sum() can't sum bytes [use b''.join(seq) instead]");
  if (isinstance(start, &bytearray_type)) raise_type_error("sum() can't sum bytearray [use b''.join(seq) instead]");
  Summer s{start, start.is_small() ? start.small() : 0, start.is_small()};
  Value seq = a[0];
  if (is_list(seq)) {
    List* l = seq.as<List>();
    for (size_t i = 0; i < l->len; i++) s.add(l->items[i]);
  } else if (is_tuple(seq)) {
    const Tuple* t = seq.as<Tuple>();
    for (size_t i = 0; i < t->len; i++) s.add(t->items()[i]);
  } else {
    Value it = getiter(seq);
    for (Value v = iternext(it); !v.is_stop(); v = iternext(it)) {
      s.add(v);
      check_interrupt();
    }
  }
  return s.total();
}

static Value builtin_sorted(size_t n_args, size_t n_kw, const Value* args) {
  if (n_args != 1) raise_fmt(&exc::TypeError, "sorted expected 1 argument, got %z", n_args);
  Value key = Value::null();
  bool reverse = false;
  for (size_t k = 0; k < n_kw; k++) {
    const Str* name = kw_name(n_args, args, k);
    if (str_equal(name, QSTR(key))) key = kw_value(n_args, args, k);
    else if (str_equal(name, QSTR(reverse))) reverse = truthy(kw_value(n_args, args, k));
    else raise_bad_kw(name, "sort");
  }
  if (!key.is_null() && is_none(key)) key = Value::null();
  Value seq = args[0];
  Value l = is_list(seq) ? list_from_items(seq.as<List>()->len, seq.as<List>()->items) : list_from_iterable(seq);
  list_sort(l.as<List>(), key, reverse);
  return l;
}

// ---------------------------------------------------------------------------
// Code: compile, eval, exec, __import__, __build_class__.

// The text of a source argument (str or bytes-like); false for anything else.
static bool source_text(Value src, const char** text, size_t* n) {
  if (const Str* s = as_str(src)) {
    *text = s->data();
    *n = s->len;
  } else {
    Buffer b;
    if (!get_buffer_maybe(src, &b, false)) return false;
    *text = static_cast<const char*>(b.data);
    *n = b.len;
  }
  if (memchr(*text, 0, *n)) raise_msg(&exc::SyntaxError, "source code string cannot contain null bytes");
  return true;
}

static Value builtin_compile(size_t n_args, size_t n_kw, const Value* args) {
  static constexpr const Str* names[] = {QSTR(source), QSTR(filename), QSTR(mode), QSTR(flags), QSTR(dont_inherit), QSTR(optimize)};
  Value a[6];
  parse_args(QSTR(compile), n_args, n_kw, args, names, 6, 3, a);
  const char* text;
  size_t n;
  if (!source_text(a[0], &text, &n)) raise_type_error("compile() arg 1 must be a string, bytes or AST object");
  const Str* filename = as_str(a[1]);
  if (!filename) raise_fmt(&exc::TypeError, "compile() argument 'filename' must be str, not %T", a[1]);
  const Str* mode_s = as_str(a[2]);
  if (!mode_s) raise_fmt(&exc::TypeError, "compile() argument 'mode' must be str, not %T", a[2]);
  CompileMode mode;
  if (str_is(mode_s, "exec")) mode = CompileMode::File;
  else if (str_is(mode_s, "eval")) mode = CompileMode::Eval;
  else if (str_is(mode_s, "single")) mode = CompileMode::Single;
  else raise_value_error("compile() mode must be 'exec', 'eval' or 'single'");
  intptr opt = a[5].is_null() ? -1 : index_intptr(a[5]);
  if (opt < 0) opt = ts.opt_level;
  return from_ptr(compile(text, n, intern_str(filename), mode, static_cast<int>(opt)));
}

// eval(source, globals=None, locals=None) and exec(...): source is text
// (compiled here as "<string>") or a code object. Without globals, the
// caller's namespaces are used; with globals only, locals are the globals.
static Value eval_exec(size_t n_args, const Value* args, bool is_eval) {
  const char* fn = is_eval ? "eval" : "exec";
  Value g = n_args > 1 ? args[1] : none();
  Value l = n_args > 2 ? args[2] : none();
  Dict* globals;
  Dict* locals = nullptr;
  if (is_none(g)) {
    globals = current_globals();
    if (is_none(l)) locals = current_locals();
  } else {
    globals = as_dict(g);
    if (!globals) {
      if (is_eval) raise_type_error("globals must be a dict");
      raise_fmt(&exc::TypeError, "exec() globals must be a dict, not %T", g);
    }
  }
  if (!is_none(l)) {
    locals = as_dict(l);
    if (!locals) raise_type_error("locals must be a mapping");
  }
  if (!locals) locals = globals;
  const Code* code;
  if (is_type(args[0], &code_type)) {
    code = args[0].as<Code>();
  } else {
    const char* text;
    size_t n;
    if (!source_text(args[0], &text, &n))
      raise_fmt(&exc::TypeError, "%s() arg 1 must be a string, bytes or code object", fn);
    if (is_eval) {
      while (n && (*text == ' ' || *text == '\t')) {
        text++;
        n--;
      }
    }
    code = compile(text, n, QSTR(string_), is_eval ? CompileMode::Eval : CompileMode::File, ts.opt_level);
  }
  Value r = run_code(code, globals, locals);
  return is_eval ? r : none();
}
static Value builtin_eval(size_t n_args, const Value* args) { return eval_exec(n_args, args, true); }
static Value builtin_exec(size_t n_args, const Value* args) { return eval_exec(n_args, args, false); }

static Value builtin_import(size_t n_args, size_t n_kw, const Value* args) {
  static constexpr const Str* names[] = {QSTR(name), QSTR(globals), QSTR(locals), QSTR(fromlist), QSTR(level)};
  Value a[5];
  parse_args(QSTR(__import__), n_args, n_kw, args, names, 5, 1, a);
  const Str* name = as_str(a[0]);
  if (!name) raise_fmt(&exc::TypeError, "__import__() argument 1 must be str, not %T", a[0]);
  Dict* globals = a[1].is_null() || is_none(a[1]) ? nullptr : as_dict(a[1]);
  Value fromlist = a[3].is_null() ? none() : a[3];
  intptr level = a[4].is_null() ? 0 : index_intptr(a[4]);
  if (level < 0) raise_value_error("level must be >= 0");
  return import_module(intern_str(name), fromlist, static_cast<int>(level), globals);
}

// ---------------------------------------------------------------------------
// The module table.

constexpr BuiltinFn abs_fn = make_fn1(QSTR(abs), builtin_abs);
constexpr BuiltinFn all_fn = make_fn1(QSTR(all), builtin_all);
constexpr BuiltinFn any_fn = make_fn1(QSTR(any), builtin_any);
#if MINNOW_CPYTHON_EXTRA
// ascii(x): repr(x) with the non-ASCII characters escaped (obj/format.cpp).
// CPython has it, MicroPython leaves it out.
constexpr BuiltinFn ascii_fn = make_fn1(QSTR(ascii), ascii_of);
#endif
constexpr BuiltinFn bin_fn = make_fn1(QSTR(bin), builtin_bin);
constexpr BuiltinFn callable_fn = make_fn1(QSTR(callable), builtin_callable);
constexpr BuiltinFn chr_fn = make_fn1(QSTR(chr), builtin_chr);
constexpr BuiltinFn compile_fn = make_fn_kw(QSTR(compile), builtin_compile);
constexpr BuiltinFn delattr_fn = make_fn2(QSTR(delattr), builtin_delattr);
constexpr BuiltinFn dir_fn = make_fn_var(QSTR(dir), 0, 1, builtin_dir);
constexpr BuiltinFn divmod_fn = make_fn2(QSTR(divmod), builtin_divmod);
constexpr BuiltinFn eval_fn = make_fn_var(QSTR(eval), 1, 3, builtin_eval);
constexpr BuiltinFn exec_fn = make_fn_var(QSTR(exec), 1, 3, builtin_exec);
constexpr BuiltinFn format_fn = make_fn_var(QSTR(format), 1, 2, builtin_format);
constexpr BuiltinFn getattr_fn = make_fn_var(QSTR(getattr), 2, 3, builtin_getattr);
constexpr BuiltinFn globals_fn = make_fn0(QSTR(globals), builtin_globals);
constexpr BuiltinFn hasattr_fn = make_fn2(QSTR(hasattr), builtin_hasattr);
constexpr BuiltinFn hash_fn = make_fn1(QSTR(hash), builtin_hash);
constexpr BuiltinFn help_fn = make_fn_var(QSTR(help), 0, 1, builtin_help);
constexpr BuiltinFn hex_fn = make_fn1(QSTR(hex), builtin_hex);
constexpr BuiltinFn id_fn = make_fn1(QSTR(id), builtin_id);
constexpr BuiltinFn input_fn = make_fn_var(QSTR(input), 0, 1, builtin_input);
constexpr BuiltinFn isinstance_fn = make_fn2(QSTR(isinstance), builtin_isinstance);
constexpr BuiltinFn issubclass_fn = make_fn2(QSTR(issubclass), builtin_issubclass);
constexpr BuiltinFn iter_fn = make_fn_var(QSTR(iter), 1, 2, builtin_iter);
constexpr BuiltinFn len_fn = make_fn1(QSTR(len), builtin_len);
constexpr BuiltinFn locals_fn = make_fn0(QSTR(locals), builtin_locals);
constexpr BuiltinFn max_fn = make_fn_kw(QSTR(max), builtin_max);
constexpr BuiltinFn min_fn = make_fn_kw(QSTR(min), builtin_min);
constexpr BuiltinFn next_fn = make_fn_var(QSTR(next), 1, 2, builtin_next);
constexpr BuiltinFn oct_fn = make_fn1(QSTR(oct), builtin_oct);
constexpr BuiltinFn open_fn = make_fn_kw(QSTR(open), io_open);
constexpr BuiltinFn ord_fn = make_fn1(QSTR(ord), builtin_ord);
constexpr BuiltinFn pow_fn = make_fn_kw(QSTR(pow), builtin_pow);
constexpr BuiltinFn print_fn = make_fn_kw(QSTR(print), builtin_print);
constexpr BuiltinFn repr_fn = make_fn1(QSTR(repr), builtin_repr);
constexpr BuiltinFn round_fn = make_fn_kw(QSTR(round), builtin_round);
constexpr BuiltinFn setattr_fn = make_fn3(QSTR(setattr), builtin_setattr);
constexpr BuiltinFn sorted_fn = make_fn_kw(QSTR(sorted), builtin_sorted);
constexpr BuiltinFn sum_fn = make_fn_kw(QSTR(sum), builtin_sum);
#if MINNOW_CPYTHON_EXTRA
constexpr BuiltinFn vars_fn = make_fn_var(QSTR(vars), 0, 1, builtin_vars);
#endif
constexpr BuiltinFn import_fn = make_fn_kw(QSTR(__import__), builtin_import);
constexpr BuiltinFn build_class_fn = make_fn_kw(QSTR(__build_class__), build_class);

constexpr MethodEntry builtins_entries[] = {
    entry(QSTR(__name__), QSTR(builtins)),
    entry(QSTR(__build_class__), &build_class_fn),
    entry(QSTR(__import__), &import_fn),
    entry(QSTR(__debug__), &true_obj),

    // Functions.
    entry(QSTR(abs), &abs_fn),
    entry(QSTR(all), &all_fn),
    entry(QSTR(any), &any_fn),
#if MINNOW_CPYTHON_EXTRA
    entry(QSTR(ascii), &ascii_fn),
#endif
    entry(QSTR(bin), &bin_fn),
    entry(QSTR(callable), &callable_fn),
    entry(QSTR(chr), &chr_fn),
    entry(QSTR(compile), &compile_fn),
    entry(QSTR(delattr), &delattr_fn),
    entry(QSTR(dir), &dir_fn),
    entry(QSTR(divmod), &divmod_fn),
    entry(QSTR(eval), &eval_fn),
    entry(QSTR(exec), &exec_fn),
    entry(QSTR(format), &format_fn),
    entry(QSTR(getattr), &getattr_fn),
    entry(QSTR(globals), &globals_fn),
    entry(QSTR(hasattr), &hasattr_fn),
    entry(QSTR(hash), &hash_fn),
    entry(QSTR(help), &help_fn),
    entry(QSTR(hex), &hex_fn),
    entry(QSTR(id), &id_fn),
    entry(QSTR(input), &input_fn),
    entry(QSTR(isinstance), &isinstance_fn),
    entry(QSTR(issubclass), &issubclass_fn),
    entry(QSTR(iter), &iter_fn),
    entry(QSTR(len), &len_fn),
    entry(QSTR(locals), &locals_fn),
    entry(QSTR(max), &max_fn),
    entry(QSTR(min), &min_fn),
    entry(QSTR(next), &next_fn),
    entry(QSTR(oct), &oct_fn),
    entry(QSTR(open), &open_fn),
    entry(QSTR(ord), &ord_fn),
    entry(QSTR(pow), &pow_fn),
    entry(QSTR(print), &print_fn),
    entry(QSTR(repr), &repr_fn),
    entry(QSTR(round), &round_fn),
    entry(QSTR(setattr), &setattr_fn),
    entry(QSTR(sorted), &sorted_fn),
    entry(QSTR(sum), &sum_fn),
#if MINNOW_CPYTHON_EXTRA
    entry(QSTR(vars), &vars_fn),
#endif

    // Types.
    entry(QSTR(object), &object_type),
    entry(QSTR(type), &type_type),
    entry(QSTR(bool), &bool_type),
    entry(QSTR(int), &int_type),
#if MINNOW_FLOAT
    entry(QSTR(float), &float_type),
    entry(QSTR(complex), &complex_type),
#endif
    entry(QSTR(str), &str_type),
    entry(QSTR(bytes), &bytes_type),
    entry(QSTR(bytearray), &bytearray_type),
    entry(QSTR(memoryview), &memoryview_type),
    entry(QSTR(list), &list_type),
    entry(QSTR(tuple), &tuple_type),
    entry(QSTR(dict), &dict_type),
    entry(QSTR(set), &set_type),
    entry(QSTR(frozenset), &frozenset_type),
    entry(QSTR(range), &range_type),
    entry(QSTR(slice), &slice_type),
    entry(QSTR(property), &property_type),
    entry(QSTR(staticmethod), &staticmethod_type),
    entry(QSTR(classmethod), &classmethod_type),
    entry(QSTR(super), &super_type),
    entry(QSTR(enumerate), &enumerate_type),
    entry(QSTR(zip), &zip_type),
    entry(QSTR(map), &map_type),
    entry(QSTR(filter), &filter_type),
    entry(QSTR(reversed), &reversed_type),

    // Exceptions, and the old names of OSError (which MicroPython leaves
    // out).
#define EXC(name, base) entry(QSTR(name), &exc::name),
#include "obj/exceptions.def"
#undef EXC
#if MINNOW_CPYTHON_EXTRA
    entry(QSTR(EnvironmentError), &exc::OSError),
    entry(QSTR(IOError), &exc::OSError),
#endif

    // Constants.
    entry(QSTR(None), &none_obj),
    entry(QSTR(True), &true_obj),
    entry(QSTR(False), &false_obj),
    entry(QSTR(Ellipsis), &ellipsis_obj),
    entry(QSTR(NotImplemented), &not_implemented_obj),
};
constexpr Table builtins_globals = make_table(builtins_entries);

constinit const BuiltinModule builtins_module = {QSTR(builtins), &builtins_globals, nullptr};

}  // namespace minnow
