// Exception objects. The first three fields match Instance so that Python
// subclasses of exceptions can keep attributes in `dict` like any instance.
#pragma once
#include "vm/runtime.h"

namespace minnow {

struct Code;

struct ExceptionObj {
  const Type* type;
  Dict* dict;           // attributes set by Python code (created on demand)
  Value base;           // always null (exceptions are their own native part)
  Value args;           // tuple
  Value traceback;      // TbEntry chain (outermost first) or null
  Value cause;          // __cause__ or null
  Value context;        // __context__ or null
  bool suppress_context;
};

// One line of a traceback.
struct TbEntry {
  const Type* type;     // &traceback_type
  Value next;           // the entry of the frame called from this one, or null
  const Code* code;
  uint32_t line;
};

extern const Type traceback_type;
// The slots of BaseException and every exception type below it.
extern const TypeSlots exception_slots;

inline ExceptionObj* as_exc(Value v) { return v.as<ExceptionObj>(); }
bool is_exception(Value v);

}  // namespace minnow
