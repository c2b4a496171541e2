// The interactive prompt: reads lines from the port's console, asks the
// parser whether the input is complete, and runs it in __main__.
#include "compile/compiler.h"
#include "obj/dict.h"
#include "parse/parser.h"
#include "port/port.h"
#include "vm/state.h"

namespace minnow {

static const char* prompt_text(const Str* name, const char* fallback) {
  Value sys = dict_get(ts.modules, qv(QSTR(sys)));
  if (!sys.is_null()) {
    Value p = getattr_or_null(sys, name);
    if (is_str(p)) return p.as<Str>()->data();
  }
  return fallback;
}

// Reads one line (without the newline) into b; returns false at end of input.
static bool read_line(StrBuilder* b) {
  for (;;) {
    int c = port::read_byte();
    if (c < 0) {
      if (c == -2) {
        port::interrupt_pending = false;
        port::write("\nKeyboardInterrupt\n", 19);
        b->len = 0;
        return true;
      }
      return b->len > 0;
    }
    if (c == '\n') return true;
    if (c == '\r') continue;
    b->add_char(static_cast<char>(c));
  }
}

void repl_run() {
  const char* banner = "Minnow 0.1.0 on linux; Python 3 for microcontrollers\nType \"help()\" for more information.\n";
  port::write(banner, strlen(banner));
  for (;;) {
    StrBuilder src;
    const char* prompt = prompt_text(QSTR(ps1), ">>> ");
    for (;;) {
      port::write(prompt, strlen(prompt));
      StrBuilder line;
      if (!read_line(&line)) {
        port::write("\n", 1);
        return;
      }
      if (src.len) src.add_char('\n');
      src.add(line.buf, line.len);
      InputState st = check_input_complete(src.buf, src.len);
      if (st != InputState::Incomplete) break;
      prompt = prompt_text(QSTR(ps2), "... ");
    }
    if (src.len == 0) continue;
    src.add_char('\n');
    NlrBuf nb;
    if (MINNOW_TRY(nb)) {
      exec_source(src.buf, src.len, QSTR(stdin_), static_cast<int>(CompileMode::Single), nullptr);
      nlr_pop();
    } else {
      if (exc_matches(nb.exc, &exc::SystemExit)) {
        Value code = getattr(nb.exc, QSTR(code));
        port::exit(code.is_small() ? static_cast<int>(code.small()) : is_none(code) ? 0 : 1);
      }
      print_exception(&stderr_printer, nb.exc);
    }
  }
}

}  // namespace minnow
