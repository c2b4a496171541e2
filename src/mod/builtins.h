// The builtins module (mod/builtins.cpp) and the iterator types behind its
// lazy functions (mod/builtins_iter.cpp).
#pragma once
#include "vm/state.h"

namespace minnow {

extern const BuiltinModule builtins_module;

// enumerate, zip, map, filter and reversed are types (their objects are
// iterators); iter(callable, sentinel) makes a callable_iterator.
extern const Type enumerate_type, zip_type, map_type, filter_type, reversed_type, callable_iter_type;

// iter(fn, sentinel): calls fn() until it returns a value equal to sentinel
// (or raises StopIteration). fn must be callable (the caller checks).
Value callable_iter_new(Value fn, Value sentinel);

}  // namespace minnow
