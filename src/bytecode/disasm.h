// A readable listing of a Code object and, after it, of every code object
// among its constants (functions, classes, comprehensions). Used by
// `-X dis` and the compiler's unit tests.
//
//   code f (qualname C.f) file "x.py" line 3
//     flags newlocals generator; params 2 (posonly 0, kwonly 0); locals 3 (cells 1, free 0); stack 4; caches 2
//     3       0 LOAD_FAST           0 (self)
//             3 LOAD_ATTR           0 (x) [cache 0]
//     exception table:
//       4 to 10 -> 12 [depth 1]
#pragma once
#include "bytecode/code.h"

namespace minnow {

struct Printer;

void disassemble(Printer* p, const Code* code);

}  // namespace minnow
