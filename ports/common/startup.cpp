// Reset, fault and default handlers shared by the Cortex-M boards.
//
// The board's vector table (in its board.cpp) points at these. At reset the
// core has loaded sp from the table; minnow_reset sets up the C++ world
// (.data copied from flash, .bss zeroed, static constructors run) and calls
// board_main. A fault prints what it can on the UART and resets the chip.
#include <cstring>

#include "board.h"
#include "cortex_m.h"

// Symbols of the linker script (ports/common/sections.ld).
extern "C" {
extern char _sidata[], _sdata[], _edata[], _sbss[], _ebss[];
extern char _ram_start[], _ram_end[], _stack_top[];
extern void (*__init_array_start[])();
extern void (*__init_array_end[])();
}

[[noreturn]] void board_main();

extern "C" [[noreturn]] void minnow_reset() {
  minnow::board::early_init();
  memcpy(_sdata, _sidata, static_cast<size_t>(_edata - _sdata));
  memset(_sbss, 0, static_cast<size_t>(_ebss - _sbss));
  for (void (**f)() = __init_array_start; f < __init_array_end; f++) (*f)();
  board_main();
}

// The hard fault entry: takes the exception frame from the main stack, moves
// sp back to the top of the stack (it may have overflowed) and reports.
extern "C" [[noreturn, gnu::used]] void minnow_fault_entry(const uint32_t* frame) {
  uintptr_t f = reinterpret_cast<uintptr_t>(frame);
  bool in_ram = f >= reinterpret_cast<uintptr_t>(_ram_start) && f + 32 <= reinterpret_cast<uintptr_t>(_ram_end) &&
                (f & 3) == 0;
  minnow::board::fault_report("HardFault", in_ram ? frame : nullptr);
}

extern "C" [[gnu::naked]] void minnow_hard_fault() {
  asm volatile(
      "mrs r0, msp\n"
      "ldr r1, =_stack_top\n"
      "mov sp, r1\n"
      "ldr r2, =minnow_fault_entry\n"
      "bx r2\n"
      ".ltorg\n");
}

extern "C" void minnow_nmi() { minnow::board::fault_report("NMI", nullptr); }

// Interrupts the board enabled but has no handler for (the report shows
// the exception number).
extern "C" void minnow_unexpected_irq() { minnow::board::fault_report("unexpected interrupt", nullptr); }

namespace minnow::board {

static void put_str(const char* s) {
  for (; *s; s++) {
    if (*s == '\n') uart_put('\r');
    uart_put(static_cast<uint8_t>(*s));
  }
}

static void put_hex(const char* label, uint32_t v) {
  put_str(label);
  put_str("=0x");
  for (int shift = 28; shift >= 0; shift -= 4) uart_put(static_cast<uint8_t>("0123456789abcdef"[(v >> shift) & 15]));
}

[[noreturn]] void fault_report(const char* what, const uint32_t* frame) {
  cm::irq_save();
  uint32_t ipsr;
  asm volatile("mrs %0, ipsr" : "=r"(ipsr));
  put_str("\nFATAL: ");
  put_str(what);
  put_hex(" exception", ipsr & 0x1ff);
  if (frame) {
    put_hex("\n  pc", frame[6]);
    put_hex(" lr", frame[5]);
    put_hex(" xpsr", frame[7]);
    put_hex("\n  r0", frame[0]);
    put_hex(" r1", frame[1]);
    put_hex(" r2", frame[2]);
    put_hex(" r3", frame[3]);
    put_hex(" r12", frame[4]);
  } else {
    put_str("\n  (no exception frame: the stack overflowed?)");
  }
#if __ARM_ARCH >= 7
  put_hex("\n  cfsr", cm::reg(cm::kCfsr));
  put_hex(" hfsr", cm::reg(cm::kHfsr));
  put_hex(" bfar", cm::reg(cm::kBfar));
#endif
  put_str("\nresetting\n");
  cm::system_reset();
}

}  // namespace minnow::board
