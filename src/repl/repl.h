// The REPL: one implementation for every port, fed by the port's console
// bytes (port::read_byte / port::write).
//
// Modes, as MicroPython's REPL has them (so mpremote, Thonny and rshell
// drive Minnow unchanged):
//   friendly   `>>> ` prompts, line editing, history, completion, auto-indent
//   paste      Ctrl-E: `=== ` prompts, no auto-indent, Ctrl-D runs the text
//   raw        Ctrl-A: no echo, code ends with Ctrl-D, replies framed with
//              OK / \x04 (repl/rawrepl.cpp), plus raw-paste with flow control
//
// Newlines: the REPL writes "\n" and the console turns it into "\r\n" on the
// wire (the unix port keeps the terminal's output processing on; a board's
// console translates like MicroPython's "cooked" output), so what the REPL
// sends and what Python code prints agree.
//
// Memory: the line being typed and the input being gathered live in the GC
// heap only until they run; the history is a fixed buffer
// (cfg::repl_history_bytes) and completion allocates nothing that outlives
// the key press.
#pragma once
#include <cstddef>
#include <cstdint>

#include "compile/compiler.h"
#include "vm/runtime.h"

namespace minnow {

// How repl_run ended.
enum class ReplEnd : uint8_t {
  Exit,       // Ctrl-D at an empty friendly prompt, or the console closed:
              // the unix port exits, a board soft-resets
  SystemExit, // SystemExit reached the friendly prompt (its status is given)
  SoftReset,  // Ctrl-D on an empty raw-REPL line: the port calls
              // vm_soft_reset() and then repl_run() again, which resumes
              // in raw mode (the console stays raw in between)
};

// Runs the REPL until one of the ends above. The mode (friendly or raw)
// carries over from the previous call; the first call prints the banner.
// *status is set for ReplEnd::SystemExit.
ReplEnd repl_run(int* status);

// --- Shared by the files of src/repl ----------------------------------------

namespace repl {

// Control characters with a meaning to the REPL.
inline constexpr int kCtrlA = 0x01, kCtrlB = 0x02, kCtrlC = 0x03, kCtrlD = 0x04, kCtrlE = 0x05;

void write(const char* s, size_t n);
void write_cstr(const char* s);
// The next console byte; -1 when the console closed. An interrupt the port
// reports instead of a byte (read_byte() < -1) is Ctrl-C.
int read_key();

// A growable byte buffer in the GC heap (no pointers inside). It must live
// on the C stack so the collector sees its buffer.
struct Buf {
  char* data;
  size_t len;
  size_t cap;
};
void buf_init(Buf* b);
void buf_reserve(Buf* b, size_t extra);
void buf_insert(Buf* b, size_t at, const char* s, size_t n);
void buf_erase(Buf* b, size_t at, size_t n);
inline void buf_add(Buf* b, const char* s, size_t n) { buf_insert(b, b->len, s, n); }
inline void buf_add_char(Buf* b, char c) { buf_insert(b, b->len, &c, 1); }

// Runs src as __main__ with the console back in its normal (cooked) mode,
// so Ctrl-C raises KeyboardInterrupt. Returns the exception that escaped,
// or null.
Value exec(const char* src, size_t len, CompileMode mode);

// --- The line editor (repl/readline.cpp) ---

// What ended a line.
enum class LineEnd : uint8_t {
  Enter,   // the line is complete
  CtrlA,   // at an empty first line: enter raw mode
  CtrlB,   // at an empty first line: reprint the banner
  CtrlC,   // cancel the input
  CtrlD,   // at a blank line (nothing but spaces)
  CtrlE,   // at an empty first line: paste mode
  Closed,  // the console has no more input
};

// Writes prompt, then edits `line` (its initial text is the auto-indent,
// with the cursor after it) until Enter or a control key. `first` is set
// for the first line of an input: only there do Ctrl-A, Ctrl-B and Ctrl-E
// on an empty line leave the editor. Enter adds the line to the history.
LineEnd readline(Buf* line, const char* prompt, bool first);

// --- The raw REPL (repl/rawrepl.cpp) ---

enum class RawEnd : uint8_t { Friendly, SoftReset, Closed };
// Runs the raw REPL, printing its banner first. Returns on Ctrl-B (back to
// the friendly REPL), on Ctrl-D at an empty raw line ("soft reboot" has
// been printed) or when the console closes.
RawEnd raw_repl();

}  // namespace repl
}  // namespace minnow
