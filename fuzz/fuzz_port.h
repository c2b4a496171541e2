// What the fuzz targets set in their sandbox port (fuzz/port_fuzz.cpp).
#pragma once
#include <cstddef>

namespace minnow::fuzz {

// C stack the core may use below the top set here (the real stack is 8 MB;
// libFuzzer's own frames sit above the target's).
inline constexpr size_t kStackBytes = 4u << 20;

// The highest stack address the core may use (and the GC scans up to):
// call it on entry to the fuzz target, before touching the VM.
void set_stack_top(char* top);

}  // namespace minnow::fuzz
