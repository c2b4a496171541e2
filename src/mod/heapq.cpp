// The heapq module: a binary min-heap kept in a list (heap[k] <= heap[2k+1]
// and heap[k] <= heap[2k+2]), ordered with `<`. MicroPython's heappush,
// heappop and heapify at every level; heapreplace, heappushpop, nsmallest
// and nlargest only with MINNOW_CPYTHON_EXTRA.
//
// Comparisons run Python code that may change the list, so every step
// re-reads the list's length and items and fails with IndexError/
// RuntimeError instead of touching memory it no longer owns.
#include "config.h"
#include "obj/list.h"
#include "vm/state.h"

namespace minnow {

namespace {

List* heap_arg(Value v) {
  if (!is_list(v)) raise_type_error("heap argument must be a list");
  return v.as<List>();
}

[[noreturn]] [[gnu::cold]] void raise_changed() { raise_msg(&exc::RuntimeError, "list changed size during iteration"); }

// Moves the item at pos up towards the root (start) until its parent is not
// greater.
void rise(List* h, size_t start, size_t pos) {
  size_t n = h->len;
  Value item = h->items[pos];
  while (pos > start) {
    size_t parent = (pos - 1) / 2;
    Value p = h->items[parent];
    bool lt = less(item, p);
    if (h->len != n) raise_changed();
    if (!lt) break;
    h->items[pos] = p;
    pos = parent;
  }
  h->items[pos] = item;
}

// Moves the item at pos down to a leaf along the smaller children, then up
// to its place (fewer comparisons than stopping early on average).
void sink(List* h, size_t pos) {
  size_t end = h->len;
  size_t start = pos;
  Value item = h->items[pos];
  size_t child = 2 * pos + 1;
  while (child < end) {
    size_t right = child + 1;
    if (right < end) {
      bool lt = less(h->items[child], h->items[right]);
      if (h->len != end) raise_changed();
      if (!lt) child = right;
    }
    h->items[pos] = h->items[child];
    pos = child;
    child = 2 * pos + 1;
  }
  h->items[pos] = item;
  rise(h, start, pos);
}

Value heapq_heappush(Value heap, Value item) {
  List* h = heap_arg(heap);
  list_append(h, item);
  rise(h, 0, h->len - 1);
  return none();
}

Value pop_last(List* h) {
  if (h->len == 0) raise_index_error("index out of range");
  Value last = h->items[--h->len];
  h->items[h->len] = Value{0};
  return last;
}

Value heapq_heappop(Value heap) {
  List* h = heap_arg(heap);
  Value last = pop_last(h);
  if (h->len == 0) return last;
  Value top = h->items[0];
  h->items[0] = last;
  sink(h, 0);
  return top;
}

#if MINNOW_CPYTHON_EXTRA
// Pops the smallest, then pushes item.
Value heapq_heapreplace(Value heap, Value item) {
  List* h = heap_arg(heap);
  if (h->len == 0) raise_index_error("index out of range");
  Value top = h->items[0];
  h->items[0] = item;
  sink(h, 0);
  return top;
}

// Pushes item, then pops the smallest (faster than the two calls).
Value heapq_heappushpop(Value heap, Value item) {
  List* h = heap_arg(heap);
  if (h->len == 0) return item;
  Value top = h->items[0];
  bool lt = less(top, item);
  if (h->len == 0) raise_index_error("index out of range");
  if (!lt) return item;
  top = h->items[0];
  h->items[0] = item;
  sink(h, 0);
  return top;
}
#endif

Value heapq_heapify(Value heap) {
  List* h = heap_arg(heap);
  for (size_t i = h->len / 2; i-- > 0;) {
    if (i >= h->len) raise_changed();
    sink(h, i);
  }
  return none();
}

#if MINNOW_CPYTHON_EXTRA
// nsmallest/nlargest(n, iterable, key=None): sorted(iterable, key=key,
// reverse=largest)[:n], keeping the sort stable like CPython's results.
Value n_best(const Str* name, bool largest, size_t n_args, size_t n_kw, const Value* args) {
  static constexpr const Str* names[] = {QSTR(n), QSTR(iterable), QSTR(key)};
  Value a[3];
  parse_args(name, n_args, n_kw, args, names, 3, 2, a);
  intptr n = index_intptr(a[0]);
  List* l = list_from_iterable(a[1]).as<List>();
  if (n <= 0) return from_ptr(list_new(0));
  Value key = a[2].is_null() || is_none(a[2]) ? Value::null() : a[2];
  list_sort(l, key, largest);
  if (static_cast<size_t>(n) < l->len) {
    for (size_t i = static_cast<size_t>(n); i < l->len; i++) l->items[i] = Value{0};
    l->len = static_cast<size_t>(n);
  }
  return from_ptr(l);
}

Value heapq_nsmallest(size_t n_args, size_t n_kw, const Value* args) {
  return n_best(QSTR(nsmallest), false, n_args, n_kw, args);
}
Value heapq_nlargest(size_t n_args, size_t n_kw, const Value* args) {
  return n_best(QSTR(nlargest), true, n_args, n_kw, args);
}
#endif

constexpr BuiltinFn heapq_heappush_fn = make_fn2(QSTR(heappush), heapq_heappush);
constexpr BuiltinFn heapq_heappop_fn = make_fn1(QSTR(heappop), heapq_heappop);
constexpr BuiltinFn heapq_heapify_fn = make_fn1(QSTR(heapify), heapq_heapify);
#if MINNOW_CPYTHON_EXTRA
constexpr BuiltinFn heapq_heapreplace_fn = make_fn2(QSTR(heapreplace), heapq_heapreplace);
constexpr BuiltinFn heapq_heappushpop_fn = make_fn2(QSTR(heappushpop), heapq_heappushpop);
constexpr BuiltinFn heapq_nsmallest_fn = make_fn_kw(QSTR(nsmallest), heapq_nsmallest);
constexpr BuiltinFn heapq_nlargest_fn = make_fn_kw(QSTR(nlargest), heapq_nlargest);
#endif

constexpr MethodEntry heapq_globals_entries[] = {
    entry(QSTR(__name__), QSTR(heapq)),
    entry(QSTR(heapify), &heapq_heapify_fn),
    entry(QSTR(heappop), &heapq_heappop_fn),
    entry(QSTR(heappush), &heapq_heappush_fn),
#if MINNOW_CPYTHON_EXTRA
    entry(QSTR(heappushpop), &heapq_heappushpop_fn),
    entry(QSTR(heapreplace), &heapq_heapreplace_fn),
    entry(QSTR(nlargest), &heapq_nlargest_fn),
    entry(QSTR(nsmallest), &heapq_nsmallest_fn),
#endif
};
constexpr Table heapq_globals = make_table(heapq_globals_entries);

}  // namespace

constinit const BuiltinModule heapq_module = {QSTR(heapq), &heapq_globals, nullptr};

}  // namespace minnow
