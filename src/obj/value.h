// Value: one machine word that holds any Python value.
//
//   bit layout (low bits)          meaning
//   ...............................1  small int: the word shifted right by 1
//                                    (63-bit on 64-bit hosts, 31-bit on Cortex-M)
//   ..............................00  pointer to an Obj (heap or static data);
//                                    every Obj is aligned to at least 4 bytes
//   ...........................k 010  internal marker k (never a Python value):
//                                    k=0 null (no value / unbound local),
//                                    k=1 stop (an iterator is exhausted),
//                                    k=2 not_impl_slot (a slot declines an op)
//
// Why: ints are the hottest values and stay out of the heap; everything else
// (None and bools included) is a real object so a type check is one load of
// obj->type. Markers let hot paths signal "stop" or "not mine" without
// raising an exception.
#pragma once
#include <cstddef>
#include <cstdint>

namespace minnow {

struct Obj;
struct Type;

using intptr = intptr_t;
using uintptr = uintptr_t;

struct Value {
  uintptr bits;

  static constexpr intptr small_max = INTPTR_MAX >> 1;
  static constexpr intptr small_min = INTPTR_MIN >> 1;

  constexpr bool operator==(const Value& o) const { return bits == o.bits; }
  constexpr bool operator!=(const Value& o) const { return bits != o.bits; }

  constexpr bool is_small() const { return bits & 1; }
  constexpr bool is_obj() const { return (bits & 3) == 0; }
  constexpr bool is_marker() const { return (bits & 7) == 2; }
  constexpr bool is_null() const { return bits == 2; }
  constexpr bool is_stop() const { return bits == 10; }
  constexpr bool is_not_impl_slot() const { return bits == 18; }

  // Arithmetic right shift of a negative number is defined in C++20.
  constexpr intptr small() const { return static_cast<intptr>(bits) >> 1; }
  Obj* obj() const { return reinterpret_cast<Obj*>(bits); }
  template <class T>
  T* as() const { return reinterpret_cast<T*>(bits); }

  static constexpr bool fits_small(intptr v) { return v >= small_min && v <= small_max; }
  static constexpr Value from_small(intptr v) {
    return Value{(static_cast<uintptr>(v) << 1) | 1};
  }
  static Value from_obj(const Obj* o) { return Value{reinterpret_cast<uintptr>(o)}; }
  static constexpr Value null() { return Value{2}; }
  static constexpr Value stop() { return Value{10}; }
  static constexpr Value not_impl_slot() { return Value{18}; }
};

static_assert(sizeof(Value) == sizeof(void*), "a Value is one machine word");

}  // namespace minnow
