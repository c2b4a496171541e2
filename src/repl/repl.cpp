// The REPL's modes and the friendly and paste-mode prompts (see repl.h).
#include "repl/repl.h"

#include <cstring>

#include "config.h"
#include "obj/dict.h"
#include "parse/parser.h"
#include "port/port.h"
#include "vm/state.h"

namespace minnow {
namespace repl {

void write(const char* s, size_t n) { port::write(s, n); }
void write_cstr(const char* s) { port::write(s, strlen(s)); }

int read_key() {
  int c = port::read_byte();
  if (c < -1) {
    port::interrupt_pending = false;
    return kCtrlC;
  }
  return c;
}

// --- Buf ---------------------------------------------------------------------

void buf_init(Buf* b) {
  b->cap = 32;
  b->data = static_cast<char*>(gc::alloc(b->cap, gc::kNoScan));
  b->len = 0;
}

void buf_reserve(Buf* b, size_t extra) {
  if (b->len + extra + 1 <= b->cap) return;
  size_t cap = b->cap * 2;
  while (cap < b->len + extra + 1) cap *= 2;
  b->data = static_cast<char*>(gc::realloc(b->data, cap));
  b->cap = cap;
}

void buf_insert(Buf* b, size_t at, const char* s, size_t n) {
  if (n == 0) return;
  buf_reserve(b, n);
  memmove(b->data + at + n, b->data + at, b->len - at);
  memcpy(b->data + at, s, n);
  b->len += n;
  b->data[b->len] = 0;
}

void buf_erase(Buf* b, size_t at, size_t n) {
  memmove(b->data + at, b->data + at + n, b->len - at - n);
  b->len -= n;
  b->data[b->len] = 0;
}

// --- Running code ------------------------------------------------------------

Value exec(const char* src, size_t len, CompileMode mode) {
  // The terminal goes back to its normal mode so that Ctrl-C raises
  // KeyboardInterrupt (through the port's SIGINT) and input() reads lines.
  port::console_set_raw(false);
  port::interrupt_pending = false;
  Frame* frame = ts.frame;
  Value* stack_top = ts.stack_top;
  int depth = ts.py_depth;
  NlrBuf nb;
  Value exc = Value::null();
  if (MINNOW_TRY(nb)) {
    exec_source(src, len, QSTR(stdin_), static_cast<int>(mode), nullptr);
    nlr_pop();
  } else {
    exc = nb.exc;
    ts.frame = frame;
    ts.stack_top = stack_top;
    ts.py_depth = depth;
    ts.handled_exc = Value::null();
  }
  // A Ctrl-C that came after the code finished is dropped.
  port::interrupt_pending = false;
  return exc;
}

}  // namespace repl

namespace {

using namespace repl;

// The mode carries over between calls of repl_run (a soft reset in raw mode
// comes back to raw mode).
bool raw_mode = false;

void banner() {
  write_cstr("Minnow ");
  write_cstr(cfg::version);
  write_cstr(" on ");
  write_cstr(port::platform());
  write_cstr("; Python 3 for microcontrollers\nType \"help()\" for more information.\n");
}

// sys.ps1 / sys.ps2 when sys is loaded and they are strs, else the default.
const char* prompt_text(const Str* name, const char* fallback) {
  Value sys = dict_get(ts.modules, qv(QSTR(sys)));
  if (sys.is_null() || !is_type(sys, &module_type)) return fallback;
  Value p = module_lookup(sys.as<Module>(), name);
  const Str* s = p.is_null() ? nullptr : as_str(p);
  return s ? s->data() : fallback;
}

enum class Next : uint8_t { Again, Raw, Exit, SystemExit };

// Runs an input; an exception is printed, SystemExit ends the REPL.
Next run(const char* src, size_t len, CompileMode mode, int* status) {
  Value exc = exec(src, len, mode);
  if (exc.is_null()) return Next::Again;
  if (exc_matches(exc, &exc::SystemExit)) {
    *status = system_exit_status(exc);
    return Next::SystemExit;
  }
  print_exception(&stderr_printer, exc);
  return Next::Again;
}

bool is_blank(const char* s, size_t n) {
  for (size_t i = 0; i < n; i++)
    if (s[i] != ' ' && s[i] != '\t') return false;
  return true;
}

// Start of the last line of text (which ends in '\n') before `end`.
size_t line_start(const Buf* text, size_t end) {
  size_t i = end;
  while (i > 0 && text->data[i - 1] != '\n') i--;
  return i;
}

// Auto-indent of the next line of a compound statement, as MicroPython
// documents it: the indent of the previous line, one level (4 spaces) more
// after a line ending in ':', none once two lines in a row were blank (so
// Enter three times ends any block).
void auto_indent(const Buf* input, Buf* line) {
  size_t end = input->len - 1;  // the '\n' of the last line
  size_t start = line_start(input, end);
  const char* last = input->data + start;
  size_t n = end - start;
  if (is_blank(last, n) && start > 0) {
    size_t prev = line_start(input, start - 1);
    if (is_blank(input->data + prev, start - 1 - prev)) return;
  }
  size_t indent = 0;
  while (indent < n && last[indent] == ' ') indent++;
  size_t e = n;
  while (e > 0 && (last[e - 1] == ' ' || last[e - 1] == '\t')) e--;
  if (e > 0 && last[e - 1] == ':') indent += 4;
  for (size_t i = 0; i < indent; i++) buf_add_char(line, ' ');
}

// Paste mode (Ctrl-E): lines are echoed with `=== ` prompts and no
// auto-indent; Ctrl-D compiles everything as a file and runs it, Ctrl-C
// drops it.
Next paste_mode(int* status) {
  write_cstr("\npaste mode; Ctrl-C to cancel, Ctrl-D to finish\n=== ");
  Buf text;
  buf_init(&text);
  bool after_cr = false;
  for (;;) {
    int c = read_key();
    if (c < 0) {
      write_cstr("\n");
      return Next::Exit;
    }
    bool lf_after_cr = c == '\n' && after_cr;
    after_cr = c == '\r';
    if (lf_after_cr) continue;
    if (c == kCtrlC) {
      write_cstr("\n");
      return Next::Again;
    }
    if (c == kCtrlD) {
      write_cstr("\n");
      return run(text.data, text.len, CompileMode::File, status);
    }
    if (c == '\r' || c == '\n') {
      buf_add_char(&text, '\n');
      write_cstr("\n=== ");
    } else if (c == 0x7f || c == 0x08) {
      // Backspace within the current line.
      if (text.len && text.data[text.len - 1] != '\n') {
        size_t p = text.len - 1;
        while (p > 0 && (static_cast<uint8_t>(text.data[p]) & 0xc0) == 0x80) p--;
        buf_erase(&text, p, text.len - p);
        write_cstr("\b \b");
      }
    } else {
      char ch = static_cast<char>(c);
      buf_add_char(&text, ch);
      write(&ch, 1);
    }
  }
}

// Reads one input (a line, or the lines of a compound statement) at the
// friendly prompt and runs it.
Next friendly_input(int* status) {
  Buf input;  // the lines so far, each ending in '\n'
  buf_init(&input);
  bool first = true;
  for (;;) {
    Buf line;
    buf_init(&line);
    if (!first) auto_indent(&input, &line);
    const char* prompt = first ? prompt_text(QSTR(ps1), ">>> ") : prompt_text(QSTR(ps2), "... ");
    LineEnd end = readline(&line, prompt, first);
    switch (end) {
      case LineEnd::Closed:
        write_cstr("\n");
        return Next::Exit;
      case LineEnd::CtrlA:
        write_cstr("\n");
        return Next::Raw;
      case LineEnd::CtrlB:
        write_cstr("\n");
        banner();
        return Next::Again;
      case LineEnd::CtrlC:
        write_cstr("\n");
        return Next::Again;
      case LineEnd::CtrlE:
        return paste_mode(status);
      case LineEnd::CtrlD:
        write_cstr("\n");
        if (first) return Next::Exit;
        // Ctrl-D on a continuation line runs what was typed.
        return run(input.data, input.len, CompileMode::Single, status);
      case LineEnd::Enter:
        break;
    }
    write_cstr("\n");
    bool blank = is_blank(line.data, line.len);
    if (first && blank) return Next::Again;
    buf_add(&input, line.data, line.len);
    buf_add_char(&input, '\n');
    // A line of nothing but (auto-indent) spaces does not end a block: only
    // an empty one does (MicroPython's rule).
    if (!first && blank && line.len > 0) continue;
    first = false;
    if (check_input_complete(input.data, input.len) != InputState::Incomplete) break;
  }
  return run(input.data, input.len, CompileMode::Single, status);
}

// One friendly input under a handler: a MemoryError while editing is
// printed and the prompt comes back.
Next guarded_friendly_input(int* status) {
  NlrBuf nb;
  if (MINNOW_TRY(nb)) {
    Next n = friendly_input(status);
    nlr_pop();
    return n;
  }
  port::console_set_raw(false);
  write_cstr("\n");
  print_exception(&stderr_printer, nb.exc);
  return Next::Again;
}

}  // namespace

ReplEnd repl_run(int* status) {
  // Raw input from the start: bytes a tool sends as soon as it sees a
  // banner or a prompt must not meet a cooked terminal. The terminal stays
  // raw across a soft reset.
  port::console_set_raw(true);
  bool show_banner = true;
  for (;;) {
    if (raw_mode) {
      RawEnd e = raw_repl();
      if (e == RawEnd::SoftReset) return ReplEnd::SoftReset;
      if (e == RawEnd::Closed) {
        port::console_set_raw(false);
        return ReplEnd::Exit;
      }
      raw_mode = false;
      show_banner = true;
    }
    if (show_banner) banner();
    show_banner = false;
    Next n = guarded_friendly_input(status);
    if (n == Next::Raw) {
      raw_mode = true;
    } else if (n == Next::Exit || n == Next::SystemExit) {
      port::console_set_raw(false);
      return n == Next::Exit ? ReplEnd::Exit : ReplEnd::SystemExit;
    }
  }
}

}  // namespace minnow
