// slice objects: what `a[i:j:k]` passes to __getitem__ (BUILD_SLICE).
#pragma once
#include "vm/runtime.h"

namespace minnow {

struct Slice {
  const Type* type;  // &slice_type
  Value start;       // each None when omitted
  Value stop;
  Value step;
};

Value slice_new(Value start, Value stop, Value step);

}  // namespace minnow
