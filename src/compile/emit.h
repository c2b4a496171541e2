// The emitter: one Unit per code object being generated.
//
// A Unit owns growable GC buffers for the bytecode, constants, names, labels,
// the exception table and the line table, and turns them into a Code with
// unit_assemble(). While emitting it tracks, instruction by instruction:
//  - the stack depth (with stack_effect() from opcodes.h), so stack_size is
//    known at the end and every exception handler gets its depth for free;
//  - reachability: after an unconditional transfer (JUMP, RETURN_VALUE,
//    RAISE, RERAISE) the unit is `dead` and instructions are dropped until a
//    label that something jumps to is bound. Dead code is never emitted.
//  - the active exception handler: set_handler() closes the current range of
//    the exception table and opens a new one. Ranges never overlap: each
//    instruction is covered by its innermost handler only (a handler's own
//    code is covered by a cleanup handler that re-raises outward).
//
// Labels are small integers. A forward jump stores the previous jump to the
// same label in its own operand bytes (a chain), patched when it is bound.
#pragma once
#include <cstdint>

#include "bytecode/code.h"
#include "bytecode/opcodes.h"

namespace minnow::compiler {

struct Scope;
struct FBlock;

using Label = uint32_t;

struct LabelInfo {
  int32_t pos;    // bound offset, or -1
  int32_t chain;  // last unpatched jump operand offset, or -1
  int32_t depth;  // stack depth at the label, or -1 while unknown
};

struct Unit {
  Unit* parent;
  Scope* scope;

  uint8_t* code;
  uint32_t n_code, cap_code;
  Value* consts;
  uint32_t n_consts, cap_consts;
  const Str** names;
  uint32_t n_names, cap_names;
  LabelInfo* labels;
  uint32_t n_labels, cap_labels;
  ExcEntry* exc;  // `handler` holds a label number until unit_resolve_exc()
  uint32_t n_exc, cap_exc, n_exc_resolved;
  uint8_t* lines;
  uint32_t n_lines, cap_lines;

  uint32_t first_line;
  uint32_t line;     // source line of the next instruction
  uint32_t lt_line;  // line table: line of the bytes from lt_addr on
  uint32_t lt_addr;

  int32_t depth;     // stack depth after the last instruction
  int32_t max_depth;
  uint32_t n_caches;
  bool dead;

  int32_t h_label;   // active handler label, or -1
  int32_t h_depth;
  uint32_t h_start;  // where the active range started

  FBlock* fblock;    // innermost control block (on the C stack)
  int n_fblocks;
};

Unit* unit_new(Unit* parent, Scope* scope, uint32_t first_line);
// Frees the unit's temporary buffers (not the ones handed to a Code).
void unit_free(Unit* u);

void emit(Unit* u, Op op);                   // NONE format
void emit_arg(Unit* u, Op op, uint32_t arg); // U8 / U16 / I16 (EXTENDED_ARG if needed)
void emit_nc(Unit* u, Op op, uint32_t name); // NC format: a fresh cache slot
void emit_jump(Unit* u, Op op, Label target);

Label new_label(Unit* u);
void bind_label(Unit* u, Label l);

uint32_t add_const(Unit* u, Value v);  // deduplicates equal str constants
uint32_t add_name(Unit* u, const Str* name);
void emit_const(Unit* u, Value v);
void emit_int(Unit* u, intptr_t v);    // LOAD_SMALL_INT or a constant

// Makes `handler` (a label; -1 for none) with stack depth `depth` cover the
// instructions emitted from now on.
void set_handler(Unit* u, int32_t handler, int32_t depth);
// Rewrites the handler labels of finished exception table entries as offsets
// (all their labels must be bound), so labels can be recycled.
void unit_resolve_exc(Unit* u);
// Forgets all labels (none may be pending); for the module unit between
// top-level statements.
void unit_reset_labels(Unit* u);

// Builds the Code. The caller fills in what the scope knows (names, slots,
// parameters, flags) on the returned object.
Code* unit_assemble(Unit* u);

// Shared limits.
inline constexpr uint32_t kMaxJumpTarget = (1u << 24) - 1;

}  // namespace minnow::compiler
