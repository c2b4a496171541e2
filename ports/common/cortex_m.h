// The Cortex-M core peripherals both boards share (ARMv6-M and ARMv7-M):
// system control block, NVIC, SysTick, and interrupt masking. Addresses
// and bits are from the ARMv6-M / ARMv7-M Architecture Reference Manuals.
#pragma once
#include <cstddef>
#include <cstdint>

namespace minnow::cm {

// A memory-mapped 32-bit register.
inline volatile uint32_t& reg(uintptr_t addr) { return *reinterpret_cast<volatile uint32_t*>(addr); }

// System control block.
inline constexpr uintptr_t kIcsr = 0xE000ED04;   // interrupt control and state
inline constexpr uintptr_t kAircr = 0xE000ED0C;  // application interrupt and reset control
inline constexpr uintptr_t kShcsr = 0xE000ED24;  // system handler control and state (v7-M)
inline constexpr uintptr_t kCfsr = 0xE000ED28;   // configurable fault status (v7-M only)
inline constexpr uintptr_t kHfsr = 0xE000ED2C;   // hard fault status (v7-M only)
inline constexpr uintptr_t kBfar = 0xE000ED38;   // bus fault address (v7-M only)
inline constexpr uintptr_t kCpacr = 0xE000ED88;  // coprocessor access (v7-M with an FPU)
inline constexpr uint32_t kIcsrPendStSet = 1u << 26;
inline constexpr uint32_t kShcsrBusFaultEna = 1u << 17;
inline constexpr uint32_t kAircrSysResetReq = 0x05FA0004;  // VECTKEY | SYSRESETREQ

// SysTick.
inline constexpr uintptr_t kSysTickCtrl = 0xE000E010;
inline constexpr uintptr_t kSysTickLoad = 0xE000E014;
inline constexpr uintptr_t kSysTickVal = 0xE000E018;
inline constexpr uint32_t kSysTickEnable = 1, kSysTickInt = 2, kSysTickCpuClock = 4;

// NVIC: one set-enable bit per external interrupt.
inline void nvic_enable(unsigned irq) { reg(0xE000E100 + 4 * (irq >> 5)) = 1u << (irq & 31); }

// Masks interrupts and returns the previous mask, for irq_restore.
inline uint32_t irq_save() {
  uint32_t primask;
  asm volatile("mrs %0, primask\n cpsid i" : "=r"(primask)::"memory");
  return primask;
}
inline void irq_restore(uint32_t primask) { asm volatile("msr primask, %0" ::"r"(primask) : "memory"); }

// Sleeps until an interrupt is pending (at once if one already is).
inline void wait_for_interrupt() { asm volatile("wfi" ::: "memory"); }

// Asks the system for a reset and waits for it.
[[noreturn]] inline void system_reset() {
  asm volatile("dsb" ::: "memory");
  reg(kAircr) = kAircrSysResetReq;
  asm volatile("dsb" ::: "memory");
  for (;;) wait_for_interrupt();
}

}  // namespace minnow::cm
