// Code objects: the compiler's output and the VM's input.
//
// A Code is immutable once built. All its arrays live in the GC heap and are
// reachable from it. Frame slot layout for a function:
//   [0, n_params)             parameters: positional (pos-only first), then
//                             keyword-only, then *args, then **kwargs
//   [n_params, n_locals)      other locals, cell variables, free variables
// Slots listed in cell_slots hold a Cell; a parameter in cell_slots is
// wrapped in a fresh Cell when the frame starts. The last n_free slots are
// the free variables, filled from the function's closure tuple in order.
#pragma once
#include <cstddef>
#include <cstdint>

#include "obj/object.h"

namespace minnow {

enum CodeFlags : uint16_t {
  kCodeVarArgs = 1 << 0,      // has *args
  kCodeVarKw = 1 << 1,        // has **kwargs
  kCodeGenerator = 1 << 2,    // calling it makes a generator
  kCodeCoroutine = 1 << 3,    // async def
  kCodeAsyncGen = 1 << 4,     // async def with yield
  kCodeClassBody = 1 << 5,    // a class body: names live in a dict
  kCodeModule = 1 << 6,       // module top level (names live in globals)
  kCodeNewLocals = 1 << 7,    // a function scope (fast locals)
};

struct ExcEntry {
  uint32_t start;    // first covered offset
  uint32_t end;      // one past the last covered offset
  uint32_t handler;  // where to jump
  uint16_t depth;    // stack depth to keep (before pushing the exception)
  uint16_t pad;
};

struct Code {
  const Type* type;           // &code_type
  const uint8_t* bytecode;    // heap, n_bytecode bytes
  const Value* consts;        // heap array
  const Str* const* names;    // heap array: global/attribute/import names
  const Str* const* varnames; // heap array: names of slots [0, n_locals)
  const uint16_t* cell_slots; // heap array, n_cells entries
  const ExcEntry* exc_table;  // heap array, sorted by start, inner ranges first
  const uint8_t* line_table;  // heap: see code_line() for the encoding
  const Str* name;            // function name ("<module>", "<lambda>"...)
  const Str* qualname;
  const Str* filename;
  uint32_t n_bytecode;
  uint32_t n_line_table;
  uint32_t first_line;
  uint16_t n_consts;
  uint16_t n_names;
  uint16_t n_locals;
  uint16_t n_cells;
  uint16_t n_free;
  uint16_t n_exc;
  uint16_t n_posonly;         // positional-only parameters
  uint16_t n_pos;             // positional parameters (including pos-only)
  uint16_t n_kwonly;          // keyword-only parameters
  uint16_t stack_size;        // maximum stack depth
  uint16_t n_caches;          // inline-cache slots used by NC instructions
  uint16_t flags;             // CodeFlags
  // The VM's inline caches, one per NC instruction: allocated on first use,
  // filled and invalidated by the VM only (see vm/vm.cpp).
  void* caches;
};

// Number of parameter slots: positional + keyword-only + *args + **kwargs.
inline uint32_t code_n_params(const Code* c) {
  return c->n_pos + c->n_kwonly + ((c->flags & kCodeVarArgs) ? 1 : 0) + ((c->flags & kCodeVarKw) ? 1 : 0);
}

// Source line of the instruction at a bytecode offset (defined next to the
// compiler's line-table encoder).
uint32_t code_line(const Code* c, uint32_t offset);

}  // namespace minnow
