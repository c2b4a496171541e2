// The lazy iterators of the builtins module: enumerate, zip, map, filter,
// reversed (types whose instances are iterators) and the callable_iterator
// made by iter(callable, sentinel).
//
// Every object here is its own iterator (kTypeIterIsSelf) and reports the
// end through Value::stop(); none of them raises StopIteration itself except
// through the __next__ method offered to Python code.
#include "gc/heap.h"
#include "mod/builtins.h"
#include "obj/dict.h"
#include "obj/list.h"
#include "obj/tuple.h"
#include "vm/runtime.h"

namespace minnow {


// __next__ and __iter__ for Python code that calls them by name (or a
// subclass that calls super().__next__()).
static Value iter_dunder_next(Value self) {
  Value v = iternext(self);
  if (v.is_stop()) raise_stop_iteration(Value::null());
  return v;
}
static Value iter_dunder_iter(Value self) { return self; }

constexpr BuiltinFn iter_next_fn = make_fn1(QSTR(__next__), iter_dunder_next);
constexpr BuiltinFn iter_iter_fn = make_fn1(QSTR(__iter__), iter_dunder_iter);
constexpr MethodEntry iter_locals_entries[] = {
    entry(QSTR(__next__), &iter_next_fn),
    entry(QSTR(__iter__), &iter_iter_fn),
};
constexpr Table iter_locals = make_table(iter_locals_entries);

// Raises "X expected N argument(s), got M" the way CPython's type
// constructors phrase it.
[[noreturn]] [[gnu::cold]] static void raise_expected(const Str* name, size_t want, size_t got) {
  raise_fmt(&exc::TypeError, "%q expected %z argument%s, got %z", name, want, want == 1 ? "" : "s", got);
}

// ---------------------------------------------------------------------------
// enumerate(iterable, start=0) -> (start, x0), (start + 1, x1), ...

struct EnumerateObj {
  const Type* type;
  Value iter;
  Value count;  // the index of the next item (any int)
};

static Value enumerate_make_new(const Type* t, size_t n_args, size_t n_kw, const Value* args) {
  static constexpr const Str* names[] = {QSTR(iterable), QSTR(start)};
  Value a[2];
  parse_args(QSTR(enumerate), n_args, n_kw, args, names, 2, 1, a);
  Value start = a[1].is_null() ? small(0) : index_value(a[1]);
  Value it = getiter(a[0]);
  EnumerateObj* e = static_cast<EnumerateObj*>(gc::alloc(sizeof(EnumerateObj)));
  e->type = t;
  e->iter = it;
  e->count = start;
  return from_ptr(e);
}

// The wrappers below call their inner iterator from C: a chain of a
// hundred thousand map(map(...)) must raise RecursionError, not overflow.
static Value enumerate_next(Value self) {
  check_stack();
  EnumerateObj* e = self.as<EnumerateObj>();
  Value item = iternext(e->iter);
  if (item.is_stop()) return item;
  Tuple* t = tuple_alloc(2);
  Value n = e->count;
  t->items()[0] = n;
  t->items()[1] = item;
  if (n.is_small() && n.small() < Value::small_max) e->count = small(n.small() + 1);
  else e->count = binary_op(BinOp::Add, n, small(1));
  return from_ptr(t);
}

constexpr TypeSlots enumerate_slots = {
    enumerate_make_new, nullptr, nullptr, nullptr, nullptr,
    nullptr, nullptr, nullptr, iter_self, enumerate_next, nullptr};
constinit const Type enumerate_type = {
    &type_type, QSTR(enumerate), kTypeBaseOK | kTypeIterIsSelf, &enumerate_type, &object_type,
    &enumerate_slots, &iter_locals};

// ---------------------------------------------------------------------------
// zip(*iterables, strict=False) -> tuples of one item from each.

struct ZipObj {
  const Type* type;
  size_t n;
  bool strict;
  Value* iters() { return reinterpret_cast<Value*>(this + 1); }
};

static Value zip_make_new(const Type* t, size_t n_args, size_t n_kw, const Value* args) {
  bool strict = false;
  for (size_t k = 0; k < n_kw; k++) {
    const Str* key = args[n_args + 2 * k].as<Str>();
    if (!str_equal(key, QSTR(strict)))
      raise_fmt(&exc::TypeError, "'%q' is an invalid keyword argument for zip()", key);
    strict = truthy(args[n_args + 2 * k + 1]);
  }
  ZipObj* z = static_cast<ZipObj*>(gc::alloc(sizeof(ZipObj) + n_args * sizeof(Value)));
  z->type = t;
  z->strict = strict;
  // n stays 0 until every iterator is in place: a half-built zip is never
  // walked by anyone but the GC.
  for (size_t i = 0; i < n_args; i++) z->iters()[i] = getiter(args[i]);
  z->n = n_args;
  return from_ptr(z);
}

// strict=True and iterator i (0-based) ran out: raise unless every other
// iterator ran out at the same place.
static Value zip_strict_end(ZipObj* z, size_t i) {
  if (i > 0) {
    if (i == 1) raise_value_error("zip() argument 2 is shorter than argument 1");
    raise_fmt(&exc::ValueError, "zip() argument %z is shorter than arguments 1-%z", i + 1, i);
  }
  for (size_t j = 1; j < z->n; j++) {
    if (!iternext(z->iters()[j]).is_stop()) {
      if (j == 1) raise_value_error("zip() argument 2 is longer than argument 1");
      raise_fmt(&exc::ValueError, "zip() argument %z is longer than arguments 1-%z", j + 1, j);
    }
  }
  return Value::stop();
}

static Value zip_next(Value self) {
  check_stack();
  ZipObj* z = self.as<ZipObj>();
  size_t n = z->n;
  if (n == 0) return Value::stop();
  Tuple* t = tuple_alloc(n);
  for (size_t i = 0; i < n; i++) {
    Value v = iternext(z->iters()[i]);
    if (v.is_stop()) return z->strict ? zip_strict_end(z, i) : v;
    t->items()[i] = v;
  }
  return from_ptr(t);
}

constexpr TypeSlots zip_slots = {
    zip_make_new, nullptr, nullptr, nullptr, nullptr,
    nullptr, nullptr, nullptr, iter_self, zip_next, nullptr};
constinit const Type zip_type = {
    &type_type, QSTR(zip), kTypeBaseOK | kTypeIterIsSelf, &zip_type, &object_type, &zip_slots, &iter_locals};

// ---------------------------------------------------------------------------
// map(func, *iterables) -> func(a0, b0, ...), func(a1, b1, ...), ...

struct MapObj {
  const Type* type;
  Value func;
  size_t n;
  Value* iters() { return reinterpret_cast<Value*>(this + 1); }
};

static Value map_make_new(const Type* t, size_t n_args, size_t n_kw, const Value* args) {
  if (n_kw) raise_type_error("map() takes no keyword arguments");
  if (n_args < 2) raise_type_error("map() must have at least two arguments.");
  size_t n = n_args - 1;
  MapObj* m = static_cast<MapObj*>(gc::alloc(sizeof(MapObj) + n * sizeof(Value)));
  m->type = t;
  m->func = args[0];
  for (size_t i = 0; i < n; i++) m->iters()[i] = getiter(args[i + 1]);
  m->n = n;
  return from_ptr(m);
}

static Value map_next(Value self) {
  check_stack();
  MapObj* m = self.as<MapObj>();
  size_t n = m->n;
  if (n == 1) {
    Value v = iternext(m->iters()[0]);
    if (v.is_stop()) return v;
    return call1(m->func, v);
  }
  Value local[4];
  Value* buf = n <= 4 ? local : static_cast<Value*>(gc::alloc(n * sizeof(Value)));
  for (size_t i = 0; i < n; i++) {
    Value v = iternext(m->iters()[i]);
    if (v.is_stop()) return v;
    buf[i] = v;
  }
  return call(m->func, n, 0, buf);
}

constexpr TypeSlots map_slots = {
    map_make_new, nullptr, nullptr, nullptr, nullptr,
    nullptr, nullptr, nullptr, iter_self, map_next, nullptr};
constinit const Type map_type = {
    &type_type, QSTR(map), kTypeBaseOK | kTypeIterIsSelf, &map_type, &object_type, &map_slots, &iter_locals};

// ---------------------------------------------------------------------------
// filter(func, iterable): the items for which func(item) is true (the items
// that are true themselves when func is None).

struct FilterObj {
  const Type* type;
  Value func;  // None for the identity
  Value iter;
};

static Value filter_make_new(const Type* t, size_t n_args, size_t n_kw, const Value* args) {
  if (n_kw) raise_type_error("filter() takes no keyword arguments");
  if (n_args != 2) raise_expected(QSTR(filter), 2, n_args);
  Value it = getiter(args[1]);
  FilterObj* f = static_cast<FilterObj*>(gc::alloc(sizeof(FilterObj)));
  f->type = t;
  f->func = args[0];
  f->iter = it;
  return from_ptr(f);
}

static Value filter_next(Value self) {
  check_stack();
  FilterObj* f = self.as<FilterObj>();
  for (;;) {
    Value v = iternext(f->iter);
    if (v.is_stop()) return v;
    if (is_none(f->func) ? truthy(v) : truthy(call1(f->func, v))) return v;
  }
}

constexpr TypeSlots filter_slots = {
    filter_make_new, nullptr, nullptr, nullptr, nullptr,
    nullptr, nullptr, nullptr, iter_self, filter_next, nullptr};
constinit const Type filter_type = {
    &type_type, QSTR(filter), kTypeBaseOK | kTypeIterIsSelf, &filter_type, &object_type, &filter_slots,
    &iter_locals};

// ---------------------------------------------------------------------------
// reversed(seq): seq.__reversed__() if the type has one, else seq[len-1],
// seq[len-2], ..., seq[0] through the sequence protocol.

struct ReversedObj {
  const Type* type;
  Value seq;
  intptr index;  // the next index to read; -1 once finished
};

static Value reversed_over(const Type* t, Value seq, size_t n) {
  ReversedObj* r = static_cast<ReversedObj*>(gc::alloc(sizeof(ReversedObj)));
  r->type = t;
  r->seq = seq;
  r->index = static_cast<intptr>(n) - 1;
  return from_ptr(r);
}

// Does seq's type support seq[i] (and is not a mapping)?
static bool is_sequence(Value seq) {
  const Type* t = type_of(seq);
  if (isinstance(seq, &dict_type)) return false;
  if (t->flags & kTypeHeap) {
    if (!type_lookup(t, QSTR(__getitem__)).is_null()) return true;
    t = t->native;
  }
  return t && t->slots->subscr && t != &type_type;
}

static Value reversed_make_new(const Type* t, size_t n_args, size_t n_kw, const Value* args) {
  if (n_kw) raise_type_error("reversed() takes no keyword arguments");
  if (n_args != 1) raise_expected(QSTR(reversed), 1, n_args);
  Value seq = args[0];
  // Exact lists and tuples are the common case and have no surprises.
  if (is_list(seq)) return reversed_over(t, seq, seq.as<List>()->len);
  if (is_tuple(seq)) return reversed_over(t, seq, seq.as<Tuple>()->len);
  Value m = type_lookup(type_of(seq), QSTR(__reversed__));
  if (!m.is_null()) {
    if (is_none(m)) raise_fmt(&exc::TypeError, "'%s' object is not reversible", type_name(seq));
    return call_method(seq, QSTR(__reversed__), 0, nullptr);
  }
  if (isinstance(seq, &dict_type)) {
    // Dicts keep insertion order: walk a snapshot of the keys backwards.
    Value keys = list_from_iterable(seq);
    return reversed_over(t, keys, keys.as<List>()->len);
  }
  if (!is_sequence(seq)) raise_fmt(&exc::TypeError, "'%s' object is not reversible", type_name(seq));
  return reversed_over(t, seq, len(seq));
}

static Value reversed_next(Value self) {
  ReversedObj* r = self.as<ReversedObj>();
  intptr i = r->index;
  if (i < 0) return Value::stop();
  Value seq = r->seq;
  if (is_list(seq)) {
    // The list may have shrunk since: stop at the first index past its end.
    List* l = seq.as<List>();
    if (static_cast<size_t>(i) >= l->len) {
      r->index = -1;
      return Value::stop();
    }
    r->index = i - 1;
    return l->items[i];
  }
  if (is_tuple(seq)) {
    r->index = i - 1;
    return seq.as<Tuple>()->items()[i];
  }
  NlrBuf nb;
  if (MINNOW_TRY(nb)) {
    Value v = subscr(seq, small(i));
    nlr_pop();
    r->index = i - 1;
    return v;
  }
  if (!exc_matches(nb.exc, &exc::IndexError) && !exc_matches(nb.exc, &exc::StopIteration)) nlr_jump(nb.exc);
  r->index = -1;
  return Value::stop();
}

constexpr TypeSlots reversed_slots = {
    reversed_make_new, nullptr, nullptr, nullptr, nullptr,
    nullptr, nullptr, nullptr, iter_self, reversed_next, nullptr};
constinit const Type reversed_type = {
    &type_type, QSTR(reversed), kTypeBaseOK | kTypeIterIsSelf, &reversed_type, &object_type, &reversed_slots,
    &iter_locals};

// ---------------------------------------------------------------------------
// iter(fn, sentinel)

struct CallIterObj {
  const Type* type;
  Value fn;  // null once finished
  Value sentinel;
};

Value callable_iter_new(Value fn, Value sentinel) {
  CallIterObj* c = static_cast<CallIterObj*>(gc::alloc(sizeof(CallIterObj)));
  c->type = &callable_iter_type;
  c->fn = fn;
  c->sentinel = sentinel;
  return from_ptr(c);
}

static Value callable_iter_next(Value self) {
  check_stack();
  CallIterObj* c = self.as<CallIterObj>();
  if (c->fn.is_null()) return Value::stop();
  NlrBuf nb;
  if (MINNOW_TRY(nb)) {
    Value v = call0(c->fn);
    nlr_pop();
    if (equal(v, c->sentinel)) {
      c->fn = Value::null();
      return Value::stop();
    }
    return v;
  }
  if (!exc_matches(nb.exc, &exc::StopIteration)) nlr_jump(nb.exc);
  c->fn = Value::null();
  return Value::stop();
}

constexpr TypeSlots callable_iter_slots = iterator_slots(callable_iter_next);
constinit const Type callable_iter_type = {
    &type_type, QSTR(callable_iterator), kTypeIterIsSelf, &callable_iter_type, &object_type,
    &callable_iter_slots, &iter_locals};

}  // namespace minnow
