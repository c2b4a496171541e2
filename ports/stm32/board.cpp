// Netduino Plus 2: an STM32F405RG (Cortex-M4F at 168 MHz), the board QEMU
// emulates as `-M netduinoplus2`. The console is USART1 (QEMU's first
// -serial); time is SysTick at 1 kHz.
//
// Register addresses and bits are from ST's RM0090 (STM32F405/415 reference
// manual). QEMU does not model the RCC, so the clock tree is left as QEMU
// presents it (168 MHz core, 84 MHz APB2); real hardware would have to
// start the PLL first.
#include "board.h"
#include "cortex_m.h"

// Loads a byte, or gives -1 when the load raises a bus fault: its one load
// instruction (16 bits long) is skipped by the bus fault handler.
extern "C" int32_t minnow_probe_load8(uintptr_t addr);
extern "C" char minnow_probe_load8_insn[];
asm(".section .text.minnow_probe_load8,\"ax\",%progbits\n"
    ".global minnow_probe_load8\n"
    ".global minnow_probe_load8_insn\n"
    ".thumb_func\n"
    ".type minnow_probe_load8, %function\n"
    "minnow_probe_load8:\n"
    "minnow_probe_load8_insn:\n"
    "  ldrb r0, [r0]\n"
    "  bx lr\n");

namespace minnow::board {

namespace {

using cm::reg;

constexpr uint32_t kCoreHz = 168000000;
constexpr uint32_t kApb2Hz = kCoreHz / 2;
constexpr uint32_t kBaud = 115200;

// RCC: clocks of the GPIO port and the USART.
constexpr uintptr_t kRcc = 0x40023800;
constexpr uintptr_t kRccAhb1Enr = kRcc + 0x30, kRccApb2Enr = kRcc + 0x44;
constexpr uint32_t kRccGpioAEn = 1u << 0, kRccUsart1En = 1u << 4;

// GPIOA: PA9 (TX) and PA10 (RX) in alternate function 7 (USART1).
constexpr uintptr_t kGpioA = 0x40020000;
constexpr uintptr_t kGpioModer = kGpioA + 0x00, kGpioAfrh = kGpioA + 0x24;

// USART1.
constexpr uintptr_t kUsart1 = 0x40011000;
constexpr uintptr_t kUsartSr = kUsart1 + 0x00, kUsartDr = kUsart1 + 0x04, kUsartBrr = kUsart1 + 0x08,
                    kUsartCr1 = kUsart1 + 0x0C;
constexpr uint32_t kSrRxne = 1u << 5, kSrTxe = 1u << 7;
constexpr uint32_t kCr1Re = 1u << 2, kCr1Te = 1u << 3, kCr1RxneIe = 1u << 5, kCr1Ue = 1u << 13;
constexpr unsigned kUsart1Irq = 37;

// The 96-bit unique device id (RM0090 39.1).
constexpr uintptr_t kUid = 0x1FFF7A10;

constexpr uint32_t kTickReload = kCoreHz / 1000 - 1;

}  // namespace

const char kPlatform[] = "stm32";

void early_init() {
  // The FPU (CP10 and CP11, full access) before any float instruction.
  reg(cm::kCpacr) = reg(cm::kCpacr) | (0xFu << 20);
  asm volatile("dsb\n isb" ::: "memory");
}

void init() {
  reg(cm::kShcsr) = reg(cm::kShcsr) | cm::kShcsrBusFaultEna;
  reg(kRccAhb1Enr) = reg(kRccAhb1Enr) | kRccGpioAEn;
  reg(kRccApb2Enr) = reg(kRccApb2Enr) | kRccUsart1En;
  reg(kGpioModer) = (reg(kGpioModer) & ~(0xFu << 18)) | (0xAu << 18);  // PA9, PA10: alternate
  reg(kGpioAfrh) = (reg(kGpioAfrh) & ~0xFF0u) | 0x770u;               // AF7

  // Baud rate: APB2 / (16 * baud) as a 12.4 fixed-point divider, rounded.
  reg(kUsartBrr) = (kApb2Hz + kBaud / 2) / kBaud;
  reg(kUsartCr1) = kCr1Ue | kCr1Te | kCr1Re | kCr1RxneIe;
  cm::nvic_enable(kUsart1Irq);

  reg(cm::kSysTickLoad) = kTickReload;
  reg(cm::kSysTickVal) = 0;
  reg(cm::kSysTickCtrl) = cm::kSysTickEnable | cm::kSysTickInt | cm::kSysTickCpuClock;
}

void uart_put(uint8_t c) {
  while (!(reg(kUsartSr) & kSrTxe)) {
  }
  reg(kUsartDr) = c;
}

void uart_rx_resume() { reg(kUsartCr1) = reg(kUsartCr1) | kCr1RxneIe; }

uint64_t ticks_us() {
  uint32_t primask = cm::irq_save();
  uint64_t ms = ms_count;
  uint32_t val = reg(cm::kSysTickVal);
  // The counter wrapped but its interrupt has not run yet: count that
  // millisecond, and read the counter again (it is past the wrap now).
  if (reg(cm::kIcsr) & cm::kIcsrPendStSet) {
    ms++;
    val = reg(cm::kSysTickVal);
  }
  cm::irq_restore(primask);
  return ms * 1000 + (kTickReload - val) / (kCoreHz / 1000000);
}

uint32_t cpu_hz() { return kCoreHz; }

// QEMU does not map the system memory that holds the id: the bytes are
// read with probe_load8, which gives -1 instead of faulting, and missing
// bytes read as zero.
size_t unique_id(uint8_t* out, size_t n) {
  size_t len = n < 12 ? n : 12;
  for (size_t i = 0; i < len; i++) {
    int32_t b = minnow_probe_load8(kUid + i);
    out[i] = b < 0 ? 0 : static_cast<uint8_t>(b);
  }
  return len;
}

}  // namespace minnow::board

// --- Interrupt handlers and the vector table ---------------------------------

using namespace minnow;

extern "C" void systick_isr() { board::tick_isr(); }

// A bus fault in minnow_probe_load8 makes it return -1; any other is fatal.
extern "C" [[gnu::used]] void bus_fault_entry(uint32_t* frame) {
  if ((frame[6] | 1) == (reinterpret_cast<uintptr_t>(minnow_probe_load8_insn) | 1)) {
    frame[0] = static_cast<uint32_t>(-1);
    frame[6] += 2;
    cm::reg(cm::kCfsr) = 0xFF00;  // clear the bus fault status
    return;
  }
  board::fault_report("BusFault", frame);
}

extern "C" [[gnu::naked]] void bus_fault_isr() {
  asm volatile(
      "mrs r0, msp\n"
      "b bus_fault_entry\n");
}

extern "C" void usart1_isr() {
  while (cm::reg(board::kUsartSr) & board::kSrRxne) {
    if (!board::rx_room()) {
      // Full: leave the byte in the USART, which holds the sender back.
      cm::reg(board::kUsartCr1) = cm::reg(board::kUsartCr1) & ~board::kCr1RxneIe;
      return;
    }
    board::rx_isr_byte(static_cast<uint8_t>(cm::reg(board::kUsartDr)));
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
constexpr int kIrqs = 82;  // STM32F405 external interrupts

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
  for (int i = 2; i <= 5; i++) t.handlers[i] = minnow_hard_fault;  // hard, memmanage, bus, usage
  t.handlers[4] = bus_fault_isr;
  t.handlers[10] = minnow_unexpected_irq;                           // svcall
  t.handlers[11] = minnow_unexpected_irq;                           // debug monitor
  t.handlers[13] = minnow_unexpected_irq;                           // pendsv
  t.handlers[14] = systick_isr;
  t.handlers[15 + board::kUsart1Irq] = usart1_isr;
  return t;
}

}  // namespace

[[gnu::section(".vectors"), gnu::used]] constinit const VectorTable vector_table = make_vectors();
