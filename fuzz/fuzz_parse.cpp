// Fuzz target: the lexer and parser alone (no VM, no GC heap).
//
// Each input is parsed as a file, as one interactive input and as an
// expression, statement by statement with the incremental parser, and given
// to the REPL's completeness check. Errors come back through the callback
// (a longjmp); nodes come from a bump arena over a fixed buffer whose
// exhaustion is reported as MemoryError, as the compiler's arena would.
#include <csetjmp>
#include <cstdint>
#include <cstdlib>
#include <cstring>

#include "parse/parser.h"

using namespace minnow;

namespace {

struct FixedArena : Arena {
  char* buf = nullptr;
  size_t cap = 0;
  size_t used = 0;
};

jmp_buf g_jmp;
ErrorKind g_kind;

void on_error(void*, ErrorKind kind, const char*, uint32_t, uint32_t) {
  g_kind = kind;
  longjmp(g_jmp, 1);
}

void* arena_alloc(Arena* self, size_t n) {
  auto* a = static_cast<FixedArena*>(self);
  n = (n + 15) & ~static_cast<size_t>(15);
  if (n > a->cap - a->used) on_error(nullptr, ErrorKind::MemoryError, "arena full", 0, 0);
  void* p = a->buf + a->used;
  a->used += n;
  return p;
}

FixedArena g_arena;

ParseConfig config() {
  ParseConfig pc;
  g_arena.alloc = arena_alloc;
  g_arena.used = 0;
  pc.arena = &g_arena;
  pc.error = on_error;
  return pc;
}

// Parses in one mode; the locals the longjmp crosses are trivially destructible.
void parse_as(const char* src, size_t len, ParseMode mode) {
  ParseConfig pc = config();
  if (setjmp(g_jmp) == 0) parse(pc, src, len, mode);
}

void parse_incrementally(const char* src, size_t len) {
  ParseConfig pc = config();
  alignas(16) static char storage[4096];
  if (statement_parser_size() > sizeof storage) abort();
  if (setjmp(g_jmp) == 0) {
    StatementParser* sp = parse_begin(storage, pc, src, len);
    while (parse_next_statement(sp)) {
    }
  }
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  g_arena.cap = 16u << 20;
  g_arena.buf = static_cast<char*>(malloc(g_arena.cap));
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > 256 * 1024) return -1;
  // An exact-size copy, so reading past the end is an AddressSanitizer report.
  char* src = static_cast<char*>(malloc(size ? size : 1));
  memcpy(src, data, size);
  parse_as(src, size, ParseMode::File);
  parse_as(src, size, ParseMode::Single);
  parse_as(src, size, ParseMode::Eval);
  parse_incrementally(src, size);
  check_input_complete(src, size);
  free(src);
  return 0;
}
