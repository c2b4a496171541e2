// list: a growable array of values. items is a separate heap allocation.
#pragma once
#include "vm/runtime.h"

namespace minnow {

struct List {
  const Type* type;  // &list_type
  size_t len;
  size_t alloc;
  Value* items;
};

List* list_new(size_t n);  // n items, all None
Value list_from_items(size_t n, const Value* items);
Value list_from_iterable(Value iterable);
void list_append(List* l, Value v);
void list_extend(List* l, Value iterable);
inline bool is_list(Value v) { return v.is_obj() && v.obj()->type == &list_type; }

// Sorts items in place with Python semantics (stable; key may be null;
// raises ValueError if the list is changed while sorting).
void list_sort(List* l, Value key, bool reverse);

}  // namespace minnow
