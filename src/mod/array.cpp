// The array module: array.array, a compact growable array of C numbers.
//
// Items live in an ItemBuf (see obj/bytes.h) in native byte order, so the
// buffer protocol hands them out as they are (memoryview(a).format is the
// typecode). Every value is converted with item_encode before the storage
// is touched: conversion may run Python code that changes the array.
//
// MicroPython's arrays have append and extend besides the operators and the
// buffer protocol; CPython's other methods (insert, pop, remove, index,
// count, reverse, byteswap, tobytes, frombytes, tolist, fromlist), the
// special methods for explicit calls and the typecode and itemsize
// attributes are full level only (MINNOW_CPYTHON_EXTRA).
#include <cstring>

#include "gc/heap.h"
#include "obj/bytes.h"
#include "obj/list.h"
#include "obj/str.h"
#include "obj/tuple.h"
#include "vm/state.h"

namespace minnow {

namespace {

struct Array {
  const Type* type;  // &array_type
  ItemBuf buf;
  char typecode;
  uint8_t itemsize;
};

extern const Type array_type, array_iterator_type;

constexpr const char kTypecodes[] = "bBhHiIlLqQfd";

inline Array* self_arr(Value v) { return v.as<Array>(); }
inline bool is_array(Value v) { return isinstance(v, &array_type); }
inline Array* as_array(Value v) { return native_of(v, &array_type).as<Array>(); }

Array* alloc_array(char tc) {
  auto* a = static_cast<Array*>(gc::alloc(sizeof(Array)));
  a->type = &array_type;
  a->typecode = tc;
  a->itemsize = static_cast<uint8_t>(native_item_size(tc));
  return a;
}

Array* array_of(char tc, const uint8_t* p, size_t n) {
  Array* a = alloc_array(tc);
  itembuf_insert(&a->buf, 0, p, n, a->itemsize);
  return a;
}

inline Value load(const Array* a, size_t i) {
  return item_load(a->typecode, a->buf.data + i * a->itemsize, a->itemsize, kHostBigEndian);
}

[[noreturn]] [[gnu::cold]] void raise_item_error(const ItemBits& ib, char tc, Value v) {
  if (ib.err == ItemError::NotInt)
    raise_fmt(&exc::TypeError, "'%s' object cannot be interpreted as an integer", type_name(v));
  if (ib.err == ItemError::NotFloat) raise_fmt(&exc::TypeError, "must be real number, not %s", type_name(v));
  // CPython converts b and H through a wider C type first, whose message
  // wins for values beyond it.
  const char* name = nullptr;
  int64_t x = static_cast<int64_t>(ib.bits);
  switch (tc) {
    case 'b': name = x < -32768 || x > 32767 ? "signed short integer" : "signed char"; break;
    case 'B': name = "unsigned byte integer"; break;
    case 'h': name = "signed short integer"; break;
    case 'H': name = x < INT32_MIN || x > INT32_MAX ? "signed integer" : "unsigned short"; break;
    case 'i': name = "signed integer"; break;
    case 'I':
      if (ib.neg) raise_overflow_error("can't convert negative value to unsigned int");
      if (ib.wide) raise_overflow_error("Python int too large to convert to C unsigned long");
      raise_overflow_error("unsigned int is greater than maximum");
    case 'L':
      if (ib.neg) raise_overflow_error("can't convert negative value to unsigned int");
      raise_overflow_error("Python int too large to convert to C unsigned long");
    case 'q': raise_overflow_error("int too big to convert");
    case 'Q':
      if (ib.neg) raise_overflow_error("can't convert negative int to unsigned");
      raise_overflow_error("int too big to convert");
    default: break;
  }
  if (!name || ib.wide) raise_overflow_error("Python int too large to convert to C long");
  raise_fmt(&exc::OverflowError, "%s is %s than %s", name, ib.neg ? "less" : "greater", ib.neg ? "minimum" : "maximum");
}

// v converted to a's item bits, written to out (itemsize bytes).
void encode(const Array* a, Value v, uint8_t* out) {
  ItemBits ib = item_encode(a->typecode, a->itemsize, v, true);
  if (ib.err != ItemError::Ok) raise_item_error(ib, a->typecode, v);
  item_write(out, a->itemsize, kHostBigEndian, ib.bits);
}

void append_value(Array* a, Value v) {
  uint8_t tmp[8];
  encode(a, v, tmp);
  itembuf_insert(&a->buf, a->buf.len, tmp, 1, a->itemsize);
}

void extend_iterable(Array* a, Value iterable) {
  if (is_array(iterable)) {
    Array* b = as_array(iterable);
    if (b->typecode != a->typecode) raise_type_error("can only extend with array of same kind");
    itembuf_insert(&a->buf, a->buf.len, b->buf.data, b->buf.len, a->itemsize);
    return;
  }
  Value it = getiter(iterable);
  for (Value x = iternext(it); !x.is_stop(); x = iternext(it)) append_value(a, x);
}

void frombytes(Array* a, Value src) {
  ByteSpan s = bytes_like_arg(src);
  if (s.n % a->itemsize) raise_value_error("bytes length not a multiple of item size");
  itembuf_insert(&a->buf, a->buf.len, s.p, s.n / a->itemsize, a->itemsize);
}

#if MINNOW_CPYTHON_EXTRA
// An index like list.insert's: clamped into [0, len].
size_t clamp_index(intptr i, size_t len) {
  intptr n = static_cast<intptr>(len);
  if (i < 0) {
    i += n;
    if (i < 0) i = 0;
  } else if (i > n) {
    i = n;
  }
  return static_cast<size_t>(i);
}
#endif

// The position of an int index, or IndexError(msg).
size_t item_pos(const Array* a, Value index, const char* msg) {
  Value iv = index.is_small() ? index : index_value(index);
  intptr i = iv.is_small() ? iv.small() : INTPTR_MAX;
  if (i < 0) i += static_cast<intptr>(a->buf.len);
  if (i < 0 || static_cast<size_t>(i) >= a->buf.len) raise_index_error(msg);
  return static_cast<size_t>(i);
}

// ---------------------------------------------------------------------------
// Slots.

Value array_make_new(const Type* type, size_t n_args, size_t n_kw, const Value* args) {
  if (n_kw) raise_type_error("array.array() takes no keyword arguments");
  if (n_args < 1 || n_args > 2) raise_arg_count(QSTR(array), 1, 2, n_args);
  const Str* tcs = as_str(args[0]);
  if (!tcs || str_char_len(tcs) != 1)
    raise_fmt(&exc::TypeError, "array() argument 1 must be a unicode character, not %s", type_name(args[0]));
  char tc = tcs->data()[0];
  if (tcs->len != 1 || !memchr(kTypecodes, tc, sizeof(kTypecodes) - 1))
    raise_value_error("bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)");
  Array* a = alloc_array(tc);
  if (n_args == 2) {
    Value init = args[1];
    if (as_str(init))
      raise_fmt(&exc::TypeError, "cannot use a str to initialize an array with typecode '%c'", tc);
    if (isinstance(init, &bytes_type) || isinstance(init, &bytearray_type)) frombytes(a, init);
    else if (is_array(init) && as_array(init)->typecode != tc) {
      Array* b = as_array(init);
      for (size_t i = 0; i < b->buf.len; i++) append_value(a, load(b, i));
    } else {
      extend_iterable(a, init);
    }
  }
  return from_ptr(a);
}

void array_print(Printer* p, Value self, bool) {
  Array* a = self_arr(self);
  print_cstr(p, "array('");
  print_bytes(p, &a->typecode, 1);
  print_cstr(p, "'");
  if (a->buf.len) {
    print_cstr(p, ", [");
    for (size_t i = 0; i < a->buf.len; i++) {
      if (i) print_cstr(p, ", ");
      print_value(p, load(a, i), true);
    }
    print_cstr(p, "]");
  }
  print_cstr(p, ")");
}

Value array_unary_op(UnaryOp op, Value self) {
  Array* a = self_arr(self);
  switch (op) {
    case UnaryOp::Bool: return bool_(a->buf.len != 0);
    case UnaryOp::Len: return small(static_cast<intptr>(a->buf.len));
    default: return Value::not_impl_slot();  // unhashable
  }
}

Value repeat(Array* a, Value count) {
  intptr n = index_intptr(count);
  Array* r = array_of(a->typecode, a->buf.data, a->buf.len);
  itembuf_repeat(&r->buf, n, r->itemsize);
  return from_ptr(r);
}

// Lexicographic comparison of two arrays by item value.
Value compare(BinOp op, Array* a, Array* b) {
  bool eq_op = op == BinOp::Eq || op == BinOp::Ne;
  if (eq_op && a->buf.len != b->buf.len) return bool_(op == BinOp::Ne);
  bool raw = a->typecode == b->typecode && a->typecode != 'f' && a->typecode != 'd';
  if (eq_op && raw) {
    bool same = a->buf.len == 0 || memcmp(a->buf.data, b->buf.data, a->buf.len * a->itemsize) == 0;
    return bool_(same == (op == BinOp::Eq));
  }
  size_t i = 0;
  for (; i < a->buf.len && i < b->buf.len; i++) {
    Value x = load(a, i), y = load(b, i);
    if (equal(x, y)) continue;
    switch (op) {
      case BinOp::Eq: return false_();
      case BinOp::Ne: return true_();
      case BinOp::Lt: return bool_(less(x, y));
      case BinOp::Le: return bool_(less(x, y));
      case BinOp::Gt: return bool_(less(y, x));
      default: return bool_(less(y, x));
    }
  }
  size_t na = a->buf.len, nb = b->buf.len;
  switch (op) {
    case BinOp::Eq: return bool_(na == nb);
    case BinOp::Ne: return bool_(na != nb);
    case BinOp::Lt: return bool_(na < nb);
    case BinOp::Le: return bool_(na <= nb);
    case BinOp::Gt: return bool_(na > nb);
    default: return bool_(na >= nb);
  }
}

Value array_binary_op(BinOp op, Value lhs, Value rhs) {
  if (!is_type(lhs, &array_type)) {
    if (op == BinOp::Mul && has_index(lhs)) return repeat(self_arr(rhs), lhs);
    return Value::not_impl_slot();
  }
  Array* a = self_arr(lhs);
  switch (op) {
    case BinOp::Add:
    case BinOp::IAdd: {
      if (!is_array(rhs)) {
        if (type_of(rhs)->flags & kTypeHeap) return Value::not_impl_slot();
        if (op == BinOp::IAdd)
          raise_fmt(&exc::TypeError, "can only extend array with array (not \"%s\")", type_name(rhs));
        raise_fmt(&exc::TypeError, "can only append array (not \"%s\") to array", type_name(rhs));
      }
      Array* b = as_array(rhs);
      if (b->typecode != a->typecode) {
        if (op == BinOp::IAdd) raise_type_error("can only extend with array of same kind");
        raise_type_error("bad argument type for built-in operation");
      }
      if (op == BinOp::IAdd) {
        itembuf_insert(&a->buf, a->buf.len, b->buf.data, b->buf.len, a->itemsize);
        return lhs;
      }
      Array* r = array_of(a->typecode, a->buf.data, a->buf.len);
      itembuf_insert(&r->buf, r->buf.len, b->buf.data, b->buf.len, r->itemsize);
      return from_ptr(r);
    }
    case BinOp::Mul:
    case BinOp::IMul:
      if (!has_index(rhs)) {
        if (type_of(rhs)->flags & kTypeHeap) return Value::not_impl_slot();
        raise_fmt(&exc::TypeError, "can't multiply sequence by non-int of type '%s'", type_name(rhs));
      }
      if (op == BinOp::Mul) return repeat(a, rhs);
      itembuf_repeat(&a->buf, index_intptr(rhs), a->itemsize);
      return lhs;
    case BinOp::Eq: case BinOp::Ne: case BinOp::Lt: case BinOp::Le: case BinOp::Gt: case BinOp::Ge:
      if (!is_array(rhs)) return Value::not_impl_slot();
      return compare(op, a, as_array(rhs));
    case BinOp::Contains:
      for (size_t i = 0; i < a->buf.len; i++)
        if (equal(load(a, i), rhs)) return true_();
      return false_();
    default:
      return Value::not_impl_slot();
  }
}

Value array_subscr(Value self, Value index, Value value) {
  Array* a = self_arr(self);
  size_t isz = a->itemsize;
  if (is_type(index, &slice_type)) {
    SliceIndices si;
    if (value == kSubscrLoad) {
      slice_indices(index, a->buf.len, &si);
      if (si.step == 1) return from_ptr(array_of(a->typecode, a->buf.data + si.start * isz, si.count));
      Array* r = alloc_array(a->typecode);
      itembuf_reserve(&r->buf, si.count, isz);
      intptr pos = si.start;
      for (size_t k = 0; k < si.count; k++, pos += si.step) memcpy(r->buf.data + k * isz, a->buf.data + pos * isz, isz);
      r->buf.len = si.count;
      return from_ptr(r);
    }
    if (value == kSubscrDelete) {
      slice_indices(index, a->buf.len, &si);
      itembuf_delete_slice(&a->buf, si, isz);
      return none();
    }
    if (!is_array(value))
      raise_fmt(&exc::TypeError, "can only assign array (not \"%s\") to array slice", type_name(value));
    Array* src = as_array(value);
    if (src->typecode != a->typecode) raise_type_error("bad argument type for built-in operation");
    // Copy the source: it may be this array.
    Array* tmp = array_of(src->typecode, src->buf.data, src->buf.len);
    slice_indices(index, a->buf.len, &si);
    if (!itembuf_assign_slice(&a->buf, si, tmp->buf.data, tmp->buf.len, isz))
      raise_fmt(&exc::ValueError, "attempt to assign array of size %z to extended slice of size %z", tmp->buf.len,
                si.count);
    return none();
  }
  if (!has_index(index)) raise_type_error("array indices must be integers");
  if (value == kSubscrLoad) return load(a, item_pos(a, index, "array index out of range"));
  if (value == kSubscrDelete) {
    itembuf_erase(&a->buf, item_pos(a, index, "array assignment index out of range"), 1, isz);
    return none();
  }
  uint8_t tmp[8];
  encode(a, value, tmp);
  size_t i = item_pos(a, index, "array assignment index out of range");
  memcpy(a->buf.data + i * isz, tmp, isz);
  return none();
}

Value array_iter_next(Value self) {
  auto* it = self.as<ByteIter>();
  Array* a = self_arr(it->seq);
  if (it->pos >= a->buf.len) return Value::stop();
  return load(a, it->pos++);
}

Value array_getiter(Value self) { return bytes_iter_new(&array_iterator_type, self); }

bool array_get_buffer(Value self, Buffer* out, bool writable) {
  Array* a = self_arr(self);
  out->data = a->buf.data;
  out->len = a->buf.len * a->itemsize;
  out->typecode = a->typecode;
  out->writable = true;
  return true;
}

#if MINNOW_CPYTHON_EXTRA
Value array_getattr(Value self, const Str* name) {
  Array* a = self_arr(self);
  if (name == QSTR(typecode)) return str_char(static_cast<uint8_t>(a->typecode));
  if (name == QSTR(itemsize)) return small(a->itemsize);
  return Value::null();
}
#else
constexpr Value (*array_getattr)(Value, const Str*) = nullptr;
#endif

// ---------------------------------------------------------------------------
// Methods.

Value append_m(Value self, Value x) {
  append_value(self_arr(self), x);
  return none();
}

Value extend_m(Value self, Value x) {
  extend_iterable(self_arr(self), x);
  return none();
}

#if MINNOW_CPYTHON_EXTRA
Value insert_m(Value self, Value index, Value x) {
  intptr i = index_intptr(index);
  Array* a = self_arr(self);
  uint8_t tmp[8];
  encode(a, x, tmp);
  itembuf_insert(&a->buf, clamp_index(i, a->buf.len), tmp, 1, a->itemsize);
  return none();
}

Value pop_m(size_t n_args, const Value* args) {
  intptr i = n_args > 1 ? index_intptr(args[1]) : -1;
  Array* a = self_arr(args[0]);
  if (a->buf.len == 0) raise_index_error("pop from empty array");
  if (i < 0) i += static_cast<intptr>(a->buf.len);
  if (i < 0 || static_cast<size_t>(i) >= a->buf.len) raise_index_error("pop index out of range");
  Value v = load(a, static_cast<size_t>(i));
  itembuf_erase(&a->buf, static_cast<size_t>(i), 1, a->itemsize);
  return v;
}

// Position of the first item equal to x in [start, stop), or -1.
intptr find(Array* a, Value x, size_t start, size_t stop) {
  for (size_t i = start; i < stop && i < a->buf.len; i++)
    if (equal(load(a, i), x)) return static_cast<intptr>(i);
  return -1;
}

Value remove_m(Value self, Value x) {
  Array* a = self_arr(self);
  intptr i = find(a, x, 0, a->buf.len);
  if (i < 0) raise_value_error("array.remove(x): x not in array");
  itembuf_erase(&a->buf, static_cast<size_t>(i), 1, a->itemsize);
  return none();
}

Value index_m(size_t n_args, const Value* args) {
  Array* a = self_arr(args[0]);
  size_t start = n_args > 2 ? clamp_index(index_intptr(args[2]), a->buf.len) : 0;
  size_t stop = n_args > 3 ? clamp_index(index_intptr(args[3]), a->buf.len) : a->buf.len;
  intptr i = find(a, args[1], start, stop);
  if (i < 0) raise_value_error("array.index(x): x not in array");
  return small(i);
}

Value count_m(Value self, Value x) {
  Array* a = self_arr(self);
  intptr n = 0;
  for (size_t i = 0; i < a->buf.len; i++)
    if (equal(load(a, i), x)) n++;
  return small(n);
}

Value reverse_m(Value self) {
  Array* a = self_arr(self);
  itembuf_reverse(&a->buf, a->itemsize);
  return none();
}

Value byteswap_m(Value self) {
  Array* a = self_arr(self);
  size_t isz = a->itemsize;
  for (size_t i = 0; i < a->buf.len; i++) {
    uint8_t* p = a->buf.data + i * isz;
    for (size_t x = 0, y = isz - 1; x < y; x++, y--) {
      uint8_t t = p[x];
      p[x] = p[y];
      p[y] = t;
    }
  }
  return none();
}

Value tobytes_m(Value self) {
  Array* a = self_arr(self);
  return bytes_new(reinterpret_cast<const char*>(a->buf.data), a->buf.len * a->itemsize);
}

Value frombytes_m(Value self, Value b) {
  frombytes(self_arr(self), b);
  return none();
}

Value tolist_m(Value self) {
  Array* a = self_arr(self);
  List* l = list_new(a->buf.len);
  for (size_t i = 0; i < a->buf.len && i < l->len; i++) l->items[i] = load(a, i);
  return from_ptr(l);
}

Value fromlist_m(Value self, Value lst) {
  if (!is_list(lst)) raise_type_error("arg must be list");
  Array* a = self_arr(self);
  // All or nothing: convert into a copy, then append it.
  Array* tmp = alloc_array(a->typecode);
  List* l = lst.as<List>();
  for (size_t i = 0; i < l->len; i++) append_value(tmp, l->items[i]);
  itembuf_insert(&a->buf, a->buf.len, tmp->buf.data, tmp->buf.len, a->itemsize);
  return none();
}

Value getitem_m(Value self, Value i) { return array_subscr(self, i, kSubscrLoad); }
Value setitem_m(Value self, Value i, Value v) { return array_subscr(self, i, v); }
Value delitem_m(Value self, Value i) { return array_subscr(self, i, kSubscrDelete); }
Value len_m(Value self) { return small(static_cast<intptr>(self_arr(self)->buf.len)); }
#endif

constexpr BuiltinFn append_fn = make_fn2(QSTR(append), append_m);
constexpr BuiltinFn extend_fn = make_fn2(QSTR(extend), extend_m);
#if MINNOW_CPYTHON_EXTRA
constexpr BuiltinFn getitem_fn = make_fn2(QSTR(__getitem__), getitem_m);
constexpr BuiltinFn setitem_fn = make_fn3(QSTR(__setitem__), setitem_m);
constexpr BuiltinFn delitem_fn = make_fn2(QSTR(__delitem__), delitem_m);
constexpr BuiltinFn len_fn = make_fn1(QSTR(__len__), len_m);
constexpr BuiltinFn byteswap_fn = make_fn1(QSTR(byteswap), byteswap_m);
constexpr BuiltinFn count_fn = make_fn2(QSTR(count), count_m);
constexpr BuiltinFn frombytes_fn = make_fn2(QSTR(frombytes), frombytes_m);
constexpr BuiltinFn fromlist_fn = make_fn2(QSTR(fromlist), fromlist_m);
constexpr BuiltinFn index_fn = make_fn_var(QSTR(index), 2, 4, index_m);
constexpr BuiltinFn insert_fn = make_fn3(QSTR(insert), insert_m);
constexpr BuiltinFn pop_fn = make_fn_var(QSTR(pop), 1, 2, pop_m);
constexpr BuiltinFn remove_fn = make_fn2(QSTR(remove), remove_m);
constexpr BuiltinFn reverse_fn = make_fn1(QSTR(reverse), reverse_m);
constexpr BuiltinFn tobytes_fn = make_fn1(QSTR(tobytes), tobytes_m);
constexpr BuiltinFn tolist_fn = make_fn1(QSTR(tolist), tolist_m);
#endif

constexpr MethodEntry array_locals_entries[] = {
#if MINNOW_CPYTHON_EXTRA
    entry(QSTR(__delitem__), &delitem_fn),
    entry(QSTR(__getitem__), &getitem_fn),
    entry(QSTR(__len__), &len_fn),
    entry(QSTR(__setitem__), &setitem_fn),
#endif
    entry(QSTR(append), &append_fn),
#if MINNOW_CPYTHON_EXTRA
    entry(QSTR(byteswap), &byteswap_fn),
    entry(QSTR(count), &count_fn),
#endif
    entry(QSTR(extend), &extend_fn),
#if MINNOW_CPYTHON_EXTRA
    entry(QSTR(frombytes), &frombytes_fn),
    entry(QSTR(fromlist), &fromlist_fn),
    entry(QSTR(index), &index_fn),
    entry(QSTR(insert), &insert_fn),
    entry(QSTR(pop), &pop_fn),
    entry(QSTR(remove), &remove_fn),
    entry(QSTR(reverse), &reverse_fn),
    entry(QSTR(tobytes), &tobytes_fn),
    entry(QSTR(tolist), &tolist_fn),
#endif
};
constexpr Table array_locals = make_table(array_locals_entries);

constexpr TypeSlots array_slots = {
    array_make_new, array_print, nullptr, array_unary_op, array_binary_op,
    array_getattr, nullptr, array_subscr, array_getiter, nullptr, array_get_buffer};
constinit const Type array_type = {
    &type_type, QSTR(array), kTypeBaseOK, &array_type, &object_type, &array_slots, &array_locals};

constexpr TypeSlots array_iterator_slots = iterator_slots(array_iter_next);
constinit const Type array_iterator_type = {
    &type_type, QSTR(arrayiterator), kTypeIterIsSelf, &array_iterator_type, &object_type,
    &array_iterator_slots, nullptr};

constexpr MethodEntry array_globals_entries[] = {
    entry(QSTR(__name__), QSTR(array)),
    entry(QSTR(array), &array_type),
};
constexpr Table array_globals = make_table(array_globals_entries);

}  // namespace

constinit const BuiltinModule array_module = {QSTR(array), &array_globals, nullptr};

}  // namespace minnow
