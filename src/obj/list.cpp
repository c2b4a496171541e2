// list: the type, its methods and iterators, and list.sort.
//
// Invariants:
// - items[0, len) are the elements; items[len, alloc) are zero words (so
//   the conservative scan of the items block keeps nothing extra alive).
// - Any call out (equal, less, a key function, __index__, iteration) may
//   change the list, reallocating items: code re-reads len and items after
//   every such call and never holds an items pointer across one.
#include <cstring>

#include "config.h"
#include "gc/heap.h"
#include "obj/dict.h"
#include "obj/list.h"
#include "obj/tuple.h"

namespace minnow {

extern const Type list_iterator_type, list_reverseiterator_type;

namespace {

inline List* self_list(Value self) { return self.as<List>(); }

// memcpy/memmove that accept n == 0 with null pointers.
inline void copy_values(Value* dst, const Value* src, size_t n) {
  if (n) memcpy(dst, src, n * sizeof(Value));
}
inline void move_values(Value* dst, const Value* src, size_t n) {
  if (n) memmove(dst, src, n * sizeof(Value));
}

// The List inside a list or list subclass instance, or null.
List* as_list(Value v) {
  if (!v.is_obj()) return nullptr;
  const Type* t = v.obj()->type;
  if (t == &list_type) return v.as<List>();
  if (!(t->flags & kTypeHeap) || !isinstance(v, &list_type)) return nullptr;
  return native_of(v, &list_type).as<List>();
}

[[noreturn]] [[gnu::cold]] void raise_too_big() { raise_memory_error(); }

// Makes room for at least `need` items.
void reserve(List* l, size_t need) {
  if (need <= l->alloc) return;
  if (need > SIZE_MAX / sizeof(Value) / 2) raise_too_big();
  size_t want = need + (need >> 1) + 2;
  // New blocks come zeroed and the old slack is zero: the invariant holds.
  auto* items = static_cast<Value*>(gc::realloc(l->items, want * sizeof(Value)));
  l->items = items;
  l->alloc = gc::alloc_size(items) / sizeof(Value);
}

List* alloc_list(size_t n) {
  auto* l = static_cast<List*>(gc::alloc(sizeof(List)));
  l->type = &list_type;
  if (n) {
    if (n > SIZE_MAX / sizeof(Value)) raise_too_big();
    l->items = static_cast<Value*>(gc::alloc(n * sizeof(Value)));
    l->alloc = gc::alloc_size(l->items) / sizeof(Value);
  }
  return l;
}

void clear_tail(List* l, size_t from, size_t to) {
  if (to > from) memset(l->items + from, 0, (to - from) * sizeof(Value));
}

void delete_at(List* l, size_t i) {
  move_values(l->items + i, l->items + i + 1, l->len - i - 1);
  l->len--;
  l->items[l->len] = Value{0};
}

void insert_at(List* l, size_t i, Value v) {
  reserve(l, l->len + 1);
  move_values(l->items + i + 1, l->items + i, l->len - i);
  l->items[i] = v;
  l->len++;
}

Value repeat(List* l, Value count) {
  intptr n = index_intptr(count);
  size_t len = l->len;
  if (n <= 0 || len == 0) return from_ptr(alloc_list(0));
  if (static_cast<size_t>(n) > SIZE_MAX / sizeof(Value) / len) raise_too_big();
  size_t total = len * static_cast<size_t>(n);
  List* r = alloc_list(total);
  // The source may not change meanwhile: nothing below calls out.
  for (size_t k = 0; k < static_cast<size_t>(n); k++) copy_values(r->items + k * len, l->items, len);
  r->len = total;
  return from_ptr(r);
}

void repeat_inplace(List* l, Value count) {
  intptr n = index_intptr(count);
  size_t len = l->len;
  if (n <= 0 || len == 0) {
    l->items = nullptr;
    l->len = l->alloc = 0;
    return;
  }
  if (static_cast<size_t>(n) > SIZE_MAX / sizeof(Value) / len) raise_too_big();
  size_t total = len * static_cast<size_t>(n);
  reserve(l, total);
  for (size_t k = 1; k < static_cast<size_t>(n); k++) copy_values(l->items + k * len, l->items, len);
  l->len = total;
}

// Does v work as a repeat count (int, bool, or has __index__)?
bool is_index_like(Value v) {
  if (v.is_small() || is_int(v)) return true;
  return !type_lookup(type_of(v), QSTR(__index__)).is_null();
}

// A stable snapshot of an iterable's items for slice assignment: a tuple's
// own items, else a fresh list. *keep holds the object that owns them.
const Value* snapshot(Value v, size_t* n, Value* keep, bool extended) {
  if (is_tuple(v)) {
    *keep = v;
    *n = v.as<Tuple>()->len;
    return v.as<Tuple>()->items();
  }
  Value it = Value::null();
  NlrBuf nb;
  if (MINNOW_TRY(nb)) {
    it = getiter(v);
    nlr_pop();
  } else {
    if (exc_matches(nb.exc, &exc::TypeError))
      raise_type_error(extended ? "must assign iterable to extended slice" : "can only assign an iterable");
    raise(nb.exc);
  }
  List* copy = alloc_list(0);
  for (Value x = iternext(it); !x.is_stop(); x = iternext(it)) list_append(copy, x);
  *keep = from_ptr(copy);
  *n = copy->len;
  return copy->items;
}

void slice_store(List* l, Value index, Value value) {
  // Convert the value first: it may run code that changes l, and the slice
  // must be computed against the final length.
  Value keep;
  size_t m;
  bool extended = false;
  if (is_type(index, &slice_type)) {
    SliceIndices probe;
    // Cheap check of the step kind only; recomputed below.
    slice_indices(index, l->len, &probe);
    extended = probe.step != 1;
  }
  const Value* src = snapshot(value, &m, &keep, extended);
  SliceIndices si;
  slice_indices(index, l->len, &si);
  if (si.step == 1) {
    size_t start = static_cast<size_t>(si.start);
    size_t old = si.count;
    size_t len = l->len;
    if (m > old) {
      reserve(l, len + (m - old));
      move_values(l->items + start + m, l->items + start + old, len - start - old);
    } else if (m < old) {
      move_values(l->items + start + m, l->items + start + old, len - start - old);
      clear_tail(l, len - (old - m), len);
    }
    copy_values(l->items + start, src, m);
    l->len = len - old + m;
    return;
  }
  if (m != si.count)
    raise_fmt(&exc::ValueError, "attempt to assign sequence of size %z to extended slice of size %z", m,
              si.count);
  intptr pos = si.start;
  for (size_t k = 0; k < m; k++, pos += si.step) l->items[pos] = src[k];
}

void slice_delete(List* l, const SliceIndices& si) {
  if (si.count == 0) return;
  size_t len = l->len;
  if (si.step == 1) {
    size_t start = static_cast<size_t>(si.start);
    move_values(l->items + start, l->items + start + si.count, len - start - si.count);
    clear_tail(l, len - si.count, len);
    l->len = len - si.count;
    return;
  }
  // Walk the selected positions upwards, keeping everything else.
  size_t step = static_cast<size_t>(si.step > 0 ? si.step : -si.step);
  size_t first = static_cast<size_t>(si.step > 0 ? si.start : si.start + static_cast<intptr>(si.count - 1) * si.step);
  size_t next_del = first;
  size_t removed = 0;
  size_t w = first;
  for (size_t r = first; r < len; r++) {
    if (r == next_del && removed < si.count) {
      removed++;
      next_del += step;
      continue;
    }
    l->items[w++] = l->items[r];
  }
  clear_tail(l, w, len);
  l->len = w;
}

// ---------------------------------------------------------------------------
// Type slots.

Value list_make_new(const Type* /*type*/, size_t n_args, size_t n_kw, const Value* args) {
  if (n_kw) raise_type_error("list() takes no keyword arguments");
  if (n_args > 1) raise_fmt(&exc::TypeError, "list expected at most 1 argument, got %z", n_args);
  if (n_args == 0) return from_ptr(alloc_list(0));
  return list_from_iterable(args[0]);
}

void list_print(Printer* p, Value self, bool /*repr*/) {
  List* l = self_list(self);
  if (!repr_enter(self)) {
    print_cstr(p, "[...]");
    return;
  }
  print_cstr(p, "[");
  for (size_t i = 0; i < l->len; i++) {
    if (i) print_cstr(p, ", ");
    print_value(p, l->items[i], true);
  }
  print_cstr(p, "]");
  repr_leave(self);
}

Value list_unary_op(UnaryOp op, Value self) {
  List* l = self_list(self);
  switch (op) {
    case UnaryOp::Bool: return bool_(l->len != 0);
    case UnaryOp::Len: return small(static_cast<intptr>(l->len));
    default: return Value::not_impl_slot();
  }
}

Value list_binary_op(BinOp op, Value lhs, Value rhs) {
  List* a = as_list(lhs);
  if (!a) {
    // Reflected: n * list.
    List* b = as_list(rhs);
    if (b && op == BinOp::Mul) {
      if (is_index_like(lhs)) return repeat(b, lhs);
      if (!(type_of(lhs)->flags & kTypeHeap))
        raise_fmt(&exc::TypeError, "can't multiply sequence by non-int of type '%s'", type_name(lhs));
    }
    return Value::not_impl_slot();
  }
  switch (op) {
    case BinOp::Contains: {
      for (size_t i = 0; i < a->len; i++)
        if (equal(a->items[i], rhs)) return true_();
      return false_();
    }
    case BinOp::Add: {
      List* b = as_list(rhs);
      if (!b) {
        if (type_of(rhs)->flags & kTypeHeap) return Value::not_impl_slot();
        raise_fmt(&exc::TypeError, "can only concatenate list (not \"%s\") to list", type_name(rhs));
      }
      size_t na = a->len, nb = b->len;
      List* r = alloc_list(na + nb);
      copy_values(r->items, a->items, na);
      copy_values(r->items + na, b->items, nb);
      r->len = na + nb;
      return from_ptr(r);
    }
    case BinOp::IAdd:
      list_extend(a, rhs);
      return lhs;
    case BinOp::Mul:
    case BinOp::IMul:
      if (!is_index_like(rhs)) {
        if (type_of(rhs)->flags & kTypeHeap) return Value::not_impl_slot();
        raise_fmt(&exc::TypeError, "can't multiply sequence by non-int of type '%s'", type_name(rhs));
      }
      if (op == BinOp::Mul) return repeat(a, rhs);
      repeat_inplace(a, rhs);
      return lhs;
    case BinOp::Eq:
    case BinOp::Ne:
    case BinOp::Lt:
    case BinOp::Le:
    case BinOp::Gt:
    case BinOp::Ge: {
      List* b = as_list(rhs);
      if (!b) return Value::not_impl_slot();
      return seq_compare(op, &a->items, &a->len, &b->items, &b->len);
    }
    default: return Value::not_impl_slot();
  }
}

Value list_subscr(Value self, Value index, Value value) {
  List* l = self_list(self);
  if (index.is_small()) {
    intptr i = index.small();
    if (i < 0) i += static_cast<intptr>(l->len);
    if (static_cast<uintptr>(i) < l->len) {
      if (value == kSubscrLoad) return l->items[i];
      if (value == kSubscrDelete) delete_at(l, static_cast<size_t>(i));
      else l->items[i] = value;
      return none();
    }
  }
  if (value == kSubscrLoad) {
    SliceIndices si;
    if (slice_indices(index, l->len, &si)) {
      List* r = alloc_list(si.count);
      if (si.step == 1) {
        copy_values(r->items, l->items + si.start, si.count);
      } else {
        intptr pos = si.start;
        for (size_t k = 0; k < si.count; k++, pos += si.step) r->items[k] = l->items[pos];
      }
      r->len = si.count;
      return from_ptr(r);
    }
    return l->items[seq_index(index, l->len, "list")];
  }
  if (is_type(index, &slice_type)) {
    if (value == kSubscrDelete) {
      SliceIndices si;
      slice_indices(index, l->len, &si);
      slice_delete(l, si);
    } else {
      slice_store(l, index, value);
    }
    return none();
  }
  size_t i = seq_index(index, l->len, "list assignment");
  if (value == kSubscrDelete) delete_at(l, i);
  else l->items[i] = value;
  return none();
}

// ---------------------------------------------------------------------------
// Iterators.

struct ListIter {
  const Type* type;
  List* list;
  size_t pos;  // forward: next index; reverse: next index + 1
};


Value list_iter_next(Value self) {
  auto* it = self.as<ListIter>();
  List* l = it->list;
  if (it->pos < l->len) return l->items[it->pos++];
  return Value::stop();
}

Value list_rev_iter_next(Value self) {
  auto* it = self.as<ListIter>();
  List* l = it->list;
  if (it->pos > 0 && it->pos <= l->len) return l->items[--it->pos];
  it->pos = 0;
  return Value::stop();
}

Value new_iter(List* l, bool reverse) {
  auto* it = static_cast<ListIter*>(gc::alloc(sizeof(ListIter)));
  it->type = reverse ? &list_reverseiterator_type : &list_iterator_type;
  it->list = l;
  it->pos = reverse ? l->len : 0;
  return from_ptr(it);
}

Value list_getiter(Value self) { return new_iter(self_list(self), false); }

// ---------------------------------------------------------------------------
// Sorting: a natural merge sort (runs found in the input, short ones
// extended by binary insertion, merged under timsort's stack rules), so
// sorted and nearly sorted input is cheap and few comparisons are made.
//
// The items are sorted in a detached array while the list is empty; keys
// (if any) are moved in step with them. A comparison may raise: until then
// the arrays always hold a permutation, except inside a merge, whose state
// is kept in the heap-allocated SortState so the handler can put the
// parked half back.

struct SortState {
  Value* keys;
  Value* vals;   // == keys when there is no key function
  Value* tmp_keys;  // room for the smaller half of a merge, grown on
  Value* tmp_vals;  // demand (nearly sorted input needs little)
  size_t tmp_cap;
  size_t n;
  // Merge in progress: 0 none, 1 low (left half parked in tmp), 2 high.
  size_t mode;
  size_t i, j, dest;  // see fix_merge()
  size_t lo;
};

// Puts the parked half of an interrupted merge back into the gap.
void fix_merge(SortState* s, bool has_vals) {
  if (s->mode == 1) {
    // tmp[i, nl) fills keys[dest, dest + nl - i).
    size_t n = s->j - s->dest;
    copy_values(s->keys + s->dest, s->tmp_keys + s->i, n);
    if (has_vals) copy_values(s->vals + s->dest, s->tmp_vals + s->i, n);
  } else if (s->mode == 2) {
    // tmp[0, j] fills keys[dest - j, dest].
    size_t n = s->j + 1;
    copy_values(s->keys + s->dest + 1 - n, s->tmp_keys, n);
    if (has_vals) copy_values(s->vals + s->dest + 1 - n, s->tmp_vals, n);
  }
  s->mode = 0;
}

// Sorters specialised for all-int and all-str keys: faster, but each
// costs a few KB of flash (cfg::fast_sort: full builds only).
inline constexpr bool kSortSpecialised = cfg::fast_sort;

// Comparators: lt(a, b) is a < b. can_raise says whether merge state must
// be recorded before each comparison.
struct IntLess {
  static constexpr bool can_raise = false;
  // Small ints order like their tagged words.
  bool operator()(Value a, Value b) const { return static_cast<intptr>(a.bits) < static_cast<intptr>(b.bits); }
};

inline int str_cmp(const Str* a, const Str* b) {
  size_t n = a->len < b->len ? a->len : b->len;
  int c = memcmp(a->data(), b->data(), n);
  if (c) return c;
  return a->len < b->len ? -1 : a->len > b->len ? 1 : 0;
}

struct StrLess {
  static constexpr bool can_raise = false;
  bool operator()(Value a, Value b) const { return str_cmp(a.as<Str>(), b.as<Str>()) < 0; }
};

// Equality that skips the generic path for ints and strs.
inline bool fast_equal(Value a, Value b) {
  if (a == b) return true;
  if (a.is_small() && b.is_small()) return false;
  if (is_str(a) && is_str(b)) return str_cmp(a.as<Str>(), b.as<Str>()) == 0;
  return equal(a, b);
}

bool any_less(Value a, Value b);

// Lexicographic tuple order with the int/str shortcuts on the items.
bool tuple_less(const Tuple* a, const Tuple* b) {
  size_t n = a->len < b->len ? a->len : b->len;
  for (size_t i = 0; i < n; i++) {
    Value x = a->items()[i], y = b->items()[i];
    if (!fast_equal(x, y)) return any_less(x, y);
  }
  return a->len < b->len;
}

bool any_less(Value a, Value b) {
  if (a.is_small() && b.is_small()) return a.small() < b.small();
  if (is_str(a) && is_str(b)) return str_cmp(a.as<Str>(), b.as<Str>()) < 0;
  if (is_tuple(a) && is_tuple(b)) {
    check_stack();
    return tuple_less(a.as<Tuple>(), b.as<Tuple>());
  }
  return less(a, b);
}

struct AnyLess {
  static constexpr bool can_raise = true;
  bool operator()(Value a, Value b) const { return any_less(a, b); }
};

// The general comparison with the direction chosen at run time (one
// sorter instead of two, for minimal builds).
struct AnyLessDir {
  [[maybe_unused]] static constexpr bool can_raise = true;
  bool reverse;
  bool operator()(Value a, Value b) const { return reverse ? any_less(b, a) : any_less(a, b); }
};

template <class Less>
struct Reversed {
  static constexpr bool can_raise = Less::can_raise;
  Less lt;
  bool operator()(Value a, Value b) const { return lt(b, a); }
};

// HasVals: values (a key function's items) move with the keys. With
// RuntimeVals that is decided at run time instead (s->vals != s->keys): one
// sorter for both cases, for the builds without the specialised sorters.
template <class Less, bool HasVals, bool RuntimeVals = false>
struct Sorter {
  SortState* s;
  Less lt;

  bool has_vals() const {
    if constexpr (RuntimeVals) return s->vals != s->keys;
    return HasVals;
  }

  void swap_ranges_reverse(size_t lo, size_t hi) {
    for (size_t a = lo, b = hi - 1; a < b; a++, b--) {
      Value t = s->keys[a];
      s->keys[a] = s->keys[b];
      s->keys[b] = t;
      if (has_vals()) {
        t = s->vals[a];
        s->vals[a] = s->vals[b];
        s->vals[b] = t;
      }
    }
  }

  // Sorts [lo, hi) given that [lo, start) is sorted.
  void binary_insertion(size_t lo, size_t start, size_t hi) {
    Value* k = s->keys;
    for (size_t i = start; i < hi; i++) {
      Value key = k[i];
      size_t l = lo, r = i;
      // First position whose item is greater than key (keeps stability).
      while (l < r) {
        size_t mid = l + (r - l) / 2;
        if (lt(key, k[mid])) r = mid;
        else l = mid + 1;
      }
      if (l == i) continue;
      move_values(k + l + 1, k + l, i - l);
      k[l] = key;
      if (has_vals()) {
        Value v = s->vals[i];
        move_values(s->vals + l + 1, s->vals + l, i - l);
        s->vals[l] = v;
      }
    }
  }

  // Length of the run starting at lo; a strictly descending run is
  // reversed in place so that every run ends up ascending.
  size_t count_run(size_t lo, size_t hi) {
    size_t i = lo + 1;
    if (i == hi) return 1;
    if (lt(s->keys[i], s->keys[lo])) {
      while (i + 1 < hi && lt(s->keys[i + 1], s->keys[i])) i++;
      swap_ranges_reverse(lo, i + 1);
    } else {
      while (i + 1 < hi && !lt(s->keys[i + 1], s->keys[i])) i++;
    }
    return i + 1 - lo;
  }

  // First index in [lo, hi) whose key is greater than x.
  size_t upper_bound(size_t lo, size_t hi, Value x) {
    while (lo < hi) {
      size_t mid = lo + (hi - lo) / 2;
      if (lt(x, s->keys[mid])) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }
  // First index in [lo, hi) whose key is not less than x.
  size_t lower_bound(size_t lo, size_t hi, Value x) {
    while (lo < hi) {
      size_t mid = lo + (hi - lo) / 2;
      if (lt(s->keys[mid], x)) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  // Makes the merge buffers hold at least need items. No merge is in
  // progress, so a MemoryError here leaves a permutation.
  void reserve_tmp(size_t need) {
    if (need <= s->tmp_cap) return;
    size_t cap = s->tmp_cap * 2;
    if (cap < need) cap = need;
    if (cap > s->n / 2 + 1) cap = s->n / 2 + 1;
    Value* old_k = s->tmp_keys;
    Value* old_v = s->tmp_vals;
    s->tmp_keys = static_cast<Value*>(gc::alloc(cap * sizeof(Value)));
    s->tmp_vals = has_vals() ? static_cast<Value*>(gc::alloc(cap * sizeof(Value))) : s->tmp_keys;
    s->tmp_cap = cap;
    gc::free(old_k);
    if (has_vals()) gc::free(old_v);
  }

  void record(size_t i, size_t j, size_t dest) {
    if constexpr (Less::can_raise) {
      s->i = i;
      s->j = j;
      s->dest = dest;
    }
  }

  // Merges the sorted runs [lo, mid) and [mid, hi).
  void merge(size_t lo, size_t mid, size_t hi) {
    // Items already in their final place at either end need no work.
    lo = upper_bound(lo, mid, s->keys[mid]);
    if (lo == mid) return;
    hi = lower_bound(mid, hi, s->keys[mid - 1]);
    size_t nl = mid - lo, nr = hi - mid;
    reserve_tmp(nl < nr ? nl : nr);
    Value* k = s->keys;
    Value* v = s->vals;
    Value* tk = s->tmp_keys;
    Value* tv = s->tmp_vals;
    if (nl <= nr) {
      copy_values(tk, k + lo, nl);
      if (has_vals()) copy_values(tv, v + lo, nl);
      size_t i = 0, j = mid, dest = lo;
      s->mode = 1;
      while (i < nl && j < hi) {
        record(i, j, dest);
        if (lt(k[j], tk[i])) {
          if (has_vals()) v[dest] = v[j];
          k[dest++] = k[j++];
        } else {
          if (has_vals()) v[dest] = tv[i];
          k[dest++] = tk[i++];
        }
      }
      s->mode = 0;
      copy_values(k + dest, tk + i, nl - i);
      if (has_vals()) copy_values(v + dest, tv + i, nl - i);
    } else {
      copy_values(tk, k + mid, nr);
      if (has_vals()) copy_values(tv, v + mid, nr);
      // i: next left item (index + 1), j: next tmp item (index + 1).
      size_t i = mid, j = nr, dest = hi;
      s->mode = 2;
      while (i > lo && j > 0) {
        record(j - 1, j - 1, dest - 1);
        if (lt(tk[j - 1], k[i - 1])) {
          if (has_vals()) v[dest - 1] = v[i - 1];
          k[--dest] = k[--i];
        } else {
          if (has_vals()) v[dest - 1] = tv[j - 1];
          k[--dest] = tk[--j];
        }
      }
      s->mode = 0;
      copy_values(k + lo, tk, j);
      if (has_vals()) copy_values(v + lo, tv, j);
    }
  }

  void sort(size_t n) {
    if (n < 2) return;
    if (n < 64) {
      size_t r = count_run(0, n);
      binary_insertion(0, r, n);
      return;
    }
    // minrun in [32, 64): n / minrun is close to, but not above, a power
    // of two, which keeps the merges balanced.
    size_t minrun = n, extra = 0;
    while (minrun >= 64) {
      extra |= minrun & 1;
      minrun >>= 1;
    }
    minrun += extra;

    struct Run {
      size_t start, len;
    };
    Run stack[90];  // run lengths grow at least like Fibonacci numbers
    size_t top = 0;
    size_t lo = 0;
    while (lo < n) {
      // Between runs and merges the arrays hold a permutation: a safe
      // point for Ctrl-C (the handler in list_sort puts the items back).
      check_interrupt();
      size_t r = count_run(lo, n);
      if (r < minrun) {
        size_t force = n - lo < minrun ? n - lo : minrun;
        binary_insertion(lo, lo + r, lo + force);
        r = force;
      }
      stack[top++] = {lo, r};
      lo += r;
      // Keep the stack's run lengths decreasing fast (timsort's rules).
      while (top > 1) {
        size_t nn = top - 1;  // index of the newest run
        size_t at;
        if ((nn >= 2 && stack[nn - 2].len <= stack[nn - 1].len + stack[nn].len) ||
            (nn >= 3 && stack[nn - 3].len <= stack[nn - 2].len + stack[nn - 1].len)) {
          at = stack[nn - 2].len < stack[nn].len ? nn - 2 : nn - 1;
        } else if (stack[nn - 1].len <= stack[nn].len) {
          at = nn - 1;
        } else {
          break;
        }
        check_interrupt();
        merge_at(stack, at, top);
        top--;
      }
    }
    while (top > 1) {
      size_t at = top >= 3 && stack[top - 3].len < stack[top - 1].len ? top - 3 : top - 2;
      check_interrupt();
      merge_at(stack, at, top);
      top--;
    }
  }

  template <class Run>
  void merge_at(Run* stack, size_t at, size_t top) {
    Run& a = stack[at];
    Run& b = stack[at + 1];
    merge(a.start, b.start, b.start + b.len);
    a.len += b.len;
    for (size_t i = at + 1; i + 1 < top; i++) stack[i] = stack[i + 1];
  }
};

template <class Less>
void sort_with(SortState* s, size_t n, bool has_vals, bool reverse) {
  if (reverse) {
    if (has_vals) Sorter<Reversed<Less>, true>{s, {}}.sort(n);
    else Sorter<Reversed<Less>, false>{s, {}}.sort(n);
  } else {
    if (has_vals) Sorter<Less, true>{s, {}}.sort(n);
    else Sorter<Less, false>{s, {}}.sort(n);
  }
}

// ---------------------------------------------------------------------------
// Methods.

Value list_append_m(Value self, Value x) {
  list_append(self_list(self), x);
  return none();
}

Value list_extend_m(Value self, Value it) {
  list_extend(self_list(self), it);
  return none();
}

Value list_insert_m(Value self, Value index, Value x) {
  intptr i = index_intptr(index);
  List* l = self_list(self);
  intptr n = static_cast<intptr>(l->len);
  if (i < 0) {
    i += n;
    if (i < 0) i = 0;
  } else if (i > n) {
    i = n;
  }
  insert_at(l, static_cast<size_t>(i), x);
  return none();
}

Value list_remove_m(Value self, Value x) {
  List* l = self_list(self);
  for (size_t i = 0; i < l->len; i++) {
    Value item = l->items[i];
    if (equal(item, x)) {
      // equal() may have changed the list: remove only if still in range.
      if (i < l->len) delete_at(l, i);
      return none();
    }
  }
  raise_value_error("list.remove(x): x not in list");
}

Value list_pop_m(size_t n_args, const Value* args) {
  List* l = self_list(args[0]);
  intptr i = n_args > 1 ? index_intptr(args[1]) : -1;
  if (l->len == 0) raise_index_error("pop from empty list");
  if (i < 0) i += static_cast<intptr>(l->len);
  if (i < 0 || static_cast<size_t>(i) >= l->len) raise_index_error("pop index out of range");
  Value v = l->items[i];
  delete_at(l, static_cast<size_t>(i));
  return v;
}

// Clamps a start/stop argument of index() like a slice bound.
size_t clamp_bound(Value v, size_t len) {
  intptr i = index_intptr(v);
  if (i < 0) {
    i += static_cast<intptr>(len);
    if (i < 0) i = 0;
  }
  return static_cast<size_t>(i) > len ? len : static_cast<size_t>(i);
}

Value list_index_m(size_t n_args, const Value* args) {
  List* l = self_list(args[0]);
  Value x = args[1];
  size_t start = n_args > 2 ? clamp_bound(args[2], l->len) : 0;
  size_t stop = n_args > 3 ? clamp_bound(args[3], l->len) : SIZE_MAX;
  for (size_t i = start; i < stop && i < l->len; i++)
    if (equal(l->items[i], x)) return small(static_cast<intptr>(i));
  raise_fmt(&exc::ValueError, "%r is not in list", x);
}

Value list_count_m(Value self, Value x) {
  List* l = self_list(self);
  intptr n = 0;
  for (size_t i = 0; i < l->len; i++)
    if (equal(l->items[i], x)) n++;
  return small(n);
}

Value list_reverse_m(Value self) {
  List* l = self_list(self);
  if (l->len < 2) return none();
  for (size_t a = 0, b = l->len - 1; a < b; a++, b--) {
    Value t = l->items[a];
    l->items[a] = l->items[b];
    l->items[b] = t;
  }
  return none();
}

Value list_sort_m(size_t n_args, size_t n_kw, const Value* args) {
  if (n_args != 1) raise_type_error("sort() takes no positional arguments");
  static const Str* const names[] = {QSTR(key), QSTR(reverse)};
  Value opt[2];
  parse_args(QSTR(sort), 0, n_kw, args + 1, names, 2, 0, opt);
  bool reverse = !opt[1].is_null() && truthy(opt[1]);
  list_sort(self_list(args[0]), opt[0], reverse);
  return none();
}

Value list_copy_m(Value self) {
  List* l = self_list(self);
  return list_from_items(l->len, l->items);
}

Value list_clear_m(Value self) {
  List* l = self_list(self);
  l->items = nullptr;
  l->len = l->alloc = 0;
  return none();
}

Value list_init_m(size_t n_args, const Value* args) {
  List* l = self_list(args[0]);
  l->items = nullptr;
  l->len = l->alloc = 0;
  if (n_args > 1) list_extend(l, args[1]);
  return none();
}

Value list_reversed_m(Value self) { return new_iter(self_list(self), true); }
Value list_getitem_m(Value self, Value i) { return list_subscr(self, i, kSubscrLoad); }
Value list_setitem_m(Value self, Value i, Value v) { return list_subscr(self, i, v); }
Value list_delitem_m(Value self, Value i) { return list_subscr(self, i, kSubscrDelete); }
Value list_len_m(Value self) { return small(static_cast<intptr>(self_list(self)->len)); }
Value list_contains_m(Value self, Value x) { return list_binary_op(BinOp::Contains, self, x); }

constexpr BuiltinFn list_append_fn = make_fn2(QSTR(append), list_append_m);
constexpr BuiltinFn list_extend_fn = make_fn2(QSTR(extend), list_extend_m);
constexpr BuiltinFn list_insert_fn = make_fn3(QSTR(insert), list_insert_m);
constexpr BuiltinFn list_remove_fn = make_fn2(QSTR(remove), list_remove_m);
constexpr BuiltinFn list_pop_fn = make_fn_var(QSTR(pop), 1, 2, list_pop_m);
constexpr BuiltinFn list_index_fn = make_fn_var(QSTR(index), 2, 4, list_index_m);
constexpr BuiltinFn list_count_fn = make_fn2(QSTR(count), list_count_m);
constexpr BuiltinFn list_reverse_fn = make_fn1(QSTR(reverse), list_reverse_m);
constexpr BuiltinFn list_sort_fn = make_fn_kw(QSTR(sort), list_sort_m);
constexpr BuiltinFn list_copy_fn = make_fn1(QSTR(copy), list_copy_m);
constexpr BuiltinFn list_clear_fn = make_fn1(QSTR(clear), list_clear_m);
constexpr BuiltinFn list_init_fn = make_fn_var(QSTR(__init__), 1, 2, list_init_m);
constexpr BuiltinFn list_reversed_fn = make_fn1(QSTR(__reversed__), list_reversed_m);
constexpr BuiltinFn list_getitem_fn = make_fn2(QSTR(__getitem__), list_getitem_m);
constexpr BuiltinFn list_setitem_fn = make_fn3(QSTR(__setitem__), list_setitem_m);
constexpr BuiltinFn list_delitem_fn = make_fn2(QSTR(__delitem__), list_delitem_m);
constexpr BuiltinFn list_len_fn = make_fn1(QSTR(__len__), list_len_m);
constexpr BuiltinFn list_contains_fn = make_fn2(QSTR(__contains__), list_contains_m);
constexpr BuiltinFn list_iter_fn = make_fn1(QSTR(__iter__), list_getiter);

constexpr MethodEntry list_locals_entries[] = {
    entry(QSTR(__contains__), &list_contains_fn),
    entry(QSTR(__delitem__), &list_delitem_fn),
    entry(QSTR(__getitem__), &list_getitem_fn),
    entry(QSTR(__init__), &list_init_fn),
    entry(QSTR(__iter__), &list_iter_fn),
    entry(QSTR(__len__), &list_len_fn),
    entry(QSTR(__reversed__), &list_reversed_fn),
    entry(QSTR(__setitem__), &list_setitem_fn),
    entry(QSTR(append), &list_append_fn),
    entry(QSTR(clear), &list_clear_fn),
    entry(QSTR(copy), &list_copy_fn),
    entry(QSTR(count), &list_count_fn),
    entry(QSTR(extend), &list_extend_fn),
    entry(QSTR(index), &list_index_fn),
    entry(QSTR(insert), &list_insert_fn),
    entry(QSTR(pop), &list_pop_fn),
    entry(QSTR(remove), &list_remove_fn),
    entry(QSTR(reverse), &list_reverse_fn),
    entry(QSTR(sort), &list_sort_fn),
};
constexpr Table list_locals = make_table(list_locals_entries);

}  // namespace

constexpr TypeSlots list_slots = {
    list_make_new, list_print, nullptr, list_unary_op, list_binary_op,
    nullptr, nullptr, list_subscr, list_getiter, nullptr, nullptr};
constinit const Type list_type = {
    &type_type, QSTR(list), kTypeBaseOK | kTypeInitFills, &list_type, &object_type, &list_slots, &list_locals};

constexpr TypeSlots list_iterator_slots = iterator_slots(list_iter_next);
constinit const Type list_iterator_type = {
    &type_type, QSTR(list_iterator), kTypeIterIsSelf, &list_iterator_type, &object_type, &list_iterator_slots,
    nullptr};

constexpr TypeSlots list_reverseiterator_slots = iterator_slots(list_rev_iter_next);
constinit const Type list_reverseiterator_type = {
    &type_type, QSTR(list_reverseiterator), kTypeIterIsSelf, &list_reverseiterator_type, &object_type,
    &list_reverseiterator_slots, nullptr};

// ---------------------------------------------------------------------------
// The C API of list.h.

List* list_new(size_t n) {
  List* l = alloc_list(n);
  for (size_t i = 0; i < n; i++) l->items[i] = none();
  l->len = n;
  return l;
}

Value list_from_items(size_t n, const Value* items) {
  List* l = alloc_list(n);
  if (n) copy_values(l->items, items, n);
  l->len = n;
  return from_ptr(l);
}

Value list_from_iterable(Value iterable) {
  if (is_tuple(iterable)) {
    const Tuple* t = iterable.as<Tuple>();
    return list_from_items(t->len, t->items());
  }
  if (is_list(iterable)) {
    const List* src = iterable.as<List>();
    return list_from_items(src->len, src->items);
  }
  List* l = alloc_list(0);
  list_extend(l, iterable);
  return from_ptr(l);
}

void list_append(List* l, Value v) {
  if (l->len == l->alloc) reserve(l, l->len + 1);
  l->items[l->len++] = v;
}

void list_extend(List* l, Value iterable) {
  const Value* src = nullptr;
  size_t n = 0;
  if (is_tuple(iterable)) {
    src = iterable.as<Tuple>()->items();
    n = iterable.as<Tuple>()->len;
  } else if (is_list(iterable)) {
    List* o = iterable.as<List>();
    n = o->len;
    reserve(l, l->len + n);
    // Re-read o->items after reserve: o may be l itself.
    copy_values(l->items + l->len, o->items, n);
    l->len += n;
    return;
  }
  if (src) {
    reserve(l, l->len + n);
    copy_values(l->items + l->len, src, n);
    l->len += n;
    return;
  }
  Value it = getiter(iterable);
  for (Value x = iternext(it); !x.is_stop(); x = iternext(it)) list_append(l, x);
}

void list_sort(List* l, Value key, bool reverse) {
  size_t n = l->len;
  if (n < 2 && (key.is_null() || is_none(key))) return;
  auto* s = static_cast<SortState*>(gc::alloc(sizeof(SortState)));
  Value* items = l->items;
  size_t alloc = l->alloc;
  bool has_key = !key.is_null() && !is_none(key);
  s->vals = items;
  s->keys = items;
  // Detach the items: the list looks empty to any code run while sorting.
  l->items = nullptr;
  l->len = l->alloc = 0;

  NlrBuf nb;
  if (MINNOW_TRY(nb)) {
    if (has_key) {
      s->keys = static_cast<Value*>(gc::alloc(n * sizeof(Value)));
      for (size_t i = 0; i < n; i++) {
        if ((i & 1023) == 0) check_interrupt();  // a builtin key makes no VM call
        s->keys[i] = call1(key, items[i]);
      }
    }
    s->n = n;
    // Pick the cheapest comparison that is exact for every key (small
    // builds keep one general sorter to save flash).
    bool all_int = kSortSpecialised, all_str = kSortSpecialised;
    for (size_t i = 0; i < n && (all_int || all_str); i++) {
      Value k = s->keys[i];
      all_int = all_int && k.is_small();
      all_str = all_str && is_str(k);
    }
    if constexpr (kSortSpecialised) {
      if (all_int) sort_with<IntLess>(s, n, has_key, reverse);
      else if (all_str) sort_with<StrLess>(s, n, has_key, reverse);
      else sort_with<AnyLess>(s, n, has_key, reverse);
    } else {
      Sorter<AnyLessDir, true, true>{s, {reverse}}.sort(n);
    }
    nlr_pop();
  } else {
    fix_merge(s, has_key);
    l->items = items;
    l->len = n;
    l->alloc = alloc;
    raise(nb.exc);
  }
  bool modified = l->items != nullptr || l->len != 0;
  l->items = items;
  l->len = n;
  l->alloc = alloc;
  if (modified) raise_value_error("list modified during sort");
}

}  // namespace minnow
