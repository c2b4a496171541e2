// Raising and catching Python exceptions: the one mechanism.
//
// A raise is a non-local jump (setjmp/longjmp) to the innermost handler
// pushed with MINNOW_TRY. Rules for code that can be jumped over:
// - hold only trivially destructible locals (no RAII that must run);
// - a local written inside the try region and read after a catch must be
//   `volatile`;
// - every raising function is [[noreturn]] and cold.
//
//   NlrBuf nb;
//   if (MINNOW_TRY(nb)) {
//     ... code that may raise ...
//     nlr_pop();            // leaving the region normally: always pop
//   } else {
//     Value exc = nb.exc;   // the exception object; the handler is popped
//   }
#pragma once
#include <csetjmp>
#include <cstdarg>

#include "config.h"
#include "obj/object.h"
#include "port/port.h"

namespace minnow {

struct NlrBuf {
  NlrBuf* prev;
  Value exc;
  jmp_buf jb;
};

extern NlrBuf* nlr_top;

inline void nlr_link(NlrBuf* b) {
  b->prev = nlr_top;
  nlr_top = b;
}
inline void nlr_pop() { nlr_top = nlr_top->prev; }

#define MINNOW_TRY(buf) (::minnow::nlr_link(&(buf)), setjmp((buf).jb) == 0)

// Jumps to the innermost handler with exc (an exception instance). With no
// handler left, prints the exception and exits: only the port's main loop
// should let that happen.
[[noreturn]] void nlr_jump(Value exc);

// Exception types (see obj/exceptions.def for the hierarchy).
namespace exc {
#define EXC(name, base) extern const Type name;
#include "obj/exceptions.def"
#undef EXC
}  // namespace exc

// Raise an exception instance, or a type (instantiated with no arguments).
[[noreturn]] [[gnu::cold]] void raise(Value exc_or_type);
[[noreturn]] [[gnu::cold]] void raise_msg(const Type* type, const char* msg);
// Formats the message with a small printf subset:
//   %s C string   %d int   %D intptr   %z size_t   %c char (int)
//   %q Str*       %r repr(Value)   %S str(Value)   %T type name of a Value
//   %% a percent sign
[[noreturn]] [[gnu::cold]] void raise_fmt(const Type* type, const char* fmt, ...);
[[noreturn]] [[gnu::cold]] void raise_vfmt(const Type* type, const char* fmt, va_list ap);

[[noreturn]] [[gnu::cold]] void raise_memory_error();
[[noreturn]] [[gnu::cold]] void raise_type_error(const char* msg);
[[noreturn]] [[gnu::cold]] void raise_value_error(const char* msg);
[[noreturn]] [[gnu::cold]] void raise_index_error(const char* msg);
[[noreturn]] [[gnu::cold]] void raise_overflow_error(const char* msg);
[[noreturn]] [[gnu::cold]] void raise_zero_division(const char* msg);
[[noreturn]] [[gnu::cold]] void raise_key_error(Value key);
[[noreturn]] [[gnu::cold]] void raise_recursion_error();
[[noreturn]] [[gnu::cold]] void raise_stop_iteration(Value value);
[[noreturn]] [[gnu::cold]] void raise_os_error(int errno_value);
// "unsupported operand type(s) for OP: 'a' and 'b'"
[[noreturn]] [[gnu::cold]] void raise_binop_error(BinOp op, Value lhs, Value rhs);
// "'T' object is not callable/iterable/subscriptable...": what names the ability.
[[noreturn]] [[gnu::cold]] void raise_not_a(Value obj, const char* what);
// Wrong number of arguments for a builtin.
[[noreturn]] [[gnu::cold]] void raise_arg_count(const Str* fn_name, size_t want_min, size_t want_max, size_t got);

// Raises RecursionError when the C stack is nearly used up. Call it at the
// top of every function that recurses on user data (repr of nested lists,
// the compiler, the parser, equality, hashing...). Inline: one compare with
// c_stack_limit, the lowest address allowed (all ones until the first call
// takes the slow path, which sets it from the port).
extern uintptr_t c_stack_limit;
[[gnu::cold]] void check_stack_slow(uintptr_t here);
inline void check_stack() {
  char here;
  uintptr_t at = reinterpret_cast<uintptr_t>(&here);
  if (at < c_stack_limit) check_stack_slow(at);
}
// Zeroes a stretch of the dead C stack below the caller, so that stale
// pointers left there by deeper calls do not keep garbage alive through the
// conservative stack scan (the VM calls it when MemoryError lands).
void clear_dead_stack();

// KeyboardInterrupt (clearing port::interrupt_pending).
[[noreturn]] [[gnu::cold]] void raise_interrupt();
// With cfg::step_budget: the steps (backward jumps, calls, check_interrupt)
// left before KeyboardInterrupt("step budget exhausted"). The embedder sets
// it before running code; it stays 0 once spent, so handlers that catch the
// interrupt stop at their next step.
extern uint64_t steps_left;
[[noreturn]] [[gnu::cold]] void raise_step_budget();

// A safe point for loops in builtins that a program can make as long as it
// likes without using memory (sum over a huge range, big-int arithmetic,
// sorting...): raises KeyboardInterrupt when the port flagged Ctrl-C, and
// with cfg::step_budget spends one step. The VM does the same at backward
// jumps and calls.
inline void check_interrupt() {
  if (port::interrupt_pending) raise_interrupt();
  if constexpr (cfg::step_budget) {
    if (steps_left == 0) raise_step_budget();
    steps_left--;
  }
}

// Is `v` an instance of exception type t (or a subclass)?
bool exc_matches(Value v, const Type* t);

}  // namespace minnow
