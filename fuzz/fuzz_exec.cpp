// Fuzz target: source text through the compiler and the VM.
//
// One interpreter serves every input: before each run it is soft-reset
// (fresh __main__, builtins and sys.modules), the heap lock and GC
// threshold are cleared, and the program gets a step budget (backward
// jumps and calls, see cfg::step_budget; long big-int work pays too) and a
// small heap, so runaway loops, long computations and allocations end in
// KeyboardInterrupt or MemoryError. Any Python exception is a normal
// outcome; a crash, a sanitizer report, a hang or a leak of the port
// (port::exit) is a bug.
//
// The heap is MINNOW_FUZZ_HEAP bytes (default 1 MB), of which a program may
// use about kProgramBytes: the rest is held by ballast allocations, leaving
// room for the names interned by earlier inputs (they are never freed). The
// free space is fragmented by those names, so the ballast is taken in as
// many pieces as it needs (one piece would often not fit, and the program
// would get the whole heap, and time out working on huge numbers).
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include "config.h"
#include "fuzz/fuzz_port.h"
#include "gc/heap.h"
#include "obj/int.h"
#include "port/port.h"
#include "util/bignum.h"
#include "vm/state.h"

using namespace minnow;

namespace {

constexpr size_t kProgramBytes = 256 * 1024;
constexpr uint64_t kSteps = 20000;
// A big-int kernel polls after about a million digit operations (tenths of
// a second in this build): here each poll costs this many steps, so a
// program gets about ten of them.
constexpr uint64_t kStepsPerBignumPoll = 2000;
constexpr size_t kBallastPieces = 64;

size_t g_heap_bytes = 1 << 20;
void* g_ballast[kBallastPieces];  // registered as roots
bool g_warned = false;

// Leaves about kProgramBytes free for the program.
void take_ballast() {
  for (size_t i = 0; i < kBallastPieces; i++) {
    gc::Info in = gc::info();
    if (i == 0 && in.free < kProgramBytes / 2 && !g_warned) {
      g_warned = true;
      fprintf(stderr, "fuzz_exec: interned names fill the heap: programs get %zu bytes (set MINNOW_FUZZ_HEAP)\n",
              in.free);
    }
    if (in.free <= kProgramBytes + 4096) return;
    size_t want = in.free - kProgramBytes;
    size_t run = in.max_free_run * cfg::gc_block;
    g_ballast[i] = gc::try_alloc(want < run ? want : run, gc::kNoScan);
    if (!g_ballast[i]) break;
  }
  if (!g_warned) {
    g_warned = true;
    fprintf(stderr, "fuzz_exec: the heap is too fragmented for the ballast: programs get more than %zu bytes\n",
            kProgramBytes);
  }
}

void poll_bignum() {
  steps_left = steps_left > kStepsPerBignumPoll ? steps_left - kStepsPerBignumPoll : 0;
  int_poll_interrupt();
}

void drop_ballast() {
  for (void*& p : g_ballast) {
    if (p) gc::free(p);
    p = nullptr;
  }
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  fuzz::set_stack_top(static_cast<char*>(__builtin_frame_address(0)) + 64);
  if (const char* s = getenv("MINNOW_FUZZ_HEAP")) g_heap_bytes = strtoull(s, nullptr, 10);
  if (g_heap_bytes < 2 * kProgramBytes) g_heap_bytes = 2 * kProgramBytes;
  void* heap = malloc(g_heap_bytes);
  vm_init(heap, g_heap_bytes);
  bignum::poll_hook = poll_bignum;
  gc::add_roots(g_ballast, kBallastPieces);
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
