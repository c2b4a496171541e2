// tuple: an immutable array of values stored inline after the header.
#pragma once
#include "vm/runtime.h"

namespace minnow {

struct Tuple {
  const Type* type;  // &tuple_type
  size_t len;
  Value* items() { return reinterpret_cast<Value*>(this + 1); }
  const Value* items() const { return reinterpret_cast<const Value*>(this + 1); }
};

// A tuple of n items, all None, for the caller to fill in before anyone else
// sees it.
Tuple* tuple_alloc(size_t n);
Value tuple_new(size_t n, const Value* items);
Value tuple_from_iterable(Value iterable);
// The empty tuple (a constant shared by everyone).
Value empty_tuple();
// Lexicographic comparison of two sequences for op in Eq..Ge (list and
// tuple). Takes pointers to the items pointer and length so that a list
// changed by an item's __eq__ is re-read at every step.
Value seq_compare(BinOp op, const Value* const* a_items, const size_t* a_len, const Value* const* b_items,
                  const size_t* b_len);
inline bool is_tuple(Value v) { return v.is_obj() && v.obj()->type == &tuple_type; }

}  // namespace minnow
