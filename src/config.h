// Minnow feature configuration: every switch of the core lives here.
//
// A port selects a level by defining MINNOW_LEVEL before this header is read
// (normally with -DMINNOW_LEVEL=... from its build), and may override single
// switches the same way. Each switch is an `inline constexpr` so code can use
// `if constexpr (cfg::float_)` inside function bodies; the matching MINNOW_*
// macro exists only where a declaration has to be left out entirely.
#pragma once
#include <cstddef>
#include <cstdint>

#define MINNOW_LEVEL_MINIMAL 0   // 16 KB boards: no float, no big ints
#define MINNOW_LEVEL_STANDARD 1  // pyboard-class boards
#define MINNOW_LEVEL_FULL 2      // the unix port: everything

// A board's own settings (ports/<board>/config_board.h), read first: the
// build names the header with -DMINNOW_BOARD_CONFIG='"config_board.h"'.
#ifdef MINNOW_BOARD_CONFIG
#include MINNOW_BOARD_CONFIG
#endif

#ifndef MINNOW_LEVEL
#define MINNOW_LEVEL MINNOW_LEVEL_FULL
#endif

// float and complex objects and the math module (cmath: MINNOW_MOD_CMATH).
#ifndef MINNOW_FLOAT
#define MINNOW_FLOAT (MINNOW_LEVEL >= MINNOW_LEVEL_STANDARD)
#endif
// Arbitrary-precision ints; without it ints overflow into OverflowError.
#ifndef MINNOW_BIGINT
#define MINNOW_BIGINT (MINNOW_LEVEL >= MINNOW_LEVEL_STANDARD)
#endif
// Unicode character tables (about 20 KB of flash) for str methods on
// non-ASCII text: isalpha, upper, isprintable (repr)... Without them only
// ASCII and Latin-1 characters are classified (see util/unicode.h).
#ifndef MINNOW_UNICODE
#define MINNOW_UNICODE (MINNOW_LEVEL >= MINNOW_LEVEL_FULL)
#endif
// Optional modules, one switch each, so that a small board can leave out
// what it cannot fit (importing one that is left out raises ImportError).
// All are in from the standard level up; the minimal level keeps none.
#ifndef MINNOW_MOD_ARRAY
#define MINNOW_MOD_ARRAY (MINNOW_LEVEL >= MINNOW_LEVEL_STANDARD)
#endif
#ifndef MINNOW_MOD_COLLECTIONS
#define MINNOW_MOD_COLLECTIONS (MINNOW_LEVEL >= MINNOW_LEVEL_STANDARD)
#endif
#ifndef MINNOW_MOD_ERRNO
#define MINNOW_MOD_ERRNO (MINNOW_LEVEL >= MINNOW_LEVEL_STANDARD)
#endif
#ifndef MINNOW_MOD_HEAPQ
#define MINNOW_MOD_HEAPQ (MINNOW_LEVEL >= MINNOW_LEVEL_STANDARD)
#endif
// The io module: StringIO and BytesIO (and the file objects of open() where
// the port has files; open() itself is a builtin at every level).
#ifndef MINNOW_MOD_IO
#define MINNOW_MOD_IO (MINNOW_LEVEL >= MINNOW_LEVEL_STANDARD)
#endif
#ifndef MINNOW_MOD_JSON
#define MINNOW_MOD_JSON (MINNOW_LEVEL >= MINNOW_LEVEL_STANDARD)
#endif
#ifndef MINNOW_MOD_OS
#define MINNOW_MOD_OS (MINNOW_LEVEL >= MINNOW_LEVEL_STANDARD)
#endif
#ifndef MINNOW_MOD_RANDOM
#define MINNOW_MOD_RANDOM (MINNOW_LEVEL >= MINNOW_LEVEL_STANDARD)
#endif
#ifndef MINNOW_MOD_STRUCT
#define MINNOW_MOD_STRUCT (MINNOW_LEVEL >= MINNOW_LEVEL_STANDARD)
#endif
// The cmath module (about 9 KB of flash on a board). Optional in MicroPython
// too: only the full level has it (complex numbers themselves are always
// there with float).
#ifndef MINNOW_MOD_CMATH
#define MINNOW_MOD_CMATH (MINNOW_FLOAT && MINNOW_LEVEL >= MINNOW_LEVEL_FULL)
#endif
// math.erf, erfc, gamma and lgamma: about 11 KB of libm on a board, left
// out below the full level (as MicroPython's ports do by default).
#ifndef MINNOW_MATH_SPECIAL
#define MINNOW_MATH_SPECIAL (MINNOW_LEVEL >= MINNOW_LEVEL_FULL)
#endif
// The math functions CPython added after 3.5 that MicroPython's math does
// not have (exp2, log1p, cbrt, remainder, nextafter, ulp, fsum, dist, prod,
// perm, comb, lcm, isqrt): about 4 KB on a board, full level only.
// factorial, gcd, isclose and hypot stay at every level with float.
#ifndef MINNOW_MATH_EXTRA
#define MINNOW_MATH_EXTRA (MINNOW_LEVEL >= MINNOW_LEVEL_FULL)
#endif
// list.sort specialised for int and for str keys: faster, and about 10 KB
// more flash than the one general sorter.
#ifndef MINNOW_FAST_SORT
#define MINNOW_FAST_SORT (MINNOW_LEVEL >= MINNOW_LEVEL_FULL)
#endif
// Float <-> text conversion (util/fltfmt) by its exact big-integer paths
// only: the same correctly rounded results from about 5 KB less flash, at
// 2-7 times the time.
#ifndef MINNOW_FLTFMT_COMPACT
#define MINNOW_FLTFMT_COMPACT (MINNOW_LEVEL < MINNOW_LEVEL_FULL)
#endif
// The OSError subclasses other than FileNotFoundError and the Warning
// classes (26 exception types, about 3 KB on a board), as MicroPython leaves
// them out: full level only. See obj/exceptions.def.
#ifndef MINNOW_EXC_EXTRA
#define MINNOW_EXC_EXTRA (MINNOW_LEVEL >= MINNOW_LEVEL_FULL)
#endif
// What CPython has and MicroPython leaves out, full level only (about 23 KB
// on a board). The operators and the language itself are untouched; the
// API goes: the operator methods of the numbers and of str (int.__add__...),
// float.hex/fromhex/as_integer_ratio/is_integer, int.bit_count and
// as_integer_ratio; the str/bytes methods ljust, rjust, zfill, title,
// istitle, swapcase, capitalize, expandtabs, isalnum, isascii, translate,
// maketrans, removeprefix, removesuffix, casefold, isdecimal, isnumeric,
// isidentifier, isprintable and format_map; range.count/index, type.mro,
// with_traceback, ascii(), vars(), sys.getrecursionlimit/setrecursionlimit/
// intern and the introspection attributes of functions, generators,
// tracebacks and properties; and in the modules what MicroPython's lack:
// collections beyond deque's append/appendleft/pop/popleft/extend,
// namedtuple and OrderedDict; array beyond append/extend; struct.Struct,
// iter_unpack and struct.error; json's indent, sort_keys, ensure_ascii and
// default; memoryview beyond indexing, slicing and len; io streams'
// readlines, writelines, truncate and the readable/writable/seekable/closed
// queries; heapq beyond heappush/heappop/heapify; random.shuffle. Each
// file's header says what it leaves out.
#ifndef MINNOW_CPYTHON_EXTRA
#define MINNOW_CPYTHON_EXTRA (MINNOW_LEVEL >= MINNOW_LEVEL_FULL)
#endif
// One-character ASCII strings (s[i], iteration, chr()) come from a table of
// 128 constant strings in flash (2 KB on a 32-bit board) instead of the
// heap. A board short of flash but not of RAM can turn it off.
#ifndef MINNOW_ASCII_CHAR_STRS
#define MINNOW_ASCII_CHAR_STRS 1
#endif
// The port has a file system: open() makes file objects (io.FileIO,
// io.TextIOWrapper) and os has its file functions. Without one (the
// boards), open() checks the count and names of its arguments and raises
// FileNotFoundError, or OSError EBADF for a descriptor; the file objects
// are left out and os keeps only sep, as MicroPython's os without a VFS.
#ifndef MINNOW_FILES
#define MINNOW_FILES 1
#endif
// The machine module (reset, freq, unique_id, idle...): a port that turns
// it on defines the machine functions of port.h (the boards do).
#ifndef MINNOW_MACHINE
#define MINNOW_MACHINE 0
#endif
// sys.implementation._machine: the board and its chip.
#ifndef MINNOW_MACHINE_NAME
#define MINNOW_MACHINE_NAME "Minnow unix"
#endif
// Compressed error messages: set by a build that compresses the message
// literals of the raise calls (the boards, tools/boards/compress_msgs.py,
// about 12 KB less flash); raise_msg, raise_vfmt and MsgBuf expand them. Messages
// read the same either way.
#ifndef MINNOW_COMPRESSED_MSGS
#define MINNOW_COMPRESSED_MSGS 0
#endif
// GC torture: collect at every allocation (a debug build switch; the unix
// port also has `-X gctorture`).
#ifndef MINNOW_GC_TORTURE
#define MINNOW_GC_TORTURE 0
#endif
// Step budget: the VM counts backward jumps and calls down from
// minnow::steps_left (set by the embedder) and raises KeyboardInterrupt when
// it reaches 0, so runaway programs stop. For fuzzing and sandboxes; off in
// ordinary builds (it costs a decrement per loop iteration and call).
#ifndef MINNOW_STEP_BUDGET
#define MINNOW_STEP_BUDGET 0
#endif

namespace minnow::cfg {

inline constexpr int level = MINNOW_LEVEL;
inline constexpr bool float_ = MINNOW_FLOAT;
inline constexpr bool bigint = MINNOW_BIGINT;
inline constexpr bool unicode = MINNOW_UNICODE;
inline constexpr bool gc_torture = MINNOW_GC_TORTURE;
inline constexpr bool step_budget = MINNOW_STEP_BUDGET;
inline constexpr bool mod_array = MINNOW_MOD_ARRAY;
inline constexpr bool mod_cmath = MINNOW_MOD_CMATH;
inline constexpr bool mod_collections = MINNOW_MOD_COLLECTIONS;
inline constexpr bool mod_errno = MINNOW_MOD_ERRNO;
inline constexpr bool mod_heapq = MINNOW_MOD_HEAPQ;
inline constexpr bool mod_io = MINNOW_MOD_IO;
inline constexpr bool mod_json = MINNOW_MOD_JSON;
inline constexpr bool mod_os = MINNOW_MOD_OS;
inline constexpr bool mod_random = MINNOW_MOD_RANDOM;
inline constexpr bool mod_struct = MINNOW_MOD_STRUCT;
inline constexpr bool math_special = MINNOW_MATH_SPECIAL;
inline constexpr bool fast_sort = MINNOW_FAST_SORT;
inline constexpr bool fltfmt_compact = MINNOW_FLTFMT_COMPACT;
inline constexpr bool files = MINNOW_FILES;
inline constexpr bool machine = MINNOW_MACHINE;
inline constexpr char machine_name[] = MINNOW_MACHINE_NAME;

// Bytes per GC block, the allocation unit: a boxed float (type + double on a
// 64-bit host) or a three-field object on a 32-bit board fits in one block.
inline constexpr size_t gc_block = 16;

// Depth of Python calls before RecursionError (CPython's default is 1000).
inline constexpr int max_py_depth = MINNOW_LEVEL >= MINNOW_LEVEL_FULL ? 1000 : 100;

// Value-stack words reserved for frames of Python functions run by the VM
// (a board with RAM to spare raises it with -DMINNOW_VM_STACK_WORDS=...).
#ifndef MINNOW_VM_STACK_WORDS
#define MINNOW_VM_STACK_WORDS (MINNOW_LEVEL >= MINNOW_LEVEL_FULL ? 64 * 1024 : 512)
#endif
inline constexpr size_t vm_stack_words = MINNOW_VM_STACK_WORDS;

// Bytes of C stack kept free below the limit: past it, RecursionError.
inline constexpr size_t c_stack_margin = MINNOW_LEVEL >= MINNOW_LEVEL_FULL ? 64 * 1024 : 1024;

// Nesting limit of brackets in the parser, like CPython's.
inline constexpr int max_parse_nesting = 200;

// Minnow's version, shown by the REPL's banner.
inline constexpr char version[] = "0.1.0";

// Bytes of the REPL's line history: a fixed buffer of the last lines typed
// (the oldest are dropped to make room).
inline constexpr size_t repl_history_bytes =
    MINNOW_LEVEL >= MINNOW_LEVEL_FULL ? 2048 : MINNOW_LEVEL >= MINNOW_LEVEL_STANDARD ? 512 : 256;

// Raw-paste mode's flow-control window: the host may send this many bytes
// per window granted (0 refuses raw-paste, and hosts fall back to raw mode).
inline constexpr uint16_t raw_paste_window = MINNOW_LEVEL >= MINNOW_LEVEL_FULL ? 256 : 128;

}  // namespace minnow::cfg
