// BBC micro:bit v1: an nRF51822 (Cortex-M0 at 16 MHz, 256 KB flash, 16 KB
// RAM), the board QEMU emulates as `-M microbit`. The console is UART0 on
// the edge connector's USB bridge pins (P0.24 TX, P0.25 RX); time is
// TIMER0 at 1 MHz, cleared every millisecond (the nRF51 has no SysTick).
//
// Register addresses and bits are from Nordic's nRF51 Series Reference
// Manual v3.0 (UART, TIMER, FICR chapters).
#include "board.h"
#include "cortex_m.h"

namespace minnow::board {

namespace {

using cm::reg;

constexpr uint32_t kCoreHz = 16000000;

// UART0.
constexpr uintptr_t kUart = 0x40002000;
constexpr uintptr_t kUartStartRx = kUart + 0x000, kUartStartTx = kUart + 0x008;
constexpr uintptr_t kUartRxdRdy = kUart + 0x108, kUartTxdRdy = kUart + 0x11C;
constexpr uintptr_t kUartIntenSet = kUart + 0x304, kUartIntenClr = kUart + 0x308;
constexpr uintptr_t kUartEnable = kUart + 0x500, kUartPselTxd = kUart + 0x50C, kUartPselRxd = kUart + 0x514;
constexpr uintptr_t kUartRxd = kUart + 0x518, kUartTxd = kUart + 0x51C, kUartBaud = kUart + 0x524;
constexpr uint32_t kUartIntRxdRdy = 1u << 2;
constexpr uint32_t kUartEnableOn = 4;
constexpr uint32_t kBaud115200 = 0x01D7E000;
constexpr uint32_t kPinTx = 24, kPinRx = 25;
constexpr unsigned kUartIrq = 2;

// TIMER0: 32-bit timer at 16 MHz / 2^4; CC[0] ends each millisecond and
// clears the counter (SHORTS COMPARE0_CLEAR); CC[1] takes captures.
constexpr uintptr_t kTimer = 0x40008000;
constexpr uintptr_t kTimerStart = kTimer + 0x000, kTimerClear = kTimer + 0x00C, kTimerCapture1 = kTimer + 0x044;
constexpr uintptr_t kTimerCompare0 = kTimer + 0x140, kTimerShorts = kTimer + 0x200;
constexpr uintptr_t kTimerIntenSet = kTimer + 0x304, kTimerMode = kTimer + 0x504, kTimerBitmode = kTimer + 0x508;
constexpr uintptr_t kTimerPrescaler = kTimer + 0x510, kTimerCc0 = kTimer + 0x540, kTimerCc1 = kTimer + 0x544;
constexpr uint32_t kTimerIntCompare0 = 1u << 16;
constexpr unsigned kTimerIrq = 8;

// FICR: the 64-bit device id.
constexpr uintptr_t kFicrDeviceId = 0x10000060;

}  // namespace

const char kPlatform[] = "nrf51";

void early_init() {}

void init() {
  reg(kUartPselTxd) = kPinTx;
  reg(kUartPselRxd) = kPinRx;
  reg(kUartBaud) = kBaud115200;
  reg(kUartEnable) = kUartEnableOn;
  reg(kUartTxdRdy) = 0;
  reg(kUartRxdRdy) = 0;
  reg(kUartStartTx) = 1;
  reg(kUartStartRx) = 1;
  reg(kUartIntenSet) = kUartIntRxdRdy;
  cm::nvic_enable(kUartIrq);

  reg(kTimerMode) = 0;       // timer
  reg(kTimerBitmode) = 3;    // 32 bits
  reg(kTimerPrescaler) = 4;  // 1 MHz
  reg(kTimerCc0) = 1000;
  reg(kTimerShorts) = 1;     // COMPARE0 -> CLEAR
  reg(kTimerIntenSet) = kTimerIntCompare0;
  reg(kTimerClear) = 1;
  reg(kTimerStart) = 1;
  cm::nvic_enable(kTimerIrq);
}

void uart_put(uint8_t c) {
  reg(kUartTxdRdy) = 0;
  reg(kUartTxd) = c;
  while (!reg(kUartTxdRdy)) {
  }
}

void uart_rx_resume() { reg(kUartIntenSet) = kUartIntRxdRdy; }

uint64_t ticks_us() {
  uint32_t primask = cm::irq_save();
  uint64_t ms = ms_count;
  reg(kTimerCapture1) = 1;
  uint32_t us = reg(kTimerCc1);
  // The millisecond ended but its interrupt has not run yet: count it, and
  // capture again (the counter has been cleared).
  if (reg(kTimerCompare0)) {
    ms++;
    reg(kTimerCapture1) = 1;
    us = reg(kTimerCc1);
  }
  cm::irq_restore(primask);
  if (us >= 1000) us = 999;
  return ms * 1000 + us;
}

uint32_t cpu_hz() { return kCoreHz; }

size_t unique_id(uint8_t* out, size_t n) {
  size_t len = n < 8 ? n : 8;
  for (size_t i = 0; i < len; i++) out[i] = *reinterpret_cast<const volatile uint8_t*>(kFicrDeviceId + i);
  return len;
}

}  // namespace minnow::board

// --- Interrupt handlers and the vector table ---------------------------------

using namespace minnow;

extern "C" void timer0_isr() {
  cm::reg(board::kTimerCompare0) = 0;
  board::tick_isr();
}

extern "C" void uart0_isr() {
  while (cm::reg(board::kUartRxdRdy)) {
    if (!board::rx_room()) {
      // Full: leave the bytes in the UART, which holds the sender back.
      cm::reg(board::kUartIntenClr) = board::kUartIntRxdRdy;
      return;
    }
    // Clear the event first: reading RXD raises it again for the next byte.
    cm::reg(board::kUartRxdRdy) = 0;
    board::rx_isr_byte(static_cast<uint8_t>(cm::reg(board::kUartRxd)));
  }
}

extern "C" {
void minnow_reset();
void minnow_nmi();
void minnow_hard_fault();
void minnow_unexpected_irq();
extern char _stack_top[];
}

namespace {

using Handler = void (*)();
constexpr int kIrqs = 32;  // nRF51 peripherals

struct VectorTable {
  void* initial_sp;
  Handler handlers[15 + kIrqs];  // exceptions 1-15, then IRQ 0...
};

constexpr VectorTable make_vectors() {
  VectorTable t{};
  t.initial_sp = _stack_top;
  for (Handler& h : t.handlers) h = minnow_unexpected_irq;
  for (int i = 0; i < 15; i++) t.handlers[i] = nullptr;  // reserved slots stay 0
  t.handlers[0] = minnow_reset;
  t.handlers[1] = minnow_nmi;
  t.handlers[2] = minnow_hard_fault;
  t.handlers[10] = minnow_unexpected_irq;  // svcall
  t.handlers[13] = minnow_unexpected_irq;  // pendsv
  t.handlers[14] = minnow_unexpected_irq;  // systick
  t.handlers[15 + board::kUartIrq] = uart0_isr;
  t.handlers[15 + board::kTimerIrq] = timer0_isr;
  return t;
}

}  // namespace

[[gnu::section(".vectors"), gnu::used]] constinit const VectorTable vector_table = make_vectors();
