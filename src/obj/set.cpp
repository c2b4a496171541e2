// set and frozenset: one struct (dict.h's Set), a Map whose values are
// unused. frozenset shares the non-mutating methods and adds hashing.
//
// Results of operators and methods have the builtin type of the left
// operand (set | frozenset is a set; frozenset | set is a frozenset), as in
// CPython. Elements are kept in insertion order.
#include "gc/heap.h"
#include "obj/dict.h"
#include "obj/tuple.h"

namespace minnow {

namespace {

Set* self_set(Value self) { return self.as<Set>(); }
bool is_frozen(const Set* s) { return s->type == &frozenset_type; }

[[noreturn]] [[gnu::cold]] void raise_changed_size() {
  raise_msg(&exc::RuntimeError, "Set changed size during iteration");
}

Set* alloc_set(const Type* type, size_t cap) {
  auto* s = static_cast<Set*>(gc::alloc(sizeof(Set)));
  s->type = type;
  map_init(&s->map, cap);
  return s;
}

Set* copy_set(const Type* type, const Set* src) {
  auto* s = static_cast<Set*>(gc::alloc(sizeof(Set)));
  s->type = type;
  map_copy(&s->map, &src->map);
  return s;
}

// Every insertion goes through here so that pop's finger is kept valid: an
// insertion bumps the version once, a rebuild (which moves entries) again.
inline void add(Set* s, Value v) {
  uint32_t v0 = s->map.version;
  map_set(&s->map, v, none());
  if (s->map.version - v0 > 1) s->finger = 0;
}

inline void clear(Set* s) {
  map_clear(&s->map);
  s->finger = 0;
}

// A set used as an element to look up (x in s, s.remove(x)...) is treated as
// the equal frozenset, so that it can be hashed.
Value lookup_key(Value v) {
  if (!v.is_obj()) return v;
  const Type* t = v.obj()->type;
  if (t == &set_type || ((t->flags & kTypeHeap) && isinstance(v, &set_type))) {
    Set* s = as_set(v);
    return from_ptr(copy_set(&frozenset_type, s));
  }
  return v;
}

inline bool has(Set* s, Value v) { return map_find(&s->map, v) != nullptr; }

// s |= iterable.
void update(Set* s, Value other) {
  if (Set* o = as_set(other)) {
    if (o == s) return;
    size_t pos = 0;
    while (MapEntry* e = map_next(&o->map, &pos)) add(s, e->key);
    return;
  }
  if (Dict* d = is_dict(other) ? other.as<Dict>() : nullptr) {
    size_t pos = 0;
    while (MapEntry* e = map_next(&d->map, &pos)) add(s, e->key);
    return;
  }
  Value it = getiter(other);
  for (Value x = iternext(it); !x.is_stop(); x = iternext(it)) add(s, x);
}

// Elements of s that are also in other (any iterable), as a new set of type t.
Set* intersect(const Type* t, Set* s, Value other) {
  Set* r = alloc_set(t, 0);
  if (Set* o = as_set(other)) {
    // Walk the smaller, probe the larger.
    Set* small_s = s->map.count <= o->map.count ? s : o;
    Set* big_s = small_s == s ? o : s;
    size_t pos = 0;
    while (MapEntry* e = map_next(&small_s->map, &pos)) {
      Value x = e->key;
      if (has(big_s, x)) add(r, x);
    }
    return r;
  }
  Value it = getiter(other);
  for (Value x = iternext(it); !x.is_stop(); x = iternext(it))
    if (has(s, x)) add(r, x);
  return r;
}

// Replaces s's contents with r's (r is a fresh set nobody else sees).
void take(Set* s, Set* r) {
  uint32_t v = s->map.version;
  s->map = r->map;
  s->map.version = v + 1;
  s->finger = 0;
}

void difference_update(Set* s, Value other) {
  if (Set* o = as_set(other)) {
    if (o == s) {
      clear(s);
      return;
    }
    size_t pos = 0;
    while (MapEntry* e = map_next(&o->map, &pos)) map_remove(&s->map, e->key);
    return;
  }
  Value it = getiter(other);
  for (Value x = iternext(it); !x.is_stop(); x = iternext(it)) map_remove(&s->map, x);
}

void symmetric_difference_update(Set* s, Value other) {
  Set* o = as_set(other);
  if (o == s) {
    clear(s);
    return;
  }
  // Duplicates in a plain iterable must toggle only once.
  if (!o) o = set_from_iterable(&set_type, other);
  size_t pos = 0;
  while (MapEntry* e = map_next(&o->map, &pos)) {
    Value x = e->key;
    if (map_remove(&s->map, x).is_null()) add(s, x);
  }
}

// Is every element of a in b?
bool subset(Set* a, Set* b) {
  if (a->map.count > b->map.count) return false;
  size_t pos = 0;
  while (MapEntry* e = map_next(&a->map, &pos)) {
    Value x = e->key;
    if (!has(b, x)) return false;
  }
  return true;
}

// other as a Set, converting a plain iterable.
Set* to_set(Value other) {
  Set* o = as_set(other);
  return o ? o : set_from_iterable(&set_type, other);
}

bool disjoint(Set* s, Value other) {
  if (Set* o = as_set(other)) {
    Set* small_s = s->map.count <= o->map.count ? s : o;
    Set* big_s = small_s == s ? o : s;
    size_t pos = 0;
    while (MapEntry* e = map_next(&small_s->map, &pos)) {
      Value x = e->key;
      if (has(big_s, x)) return false;
    }
    return true;
  }
  Value it = getiter(other);
  for (Value x = iternext(it); !x.is_stop(); x = iternext(it))
    if (has(s, x)) return false;
  return true;
}

// Order-independent hash of a frozenset: each element hash is scrambled
// (so that small ints do not cancel out) and xor-ed together.
intptr frozenset_hash(Set* s) {
  // The hash is a 31-bit value (a small int on every port), kept in
  // hash_cache as value + 2**30 with the top bit marking it present.
  if (s->hash_cache) return static_cast<intptr>(s->hash_cache & 0x7fffffffu) - 0x40000000;
  check_stack();  // frozensets nest
  uintptr h = 0;
  size_t pos = 0;
  while (MapEntry* e = map_next(&s->map, &pos)) {
    uintptr x = static_cast<uintptr>(map_hash(e->key));
    h ^= ((x ^ 89869747u) ^ (x << 16)) * 3644798167u;
  }
  h ^= (static_cast<uintptr>(s->map.count) + 1) * 1927868237u;
  h ^= (h >> 11) ^ (h >> 25);
  h = h * 69069u + 907133923u;
  uint32_t h32 = static_cast<uint32_t>(static_cast<uint64_t>(h) ^ (static_cast<uint64_t>(h) >> 32));
  intptr r = static_cast<intptr>(h32 & 0x7fffffffu) - 0x40000000;  // in [-2**30, 2**30)
  if (is_frozen(s)) s->hash_cache = static_cast<uint32_t>(r + 0x40000000) | 0x80000000u;
  return r;
}

// ---------------------------------------------------------------------------
// Type slots.

Value set_make_new(const Type* type, size_t n_args, size_t n_kw, const Value* args) {
  const Type* t = type->native ? type->native : type;
  if (n_kw) raise_fmt(&exc::TypeError, "%q() takes no keyword arguments", t->name);
  if (n_args > 1) raise_fmt(&exc::TypeError, "%q expected at most 1 argument, got %z", t->name, n_args);
  if (n_args == 0) return from_ptr(alloc_set(t, 0));
  if (t == &frozenset_type && is_type(args[0], &frozenset_type)) return args[0];
  return from_ptr(set_from_iterable(t, args[0]));
}

void set_print(Printer* p, Value self, bool /*repr*/) {
  Set* s = self_set(self);
  bool frozen = is_frozen(s);
  if (s->map.count == 0) {
    print_cstr(p, frozen ? "frozenset()" : "set()");
    return;
  }
  if (!repr_enter(self)) {
    print_cstr(p, frozen ? "frozenset(...)" : "set(...)");
    return;
  }
  print_cstr(p, frozen ? "frozenset({" : "{");
  size_t pos = 0;
  bool first = true;
  while (MapEntry* e = map_next(&s->map, &pos)) {
    Value x = e->key;
    if (!first) print_cstr(p, ", ");
    first = false;
    print_value(p, x, true);
  }
  print_cstr(p, frozen ? "})" : "}");
  repr_leave(self);
}

Value set_unary_op(UnaryOp op, Value self) {
  Set* s = self_set(self);
  switch (op) {
    case UnaryOp::Bool: return bool_(s->map.count != 0);
    case UnaryOp::Len: return small(s->map.count);
    case UnaryOp::Hash:
      if (!is_frozen(s)) return Value::not_impl_slot();
      return small(frozenset_hash(s));
    default: return Value::not_impl_slot();
  }
}

Value set_binary_op(BinOp op, Value lhs, Value rhs) {
  Set* a = as_set(lhs);
  if (!a) return Value::not_impl_slot();
  if (op == BinOp::Contains) return bool_(has(a, lookup_key(rhs)));
  Set* b = as_set(rhs);
  if (!b) return Value::not_impl_slot();
  check_stack();  // comparing nested frozensets recurses
  switch (op) {
    case BinOp::Or: {
      Set* r = copy_set(a->type, a);
      update(r, from_ptr(b));
      return from_ptr(r);
    }
    case BinOp::And: return from_ptr(intersect(a->type, a, from_ptr(b)));
    case BinOp::Sub: {
      Set* r = copy_set(a->type, a);
      difference_update(r, from_ptr(b));
      return from_ptr(r);
    }
    case BinOp::Xor: {
      Set* r = copy_set(a->type, a);
      symmetric_difference_update(r, from_ptr(b));
      return from_ptr(r);
    }
    case BinOp::IOr:
    case BinOp::IAnd:
    case BinOp::ISub:
    case BinOp::IXor:
      if (is_frozen(a)) return Value::not_impl_slot();
      set_update_op(a, non_inplace(op), from_ptr(b));
      return lhs;
    case BinOp::Eq: return bool_(a->map.count == b->map.count && subset(a, b));
    case BinOp::Ne: return bool_(!(a->map.count == b->map.count && subset(a, b)));
    case BinOp::Le: return bool_(subset(a, b));
    case BinOp::Lt: return bool_(a->map.count < b->map.count && subset(a, b));
    case BinOp::Ge: return bool_(subset(b, a));
    case BinOp::Gt: return bool_(b->map.count < a->map.count && subset(b, a));
    default: return Value::not_impl_slot();
  }
}

// ---------------------------------------------------------------------------
// Iterator.

struct SetIter {
  const Type* type;
  Set* set;
  size_t pos;
  uint32_t count;  // set size when the iterator was made
};


Value set_iter_next(Value self) {
  auto* it = self.as<SetIter>();
  Map* m = &it->set->map;
  if (m->count != it->count) raise_changed_size();
  MapEntry* e = map_next(m, &it->pos);
  return e ? e->key : Value::stop();
}

}  // namespace

constexpr TypeSlots set_iterator_slots = iterator_slots(set_iter_next);
constinit const Type set_iterator_type = {
    &type_type, QSTR(set_iterator), kTypeIterIsSelf, &set_iterator_type, &object_type, &set_iterator_slots,
    nullptr};

namespace {

Value set_getiter(Value self) {
  auto* it = static_cast<SetIter*>(gc::alloc(sizeof(SetIter)));
  it->type = &set_iterator_type;
  it->set = self_set(self);
  it->pos = 0;
  it->count = it->set->map.count;
  return from_ptr(it);
}

// ---------------------------------------------------------------------------
// Methods. n_args counts self.

Value set_add_m(Value self, Value x) {
  add(self_set(self), x);
  return none();
}

Value set_remove_m(Value self, Value x) {
  if (map_remove(&self_set(self)->map, lookup_key(x)).is_null()) raise_key_error(x);
  return none();
}

Value set_discard_m(Value self, Value x) {
  map_remove(&self_set(self)->map, lookup_key(x));
  return none();
}

Value set_pop_m(Value self) {
  Set* s = self_set(self);
  Map* m = &s->map;
  if (m->count == 0) raise_msg(&exc::KeyError, "pop from an empty set");
  // The oldest element goes first; the finger skips the holes left in front
  // by earlier pops, so emptying a set with pop() stays linear.
  size_t pos = s->finger <= m->used ? s->finger : 0;
  MapEntry* e = map_next(m, &pos);
  if (!e) {
    pos = 0;
    e = map_next(m, &pos);
  }
  Value x = e->key;
  map_remove_entry(m, e);
  s->finger = static_cast<uint32_t>(pos);
  return x;
}

Value set_clear_m(Value self) {
  clear(self_set(self));
  return none();
}

Value set_copy_m(Value self) {
  Set* s = self_set(self);
  if (is_frozen(s)) return self;
  return from_ptr(copy_set(s->type, s));
}

Value set_update_m(size_t n_args, const Value* args) {
  Set* s = self_set(args[0]);
  for (size_t i = 1; i < n_args; i++) update(s, args[i]);
  return none();
}

Value set_union_m(size_t n_args, const Value* args) {
  Set* s = self_set(args[0]);
  Set* r = copy_set(s->type, s);
  for (size_t i = 1; i < n_args; i++) update(r, args[i]);
  return from_ptr(r);
}

Value set_intersection_m(size_t n_args, const Value* args) {
  Set* s = self_set(args[0]);
  if (n_args == 1) return from_ptr(copy_set(s->type, s));
  Set* r = s;
  for (size_t i = 1; i < n_args; i++) r = intersect(s->type, r, args[i]);
  return from_ptr(r);
}

Value set_intersection_update_m(size_t n_args, const Value* args) {
  Set* s = self_set(args[0]);
  Set* r = s;
  for (size_t i = 1; i < n_args; i++) r = intersect(&set_type, r, args[i]);
  if (r != s) take(s, r);
  return none();
}

Value set_difference_m(size_t n_args, const Value* args) {
  Set* s = self_set(args[0]);
  Set* r = copy_set(s->type, s);
  for (size_t i = 1; i < n_args; i++) difference_update(r, args[i]);
  return from_ptr(r);
}

Value set_difference_update_m(size_t n_args, const Value* args) {
  Set* s = self_set(args[0]);
  for (size_t i = 1; i < n_args; i++) difference_update(s, args[i]);
  return none();
}

Value set_symmetric_difference_m(Value self, Value other) {
  Set* s = self_set(self);
  Set* r = copy_set(s->type, s);
  symmetric_difference_update(r, other);
  return from_ptr(r);
}

Value set_symmetric_difference_update_m(Value self, Value other) {
  symmetric_difference_update(self_set(self), other);
  return none();
}

Value set_issubset_m(Value self, Value other) { return bool_(subset(self_set(self), to_set(other))); }

Value set_issuperset_m(Value self, Value other) {
  Set* s = self_set(self);
  if (Set* o = as_set(other)) return bool_(subset(o, s));
  Value it = getiter(other);
  for (Value x = iternext(it); !x.is_stop(); x = iternext(it))
    if (!has(s, x)) return false_();
  return true_();
}

Value set_isdisjoint_m(Value self, Value other) { return bool_(disjoint(self_set(self), other)); }

// set.__init__ for subclasses (make_new left the set empty).
Value set_init_m(size_t n_args, const Value* args) {
  Set* s = self_set(args[0]);
  clear(s);
  if (n_args > 1) update(s, args[1]);
  return none();
}

Value set_len_m(Value self) { return small(self_set(self)->map.count); }
Value set_contains_m(Value self, Value x) { return bool_(has(self_set(self), lookup_key(x))); }

constexpr BuiltinFn set_add_fn = make_fn2(QSTR(add), set_add_m);
constexpr BuiltinFn set_remove_fn = make_fn2(QSTR(remove), set_remove_m);
constexpr BuiltinFn set_discard_fn = make_fn2(QSTR(discard), set_discard_m);
constexpr BuiltinFn set_pop_fn = make_fn1(QSTR(pop), set_pop_m);
constexpr BuiltinFn set_clear_fn = make_fn1(QSTR(clear), set_clear_m);
constexpr BuiltinFn set_copy_fn = make_fn1(QSTR(copy), set_copy_m);
constexpr BuiltinFn set_update_fn = make_fn_var(QSTR(update), 1, 255, set_update_m);
constexpr BuiltinFn set_union_fn = make_fn_var(QSTR(union), 1, 255, set_union_m);
constexpr BuiltinFn set_intersection_fn = make_fn_var(QSTR(intersection), 1, 255, set_intersection_m);
constexpr BuiltinFn set_intersection_update_fn =
    make_fn_var(QSTR(intersection_update), 1, 255, set_intersection_update_m);
constexpr BuiltinFn set_difference_fn = make_fn_var(QSTR(difference), 1, 255, set_difference_m);
constexpr BuiltinFn set_difference_update_fn =
    make_fn_var(QSTR(difference_update), 1, 255, set_difference_update_m);
constexpr BuiltinFn set_symmetric_difference_fn =
    make_fn2(QSTR(symmetric_difference), set_symmetric_difference_m);
constexpr BuiltinFn set_symmetric_difference_update_fn =
    make_fn2(QSTR(symmetric_difference_update), set_symmetric_difference_update_m);
constexpr BuiltinFn set_issubset_fn = make_fn2(QSTR(issubset), set_issubset_m);
constexpr BuiltinFn set_issuperset_fn = make_fn2(QSTR(issuperset), set_issuperset_m);
constexpr BuiltinFn set_isdisjoint_fn = make_fn2(QSTR(isdisjoint), set_isdisjoint_m);
constexpr BuiltinFn set_init_fn = make_fn_var(QSTR(__init__), 1, 2, set_init_m);
constexpr BuiltinFn set_len_fn = make_fn1(QSTR(__len__), set_len_m);
constexpr BuiltinFn set_contains_fn = make_fn2(QSTR(__contains__), set_contains_m);
constexpr BuiltinFn set_iter_fn = make_fn1(QSTR(__iter__), set_getiter);

constexpr MethodEntry set_locals_entries[] = {
    entry(QSTR(__contains__), &set_contains_fn),
    entry(QSTR(__init__), &set_init_fn),
    entry(QSTR(__iter__), &set_iter_fn),
    entry(QSTR(__len__), &set_len_fn),
    entry(QSTR(add), &set_add_fn),
    entry(QSTR(clear), &set_clear_fn),
    entry(QSTR(copy), &set_copy_fn),
    entry(QSTR(difference), &set_difference_fn),
    entry(QSTR(difference_update), &set_difference_update_fn),
    entry(QSTR(discard), &set_discard_fn),
    entry(QSTR(intersection), &set_intersection_fn),
    entry(QSTR(intersection_update), &set_intersection_update_fn),
    entry(QSTR(isdisjoint), &set_isdisjoint_fn),
    entry(QSTR(issubset), &set_issubset_fn),
    entry(QSTR(issuperset), &set_issuperset_fn),
    entry(QSTR(pop), &set_pop_fn),
    entry(QSTR(remove), &set_remove_fn),
    entry(QSTR(symmetric_difference), &set_symmetric_difference_fn),
    entry(QSTR(symmetric_difference_update), &set_symmetric_difference_update_fn),
    entry(QSTR(union), &set_union_fn),
    entry(QSTR(update), &set_update_fn),
};
constexpr Table set_locals = make_table(set_locals_entries);

constexpr MethodEntry frozenset_locals_entries[] = {
    entry(QSTR(__contains__), &set_contains_fn),
    entry(QSTR(__iter__), &set_iter_fn),
    entry(QSTR(__len__), &set_len_fn),
    entry(QSTR(copy), &set_copy_fn),
    entry(QSTR(difference), &set_difference_fn),
    entry(QSTR(intersection), &set_intersection_fn),
    entry(QSTR(isdisjoint), &set_isdisjoint_fn),
    entry(QSTR(issubset), &set_issubset_fn),
    entry(QSTR(issuperset), &set_issuperset_fn),
    entry(QSTR(symmetric_difference), &set_symmetric_difference_fn),
    entry(QSTR(union), &set_union_fn),
};
constexpr Table frozenset_locals = make_table(frozenset_locals_entries);

}  // namespace

// set and frozenset share their slots (the slots check which one they got).
constexpr TypeSlots set_slots = {
    set_make_new, set_print, nullptr, set_unary_op, set_binary_op,
    nullptr, nullptr, nullptr, set_getiter, nullptr, nullptr};
constinit const Type set_type = {
    &type_type, QSTR(set), kTypeBaseOK | kTypeInitFills, &set_type, &object_type, &set_slots, &set_locals};

constinit const Type frozenset_type = {
    &type_type, QSTR(frozenset), kTypeBaseOK, &frozenset_type, &object_type, &set_slots, &frozenset_locals};

// ---------------------------------------------------------------------------
// The C API of dict.h.

Set* set_new(const Type* type) { return alloc_set(type, 0); }

void set_add(Set* s, Value v) { add(s, v); }

bool set_contains(Set* s, Value v) { return has(s, v); }

Set* set_from_iterable(const Type* type, Value iterable) {
  Set* s = alloc_set(type, 0);
  update(s, iterable);
  return s;
}

void set_update_op(Set* s, BinOp op, Value iterable) {
  switch (op) {
    case BinOp::Or: update(s, iterable); break;
    case BinOp::And: {
      Set* r = intersect(&set_type, s, iterable);
      take(s, r);
      break;
    }
    case BinOp::Sub: difference_update(s, iterable); break;
    case BinOp::Xor: symmetric_difference_update(s, iterable); break;
    default: break;
  }
}

Set* as_set(Value v) {
  if (!v.is_obj()) return nullptr;
  const Type* t = v.obj()->type;
  if (t == &set_type || t == &frozenset_type) return v.as<Set>();
  if (!(t->flags & kTypeHeap)) return nullptr;
  if (isinstance(v, &set_type)) return native_of(v, &set_type).as<Set>();
  if (isinstance(v, &frozenset_type)) return native_of(v, &frozenset_type).as<Set>();
  return nullptr;
}

}  // namespace minnow
