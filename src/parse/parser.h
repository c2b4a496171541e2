// Minnow parser: source text -> AST (see ast.h).
//
// A hand-written recursive-descent parser for Python 3.11's grammar without
// `match` and `except*`. It pulls tokens from the lexer on demand (a few
// tokens of lookahead), allocates every node from the caller's Arena, and
// reports errors through a callback that must not return. The parser holds
// only trivially destructible state, so longjmp-ing out of the callback is
// safe. Anything the parser accepts that CPython's compiler (not parser)
// rejects - 'return' outside a function, starred expressions in the wrong
// place, duplicate parameter names, ... - is left to the compiler, exactly
// as python3's ast.parse() accepts it.
#pragma once

#include <cstddef>
#include <cstdint>

#include "lex/lexer.h"
#include "parse/ast.h"

namespace minnow {

enum class ParseMode : uint8_t {
    File,    // compile(..., 'exec')   -> ast::Module
    Single,  // compile(..., 'single') -> ast::Interactive
    Eval,    // compile(..., 'eval')   -> ast::Expression
};

struct ParseConfig {
    Arena* arena = nullptr;
    ErrorFn error = nullptr;  // must not return
    void* error_ctx = nullptr;
    // Bracket nesting limit, "too many nested parentheses" (<= 200).
    uint16_t max_nesting = 200;
    // Limit on parser recursion (nested expressions, blocks, f-strings);
    // exceeding it reports RecursionError instead of overflowing the C stack.
    // C stack cost (32-bit, -Os): about 800 bytes per nested bracket (which
    // counts 2 units), 300 bytes per nested block, 64 bytes per unary
    // operator. Small boards should lower both limits, or set stack_limit.
    uint16_t max_depth = 1000;
    // Optional: lowest address the C stack may grow down to (for a stack
    // that grows downwards). The parser reports RecursionError when a
    // recursive step finds the stack pointer below it; leave ~1.5 KB of
    // headroom below this address for the frames between checks and the
    // error callback.
    const void* stack_limit = nullptr;
    // Optional: resolve the name in a "\N{...}" escape to a code point, or
    // return UINT32_MAX if unknown. Without it, \N{...} is a SyntaxError.
    uint32_t (*lookup_unicode_name)(void* ctx, const char* name, size_t len) = nullptr;
    void* lookup_ctx = nullptr;
};

// Parse a whole source text. Returns a Module, Interactive or Expression
// node. On error the callback is invoked (and does not return).
ast::Node* parse(const ParseConfig& cfg, const char* src, size_t len, ParseMode mode);

// Incremental file-mode parsing, for compiling top-level statements one at
// a time with little memory: call parse_begin, then parse_next_statement
// until it returns nullptr. The caller may reset its arena between
// statements (nodes never point into earlier statements). The source, the
// ParseConfig and the StatementParser's storage (statement_parser_size()
// bytes, pointer-aligned) must stay alive throughout.
struct StatementParser;
size_t statement_parser_size();  // bytes needed for a StatementParser
StatementParser* parse_begin(void* storage, const ParseConfig& cfg, const char* src, size_t len);
ast::Node* parse_next_statement(StatementParser* sp);

enum class InputState : uint8_t {
    Complete,    // ready to compile (it may still contain a syntax error)
    Incomplete,  // needs more lines: prompt "... "
    Error,       // certainly an error, no need to ask for more
};

// REPL helper: does this (multi-line) interactive input need more lines?
// Incomplete if the text ends inside brackets, inside a triple-quoted
// string, after a line-continuation backslash, or inside a compound
// statement (a line ending in ':' or starting with a decorator) that has
// not yet been closed by an empty line. Uses no arena and no callback.
InputState check_input_complete(const char* src, size_t len);

}  // namespace minnow
