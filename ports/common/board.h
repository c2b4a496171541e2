// What the shared bare-metal code (ports/common) needs from a board, and
// what it offers the board's interrupt handlers.
//
// A board (ports/<board>/board.cpp) brings up its clocks, UART and tick
// timer, and fills in the functions below; ports/common turns them into the
// port interface of src/port/port.h (console, time, stack, reset), the
// start-up code and the fault report. Memory comes from the linker script:
//
//   RAM: [C stack][.data][.bss][GC heap .......]
//        ^ram start ^stack top                 ^ram end
//
// The stack sits at the bottom of RAM so that overflowing it faults on the
// unmapped addresses below instead of running into the heap.
#pragma once
#include <cstddef>
#include <cstdint>

#include "config.h"  // and through it the board's config_board.h

// Bytes of the UART receive buffer (a power of two).
#ifndef MINNOW_BOARD_RX_BUFFER
#define MINNOW_BOARD_RX_BUFFER 256
#endif

namespace minnow::board {

// --- Provided by the board --------------------------------------------------

// Runs first at reset, before .data and .bss are set up (e.g. turns on the
// FPU). Must not touch static variables.
void early_init();
// Brings up clocks, the UART (receive interrupt on) and a 1 kHz tick that
// calls tick_isr().
void init();
// Sends one byte on the UART, waiting until the transmitter takes it.
// Works with interrupts masked (the fault report uses it).
void uart_put(uint8_t c);
// Turns the UART receive interrupt back on after it was masked because the
// receive buffer was full (see rx_room()).
void uart_rx_resume();
// Microseconds since boot: the tick count times 1000 plus the progress of
// the tick timer into the current millisecond.
uint64_t ticks_us();
// Core clock in Hz.
uint32_t cpu_hz();
// The chip's unique id; returns its length (at most n bytes are written).
size_t unique_id(uint8_t* out, size_t n);

// Identity, for sys.platform, the banner and os.uname().
extern const char kPlatform[];

// --- Provided by ports/common for the board's interrupt handlers -----------

// Milliseconds since boot, advanced by tick_isr().
extern volatile uint64_t ms_count;
inline void tick_isr() { ms_count = ms_count + 1; }

// The UART receive interrupt asks rx_room() before it takes a byte from
// the UART. When the buffer is full the board leaves the byte there, masks
// its receive interrupt and waits for uart_rx_resume(), so the sender is
// held back rather than bytes lost. rx_isr_byte() then hands the byte to
// the console; Ctrl-C while Python code runs sets port::interrupt_pending
// instead of being buffered.
bool rx_room();
void rx_isr_byte(uint8_t c);

// Prints the state of a fault on the UART and resets. `frame` is the
// exception frame the core pushed (r0-r3, r12, lr, pc, xpsr) or null.
[[noreturn]] void fault_report(const char* what, const uint32_t* frame);

}  // namespace minnow::board
