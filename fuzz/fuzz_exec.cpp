// Fuzz target: source text through the compiler and the VM.
//
// One interpreter serves every input: before each run it is soft-reset
// (fresh __main__, builtins and sys.modules), the heap lock and GC
// threshold are cleared, and the program gets a step budget (backward jumps
// and calls, see cfg::step_budget) and a small heap, so runaway loops and
// allocations end in KeyboardInterrupt or MemoryError. Any Python exception
// is a normal outcome; a crash, a sanitizer report, a hang or a leak of the
// port (port::exit) is a bug.
//
// The heap is MINNOW_FUZZ_HEAP bytes (default 1 MB), of which a program may
// use about kProgramBytes: the rest is held by a ballast allocation, leaving
// room for the names interned by earlier inputs (they are never freed).
#include <cstdint>
#include <cstdlib>
#include <cstring>

#include "fuzz/fuzz_port.h"
#include "gc/heap.h"
#include "port/port.h"
#include "vm/state.h"

using namespace minnow;

namespace {

constexpr size_t kProgramBytes = 256 * 1024;
constexpr uint64_t kSteps = 20000;

size_t g_heap_bytes = 1 << 20;
void* g_ballast = nullptr;  // registered as a root while a program runs

// Leaves about kProgramBytes free for the program.
void take_ballast() {
  gc::Info in = gc::info();
  if (in.free > kProgramBytes + 4096) g_ballast = gc::try_alloc(in.free - kProgramBytes, gc::kNoScan);
}

void drop_ballast() {
  if (g_ballast) gc::free(g_ballast);
  g_ballast = nullptr;
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  fuzz::set_stack_top(static_cast<char*>(__builtin_frame_address(0)) + 64);
  if (const char* s = getenv("MINNOW_FUZZ_HEAP")) g_heap_bytes = strtoull(s, nullptr, 10);
  if (g_heap_bytes < 2 * kProgramBytes) g_heap_bytes = 2 * kProgramBytes;
  void* heap = malloc(g_heap_bytes);
  vm_init(heap, g_heap_bytes);
  gc::add_roots(&g_ballast, 1);
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  fuzz::set_stack_top(static_cast<char*>(__builtin_frame_address(0)) + 64);
  if (size > 64 * 1024) return -1;
  // An exact-size copy, so reading past the end is an AddressSanitizer report.
  char* src = static_cast<char*>(malloc(size ? size : 1));
  memcpy(src, data, size);

  while (gc::lock_depth()) gc::unlock();
  gc::set_threshold(0);
  vm_soft_reset();
  take_ballast();
  steps_left = kSteps;
  port::interrupt_pending = false;
  NlrBuf nb;
  if (MINNOW_TRY(nb)) {
    exec_source(src, size, QSTR(stdin_), 0, nullptr);
    nlr_pop();
  }
  while (gc::lock_depth()) gc::unlock();
  drop_ballast();
  free(src);
  return 0;
}
