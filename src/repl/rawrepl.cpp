// The raw REPL and raw-paste mode, byte for byte as MicroPython documents
// them (docs/reference/repl.rst, "Raw mode and raw-paste mode"), so that
// mpremote, pyboard.py, Thonny and rshell work.
//
// Raw REPL, after Ctrl-A:
//   device: "raw REPL; CTRL-B to exit\n" then ">"
//   host:   code bytes (not echoed), then Ctrl-D
//   device: "OK", the output, "\x04", the traceback if any, "\x04", ">"
//   Ctrl-D on an empty line: "soft reboot\n", then the banner again;
//   Ctrl-C drops the line; Ctrl-A starts again; Ctrl-B goes back to the
//   friendly REPL.
//
// Raw-paste, started by "\x05A\x01" at the raw prompt:
//   device: "R\x01", the window size W (2 bytes, little-endian), "\x01"
//           (refused: "R\x00", and the raw REPL goes on)
//   host:   may send W bytes per "\x01" received (two windows at first);
//           the device sends "\x01" each time it has taken W more bytes
//   host:   "\x04" ends the code (or "\x03" aborts: KeyboardInterrupt)
//   device: "\x04" (all received), then the output, "\x04", the
//           traceback if any, "\x04", ">"
#include "config.h"
#include "port/port.h"
#include "repl/repl.h"
#include "vm/state.h"

namespace minnow::repl {
namespace {

enum class Step : uint8_t { Prompt, Friendly, SoftReset, Closed };

// Prints the end of a run: "\x04", the exception (except SystemExit), "\x04".
void finish(Value exc) {
  write("\x04", 1);
  if (!exc.is_null() && !exc_matches(exc, &exc::SystemExit)) print_exception(&stdout_printer, exc);
  write("\x04", 1);
}

// Raw-paste mode, after "\x05A\x01". Returns after running the code, or
// Closed if the console closes.
Step raw_paste() {
  constexpr uint16_t w = cfg::raw_paste_window;
  const char reply[5] = {'R', 1, static_cast<char>(w & 0xff), static_cast<char>(w >> 8), 1};
  write(reply, sizeof reply);
  Buf code;
  buf_init(&code);
  size_t in_window = 0;
  bool aborted = false;
  for (;;) {
    int c = read_key();
    if (c < 0) return Step::Closed;
    if (c == kCtrlD || c == kCtrlC) {
      write("\x04", 1);
      aborted = c == kCtrlC;
      break;
    }
    buf_add_char(&code, static_cast<char>(c));
    if (++in_window == w) {
      in_window = 0;
      write("\x01", 1);
    }
  }
  Value exc = aborted ? exc_new(&exc::KeyboardInterrupt, 0, nullptr) : exec(code.data, code.len, CompileMode::File);
  port::console_set_raw(true);
  finish(exc);
  return Step::Prompt;
}

// Reads one program after the ">" prompt and runs it.
Step raw_input() {
  port::console_set_raw(true);  // before the prompt: the host answers it at once
  write(">", 1);
  Buf code;
  buf_init(&code);
  for (;;) {
    int c = read_key();
    if (c < 0) return Step::Closed;
    switch (c) {
      case kCtrlA:
        if (code.len == 2 && code.data[0] == kCtrlE && code.data[1] == 'A') {
          if constexpr (cfg::raw_paste_window > 0) return raw_paste();
          write("R\x00", 2);
          code.len = 0;
          continue;
        }
        write_cstr("raw REPL; CTRL-B to exit\n");
        return Step::Prompt;
      case kCtrlB:
        write_cstr("\n");
        return Step::Friendly;
      case kCtrlC:
        code.len = 0;
        continue;
      case kCtrlD: {
        if (code.len == 0) {
          write_cstr("soft reboot\n");
          return Step::SoftReset;
        }
        write("OK", 2);
        Value exc = exec(code.data, code.len, CompileMode::File);
        port::console_set_raw(true);
        finish(exc);
        return Step::Prompt;
      }
      default:
        buf_add_char(&code, static_cast<char>(c));
        continue;
    }
  }
}

// raw_input under a handler: a MemoryError while receiving is reported in
// the error part of the reply.
Step guarded_raw_input() {
  NlrBuf nb;
  if (MINNOW_TRY(nb)) {
    Step s = raw_input();
    nlr_pop();
    return s;
  }
  finish(nb.exc);
  return Step::Prompt;
}

}  // namespace

RawEnd raw_repl() {
  port::console_set_raw(true);
  write_cstr("raw REPL; CTRL-B to exit\n");
  for (;;) {
    switch (guarded_raw_input()) {
      case Step::Prompt: break;
      case Step::Friendly: return RawEnd::Friendly;
      case Step::SoftReset: return RawEnd::SoftReset;
      case Step::Closed: return RawEnd::Closed;
    }
  }
}

}  // namespace minnow::repl
