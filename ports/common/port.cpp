// The port interface (src/port/port.h) for the bare-metal boards, on top of
// the few functions each board provides (board.h): a UART with a receive
// ring buffer, a millisecond tick, the stack from the linker script, and no
// file system.
#include "port/port.h"

#include "board.h"
#include "config.h"
#include "cortex_m.h"

extern "C" char _ram_start[], _stack_top[];

namespace minnow {
namespace board {

volatile uint64_t ms_count = 0;

namespace {

// The receive ring: the UART interrupt adds at head, read_byte takes at
// tail. Indices run freely and are reduced modulo the power-of-two size.
constexpr size_t kRxSize = MINNOW_BOARD_RX_BUFFER;
static_assert((kRxSize & (kRxSize - 1)) == 0, "the receive buffer is a power of two");
uint8_t rx_buf[kRxSize];
volatile uint32_t rx_head = 0, rx_tail = 0;
volatile bool rx_stalled = false;  // the board masked its receive interrupt: buffer full

// Raw while the REPL edits a line: Ctrl-C is then a key like any other.
volatile bool console_raw = false;

constexpr uint8_t kCtrlC = 3;

void put_cooked(const char* s, size_t n) {
  for (size_t i = 0; i < n; i++) {
    if (s[i] == '\n') uart_put('\r');
    uart_put(static_cast<uint8_t>(s[i]));
  }
}

}  // namespace

bool rx_room() {
  if (rx_head - rx_tail < kRxSize) return true;
  rx_stalled = true;
  return false;
}

void rx_isr_byte(uint8_t c) {
  if (c == kCtrlC && !console_raw) {
    port::interrupt_pending = true;
    return;
  }
  rx_buf[rx_head % kRxSize] = c;
  rx_head = rx_head + 1;
}

}  // namespace board

namespace port {

volatile bool interrupt_pending = false;

// Output is "cooked" as MicroPython's is: "\n" goes out as "\r\n".
void write(const char* s, size_t n) { board::put_cooked(s, n); }
void write_err(const char* s, size_t n) { board::put_cooked(s, n); }
// The UART is written as output is made: nothing is held back.
void flush() {}

// Waits for a byte. Returns -2 when Ctrl-C interrupts a wait of running
// Python code (input(), sys.stdin.read()); never -1: the UART never ends.
int read_byte() {
  using namespace board;
  for (;;) {
    uint32_t primask = cm::irq_save();
    if (rx_tail != rx_head) {
      int c = rx_buf[rx_tail % kRxSize];
      rx_tail = rx_tail + 1;
      if (rx_stalled) {
        rx_stalled = false;
        uart_rx_resume();
      }
      cm::irq_restore(primask);
      return c;
    }
    if (interrupt_pending && !console_raw) {
      cm::irq_restore(primask);
      return -2;
    }
    // With interrupts masked, a byte that arrives after the check above
    // still ends the wait: it is handled as soon as they are unmasked.
    cm::wait_for_interrupt();
    cm::irq_restore(primask);
  }
}

void console_set_raw(bool raw) { board::console_raw = raw; }
bool console_is_terminal() { return true; }

uint64_t ticks_ms() {
  uint32_t primask = cm::irq_save();
  uint64_t ms = board::ms_count;
  cm::irq_restore(primask);
  return ms;
}

uint64_t ticks_us() { return board::ticks_us(); }

void sleep_us(uint64_t us) {
  uint64_t start = board::ticks_us();
  for (;;) {
    uint64_t elapsed = board::ticks_us() - start;
    if (elapsed >= us || interrupt_pending) return;
    // The tick wakes the core at least once a millisecond.
    if (us - elapsed > 1000) cm::wait_for_interrupt();
  }
}

// No real-time clock: seconds since boot (whole seconds without float, so
// that no software double arithmetic is linked).
double time_s() {
  uint32_t ms = static_cast<uint32_t>(ticks_ms());
  if constexpr (!cfg::float_) return static_cast<double>(ms / 1000);
  return static_cast<double>(ms) / 1000.0;
}

char* stack_top() { return _stack_top; }
size_t stack_size() { return static_cast<size_t>(_stack_top - _ram_start); }

// No file system: every path is absent and nothing can be changed.
constexpr int kENOENT = 2, kEBADF = 9, kEROFS = 30;
int open_file(const char*, const char*) { return -kENOENT; }
long read_file(int, void*, size_t) { return -kEBADF; }
long write_file(int, const void*, size_t) { return -kEBADF; }
long seek_file(int, long, int) { return -kEBADF; }
int close_file(int) { return -kEBADF; }
int stat_path(const char*) { return 0; }
int remove_file(const char*) { return -kENOENT; }
int rename_path(const char*, const char*) { return -kENOENT; }
int make_dir(const char*) { return -kEROFS; }
int remove_dir(const char*) { return -kENOENT; }
int change_dir(const char*) { return -kENOENT; }
long current_dir(char* buf, size_t n) {
  if (n < 2) return -kENOENT;
  buf[0] = '/';
  buf[1] = 0;
  return 1;
}
int stat_info(const char*, FileInfo*) { return -kENOENT; }
int open_dir(const char*) { return -kENOENT; }
long read_dir(int, char*, size_t) { return 0; }
void close_dir(int) {}

// A board has nowhere to exit to: it starts again.
[[noreturn]] void exit(int) { cm::system_reset(); }

const char* platform() { return board::kPlatform; }

uint32_t cpu_freq() { return board::cpu_hz(); }
size_t unique_id(uint8_t* out, size_t n) { return board::unique_id(out, n); }
void idle() { cm::wait_for_interrupt(); }
[[noreturn]] void reset() { cm::system_reset(); }

}  // namespace port
}  // namespace minnow
