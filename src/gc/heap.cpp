// Mark-sweep collector over a fixed region (see heap.h for the layout).
#include "gc/heap.h"

#include <csetjmp>
#include <cstring>

#include "config.h"
#include "port/port.h"
#include "vm/error.h"

namespace minnow::gc {

void (*finaliser)(void* obj) = nullptr;

namespace {

constexpr size_t B = cfg::gc_block;
enum : uint8_t { kFree = 0, kHead = 1, kTail = 2, kMark = 3 };

struct Heap {
  uint8_t* atb = nullptr;      // 2-bit states, 4 blocks per byte
  uint8_t* noscan = nullptr;   // 1 bit per block
  uint8_t* final_ = nullptr;   // 1 bit per block
  uint8_t* pool = nullptr;     // first block
  uint8_t* pool_end = nullptr;
  size_t n_blocks = 0;
  size_t first_free = 0;       // no free block below this index
  // Runs of this many blocks and more are placed last-fit from the top. A
  // 16 KB board keeps fewer hints: its RAM is worth more than the search.
  static constexpr size_t kLargeBlocks = cfg::level >= MINNOW_LEVEL_STANDARD ? 64 : 16;
  size_t hint[kLargeBlocks] = {};  // hint[n]: no free run of n blocks below it
  size_t down_cursor = SIZE_MAX;   // where the last large allocation was placed
  int lock_depth = 0;
  bool collecting = false;
  size_t threshold = 0;
  size_t since_collect = 0;    // bytes allocated since the last collection
  size_t collections = 0;
  uint64_t torture_every = cfg::gc_torture ? 1 : 0;  // collect before every n-th allocation
  uint64_t fail_at = 0;
  uint64_t n_allocs = 0;

  // Explicit mark stack; when it overflows, marked heads are rescanned.
  // A 16 KB board keeps a short one (an overflow costs time, not memory).
  static constexpr size_t kMarkStack = cfg::level >= MINNOW_LEVEL_STANDARD ? 256 : 64;
  size_t mark_stack[kMarkStack];
  size_t mark_sp = 0;
  bool mark_overflow = false;

  static constexpr size_t kMaxRoots = cfg::level >= MINNOW_LEVEL_STANDARD ? 32 : 8;
  void* root_start[kMaxRoots];
  size_t root_words[kMaxRoots];
  size_t n_roots = 0;
  void* const* dyn_start[4];
  void* const* dyn_end[4];
  size_t n_dyn = 0;
};

Heap h;

inline unsigned state(size_t b) { return (h.atb[b >> 2] >> ((b & 3) * 2)) & 3; }
inline void set_state(size_t b, unsigned s) {
  uint8_t& byte = h.atb[b >> 2];
  unsigned shift = (b & 3) * 2;
  byte = static_cast<uint8_t>((byte & ~(3u << shift)) | (s << shift));
}
inline bool get_bit(const uint8_t* map, size_t b) { return (map[b >> 3] >> (b & 7)) & 1; }
inline void put_bit(uint8_t* map, size_t b, bool v) {
  if (v) map[b >> 3] |= static_cast<uint8_t>(1u << (b & 7));
  else map[b >> 3] &= static_cast<uint8_t>(~(1u << (b & 7)));
}
inline size_t block_of(const void* p) { return static_cast<size_t>(static_cast<const uint8_t*>(p) - h.pool) / B; }
inline void* ptr_of(size_t b) { return h.pool + b * B; }

// Under AddressSanitizer free blocks are poisoned, so a read or write of
// memory the collector has freed (a dangling pointer, a missed root, an
// object reading past its allocation) is reported where it happens.
#if defined(__SANITIZE_ADDRESS__)
#define MINNOW_HEAP_POISON 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define MINNOW_HEAP_POISON 1
#endif
#endif
#ifdef MINNOW_HEAP_POISON
extern "C" void __asan_poison_memory_region(void const volatile* addr, size_t size);
extern "C" void __asan_unpoison_memory_region(void const volatile* addr, size_t size);
inline void poison(size_t b, size_t n) { __asan_poison_memory_region(ptr_of(b), n * B); }
inline void unpoison(size_t b, size_t n) { __asan_unpoison_memory_region(ptr_of(b), n * B); }
#else
inline void poison(size_t, size_t) {}
inline void unpoison(size_t, size_t) {}
#endif
inline bool in_pool(const void* p) {
  auto q = static_cast<const uint8_t*>(p);
  return q >= h.pool && q < h.pool_end;
}

// Number of blocks of the allocation whose head is b.
size_t run_length(size_t b) {
  size_t e = b + 1;
  while (e < h.n_blocks && state(e) == kTail) e++;
  return e - b;
}

void push_mark(size_t b) {
  if (get_bit(h.noscan, b)) return;
  if (h.mark_sp < Heap::kMarkStack) h.mark_stack[h.mark_sp++] = b;
  else h.mark_overflow = true;
}

// Marks the allocation headed at b if it is an unmarked head.
inline void mark_head(size_t b) {
  if (state(b) != kHead) return;
  set_state(b, kMark);
  push_mark(b);
}

// A word found inside the heap: only pointers to a head count.
inline void mark_exact(uintptr_t w) {
  auto p = reinterpret_cast<const void*>(w);
  if (!in_pool(p)) return;
  size_t off = static_cast<size_t>(static_cast<const uint8_t*>(p) - h.pool);
  if (off % B) return;
  mark_head(off / B);
}

// A word found in a root: interior pointers count too.
void mark_conservative(uintptr_t w) {
  auto p = reinterpret_cast<const void*>(w);
  if (!in_pool(p)) return;
  size_t b = block_of(p);
  unsigned s = state(b);
  if (s == kFree) return;
  while (s == kTail) s = state(--b);
  mark_head(b);
}

void scan_block_run(size_t b) {
  size_t n = run_length(b);
  auto words = reinterpret_cast<const uintptr_t*>(ptr_of(b));
  size_t nw = n * B / sizeof(uintptr_t);
  for (size_t i = 0; i < nw; i++) mark_exact(words[i]);
}

void drain() {
  for (;;) {
    while (h.mark_sp) scan_block_run(h.mark_stack[--h.mark_sp]);
    if (!h.mark_overflow) return;
    // Some marked allocations were not scanned: scan every marked one again.
    h.mark_overflow = false;
    for (size_t b = 0; b < h.n_blocks; b++) {
      if (state(b) == kMark && !get_bit(h.noscan, b)) {
        scan_block_run(b);
        while (h.mark_sp) scan_block_run(h.mark_stack[--h.mark_sp]);
      }
    }
  }
}

// Reads words of the C stack, including ones AddressSanitizer poisons
// (redzones of other frames), so it must not be instrumented.
#if defined(__clang__) || defined(__GNUC__)
#define MINNOW_NO_ASAN __attribute__((no_sanitize("address")))
#else
#define MINNOW_NO_ASAN
#endif

MINNOW_NO_ASAN void scan_range_conservative(const void* lo, const void* hi) {
  auto a = reinterpret_cast<uintptr_t>(lo);
  auto e = reinterpret_cast<uintptr_t>(hi);
  a = (a + sizeof(uintptr_t) - 1) & ~(sizeof(uintptr_t) - 1);
  for (; a + sizeof(uintptr_t) <= e; a += sizeof(uintptr_t)) {
    uintptr_t w = *reinterpret_cast<const volatile uintptr_t*>(a);
    mark_conservative(w);
    if (h.mark_sp > Heap::kMarkStack / 2) drain();
  }
  drain();
}

[[gnu::noinline]] MINNOW_NO_ASAN void scan_stack() {
  // Spill callee-saved registers into a buffer on this frame.
  jmp_buf regs;
  setjmp(regs);
  volatile char here = 0;
  const char* lo = const_cast<const char*>(&here);
  scan_range_conservative(&regs, reinterpret_cast<const char*>(&regs) + sizeof regs);
  scan_range_conservative(lo, port::stack_top());
}

void sweep() {
  size_t b = 0;
  h.first_free = h.n_blocks;
  while (b < h.n_blocks) {
    if ((b & 3) == 0) {
      uint8_t byte = h.atb[b >> 2];
      if (byte == 0) {
        // Four free blocks.
        if (b < h.first_free) h.first_free = b;
        b += 4;
        continue;
      }
      unsigned nib_shift = b & 7;  // 0 or 4
      if (byte == 0x55 && !((h.final_[b >> 3] >> nib_shift) & 0xf) &&
          (b + 4 >= h.n_blocks || state(b + 4) != kTail)) {
        // Four unmarked one-block allocations without finalisers: all garbage.
        h.atb[b >> 2] = 0;
        h.noscan[b >> 3] &= static_cast<uint8_t>(~(0xfu << nib_shift));
        if (b < h.first_free) h.first_free = b;
        b += 4;
        continue;
      }
      if (byte == 0xff) {
        // Four marked one-block allocations: all live.
        h.atb[b >> 2] = 0x55;
        b += 4;
        continue;
      }
    }
    unsigned s = state(b);
    if (s == kMark) {
      set_state(b, kHead);
      b++;
    } else if (s == kHead) {
      if (get_bit(h.final_, b) && finaliser) finaliser(ptr_of(b));
      put_bit(h.final_, b, false);
      put_bit(h.noscan, b, false);
      set_state(b, kFree);
      if (b < h.first_free) h.first_free = b;
      b++;
      while (b < h.n_blocks && state(b) == kTail) set_state(b++, kFree);
    } else {
      if (s == kFree && b < h.first_free) h.first_free = b;
      b++;
    }
  }
}

// After a sweep: poisons every free run (only under AddressSanitizer).
void poison_free_blocks() {
#ifdef MINNOW_HEAP_POISON
  size_t run = 0;  // free blocks just before b
  for (size_t b = 0; b < h.n_blocks;) {
    if ((b & 3) == 0 && b + 4 <= h.n_blocks && h.atb[b >> 2] == 0) {
      run += 4;
      b += 4;
      continue;
    }
    if (state(b) == kFree) {
      run++;
    } else if (run) {
      poison(b - run, run);
      run = 0;
    }
    b++;
  }
  if (run) poison(h.n_blocks - run, run);
#endif
}

// Skips used blocks from b; returns the first free block (or n_blocks).
// The allocation table read 32 blocks at a time (8 bytes, 2 bits each).
inline uint64_t atb_word(size_t b) {
  uint64_t w;
  memcpy(&w, h.atb + (b >> 2), sizeof w);
  return w;
}
constexpr uint64_t kLowBits = 0x5555555555555555ull;
// All 32 blocks of the word are in use (no pair is 00).
inline bool word_all_used(uint64_t w) { return ((w | (w >> 1)) & kLowBits) == kLowBits; }

inline size_t skip_used(size_t b) {
  while (b < h.n_blocks) {
    if ((b & 31) == 0 && b + 32 <= h.n_blocks && word_all_used(atb_word(b))) {
      b += 32;
      continue;
    }
    if ((b & 3) == 0) {
      uint8_t byte = h.atb[b >> 2];
      // All four blocks of this byte are in use: skip them at once.
      if ((byte & 0x03) && (byte & 0x0c) && (byte & 0x30) && (byte & 0xc0)) {
        b += 4;
        continue;
      }
    }
    if (state(b) == kFree) return b;
    b++;
  }
  return h.n_blocks;
}

// Finds n contiguous free blocks; returns n_blocks if there are none.
// Keeps the invariant that no block below first_free is free.
// Placement: one-block allocations take the lowest free block; medium runs
// search first-fit from a per-size hint (no free run of that size exists
// below it); large runs (kLargeBlocks and up) search last-fit from the top of
// the heap, so big buffers are not boxed in by small objects.
size_t find_run_from(size_t b, size_t end, size_t n);
size_t find_run_down(size_t n);

size_t find_run(size_t n) {
  size_t b = skip_used(h.first_free);
  h.first_free = b;
  if (n == 1) return b;
  if (n >= Heap::kLargeBlocks) return find_run_down(n);
  size_t from = h.hint[n] > b ? h.hint[n] : b;
  size_t r = find_run_from(from, h.n_blocks, n);
  h.hint[n] = r;
  return r;
}

// Free blocks were made at block b: runs may now start there.
inline void lower_hints(size_t b) {
  for (size_t i = 0; i < Heap::kLargeBlocks; i++)
    if (h.hint[i] > b) h.hint[i] = b;
}

size_t find_run_down_from(size_t top, size_t bottom, size_t n);

// Large runs search downward from where the last one was placed, wrapping
// to the top of the heap once (a collection resets the cursor to the top).
size_t find_run_down(size_t n) {
  size_t cur = h.down_cursor > h.n_blocks ? h.n_blocks : h.down_cursor;
  size_t r = find_run_down_from(cur, h.first_free, n);
  if (r >= h.n_blocks && cur < h.n_blocks) {
    size_t low = cur > n ? cur - n : h.first_free;
    r = find_run_down_from(h.n_blocks, low > h.first_free ? low : h.first_free, n);
  }
  if (r < h.n_blocks) h.down_cursor = r;
  return r;
}

size_t find_run_down_from(size_t top, size_t bottom, size_t n) {
  size_t run = 0;
  size_t b = top;
  while (b > bottom) {
    if ((b & 31) == 0 && b >= 32 && b - 32 >= bottom) {
      uint64_t w = atb_word(b - 32);
      if (w == 0) {
        run += 32;
        b -= 32;
        if (run >= n) return b + run - n;
        continue;
      }
      if (word_all_used(w)) {
        run = 0;
        b -= 32;
        continue;
      }
    }
    b--;
    if (state(b) == kFree) {
      if (++run >= n) return b + run - n;
    } else {
      run = 0;
    }
  }
  return h.n_blocks;
}

size_t find_run_from(size_t b, size_t end, size_t n) {
  while (b < end) {
    if ((b & 31) == 0 && b + 32 <= end && word_all_used(atb_word(b))) {
      b += 32;
      continue;
    }
    if ((b & 3) == 0) {
      uint8_t byte = h.atb[b >> 2];
      if ((byte & 0x03) && (byte & 0x0c) && (byte & 0x30) && (byte & 0xc0)) {
        b += 4;
        continue;
      }
    }
    if (state(b) != kFree) {
      b++;
      continue;
    }
    size_t start = b;
    while (b < end && b - start < n) {
      if ((b & 31) == 0 && b + 32 <= end && b - start + 32 <= n && atb_word(b) == 0) {
        b += 32;
        continue;
      }
      if (state(b) != kFree) break;
      b++;
    }
    if (b - start == n) return start;
  }
  return h.n_blocks;
}

void* alloc_blocks(size_t nb, unsigned flags) {
  if (nb == 1) {
    // The common case (floats, small objects): the lowest free block. Its
    // flag bits were cleared when it was freed.
    size_t b = skip_used(h.first_free);
    if (b >= h.n_blocks) return nullptr;
    h.first_free = b + 1;
    set_state(b, kHead);
    if (flags) {
      put_bit(h.noscan, b, flags & kNoScan);
      put_bit(h.final_, b, flags & kFinaliser);
    }
    unpoison(b, 1);
    auto* p = reinterpret_cast<uint64_t*>(ptr_of(b));
    static_assert(B == 16, "one block is two 8-byte words");
    p[0] = 0;
    p[1] = 0;
    return p;
  }
  size_t b = find_run(nb);
  if (b >= h.n_blocks) return nullptr;
  if (b == h.first_free) h.first_free = b + nb;
  set_state(b, kHead);
  for (size_t i = 1; i < nb; i++) set_state(b + i, kTail);
  put_bit(h.noscan, b, flags & kNoScan);
  put_bit(h.final_, b, flags & kFinaliser);
  void* p = ptr_of(b);
  unpoison(b, nb);
  memset(p, 0, nb * B);
  return p;
}

}  // namespace

void init(void* start, size_t bytes) {
  auto base = reinterpret_cast<uintptr_t>(start);
  uintptr_t aligned = (base + B - 1) & ~(uintptr_t)(B - 1);
  bytes -= aligned - base;
  // Per block: B bytes + 2 bits + 1 bit + 1 bit = B + 0.5 bytes.
  size_t n = (bytes * 2) / (2 * B + 1);
  n &= ~static_cast<size_t>(7);
  for (;;) {
    size_t meta = n / 4 + n / 8 + n / 8;
    size_t meta_aligned = (meta + B - 1) & ~(B - 1);
    if (meta_aligned + n * B <= bytes) {
      auto m = reinterpret_cast<uint8_t*>(aligned);
      h.atb = m;
      h.noscan = m + n / 4;
      h.final_ = h.noscan + n / 8;
      h.pool = m + meta_aligned;
      break;
    }
    n -= 8;
  }
  h.n_blocks = n;
  h.pool_end = h.pool + n * B;
  memset(h.atb, 0, static_cast<size_t>(h.pool - h.atb));
  h.first_free = 0;
  poison(0, n);
}

void add_roots(void* start, size_t n_words) {
  if (h.n_roots < Heap::kMaxRoots) {
    h.root_start[h.n_roots] = start;
    h.root_words[h.n_roots] = n_words;
    h.n_roots++;
  }
}

void add_dynamic_roots(void* const* start, void* const* end) {
  if (h.n_dyn < 4) {
    h.dyn_start[h.n_dyn] = start;
    h.dyn_end[h.n_dyn] = end;
    h.n_dyn++;
  }
}

void collect() {
  if (h.collecting || h.lock_depth) return;
  h.collecting = true;
  h.mark_sp = 0;
  h.mark_overflow = false;
  for (size_t i = 0; i < h.n_roots; i++) {
    auto s = static_cast<const char*>(h.root_start[i]);
    scan_range_conservative(s, s + h.root_words[i] * sizeof(void*));
  }
  for (size_t i = 0; i < h.n_dyn; i++) scan_range_conservative(*h.dyn_start[i], *h.dyn_end[i]);
  scan_stack();
  sweep();
  poison_free_blocks();
  h.since_collect = 0;

  for (size_t i = 0; i < Heap::kLargeBlocks; i++) h.hint[i] = h.first_free;
  h.down_cursor = h.n_blocks;
  h.collections++;
  h.collecting = false;
}

void* try_alloc(size_t n, unsigned flags) {
  if (h.lock_depth || h.collecting) return nullptr;
  h.n_allocs++;
  if (h.fail_at && h.n_allocs == h.fail_at) return nullptr;
  size_t nb = n ? (n + B - 1) / B : 1;
  if (nb > h.n_blocks) return nullptr;
  if ((h.torture_every && h.n_allocs % h.torture_every == 0) || (h.threshold && h.since_collect >= h.threshold))
    collect();
  void* p = alloc_blocks(nb, flags);
  if (!p) {
    collect();
    p = alloc_blocks(nb, flags);
    if (!p) return nullptr;
  }
  h.since_collect += nb * B;
  return p;
}

void* alloc(size_t n, unsigned flags) {
  void* p = try_alloc(n, flags);
  if (!p) raise_memory_error();
  return p;
}

size_t alloc_size(const void* p) {
  if (!p || !in_pool(p)) return 0;
  return run_length(block_of(p)) * B;
}

bool is_heap_ptr(const void* p) { return in_pool(p); }

void free(void* p) {
  if (!p || !in_pool(p) || h.collecting) return;
  size_t b = block_of(p);
  if (state(b) != kHead) return;
  size_t n = run_length(b);
  put_bit(h.noscan, b, false);
  put_bit(h.final_, b, false);
  for (size_t i = 0; i < n; i++) set_state(b + i, kFree);
  poison(b, n);
  if (b < h.first_free) h.first_free = b;
  lower_hints(b);
  if (b + n > h.down_cursor) h.down_cursor = b + n;
}

void* realloc(void* p, size_t n) {
  if (!p) return alloc(n);
  size_t b = block_of(p);
  size_t have = run_length(b);
  size_t want = n ? (n + B - 1) / B : 1;
  if (want <= have) {
    // Shrink in place, freeing the tail blocks.
    for (size_t i = want; i < have; i++) set_state(b + i, kFree);
    if (want < have) {
      poison(b + want, have - want);
      if (b + want < h.first_free) h.first_free = b + want;
      lower_hints(b + want);
    }
    return p;
  }
  // Grow in place when the following blocks are free.
  size_t e = b + have;
  while (e < h.n_blocks && e - b < want && state(e) == kFree) e++;
  if (e - b == want && !h.lock_depth && !(h.fail_at && h.n_allocs + 1 == h.fail_at)) {
    h.n_allocs++;
    for (size_t i = have; i < want; i++) set_state(b + i, kTail);
    unpoison(b + have, want - have);
    memset(ptr_of(b + have), 0, (want - have) * B);
    if (h.first_free >= b + have && h.first_free < b + want) h.first_free = b + want;
    return p;
  }
  unsigned flags = (get_bit(h.noscan, b) ? kNoScan : 0) | (get_bit(h.final_, b) ? kFinaliser : 0);
  void* q = alloc(n, flags);  // p stays reachable through the caller's stack
  memcpy(q, p, have * B);
  free(p);
  return q;
}

void lock() { h.lock_depth++; }
void unlock() {
  if (h.lock_depth) h.lock_depth--;
}
int lock_depth() { return h.lock_depth; }

Info info() {
  Info r{};
  r.total = h.n_blocks * B;
  size_t run = 0;
  for (size_t b = 0; b < h.n_blocks; b++) {
    unsigned s = state(b);
    if (s == kFree) {
      r.free += B;
      run++;
      if (run > r.max_free_run) r.max_free_run = run;
    } else {
      run = 0;
      r.used += B;
      if (s == kHead || s == kMark) r.n_allocs++;
    }
  }
  r.collections = h.collections;
  return r;
}

void set_threshold(size_t bytes) { h.threshold = bytes; }
size_t threshold() { return h.threshold; }

void set_torture(uint64_t collect_every, uint64_t fail_at) {
  h.torture_every = collect_every;
  h.fail_at = fail_at ? h.n_allocs + fail_at : 0;
}
uint64_t alloc_count() { return h.n_allocs; }

}  // namespace minnow::gc
