// The garbage-collected heap: one fixed region given at start-up.
//
// Layout of the region: [block states][no-scan bits][finaliser bits][blocks].
// Each block is cfg::gc_block bytes and has a 2-bit state: free, head (first
// block of an allocation), tail (a following block) or marked head.
//
// Collection is mark-sweep. Roots are scanned conservatively: the C stack and
// registers of the running thread (an interior pointer keeps its allocation
// alive) and the word ranges registered with add_roots(). Inside the heap only
// pointers to the first byte of an allocation count, so objects must keep a
// pointer to the head of every allocation they own. Allocations made with
// kNoScan (strings, digits, floats) are never scanned for pointers.
#pragma once
#include <cstddef>
#include <cstdint>

namespace minnow::gc {

inline constexpr unsigned kNoScan = 1;     // holds no pointers
inline constexpr unsigned kFinaliser = 2;  // call the finaliser hook when freed

// Takes the region [start, start+bytes) as the heap. Called once.
void init(void* start, size_t bytes);

// Returns zeroed memory of at least n bytes (n may be 0), collecting first if
// the heap is full. Raises MemoryError when there is no room or the heap is
// locked.
void* alloc(size_t n, unsigned flags = 0);
// As alloc, but returns null instead of raising.
void* try_alloc(size_t n, unsigned flags = 0);
// Grows or shrinks p (which may be null) keeping its contents; may move it.
// Raises MemoryError on failure, leaving p untouched.
void* realloc(void* p, size_t n);
// Frees p now (optional: unreachable memory is freed by collect()).
void free(void* p);
// Usable bytes of the allocation that starts at p.
size_t alloc_size(const void* p);
bool is_heap_ptr(const void* p);

void collect();

// Word ranges scanned as roots at every collection (up to a fixed number).
void add_roots(void* start, size_t n_words);
// A range whose end moves (the VM stack): [*start, *end) is scanned.
void add_dynamic_roots(void* const* start, void* const* end);

// heap_lock: while locked, alloc raises MemoryError. Nests.
void lock();
void unlock();
int lock_depth();

// Called for each freed allocation made with kFinaliser, before it is reused.
extern void (*finaliser)(void* obj);

struct Info {
  size_t total;            // bytes in blocks
  size_t used;             // bytes in allocated blocks
  size_t free;             // bytes in free blocks
  size_t max_free_run;     // largest free run, in blocks
  size_t n_allocs;         // live allocations
  size_t collections;      // collections so far
};
Info info();

// Automatic collection also starts after this many bytes were allocated since
// the last one (0 = only when full), like micropython's gc.threshold().
void set_threshold(size_t bytes);
size_t threshold();

// Torture modes for testing: collect before every collect_every-th
// allocation (1 = all of them, 0 = off; MINNOW_GC_TORTURE builds start at
// 1), and/or make the fail_at-th allocation from now fail (0 = never).
// Under AddressSanitizer free blocks are poisoned, so touching memory the
// collector freed is reported at once.
void set_torture(uint64_t collect_every, uint64_t fail_at);
uint64_t alloc_count();

}  // namespace minnow::gc
