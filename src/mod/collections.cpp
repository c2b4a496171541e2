// The collections module: namedtuple, OrderedDict, defaultdict and deque.
//
// namedtuple classes. namedtuple() makes a real Python class (a heap Type,
// so it has a __dict__, a module and can be subclassed) whose bases are
// (namedtuple_base,) and whose MRO is (Class, namedtuple_base, tuple, object).
// Its instances are not Instance objects: they have exactly the layout of a
// Tuple, with the class as their type. The class therefore has no
// kTypeHasInstanceDict, which the runtime honours everywhere it would read an
// Instance (native_of, instance dicts, the VM's attribute caches, which skip
// classes whose native type is not object). Consequences:
// - native_of(p) is p itself, so tuple's slots and methods work on p as they
//   would on a tuple, and p == (1, 2), hash(p), p[0] and unpacking need no
//   code here;
// - the class of a namedtuple value is its type, so its fields are found in
//   the class dict (_fields) from any slot or builtin method.
// A Python subclass of a namedtuple class is an ordinary class: its instances
// are Instances whose base is a namedtuple value of the nearest namedtuple
// class in the MRO.
//
// OrderedDict and defaultdict are builtin subtypes of dict with the Dict
// layout (defaultdict appends its factory): dict's slots and methods accept
// them unchanged. dict keeps insertion order already, so OrderedDict only
// adds move_to_end, popitem(last=) and order-sensitive equality.
//
// deque is a ring buffer of Values; slots outside the live range are zero
// words so the conservative scan keeps nothing extra alive.
//
// What MicroPython's collections lacks is full-level only
// (MINNOW_CPYTHON_EXTRA): defaultdict; namedtuple's _asdict, _replace, _make,
// __getnewargs__, defaults=, rename=, module= and the checks of type and
// field names; OrderedDict.move_to_end, popitem(last=) and `od | x` staying an
// OrderedDict; deque's extendleft, clear,
// copy, count, remove, reverse, rotate, index, insert, __reversed__, the
// maxlen attribute, `in` (the boards fall back to iteration), + and +=.
#include <cstring>

#include "obj/dict.h"
#include "obj/list.h"
#include "obj/str.h"
#include "obj/tuple.h"
#include "vm/state.h"

namespace minnow {

extern const Type namedtuple_base_type, ordereddict_type, deque_type, deque_iterator_type;
#if MINNOW_CPYTHON_EXTRA
extern const Type defaultdict_type;
#endif

namespace {

// ---------------------------------------------------------------------------
// namedtuple

// A class made by namedtuple() (not a Python subclass of one).
inline bool is_nt_class(const Type* t) {
  return (t->flags & kTypeHeap) && !(t->flags & kTypeHasInstanceDict) && t->native == &namedtuple_base_type;
}

// The field names of a namedtuple class: a tuple of interned strs.
const Tuple* nt_fields(const Type* cls) {
  Value f = type_lookup(cls, QSTR(_fields));
  if (!is_tuple(f)) raise_type_error("namedtuple class has no valid _fields");
  return f.as<Tuple>();
}

// self as a namedtuple value (what builtin methods receive), else TypeError.
Tuple* nt_self(Value self) {
  if (!self.is_obj() || !is_nt_class(self.obj()->type)) raise_type_error("descriptor requires a namedtuple");
  return self.as<Tuple>();
}

// The field index of name in fields, or -1.
intptr field_index(const Tuple* fields, const Str* name) {
  for (size_t i = 0; i < fields->len; i++) {
    const Str* f = fields->items()[i].as<Str>();
    if (f == name || str_equal(f, name)) return static_cast<intptr>(i);
  }
  return -1;
}

// The nearest namedtuple class in cls's MRO (cls may be a Python subclass).
const Type* nt_class_of(Value cls_v) {
  if (!isinstance(cls_v, &type_type)) raise_type_error("__new__(X): X is not a type object");
  const Type* cls = cls_v.as<Type>();
  if (is_nt_class(cls)) return cls;
  if (const Tuple* mro = class_mro(cls)) {
    for (size_t i = 0; i < mro->len; i++) {
      const Type* c = mro->items()[i].as<Type>();
      if (is_nt_class(c)) return c;
    }
  }
  raise_type_error("__new__(X): X is not a namedtuple class");
}

// A namedtuple value of class ntc with n items, all null, for the caller to
// fill in.
Tuple* nt_alloc(const Type* ntc, size_t n) {
  if (n > (SIZE_MAX - sizeof(Tuple)) / sizeof(Value)) raise_memory_error();
  auto* t = static_cast<Tuple*>(gc::alloc(sizeof(Tuple) + n * sizeof(Value)));
  t->type = ntc;
  t->len = n;
  for (size_t i = 0; i < n; i++) t->items()[i] = Value::null();
  return t;
}

// Wraps a namedtuple value for cls: the value itself for a namedtuple class,
// an Instance around it for a Python subclass.
Value nt_wrap(const Type* cls, Tuple* t) {
  if (is_nt_class(cls)) return from_ptr(t);
  auto* inst = static_cast<Instance*>(gc::alloc(sizeof(Instance)));
  inst->type = cls;
  inst->dict = nullptr;
  inst->base = from_ptr(t);
  return from_ptr(inst);
}

// Class.__new__(cls, *args, **kw): positional and keyword field values,
// missing ones from _field_defaults.
Value nt_new(size_t n_args, size_t n_kw, const Value* args) {
  if (n_args < 1) raise_type_error("namedtuple.__new__(): not enough arguments");
  const Type* cls = args[0].as<Type>();
  const Type* ntc = nt_class_of(args[0]);
  const Tuple* fields = nt_fields(ntc);
  size_t n = fields->len;
  size_t n_pos = n_args - 1;
  if (n_pos > n)
    raise_fmt(&exc::TypeError, "%q() takes %z positional arguments but %z were given", cls->name, n + 1, n_args);
  Tuple* t = nt_alloc(ntc, n);
  for (size_t i = 0; i < n_pos; i++) t->items()[i] = args[1 + i];
  const Value* kw = args + n_args;
  for (size_t k = 0; k < n_kw; k++) {
    const Str* name = as_str(kw[2 * k]);
    intptr i = name ? field_index(fields, name) : -1;
    if (i < 0) raise_fmt(&exc::TypeError, "%q() got an unexpected keyword argument '%S'", cls->name, kw[2 * k]);
    if (!t->items()[i].is_null())
      raise_fmt(&exc::TypeError, "%q() got multiple values for argument '%q'", cls->name, name);
    t->items()[i] = kw[2 * k + 1];
  }
#if MINNOW_CPYTHON_EXTRA
  Value defaults = type_lookup(ntc, QSTR(_field_defaults));
  Dict* dd = defaults.is_null() ? nullptr : as_dict(defaults);
#endif
  for (size_t i = 0; i < n; i++) {
    if (!t->items()[i].is_null()) continue;
#if MINNOW_CPYTHON_EXTRA
    Value d = dd ? dict_get(dd, fields->items()[i]) : Value::null();
#else
    Value d = Value::null();
#endif
    if (d.is_null())
      raise_fmt(&exc::TypeError, "%q() missing required argument: '%q'", cls->name, fields->items()[i].as<Str>());
    t->items()[i] = d;
  }
  return nt_wrap(cls, t);
}

void nt_print(Printer* p, Value self, bool) {
  Tuple* t = nt_self(self);
  const Tuple* fields = nt_fields(t->type);
  print_cstr(p, t->type->name->data());
  if (!repr_enter(self)) {
    print_cstr(p, "(...)");
    return;
  }
  print_cstr(p, "(");
  for (size_t i = 0; i < t->len && i < fields->len; i++) {
    if (i) print_cstr(p, ", ");
    const Str* f = fields->items()[i].as<Str>();
    print_bytes(p, f->data(), f->len);
    print_cstr(p, "=");
    print_value(p, t->items()[i], true);
  }
  print_cstr(p, ")");
  repr_leave(self);
}

// Field names are looked up here, after data descriptors and before the
// methods of the class (so a field may be called `count` or `index`).
Value nt_getattr(Value self, const Str* name) {
  Tuple* t = nt_self(self);
  intptr i = field_index(nt_fields(t->type), name);
  if (i >= 0 && static_cast<size_t>(i) < t->len) return t->items()[i];
  return Value::null();
}

// The tuple slots apply to namedtuple values as they are (same layout).
Value nt_unary_op(UnaryOp op, Value self) { return tuple_type.slots->unary_op(op, self); }
Value nt_binary_op(BinOp op, Value lhs, Value rhs) { return tuple_type.slots->binary_op(op, lhs, rhs); }
Value nt_getiter(Value self) { return tuple_type.slots->getiter(self); }
Value nt_subscr(Value self, Value index, Value value) {
  Value r = tuple_type.slots->subscr(self, index, value);
  // A full slice of a namedtuple is a plain tuple.
  if (r == self) {
    Tuple* t = self.as<Tuple>();
    return tuple_new(t->len, t->items());
  }
  return r;
}

constexpr BuiltinFn nt_new_fn = make_fn_kw(QSTR(__new__), nt_new);
constexpr StaticMethodObj nt_new_sm = {&staticmethod_type, &nt_new_fn};

#if MINNOW_CPYTHON_EXTRA
Value nt_asdict(Value self) {
  Tuple* t = nt_self(self);
  const Tuple* fields = nt_fields(t->type);
  Dict* d = dict_new(t->len);
  for (size_t i = 0; i < t->len && i < fields->len; i++) dict_set(d, fields->items()[i], t->items()[i]);
  return from_ptr(d);
}

Value nt_replace(size_t n_args, size_t n_kw, const Value* args) {
  if (n_args != 1) raise_type_error("_replace() takes keyword arguments only");
  Tuple* t = nt_self(args[0]);
  const Tuple* fields = nt_fields(t->type);
  Tuple* r = nt_alloc(t->type, t->len);
  memcpy(r->items(), t->items(), t->len * sizeof(Value));
  const Value* kw = args + n_args;
  for (size_t k = 0; k < n_kw; k++) {
    intptr i = field_index(fields, kw[2 * k].as<Str>());
    if (i < 0) raise_fmt(&exc::ValueError, "Got unexpected field names: ['%S']", kw[2 * k]);
    r->items()[i] = kw[2 * k + 1];
  }
  return from_ptr(r);
}

// Class._make(iterable) (a classmethod).
Value nt_make(Value cls, Value iterable) {
  Value items = tuple_from_iterable(iterable);
  const Tuple* t = items.as<Tuple>();
  return call(cls, t->len, 0, t->items());
}

Value nt_getnewargs(Value self) {
  Tuple* t = nt_self(self);
  return tuple_new(t->len, t->items());
}

constexpr BuiltinFn nt_asdict_fn = make_fn1(QSTR(_asdict), nt_asdict);
constexpr BuiltinFn nt_replace_fn = make_fn_kw(QSTR(_replace), nt_replace);
constexpr BuiltinFn nt_make_fn = make_fn2(QSTR(_make), nt_make);
constexpr StaticMethodObj nt_make_cm = {&classmethod_type, &nt_make_fn};
constexpr BuiltinFn nt_getnewargs_fn = make_fn1(QSTR(__getnewargs__), nt_getnewargs);
constexpr MethodEntry nt_locals_entries[] = {
    entry(QSTR(__getnewargs__), &nt_getnewargs_fn),
    entry(QSTR(_asdict), &nt_asdict_fn),
    entry(QSTR(_make), &nt_make_cm),
    entry(QSTR(_replace), &nt_replace_fn),
};
constexpr Table nt_locals = make_table(nt_locals_entries);

bool is_keyword(const Str* s) {
  static constexpr const char* kKeywords[] = {
      "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
      "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in",
      "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield"};
  for (const char* k : kKeywords)
    if (strlen(k) == s->len && memcmp(k, s->data(), s->len) == 0) return true;
  return false;
}

// Is s an identifier (keywords included)?
bool valid_name(const Str* s) {
  if (s->len == 0) return false;
  const uint8_t* p = reinterpret_cast<const uint8_t*>(s->data());
  for (size_t i = 0; i < s->len; i++) {
    uint8_t c = p[i];
    bool ok = c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80 ||
              (i > 0 && c >= '0' && c <= '9');
    if (!ok) return false;
  }
  return true;
}

// Raises ValueError unless s can name a namedtuple type or field.
void check_name(const Str* s) {
  if (!valid_name(s)) raise_fmt(&exc::ValueError, "Type names and field names must be valid identifiers: '%q'", s);
  if (is_keyword(s)) raise_fmt(&exc::ValueError, "Type names and field names cannot be a keyword: '%q'", s);
}
#endif  // MINNOW_CPYTHON_EXTRA

// field_names as a list of strs: a str is split at commas and whitespace.
List* split_field_names(Value names) {
  const Str* s = as_str(names);
  if (!s) {
    Value l = list_from_iterable(names);
    List* lst = l.as<List>();
    for (size_t i = 0; i < lst->len; i++) {
      const Str* f = as_str(lst->items[i]);
      if (!f) raise_type_error("Type names and field names must be strings");
      lst->items[i] = str_value(f);
    }
    return lst;
  }
  List* out = list_new(0);
  const char* d = s->data();
  size_t i = 0;
  while (i < s->len) {
    while (i < s->len && (d[i] == ',' || d[i] == ' ' || d[i] == '\t' || d[i] == '\n' || d[i] == '\r')) i++;
    size_t start = i;
    while (i < s->len && !(d[i] == ',' || d[i] == ' ' || d[i] == '\t' || d[i] == '\n' || d[i] == '\r')) i++;
    if (i > start) list_append(out, str_new(d + start, i - start));
  }
  return out;
}

// namedtuple(typename, field_names, *, rename=False, defaults=None, module=None)
// (the boards take typename and field_names only and check no names, as
// MicroPython does).
Value collections_namedtuple(size_t n_args, size_t n_kw, const Value* args) {
#if MINNOW_CPYTHON_EXTRA
  static constexpr const Str* names[] = {QSTR(typename), QSTR(field_names), QSTR(rename), QSTR(defaults),
                                         QSTR(module)};
#else
  static constexpr const Str* names[] = {QSTR(typename), QSTR(field_names)};
#endif
  constexpr size_t n_names = sizeof names / sizeof names[0];
  if (n_args > 2) raise_fmt(&exc::TypeError, "namedtuple() takes 2 positional arguments but %z were given", n_args);
  Value a[n_names];
  parse_args(QSTR(namedtuple), n_args, n_kw, args, names, n_names, 2, a);
  const Str* type_name = as_str(a[0]);
  if (!type_name) raise_type_error("namedtuple() typename must be a str");
#if MINNOW_CPYTHON_EXTRA
  check_name(type_name);
  bool rename = !a[2].is_null() && truthy(a[2]);
#endif
  List* fl = split_field_names(a[1]);
  size_t n = fl->len;
  Tuple* fields = tuple_alloc(n);
  for (size_t i = 0; i < n; i++) {
    const Str* f = fl->items[i].as<Str>();
#if MINNOW_CPYTHON_EXTRA
    bool bad = !valid_name(f) || is_keyword(f) || f->data()[0] == '_';
    for (size_t j = 0; j < i && !bad; j++)
      if (str_equal(fields->items()[j].as<Str>(), f)) bad = true;
    if (bad && rename) {
      char buf[24];
      size_t k = sizeof buf;
      size_t v = i;
      do {
        buf[--k] = static_cast<char>('0' + v % 10);
        v /= 10;
      } while (v);
      buf[--k] = '_';
      f = intern(buf + k, sizeof buf - k);
    } else if (bad) {
      check_name(f);
      if (f->data()[0] == '_') raise_fmt(&exc::ValueError, "Field names cannot start with an underscore: '%q'", f);
      raise_fmt(&exc::ValueError, "Encountered duplicate field name: '%q'", f);
    }
#endif
    fields->items()[i] = str_value(intern_str(f));
  }

#if MINNOW_CPYTHON_EXTRA
  Dict* field_defaults = dict_new();
  if (!a[3].is_null() && !is_none(a[3])) {
    Value dv = tuple_from_iterable(a[3]);
    const Tuple* dt = dv.as<Tuple>();
    if (dt->len > n) raise_type_error("Got more default values than field names");
    for (size_t i = 0; i < dt->len; i++) dict_set(field_defaults, fields->items()[n - dt->len + i], dt->items()[i]);
  }
#endif

  Dict* ns = dict_new();
  dict_set_str(ns, QSTR(__new__), from_ptr(&nt_new_sm));
  dict_set_str(ns, QSTR(_fields), from_ptr(fields));
#if MINNOW_CPYTHON_EXTRA
  dict_set_str(ns, QSTR(_field_defaults), from_ptr(field_defaults));
#endif
  dict_set_str(ns, QSTR(__slots__), empty_tuple());
#if MINNOW_CPYTHON_EXTRA
  Value module = a[4];
#else
  Value module = Value::null();
#endif
  if (module.is_null() || is_none(module)) {
    module = ts.frame ? dict_get_str(ts.frame->globals, QSTR(__name__)) : Value::null();
    if (module.is_null()) module = qv(QSTR(__main__));
  }
  dict_set_str(ns, QSTR(__module__), module);

  Value base = from_ptr(&namedtuple_base_type);
  Value cargs[3] = {str_value(type_name), tuple_new(1, &base), from_ptr(ns)};
  Value cls = call(from_ptr(&type_type), 3, 0, cargs);
  // See the top of the file: instances are Tuple-shaped, not Instances.
  Type* t = const_cast<Type*>(cls.as<Type>());
  t->flags &= ~static_cast<uint32_t>(kTypeHasInstanceDict);
  return cls;
}

// ---------------------------------------------------------------------------
// OrderedDict

Dict* od_self(Value self) { return self.as<Dict>(); }

Value od_make_new(const Type*, size_t n_args, size_t n_kw, const Value* args) {
  if (n_args > 1) raise_fmt(&exc::TypeError, "expected at most 1 arguments, got %z", n_args);
  Dict* d = dict_new();
  d->type = &ordereddict_type;
  if (n_args == 1) dict_update(d, args[0]);
  for (size_t k = 0; k < n_kw; k++) dict_set(d, args[n_args + 2 * k], args[n_args + 2 * k + 1]);
  return from_ptr(d);
}

// OrderedDict([('a', 1), ...]) as CPython 3.11 shows it.
void od_print(Printer* p, Value self, bool) {
  Dict* d = od_self(self);
  print_cstr(p, "OrderedDict(");
  if (d->map.count == 0) {
    print_cstr(p, ")");
    return;
  }
  if (!repr_enter(self)) {
    print_cstr(p, "...)");
    return;
  }
  print_cstr(p, "[");
  size_t pos = 0;
  bool first = true;
  while (MapEntry* e = map_next(&d->map, &pos)) {
    Value k = e->key, v = e->value;
    if (!first) print_cstr(p, ", ");
    first = false;
    print_cstr(p, "(");
    print_value(p, k, true);
    print_cstr(p, ", ");
    print_value(p, v, true);
    print_cstr(p, ")");
  }
  print_cstr(p, "])");
  repr_leave(self);
}

bool is_od(Value v) { return v.is_obj() && isinstance(v, &ordereddict_type); }

Value od_unary_op(UnaryOp op, Value self) { return dict_type.slots->unary_op(op, self); }

// Two OrderedDicts are equal only with the same order; with a plain dict
// order does not matter.
Value od_binary_op(BinOp op, Value lhs, Value rhs) {
  if ((op == BinOp::Eq || op == BinOp::Ne) && is_od(lhs) && is_od(rhs)) {
    check_stack();
    Dict* a = as_dict(lhs);
    Dict* b = as_dict(rhs);
    bool eq = a->map.count == b->map.count;
    size_t pa = 0, pb = 0;
    while (eq) {
      MapEntry* ea = map_next(&a->map, &pa);
      MapEntry* eb = map_next(&b->map, &pb);
      if (!ea || !eb) {
        eq = !ea && !eb;
        break;
      }
      Value ka = ea->key, kb = eb->key, va = ea->value, vb = eb->value;
      eq = equal(ka, kb) && equal(va, vb);
    }
    return bool_(op == BinOp::Eq ? eq : !eq);
  }
  Value r = dict_type.slots->binary_op(op, lhs, rhs);
#if MINNOW_CPYTHON_EXTRA
  // od | other stays an OrderedDict (the result is a fresh dict).
  if (op == BinOp::Or && is_od(lhs) && is_dict(r)) r.as<Dict>()->type = &ordereddict_type;
#endif
  return r;
}
Value od_subscr(Value self, Value index, Value value) { return dict_type.slots->subscr(self, index, value); }
Value od_getiter(Value self) { return dict_type.slots->getiter(self); }

#if MINNOW_CPYTHON_EXTRA
Value od_popitem(size_t n_args, size_t n_kw, const Value* args) {
  static constexpr const Str* names[] = {QSTR(self), QSTR(last)};
  Value a[2];
  parse_args(QSTR(popitem), n_args, n_kw, args, names, 2, 1, a);
  bool last = a[1].is_null() || truthy(a[1]);
  Map* m = &od_self(a[0])->map;
  if (m->count == 0) raise_msg(&exc::KeyError, "dictionary is empty");
  MapEntry* e;
  if (last) {
    e = &m->entries[m->used - 1];
  } else {
    size_t pos = 0;
    e = map_next(m, &pos);
  }
  Value kv[2] = {e->key, e->value};
  map_remove_entry(m, e);
  return tuple_new(2, kv);
}

Value od_move_to_end(size_t n_args, size_t n_kw, const Value* args) {
  static constexpr const Str* names[] = {QSTR(self), QSTR(key), QSTR(last)};
  Value a[3];
  parse_args(QSTR(move_to_end), n_args, n_kw, args, names, 3, 2, a);
  bool last = a[2].is_null() || truthy(a[2]);
  Map* m = &od_self(a[0])->map;
  MapEntry* e = map_find(m, a[1]);
  if (!e) raise_key_error(a[1]);
  Value key = e->key, value = e->value;
  map_remove_entry(m, e);
  if (last) {
    map_set(m, key, value);
    return none();
  }
  // To the front: re-insert every other entry after it.
  size_t n = m->count;
  auto* saved = static_cast<Value*>(gc::alloc((2 * n + 1) * sizeof(Value)));
  size_t pos = 0, k = 0;
  while (MapEntry* x = map_next(m, &pos)) {
    saved[k++] = x->key;
    saved[k++] = x->value;
  }
  map_clear(m);
  map_set(m, key, value);
  for (size_t i = 0; i < k; i += 2) map_set(m, saved[i], saved[i + 1]);
  return none();
}
#endif  // MINNOW_CPYTHON_EXTRA

Value od_copy(Value self) {
  Dict* d = dict_new();
  map_copy(&d->map, &od_self(self)->map);
  d->type = &ordereddict_type;
  return from_ptr(d);
}

constexpr BuiltinFn od_copy_fn = make_fn1(QSTR(copy), od_copy);
#if MINNOW_CPYTHON_EXTRA
constexpr BuiltinFn od_popitem_fn = make_fn_kw(QSTR(popitem), od_popitem);
constexpr BuiltinFn od_move_to_end_fn = make_fn_kw(QSTR(move_to_end), od_move_to_end);
#endif
constexpr MethodEntry od_locals_entries[] = {
    entry(QSTR(copy), &od_copy_fn),
#if MINNOW_CPYTHON_EXTRA
    entry(QSTR(move_to_end), &od_move_to_end_fn),
    entry(QSTR(popitem), &od_popitem_fn),
#endif
};
constexpr Table od_locals = make_table(od_locals_entries);

#if MINNOW_CPYTHON_EXTRA
// ---------------------------------------------------------------------------
// defaultdict (full level only: MicroPython has none)

struct DefaultDict {
  Dict dict;      // first, so dict's slots and methods see a Dict
  Value factory;  // a callable or None
};

DefaultDict* dd_self(Value self) { return self.as<DefaultDict>(); }

Value check_factory(Value f) {
  if (!is_none(f) && !callable(f)) raise_type_error("first argument must be callable or None");
  return f;
}

// Fills a new or empty defaultdict from (factory, mapping-or-iterable, **kw).
void dd_fill(DefaultDict* d, size_t n_args, size_t n_kw, const Value* args) {
  if (n_args > 2) raise_fmt(&exc::TypeError, "defaultdict expected at most 2 arguments, got %z", n_args);
  d->factory = n_args >= 1 ? check_factory(args[0]) : none();
  if (n_args == 2) dict_update(&d->dict, args[1]);
  for (size_t k = 0; k < n_kw; k++) dict_set(&d->dict, args[n_args + 2 * k], args[n_args + 2 * k + 1]);
}

Value dd_make_new(const Type*, size_t n_args, size_t n_kw, const Value* args) {
  auto* d = static_cast<DefaultDict*>(gc::alloc(sizeof(DefaultDict)));
  d->dict.type = &defaultdict_type;
  map_init(&d->dict.map, 0);
  d->factory = none();
  dd_fill(d, n_args, n_kw, args);
  return from_ptr(d);
}

Value dd_init(size_t n_args, size_t n_kw, const Value* args) {
  if (n_args < 1) raise_type_error("__init__() needs self");
  dd_fill(dd_self(args[0]), n_args - 1, n_kw, args + 1);
  return none();
}

void dd_print(Printer* p, Value self, bool) {
  DefaultDict* d = dd_self(self);
  print_cstr(p, "defaultdict(");
  if (!repr_enter(self)) {
    print_cstr(p, "...)");
    return;
  }
  print_value(p, d->factory, true);
  print_cstr(p, ", ");
  repr_leave(self);
  dict_type.slots->print(p, self, true);
  print_cstr(p, ")");
}

Value dd_missing(Value self, Value key) {
  DefaultDict* d = dd_self(self);
  if (is_none(d->factory)) raise_key_error(key);
  Value v = call0(d->factory);
  dict_set(&d->dict, key, v);
  return v;
}

Value dd_subscr(Value self, Value index, Value value) {
  if (value == kSubscrLoad) {
    MapEntry* e = map_find(&dd_self(self)->dict.map, index);
    if (e) return e->value;
    return dd_missing(self, index);
  }
  return dict_type.slots->subscr(self, index, value);
}
Value dd_unary_op(UnaryOp op, Value self) { return dict_type.slots->unary_op(op, self); }
Value dd_binary_op(BinOp op, Value lhs, Value rhs) { return dict_type.slots->binary_op(op, lhs, rhs); }
Value dd_getiter(Value self) { return dict_type.slots->getiter(self); }

Value dd_getattr(Value self, const Str* name) {
  if (name == QSTR(default_factory)) return dd_self(self)->factory;
  return Value::null();
}
bool dd_setattr(Value self, const Str* name, Value value) {
  if (name != QSTR(default_factory)) return false;
  dd_self(self)->factory = value.is_null() ? none() : check_factory(value);
  return true;
}

Value dd_copy(Value self) {
  DefaultDict* src = dd_self(self);
  auto* d = static_cast<DefaultDict*>(gc::alloc(sizeof(DefaultDict)));
  d->dict.type = &defaultdict_type;
  map_copy(&d->dict.map, &src->dict.map);
  d->factory = src->factory;
  return from_ptr(d);
}

constexpr BuiltinFn dd_init_fn = make_fn_kw(QSTR(__init__), dd_init);
constexpr BuiltinFn dd_missing_fn = make_fn2(QSTR(__missing__), dd_missing);
constexpr BuiltinFn dd_copy_fn = make_fn1(QSTR(copy), dd_copy);
constexpr MethodEntry dd_locals_entries[] = {
    entry(QSTR(__init__), &dd_init_fn),
    entry(QSTR(__missing__), &dd_missing_fn),
    entry(QSTR(copy), &dd_copy_fn),
};
constexpr Table dd_locals = make_table(dd_locals_entries);
#endif  // MINNOW_CPYTHON_EXTRA

// ---------------------------------------------------------------------------
// deque

// items[(head + i) % cap] for i in [0, len) are the elements; other slots
// are zero words. maxlen < 0: unbounded. version changes on every mutation
// that iterators must notice.
struct Deque {
  const Type* type;
  Value* items;
  size_t cap;
  size_t head;
  size_t len;
  intptr maxlen;
  uint32_t version;
};

struct DequeIter {
  const Type* type;
  Deque* dq;
  size_t pos;
  uint32_t version;
};

Deque* dq_self(Value self) { return self.as<Deque>(); }

inline Value& dq_at(Deque* d, size_t i) {
  size_t k = d->head + i;
  if (k >= d->cap) k -= d->cap;
  return d->items[k];
}

// Makes room for one more item; the live items move to [0, len).
void dq_grow(Deque* d) {
  if (d->len < d->cap) return;
  size_t want = d->cap ? d->cap * 2 : 4;
  if (want > SIZE_MAX / sizeof(Value)) raise_memory_error();
  auto* fresh = static_cast<Value*>(gc::alloc(want * sizeof(Value)));
  for (size_t i = 0; i < d->len; i++) fresh[i] = dq_at(d, i);
  d->items = fresh;
  d->cap = gc::alloc_size(fresh) / sizeof(Value);
  d->head = 0;
}

Value dq_pop_right(Deque* d) {
  if (d->len == 0) raise_index_error("pop from an empty deque");
  Value& slot = dq_at(d, d->len - 1);
  Value v = slot;
  slot = Value{0};
  d->len--;
  d->version++;
  return v;
}

Value dq_pop_left(Deque* d) {
  if (d->len == 0) raise_index_error("pop from an empty deque");
  Value v = d->items[d->head];
  d->items[d->head] = Value{0};
  d->head = d->head + 1 == d->cap ? 0 : d->head + 1;
  d->len--;
  d->version++;
  return v;
}

void dq_push_right(Deque* d, Value v) {
  if (d->maxlen == 0) return;
  if (d->maxlen > 0 && d->len == static_cast<size_t>(d->maxlen)) dq_pop_left(d);
  dq_grow(d);
  d->len++;
  dq_at(d, d->len - 1) = v;
  d->version++;
}

void dq_push_left(Deque* d, Value v) {
  if (d->maxlen == 0) return;
  if (d->maxlen > 0 && d->len == static_cast<size_t>(d->maxlen)) dq_pop_right(d);
  dq_grow(d);
  d->head = d->head == 0 ? d->cap - 1 : d->head - 1;
  d->items[d->head] = v;
  d->len++;
  d->version++;
}

void dq_clear(Deque* d) {
  d->items = nullptr;
  d->cap = d->head = d->len = 0;
  d->version++;
}

// Iterates a snapshot when the source is the deque itself.
void dq_extend(Deque* d, Value iterable, bool left) {
  if (iterable == from_ptr(d)) iterable = list_from_iterable(iterable);
  Value it = getiter(iterable);
  for (Value x = iternext(it); !x.is_stop(); x = iternext(it)) {
    check_interrupt();
    if (left) dq_push_left(d, x);
    else dq_push_right(d, x);
  }
}

Deque* dq_alloc(const Type* type, intptr maxlen) {
  auto* d = static_cast<Deque*>(gc::alloc(sizeof(Deque)));
  d->type = type;
  d->maxlen = maxlen;
  return d;
}

intptr parse_maxlen(Value v) {
  if (v.is_null() || is_none(v)) return -1;
  intptr m = index_intptr(v);
  if (m < 0) raise_value_error("maxlen must be non-negative");
  return m;
}

// deque(iterable=(), maxlen=None)
Value dq_make_new(const Type*, size_t n_args, size_t n_kw, const Value* args) {
  static constexpr const Str* names[] = {QSTR(iterable), QSTR(maxlen)};
  Value a[2];
  parse_args(QSTR(deque), n_args, n_kw, args, names, 2, 0, a);
  Deque* d = dq_alloc(&deque_type, parse_maxlen(a[1]));
  if (!a[0].is_null()) dq_extend(d, a[0], false);
  return from_ptr(d);
}

// deque.__init__ for Python subclasses (kTypeInitFills).
Value dq_init(size_t n_args, size_t n_kw, const Value* args) {
  static constexpr const Str* names[] = {QSTR(self), QSTR(iterable), QSTR(maxlen)};
  Value a[3];
  parse_args(QSTR(__init__), n_args, n_kw, args, names, 3, 1, a);
  Deque* d = dq_self(a[0]);
  dq_clear(d);
  d->maxlen = parse_maxlen(a[2]);
  if (!a[1].is_null()) dq_extend(d, a[1], false);
  return none();
}

void dq_print(Printer* p, Value self, bool) {
  Deque* d = dq_self(self);
  if (!repr_enter(self)) {
    print_cstr(p, "[...]");
    return;
  }
  print_cstr(p, "deque([");
  for (size_t i = 0; i < d->len; i++) {
    if (i) print_cstr(p, ", ");
    print_value(p, dq_at(d, i), true);
  }
  print_cstr(p, "]");
  if (d->maxlen >= 0) {
    print_cstr(p, ", maxlen=");
    print_int(p, d->maxlen);
  }
  print_cstr(p, ")");
  repr_leave(self);
}

Value dq_unary_op(UnaryOp op, Value self) {
  Deque* d = dq_self(self);
  switch (op) {
    case UnaryOp::Bool: return bool_(d->len != 0);
    case UnaryOp::Len: return small(static_cast<intptr>(d->len));
    default: return Value::not_impl_slot();
  }
}

// The deque inside a deque or deque subclass instance, or null.
Deque* as_deque(Value v) {
  if (!v.is_obj() || !isinstance(v, &deque_type)) return nullptr;
  return native_of(v, &deque_type).as<Deque>();
}

// Moves the live items to [0, len) so that they can be compared as an array.
void dq_linearise(Deque* d) {
  if (d->head == 0) return;
  auto* fresh = static_cast<Value*>(gc::alloc(d->cap * sizeof(Value)));
  for (size_t i = 0; i < d->len; i++) fresh[i] = dq_at(d, i);
  d->items = fresh;
  d->head = 0;
}

#if MINNOW_CPYTHON_EXTRA
Value dq_copy_of(Deque* src) {
  Deque* r = dq_alloc(&deque_type, src->maxlen);
  for (size_t i = 0; i < src->len; i++) dq_push_right(r, dq_at(src, i));
  return from_ptr(r);
}
#endif

Value dq_binary_op(BinOp op, Value lhs, Value rhs) {
  Deque* a = as_deque(lhs);
  if (!a) return Value::not_impl_slot();
  switch (op) {
#if MINNOW_CPYTHON_EXTRA
    // On the boards `in` falls back to iteration, and + and += are errors.
    case BinOp::Contains: {
      uint32_t version = a->version;
      for (size_t i = 0; i < a->len; i++) {
        if (equal(dq_at(a, i), rhs)) return true_();
        if (a->version != version) raise_msg(&exc::RuntimeError, "deque mutated during iteration");
      }
      return false_();
    }
    case BinOp::IAdd:
      dq_extend(a, rhs, false);
      return lhs;
    case BinOp::Add: {
      Deque* b = as_deque(rhs);
      if (!b) return Value::not_impl_slot();
      Value r = dq_copy_of(a);
      dq_extend(r.as<Deque>(), rhs, false);
      return r;
    }
#endif
    case BinOp::Eq:
    case BinOp::Ne:
    case BinOp::Lt:
    case BinOp::Le:
    case BinOp::Gt:
    case BinOp::Ge: {
      Deque* b = as_deque(rhs);
      if (!b) return Value::not_impl_slot();
      dq_linearise(a);
      dq_linearise(b);
      // seq_compare re-reads items and len through these pointers, so an
      // __eq__ that grows or clears a deque cannot send it past the end of
      // a buffer; the versions say whether one changed.
      uint32_t va = a->version, vb = b->version;
      Value r = seq_compare(op, const_cast<const Value* const*>(&a->items), &a->len,
                            const_cast<const Value* const*>(&b->items), &b->len);
      if (a->version != va || b->version != vb) raise_msg(&exc::RuntimeError, "deque mutated during iteration");
      return r;
    }
    default: return Value::not_impl_slot();
  }
}

size_t dq_index(Deque* d, Value index) { return seq_index(index, d->len, "deque"); }

Value dq_subscr(Value self, Value index, Value value) {
  Deque* d = dq_self(self);
  if (index.is_obj() && index.obj()->type == &slice_type)
    raise_type_error("sequence index must be integer, not 'slice'");
  size_t i = dq_index(d, index);
  if (value == kSubscrLoad) return dq_at(d, i);
  if (value == kSubscrDelete) {
    for (size_t k = i; k + 1 < d->len; k++) dq_at(d, k) = dq_at(d, k + 1);
    dq_at(d, d->len - 1) = Value{0};
    d->len--;
    d->version++;
    return none();
  }
  dq_at(d, i) = value;
  return none();
}

Value dq_iter_next(Value self) {
  auto* it = self.as<DequeIter>();
  Deque* d = it->dq;
  if (d->version != it->version) raise_msg(&exc::RuntimeError, "deque mutated during iteration");
  if (it->pos >= d->len) return Value::stop();
  return dq_at(d, it->pos++);
}

Value dq_getiter(Value self) {
  auto* it = static_cast<DequeIter*>(gc::alloc(sizeof(DequeIter)));
  it->type = &deque_iterator_type;
  it->dq = dq_self(self);
  it->pos = 0;
  it->version = it->dq->version;
  return from_ptr(it);
}

#if MINNOW_CPYTHON_EXTRA
Value dq_getattr(Value self, const Str* name) {
  if (name == QSTR(maxlen)) {
    intptr m = dq_self(self)->maxlen;
    return m < 0 ? none() : small(m);
  }
  return Value::null();
}
#endif

Value dq_append_m(Value self, Value x) {
  dq_push_right(dq_self(self), x);
  return none();
}
Value dq_appendleft_m(Value self, Value x) {
  dq_push_left(dq_self(self), x);
  return none();
}
Value dq_pop_m(Value self) { return dq_pop_right(dq_self(self)); }
Value dq_popleft_m(Value self) { return dq_pop_left(dq_self(self)); }
Value dq_extend_m(Value self, Value it) {
  dq_extend(dq_self(self), it, false);
  return none();
}
#if MINNOW_CPYTHON_EXTRA
Value dq_extendleft_m(Value self, Value it) {
  dq_extend(dq_self(self), it, true);
  return none();
}
Value dq_clear_m(Value self) {
  dq_clear(dq_self(self));
  return none();
}
Value dq_copy_m(Value self) { return dq_copy_of(dq_self(self)); }

Value dq_count_m(Value self, Value x) {
  Deque* d = dq_self(self);
  uint32_t version = d->version;
  intptr n = 0;
  for (size_t i = 0; i < d->len; i++) {
    if (equal(dq_at(d, i), x)) n++;
    if (d->version != version) raise_msg(&exc::RuntimeError, "deque mutated during iteration");
  }
  return small(n);
}

Value dq_remove_m(Value self, Value x) {
  Deque* d = dq_self(self);
  uint32_t version = d->version;
  for (size_t i = 0; i < d->len; i++) {
    bool eq = equal(dq_at(d, i), x);
    if (d->version != version) raise_index_error("deque mutated during remove().");
    if (eq) {
      dq_subscr(self, small(static_cast<intptr>(i)), kSubscrDelete);
      return none();
    }
  }
  raise_value_error("deque.remove(x): x not in deque");
}

Value dq_reverse_m(Value self) {
  Deque* d = dq_self(self);
  for (size_t i = 0, j = d->len; i + 1 < j; i++, j--) {
    Value t = dq_at(d, i);
    dq_at(d, i) = dq_at(d, j - 1);
    dq_at(d, j - 1) = t;
  }
  d->version++;
  return none();
}

// rotate(n=1): n steps to the right (negative: to the left).
Value dq_rotate_m(size_t n_args, const Value* args) {
  Deque* d = dq_self(args[0]);
  intptr n = n_args > 1 ? index_intptr(args[1]) : 1;
  if (d->len <= 1) return none();
  intptr len = static_cast<intptr>(d->len);
  n %= len;
  if (n < 0) n += len;
  for (intptr k = 0; k < n; k++) {
    Value v = dq_pop_right(d);
    dq_push_left(d, v);
  }
  return none();
}

Value dq_index_m(size_t n_args, const Value* args) {
  Deque* d = dq_self(args[0]);
  size_t start = 0, stop = d->len;
  if (n_args > 2) {
    intptr s = index_intptr(args[2]);
    if (s < 0) s = s + static_cast<intptr>(d->len) < 0 ? 0 : s + static_cast<intptr>(d->len);
    start = static_cast<size_t>(s);
  }
  if (n_args > 3) {
    intptr s = index_intptr(args[3]);
    if (s < 0) s = s + static_cast<intptr>(d->len) < 0 ? 0 : s + static_cast<intptr>(d->len);
    stop = static_cast<size_t>(s);
  }
  uint32_t version = d->version;
  for (size_t i = start; i < stop && i < d->len; i++) {
    if (equal(dq_at(d, i), args[1])) return small(static_cast<intptr>(i));
    if (d->version != version) raise_msg(&exc::RuntimeError, "deque mutated during iteration");
  }
  raise_value_error("deque.index(x): x not in deque");
}

Value dq_insert_m(Value self, Value index, Value x) {
  Deque* d = dq_self(self);
  if (d->maxlen >= 0 && d->len == static_cast<size_t>(d->maxlen))
    raise_index_error("deque already at its maximum size");
  intptr i = index_intptr(index);
  intptr len = static_cast<intptr>(d->len);
  if (i < 0) i = i + len < 0 ? 0 : i + len;
  if (i > len) i = len;
  dq_push_right(d, x);
  for (intptr k = len; k > i; k--) dq_at(d, static_cast<size_t>(k)) = dq_at(d, static_cast<size_t>(k - 1));
  dq_at(d, static_cast<size_t>(i)) = x;
  return none();
}

Value dq_reversed_m(Value self) {
  Deque* d = dq_self(self);
  Value l = from_ptr(list_new(d->len));
  for (size_t i = 0; i < d->len; i++) l.as<List>()->items[d->len - 1 - i] = dq_at(d, i);
  return getiter(l);
}
#endif  // MINNOW_CPYTHON_EXTRA

constexpr BuiltinFn dq_init_fn = make_fn_kw(QSTR(__init__), dq_init);
constexpr BuiltinFn dq_append_fn = make_fn2(QSTR(append), dq_append_m);
constexpr BuiltinFn dq_appendleft_fn = make_fn2(QSTR(appendleft), dq_appendleft_m);
constexpr BuiltinFn dq_pop_fn = make_fn1(QSTR(pop), dq_pop_m);
constexpr BuiltinFn dq_popleft_fn = make_fn1(QSTR(popleft), dq_popleft_m);
constexpr BuiltinFn dq_extend_fn = make_fn2(QSTR(extend), dq_extend_m);
#if MINNOW_CPYTHON_EXTRA
constexpr BuiltinFn dq_extendleft_fn = make_fn2(QSTR(extendleft), dq_extendleft_m);
constexpr BuiltinFn dq_clear_fn = make_fn1(QSTR(clear), dq_clear_m);
constexpr BuiltinFn dq_copy_fn = make_fn1(QSTR(copy), dq_copy_m);
constexpr BuiltinFn dq_count_fn = make_fn2(QSTR(count), dq_count_m);
constexpr BuiltinFn dq_remove_fn = make_fn2(QSTR(remove), dq_remove_m);
constexpr BuiltinFn dq_reverse_fn = make_fn1(QSTR(reverse), dq_reverse_m);
constexpr BuiltinFn dq_rotate_fn = make_fn_var(QSTR(rotate), 1, 2, dq_rotate_m);
constexpr BuiltinFn dq_index_fn = make_fn_var(QSTR(index), 2, 4, dq_index_m);
constexpr BuiltinFn dq_insert_fn = make_fn3(QSTR(insert), dq_insert_m);
constexpr BuiltinFn dq_reversed_fn = make_fn1(QSTR(__reversed__), dq_reversed_m);
#endif
constexpr MethodEntry dq_locals_entries[] = {
    entry(QSTR(__init__), &dq_init_fn),
#if MINNOW_CPYTHON_EXTRA
    entry(QSTR(__reversed__), &dq_reversed_fn),
#endif
    entry(QSTR(append), &dq_append_fn),
    entry(QSTR(appendleft), &dq_appendleft_fn),
#if MINNOW_CPYTHON_EXTRA
    entry(QSTR(clear), &dq_clear_fn),
    entry(QSTR(copy), &dq_copy_fn),
    entry(QSTR(count), &dq_count_fn),
#endif
    entry(QSTR(extend), &dq_extend_fn),
#if MINNOW_CPYTHON_EXTRA
    entry(QSTR(extendleft), &dq_extendleft_fn),
    entry(QSTR(index), &dq_index_fn),
    entry(QSTR(insert), &dq_insert_fn),
#endif
    entry(QSTR(pop), &dq_pop_fn),
    entry(QSTR(popleft), &dq_popleft_fn),
#if MINNOW_CPYTHON_EXTRA
    entry(QSTR(remove), &dq_remove_fn),
    entry(QSTR(reverse), &dq_reverse_fn),
    entry(QSTR(rotate), &dq_rotate_fn),
#endif
};
constexpr Table dq_locals = make_table(dq_locals_entries);


}  // namespace

constexpr TypeSlots namedtuple_base_slots = {
    nullptr, nt_print, nullptr, nt_unary_op, nt_binary_op,
    nt_getattr, nullptr, nt_subscr, nt_getiter, nullptr, nullptr};
constinit const Type namedtuple_base_type = {
    &type_type, QSTR(namedtuple), kTypeBaseOK, &namedtuple_base_type, &tuple_type, &namedtuple_base_slots,
#if MINNOW_CPYTHON_EXTRA
    &nt_locals};
#else
    nullptr};
#endif

constexpr TypeSlots ordereddict_slots = {
    od_make_new, od_print, nullptr, od_unary_op, od_binary_op,
    nullptr, nullptr, od_subscr, od_getiter, nullptr, nullptr};
constinit const Type ordereddict_type = {
    &type_type, QSTR(OrderedDict), kTypeBaseOK | kTypeInitFills, &ordereddict_type, &dict_type,
    &ordereddict_slots, &od_locals};

#if MINNOW_CPYTHON_EXTRA
constexpr TypeSlots defaultdict_slots = {
    dd_make_new, dd_print, nullptr, dd_unary_op, dd_binary_op,
    dd_getattr, dd_setattr, dd_subscr, dd_getiter, nullptr, nullptr};
constinit const Type defaultdict_type = {
    &type_type, QSTR(defaultdict), kTypeBaseOK | kTypeInitFills, &defaultdict_type, &dict_type,
    &defaultdict_slots, &dd_locals};
#endif

constexpr TypeSlots deque_slots = {
    dq_make_new, dq_print, nullptr, dq_unary_op, dq_binary_op,
#if MINNOW_CPYTHON_EXTRA
    dq_getattr,
#else
    nullptr,
#endif
    nullptr, dq_subscr, dq_getiter, nullptr, nullptr};
constinit const Type deque_type = {
    &type_type, QSTR(deque), kTypeBaseOK | kTypeInitFills, &deque_type, &object_type, &deque_slots, &dq_locals};

constexpr TypeSlots deque_iterator_slots = iterator_slots(dq_iter_next);
constinit const Type deque_iterator_type = {
    &type_type, QSTR(_deque_iterator), kTypeIterIsSelf, &deque_iterator_type, &object_type,
    &deque_iterator_slots, nullptr};

namespace {

constexpr BuiltinFn collections_namedtuple_fn = make_fn_kw(QSTR(namedtuple), collections_namedtuple);
constexpr MethodEntry collections_globals_entries[] = {
    entry(QSTR(__name__), QSTR(collections)),
    entry(QSTR(OrderedDict), &ordereddict_type),
#if MINNOW_CPYTHON_EXTRA
    entry(QSTR(defaultdict), &defaultdict_type),
#endif
    entry(QSTR(deque), &deque_type),
    entry(QSTR(namedtuple), &collections_namedtuple_fn),
};
constexpr Table collections_globals = make_table(collections_globals_entries);

}  // namespace

constinit const BuiltinModule collections_module = {QSTR(collections), &collections_globals, nullptr};

}  // namespace minnow
