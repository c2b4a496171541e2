// dict: the type, its methods, the keys/values/items views and their
// iterators. The hash table itself is in map.cpp.
//
// Iterators remember the map's count when they were made; if it differs at
// a later step they raise RuntimeError (the same check CPython makes). They
// index entries by position and re-check bounds at every step, so any
// mutation is memory-safe.
#include "gc/heap.h"
#include "obj/dict.h"
#include "obj/list.h"
#include "obj/tuple.h"

namespace minnow {

extern const Type dict_keys_type, dict_values_type, dict_items_type;

namespace {

// ---------------------------------------------------------------------------
// Helpers.

Dict* self_dict(Value self) { return self.as<Dict>(); }

[[noreturn]] [[gnu::cold]] void raise_changed_size() {
  raise_msg(&exc::RuntimeError, "dictionary changed size during iteration");
}

Value pair(Value a, Value b) {
  Value kv[2] = {a, b};
  return tuple_new(2, kv);
}

// The items of a 2-item sequence for dict(iterable) / update(iterable).
void unpack_pair(Value item, size_t index, Value out[2]) {
  size_t n;
  const Value* items;
  if (is_tuple(item)) {
    n = item.as<Tuple>()->len;
    items = item.as<Tuple>()->items();
  } else if (is_list(item)) {
    n = item.as<List>()->len;
    items = item.as<List>()->items;
  } else {
    Value t = Value::null();
    NlrBuf nb;
    if (MINNOW_TRY(nb)) {
      t = tuple_from_iterable(item);
      nlr_pop();
    } else {
      if (exc_matches(nb.exc, &exc::TypeError))
        raise_fmt(&exc::TypeError, "cannot convert dictionary update sequence element #%z to a sequence",
                  index);
      raise(nb.exc);
    }
    n = t.as<Tuple>()->len;
    items = t.as<Tuple>()->items();
  }
  if (n != 2)
    raise_fmt(&exc::ValueError, "dictionary update sequence element #%z has length %z; 2 is required",
              index, n);
  out[0] = items[0];
  out[1] = items[1];
}

// d.update(src) for one positional argument: a dict, anything with keys(),
// or an iterable of pairs.
void update_from(Dict* d, Value src) {
  if (is_dict(src)) {
    Dict* s = src.as<Dict>();
    if (s == d) return;
    size_t pos = 0;
    while (MapEntry* e = map_next(&s->map, &pos)) {
      Value k = e->key, v = e->value;
      map_set(&d->map, k, v);
    }
    return;
  }
  Value meth[2];
  if (load_method_maybe(src, QSTR(keys), meth)) {
    Value keys = meth[1].is_null() ? call(meth[0], 0, 0, nullptr) : call(meth[0], 1, 0, &meth[1]);
    Value it = getiter(keys);
    for (Value k = iternext(it); !k.is_stop(); k = iternext(it)) map_set(&d->map, k, subscr(src, k));
    return;
  }
  Value it = getiter(src);
  size_t i = 0;
  for (Value item = iternext(it); !item.is_stop(); item = iternext(it), i++) {
    Value kv[2];
    unpack_pair(item, i, kv);
    map_set(&d->map, kv[0], kv[1]);
  }
}

// Keyword arguments (name, value) pairs into d.
void update_kw(Dict* d, size_t n_kw, const Value* kw) {
  for (size_t i = 0; i < n_kw; i++) map_set(&d->map, kw[2 * i], kw[2 * i + 1]);
}

Dict* dict_copy_of(Dict* src) {
  auto* d = static_cast<Dict*>(gc::alloc(sizeof(Dict)));
  d->type = &dict_type;
  map_copy(&d->map, &src->map);
  return d;
}

bool dict_equal(Dict* a, Dict* b) {
  if (a == b) return true;
  if (a->map.count != b->map.count) return false;
  check_stack();
  size_t pos = 0;
  while (MapEntry* e = map_next(&a->map, &pos)) {
    Value k = e->key, v = e->value;
    Value bv = map_get(&b->map, k);
    if (bv.is_null()) return false;
    if (!equal(v, bv)) return false;
  }
  return true;
}

// ---------------------------------------------------------------------------
// Type slots.

Value dict_make_new(const Type* /*type*/, size_t n_args, size_t n_kw, const Value* args) {
  if (n_args > 1) raise_fmt(&exc::TypeError, "dict expected at most 1 argument, got %z", n_args);
  Dict* d = dict_new(n_kw);
  if (n_args == 1) update_from(d, args[0]);
  update_kw(d, n_kw, args + n_args);
  return from_ptr(d);
}

void dict_print(Printer* p, Value self, bool /*repr*/) {
  Dict* d = self_dict(self);
  if (!repr_enter(self)) {
    print_cstr(p, "{...}");
    return;
  }
  print_cstr(p, "{");
  size_t pos = 0;
  bool first = true;
  while (MapEntry* e = map_next(&d->map, &pos)) {
    Value k = e->key, v = e->value;
    if (!first) print_cstr(p, ", ");
    first = false;
    print_value(p, k, true);
    print_cstr(p, ": ");
    print_value(p, v, true);
  }
  print_cstr(p, "}");
  repr_leave(self);
}

Value dict_unary_op(UnaryOp op, Value self) {
  Dict* d = self_dict(self);
  switch (op) {
    case UnaryOp::Bool: return bool_(d->map.count != 0);
    case UnaryOp::Len: return small(d->map.count);
    default: return Value::not_impl_slot();
  }
}

Value dict_binary_op(BinOp op, Value lhs, Value rhs) {
  Dict* a = as_dict(lhs);
  if (!a) return Value::not_impl_slot();
  switch (op) {
    case BinOp::Contains: return bool_(map_find(&a->map, rhs) != nullptr);
    case BinOp::Eq:
    case BinOp::Ne: {
      Dict* b = as_dict(rhs);
      if (!b) return Value::not_impl_slot();
      bool eq = dict_equal(a, b);
      return bool_(op == BinOp::Eq ? eq : !eq);
    }
    case BinOp::Or: {
      Dict* b = as_dict(rhs);
      if (!b) return Value::not_impl_slot();
      Dict* r = dict_copy_of(a);
      update_from(r, from_ptr(b));
      return from_ptr(r);
    }
    case BinOp::IOr:
      update_from(a, rhs);
      return lhs;
    default: return Value::not_impl_slot();
  }
}

Value dict_subscr(Value self, Value index, Value value) {
  Dict* d = self_dict(self);
  if (value == kSubscrLoad) {
    MapEntry* e = map_find(&d->map, index);
    if (!e) raise_key_error(index);
    return e->value;
  }
  if (value == kSubscrDelete) {
    if (map_remove(&d->map, index).is_null()) raise_key_error(index);
    return none();
  }
  map_set(&d->map, index, value);
  return none();
}

// ---------------------------------------------------------------------------
// Iterators.

enum IterKind : uint8_t { kKeys, kValues, kItems };

struct DictIter {
  const Type* type;
  Dict* dict;
  size_t pos;       // forward: next position; reverse: one past it
  uint32_t count;   // map count when the iterator was made
};


template <IterKind kind>
Value dict_iter_next(Value self) {
  auto* it = self.as<DictIter>();
  Map* m = &it->dict->map;
  if (m->count != it->count) raise_changed_size();
  MapEntry* e = map_next(m, &it->pos);
  if (!e) return Value::stop();
  if constexpr (kind == kKeys) return e->key;
  else if constexpr (kind == kValues) return e->value;
  else return pair(e->key, e->value);
}

template <IterKind kind>
Value dict_rev_iter_next(Value self) {
  auto* it = self.as<DictIter>();
  Map* m = &it->dict->map;
  if (m->count != it->count) raise_changed_size();
  if (it->pos > m->used) it->pos = m->used;
  while (it->pos > 0) {
    MapEntry* e = &m->entries[--it->pos];
    if (e->key.is_null()) continue;
    if constexpr (kind == kKeys) return e->key;
    else if constexpr (kind == kValues) return e->value;
    else return pair(e->key, e->value);
  }
  return Value::stop();
}

}  // namespace

#define DICT_ITER_TYPE(var, qname, next)                                                        \
  constexpr TypeSlots var##_slots = iterator_slots(next);                                     \
  constinit const Type var = {&type_type, QSTR(qname), kTypeIterIsSelf, &var, &object_type,    \
                              &var##_slots, nullptr};
DICT_ITER_TYPE(dict_keyiterator_type, dict_keyiterator, dict_iter_next<kKeys>)
DICT_ITER_TYPE(dict_valueiterator_type, dict_valueiterator, dict_iter_next<kValues>)
DICT_ITER_TYPE(dict_itemiterator_type, dict_itemiterator, dict_iter_next<kItems>)
DICT_ITER_TYPE(dict_reversekeyiterator_type, dict_reversekeyiterator, dict_rev_iter_next<kKeys>)
DICT_ITER_TYPE(dict_reversevalueiterator_type, dict_reversevalueiterator, dict_rev_iter_next<kValues>)
DICT_ITER_TYPE(dict_reverseitemiterator_type, dict_reverseitemiterator, dict_rev_iter_next<kItems>)
#undef DICT_ITER_TYPE

namespace {

Value new_iter(Dict* d, IterKind kind, bool reverse) {
  static const Type* const fwd[] = {&dict_keyiterator_type, &dict_valueiterator_type,
                                    &dict_itemiterator_type};
  static const Type* const rev[] = {&dict_reversekeyiterator_type, &dict_reversevalueiterator_type,
                                    &dict_reverseitemiterator_type};
  auto* it = static_cast<DictIter*>(gc::alloc(sizeof(DictIter)));
  it->type = reverse ? rev[kind] : fwd[kind];
  it->dict = d;
  it->pos = reverse ? d->map.used : 0;
  it->count = d->map.count;
  return from_ptr(it);
}

Value dict_getiter(Value self) { return new_iter(self_dict(self), kKeys, false); }

// ---------------------------------------------------------------------------
// Views.

struct DictView {
  const Type* type;
  Dict* dict;
};

Value new_view(Dict* d, const Type* t) {
  auto* v = static_cast<DictView*>(gc::alloc(sizeof(DictView)));
  v->type = t;
  v->dict = d;
  return from_ptr(v);
}

IterKind view_kind(const Type* t) {
  return t == &dict_keys_type ? kKeys : t == &dict_values_type ? kValues : kItems;
}

bool is_view(Value v, const Type* t) { return v.is_obj() && v.obj()->type == t; }
bool is_setlike_view(Value v) { return is_view(v, &dict_keys_type) || is_view(v, &dict_items_type); }

void view_print(Printer* p, Value self, bool /*repr*/) {
  auto* v = self.as<DictView>();
  print_cstr(p, v->type == &dict_keys_type ? "dict_keys(" : v->type == &dict_values_type ? "dict_values(" : "dict_items(");
  if (!repr_enter(self)) {
    print_cstr(p, "...)");
    return;
  }
  print_cstr(p, "[");
  IterKind kind = view_kind(v->type);
  size_t pos = 0;
  bool first = true;
  while (MapEntry* e = map_next(&v->dict->map, &pos)) {
    Value k = e->key, val = e->value;
    if (!first) print_cstr(p, ", ");
    first = false;
    if (kind == kKeys) {
      print_value(p, k, true);
    } else if (kind == kValues) {
      print_value(p, val, true);
    } else {
      print_cstr(p, "(");
      print_value(p, k, true);
      print_cstr(p, ", ");
      print_value(p, val, true);
      print_cstr(p, ")");
    }
  }
  print_cstr(p, "])");
  repr_leave(self);
}

Value view_unary_op(UnaryOp op, Value self) {
  auto* v = self.as<DictView>();
  switch (op) {
    case UnaryOp::Bool: return bool_(v->dict->map.count != 0);
    case UnaryOp::Len: return small(v->dict->map.count);
    default: return Value::not_impl_slot();
  }
}

Value view_getiter(Value self) {
  auto* v = self.as<DictView>();
  return new_iter(v->dict, view_kind(v->type), false);
}

// Is item in the set-like view v (a keys or items view)?
bool view_contains(DictView* v, Value item) {
  if (v->type == &dict_keys_type) return map_find(&v->dict->map, item) != nullptr;
  if (v->type == &dict_items_type) {
    if (!is_tuple(item) || item.as<Tuple>()->len != 2) return false;
    Value k = item.as<Tuple>()->items()[0];
    Value want = item.as<Tuple>()->items()[1];
    MapEntry* e = map_find(&v->dict->map, k);
    if (!e) return false;
    Value have = e->value;
    return equal(have, want);
  }
  Value it = view_getiter(from_ptr(v));
  for (Value x = iternext(it); !x.is_stop(); x = iternext(it))
    if (equal(x, item)) return true;
  return false;
}

// Is every item of a (iterable) in b (a set-like object)?
bool all_in(Value a, Value b) {
  Value it = getiter(a);
  for (Value x = iternext(it); !x.is_stop(); x = iternext(it))
    if (!contains(b, x)) return false;
  return true;
}

Value view_binary_op(BinOp op, Value lhs, Value rhs) {
  bool left = is_view(lhs, &dict_keys_type) || is_view(lhs, &dict_values_type) ||
              is_view(lhs, &dict_items_type);
  if (op == BinOp::Contains) return bool_(view_contains(lhs.as<DictView>(), rhs));
  Value self = left ? lhs : rhs;
  Value other = left ? rhs : lhs;
  if (!is_setlike_view(self)) return Value::not_impl_slot();
  switch (op) {
    case BinOp::And:
    case BinOp::Or:
    case BinOp::Xor:
    case BinOp::Sub: {
      // The result is a set; `other` may be any iterable.
      Set* r;
      if (op == BinOp::Sub && !left) {
        r = set_from_iterable(&set_type, other);
        set_update_op(r, op, self);
      } else {
        r = set_from_iterable(&set_type, self);
        set_update_op(r, op, other);
      }
      return from_ptr(r);
    }
    case BinOp::Eq:
    case BinOp::Ne:
    case BinOp::Lt:
    case BinOp::Le:
    case BinOp::Gt:
    case BinOp::Ge: {
      bool other_setlike = is_setlike_view(other) || isinstance(other, &set_type) ||
                           isinstance(other, &frozenset_type);
      if (!other_setlike) return Value::not_impl_slot();
      if (!left) {
        // Reflected: a OP view with a not set-like: swap the sense.
        switch (op) {
          case BinOp::Lt: op = BinOp::Gt; break;
          case BinOp::Le: op = BinOp::Ge; break;
          case BinOp::Gt: op = BinOp::Lt; break;
          case BinOp::Ge: op = BinOp::Le; break;
          default: break;
        }
      }
      size_t ls = len(self), lo = len(other);
      bool r;
      switch (op) {
        case BinOp::Eq: r = ls == lo && all_in(self, other); break;
        case BinOp::Ne: r = !(ls == lo && all_in(self, other)); break;
        case BinOp::Lt: r = ls < lo && all_in(self, other); break;
        case BinOp::Le: r = ls <= lo && all_in(self, other); break;
        case BinOp::Gt: r = ls > lo && all_in(other, self); break;
        default: r = ls >= lo && all_in(other, self); break;
      }
      return bool_(r);
    }
    default: return Value::not_impl_slot();
  }
}

#if MINNOW_CPYTHON_EXTRA
// keys().isdisjoint() and items().isdisjoint(): CPython has them,
// MicroPython leaves them out.
Value view_isdisjoint_m(Value self, Value other) {
  Value it = getiter(other);
  for (Value x = iternext(it); !x.is_stop(); x = iternext(it))
    if (view_contains(self.as<DictView>(), x)) return false_();
  return true_();
}
#endif

Value view_reversed_m(Value self) {
  auto* v = self.as<DictView>();
  return new_iter(v->dict, view_kind(v->type), true);
}

#if MINNOW_CPYTHON_EXTRA
constexpr BuiltinFn view_isdisjoint_fn = make_fn2(QSTR(isdisjoint), view_isdisjoint_m);
#endif
constexpr BuiltinFn view_reversed_fn = make_fn1(QSTR(__reversed__), view_reversed_m);
constexpr MethodEntry setlike_view_entries[] = {
#if MINNOW_CPYTHON_EXTRA
    entry(QSTR(isdisjoint), &view_isdisjoint_fn),
#endif
    entry(QSTR(__reversed__), &view_reversed_fn),
};
constexpr Table setlike_view_locals = make_table(setlike_view_entries);
constexpr MethodEntry values_view_entries[] = {
    entry(QSTR(__reversed__), &view_reversed_fn),
};
constexpr Table values_view_locals = make_table(values_view_entries);

// ---------------------------------------------------------------------------
// Methods.

Value dict_keys_m(Value self) { return new_view(self_dict(self), &dict_keys_type); }
Value dict_values_m(Value self) { return new_view(self_dict(self), &dict_values_type); }
Value dict_items_m(Value self) { return new_view(self_dict(self), &dict_items_type); }

Value dict_get_m(size_t n_args, const Value* args) {
  Value v = map_get(&self_dict(args[0])->map, args[1]);
  if (!v.is_null()) return v;
  return n_args > 2 ? args[2] : none();
}

Value dict_setdefault_m(size_t n_args, const Value* args) {
  Dict* d = self_dict(args[0]);
  MapEntry* e = map_find(&d->map, args[1]);
  if (e) return e->value;
  Value dflt = n_args > 2 ? args[2] : none();
  map_set(&d->map, args[1], dflt);
  return dflt;
}

Value dict_pop_m(size_t n_args, const Value* args) {
  Value v = map_remove(&self_dict(args[0])->map, args[1]);
  if (!v.is_null()) return v;
  if (n_args > 2) return args[2];
  raise_key_error(args[1]);
}

Value dict_popitem_m(Value self) {
  Map* m = &self_dict(self)->map;
  if (m->count == 0) raise_msg(&exc::KeyError, "popitem(): dictionary is empty");
  // Trailing deleted entries are always trimmed, so the last one is live.
  MapEntry* e = &m->entries[m->used - 1];
  Value r = pair(e->key, e->value);
  map_remove_entry(m, e);
  return r;
}

Value dict_update_m(size_t n_args, size_t n_kw, const Value* args) {
  if (n_args < 1) raise_type_error("descriptor 'update' of 'dict' object needs an argument");
  if (n_args > 2) raise_fmt(&exc::TypeError, "update expected at most 1 argument, got %z", n_args - 1);
  Dict* d = self_dict(args[0]);
  if (n_args == 2) update_from(d, args[1]);
  update_kw(d, n_kw, args + n_args);
  return none();
}

// dict.__init__ (for subclasses: make_new left the dict empty).
Value dict_init_m(size_t n_args, size_t n_kw, const Value* args) {
  if (n_args > 2) raise_fmt(&exc::TypeError, "dict expected at most 1 argument, got %z", n_args - 1);
  Dict* d = self_dict(args[0]);
  if (n_args == 2) update_from(d, args[1]);
  update_kw(d, n_kw, args + n_args);
  return none();
}

Value dict_clear_m(Value self) {
  map_clear(&self_dict(self)->map);
  return none();
}

Value dict_copy_m(Value self) { return from_ptr(dict_copy_of(self_dict(self))); }

Value dict_fromkeys_m(size_t n_args, const Value* args) {
  Value cls = args[0];
  Value value = n_args > 2 ? args[2] : none();
  if (cls == from_ptr(&dict_type)) {
    Dict* d = dict_new();
    Value it = getiter(args[1]);
    for (Value k = iternext(it); !k.is_stop(); k = iternext(it)) map_set(&d->map, k, value);
    return from_ptr(d);
  }
  Value d = call0(cls);
  Value it = getiter(args[1]);
  for (Value k = iternext(it); !k.is_stop(); k = iternext(it)) store_subscr(d, k, value);
  return d;
}

Value dict_reversed_m(Value self) { return new_iter(self_dict(self), kKeys, true); }
Value dict_getitem_m(Value self, Value k) { return dict_subscr(self, k, kSubscrLoad); }
Value dict_setitem_m(Value self, Value k, Value v) { return dict_subscr(self, k, v); }
Value dict_delitem_m(Value self, Value k) { return dict_subscr(self, k, kSubscrDelete); }
Value dict_len_m(Value self) { return small(self_dict(self)->map.count); }
Value dict_contains_m(Value self, Value k) { return bool_(map_find(&self_dict(self)->map, k) != nullptr); }

constexpr BuiltinFn dict_keys_fn = make_fn1(QSTR(keys), dict_keys_m);
constexpr BuiltinFn dict_values_fn = make_fn1(QSTR(values), dict_values_m);
constexpr BuiltinFn dict_items_fn = make_fn1(QSTR(items), dict_items_m);
constexpr BuiltinFn dict_get_fn = make_fn_var(QSTR(get), 2, 3, dict_get_m);
constexpr BuiltinFn dict_setdefault_fn = make_fn_var(QSTR(setdefault), 2, 3, dict_setdefault_m);
constexpr BuiltinFn dict_pop_fn = make_fn_var(QSTR(pop), 2, 3, dict_pop_m);
constexpr BuiltinFn dict_popitem_fn = make_fn1(QSTR(popitem), dict_popitem_m);
constexpr BuiltinFn dict_update_fn = make_fn_kw(QSTR(update), dict_update_m);
constexpr BuiltinFn dict_init_fn = make_fn_kw(QSTR(__init__), dict_init_m);
constexpr BuiltinFn dict_clear_fn = make_fn1(QSTR(clear), dict_clear_m);
constexpr BuiltinFn dict_copy_fn = make_fn1(QSTR(copy), dict_copy_m);
constexpr BuiltinFn dict_fromkeys_fn = make_fn_var(QSTR(fromkeys), 2, 3, dict_fromkeys_m);
constexpr StaticMethodObj dict_fromkeys_cm = {&classmethod_type, &dict_fromkeys_fn};
constexpr BuiltinFn dict_reversed_fn = make_fn1(QSTR(__reversed__), dict_reversed_m);
constexpr BuiltinFn dict_getitem_fn = make_fn2(QSTR(__getitem__), dict_getitem_m);
constexpr BuiltinFn dict_setitem_fn = make_fn3(QSTR(__setitem__), dict_setitem_m);
constexpr BuiltinFn dict_delitem_fn = make_fn2(QSTR(__delitem__), dict_delitem_m);
constexpr BuiltinFn dict_len_fn = make_fn1(QSTR(__len__), dict_len_m);
constexpr BuiltinFn dict_contains_fn = make_fn2(QSTR(__contains__), dict_contains_m);
constexpr BuiltinFn dict_iter_fn = make_fn1(QSTR(__iter__), dict_getiter);

constexpr MethodEntry dict_locals_entries[] = {
    entry(QSTR(__contains__), &dict_contains_fn),
    entry(QSTR(__delitem__), &dict_delitem_fn),
    entry(QSTR(__getitem__), &dict_getitem_fn),
    entry(QSTR(__init__), &dict_init_fn),
    entry(QSTR(__iter__), &dict_iter_fn),
    entry(QSTR(__len__), &dict_len_fn),
    entry(QSTR(__reversed__), &dict_reversed_fn),
    entry(QSTR(__setitem__), &dict_setitem_fn),
    entry(QSTR(clear), &dict_clear_fn),
    entry(QSTR(copy), &dict_copy_fn),
    entry(QSTR(fromkeys), &dict_fromkeys_cm),
    entry(QSTR(get), &dict_get_fn),
    entry(QSTR(items), &dict_items_fn),
    entry(QSTR(keys), &dict_keys_fn),
    entry(QSTR(pop), &dict_pop_fn),
    entry(QSTR(popitem), &dict_popitem_fn),
    entry(QSTR(setdefault), &dict_setdefault_fn),
    entry(QSTR(update), &dict_update_fn),
    entry(QSTR(values), &dict_values_fn),
};
constexpr Table dict_locals = make_table(dict_locals_entries);

}  // namespace

constexpr TypeSlots dict_slots = {
    dict_make_new, dict_print, nullptr, dict_unary_op, dict_binary_op,
    nullptr, nullptr, dict_subscr, dict_getiter, nullptr, nullptr};
constinit const Type dict_type = {
    &type_type, QSTR(dict), kTypeBaseOK | kTypeInitFills, &dict_type, &object_type, &dict_slots, &dict_locals};

// The three views share their slots (the slots look at the view's type).
constexpr TypeSlots view_slots = {
    nullptr, view_print, nullptr, view_unary_op, view_binary_op,
    nullptr, nullptr, nullptr, view_getiter, nullptr, nullptr};
constinit const Type dict_keys_type = {
    &type_type, QSTR(dict_keys), 0, &dict_keys_type, &object_type, &view_slots, &setlike_view_locals};

constinit const Type dict_values_type = {
    &type_type, QSTR(dict_values), 0, &dict_values_type, &object_type, &view_slots, &values_view_locals};

constinit const Type dict_items_type = {
    &type_type, QSTR(dict_items), 0, &dict_items_type, &object_type, &view_slots, &setlike_view_locals};

// ---------------------------------------------------------------------------
// The C API of dict.h.

Dict* dict_new(size_t cap) {
  auto* d = static_cast<Dict*>(gc::alloc(sizeof(Dict)));
  d->type = &dict_type;
  map_init(&d->map, cap);
  return d;
}

void dict_set_str(Dict* d, const Str* key, Value value) { map_set(&d->map, qv(key), value); }

Dict* as_dict(Value v) {
  if (!v.is_obj()) return nullptr;
  if (v.obj()->type == &dict_type) return v.as<Dict>();
  if (!isinstance(v, &dict_type)) return nullptr;
  return native_of(v, &dict_type).as<Dict>();
}

void dict_update(Dict* d, Value src) { update_from(d, src); }

}  // namespace minnow
