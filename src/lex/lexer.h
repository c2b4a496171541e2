// Minnow lexer: UTF-8 source text -> Python tokens, produced on demand.
//
// The lexer never materializes the token stream: each call to next() scans
// just far enough to return one token. All of its state lives in the Lexer
// object (no allocation), and the mid-line part of that state (LexState) is a
// small copyable value so that the parser can back up a few tokens.
//
// Token model (as in CPython's tokenizer):
//  - NEWLINE ends a logical line; blank and comment-only lines produce nothing.
//  - INDENT / DEDENT are produced at the start of a logical line whose
//    indentation differs from the enclosing block's. At end of input the
//    lexer emits a NEWLINE (if the last line had content), pending DEDENTs,
//    then ENDMARKER forever.
//  - Inside (), [] and {} newlines and indentation are insignificant.
//  - A string literal (any prefix, including f-strings) is one STRING token;
//    escape processing and f-string parsing are the parser's business.
//  - Keywords get their own token kinds; soft keywords are plain NAMEs.
//
// Errors are reported through the ErrorFn. The parser's callback never
// returns. The lexer itself tolerates a callback that returns (used by
// check_input_complete): it then yields Tok::Error followed by ENDMARKERs.
#pragma once

#include <cstddef>
#include <cstdint>

namespace minnow {

enum class ErrorKind : uint8_t {
    SyntaxError,
    IndentationError,
    TabError,
    MemoryError,
    RecursionError,
};

// Report a compile-time error. `msg` is only valid during the call. Contract
// towards the parser: the callback does not return (it longjmps out).
using ErrorFn = void (*)(void* ctx, ErrorKind kind, const char* msg,
                         uint32_t line, uint32_t col);

#define MINNOW_TOKENS(X)                                                      \
    X(EndMarker, "end of input") X(Newline, "newline") X(Indent, "indent")   \
    X(Dedent, "dedent") X(Name, "name") X(Number, "number")                  \
    X(String, "string") X(Error, "error")                                    \
    /* keywords: keep in this order, first KwFalse, last KwYield */          \
    X(KwFalse, "False") X(KwNone, "None") X(KwTrue, "True") X(KwAnd, "and")  \
    X(KwAs, "as") X(KwAssert, "assert") X(KwAsync, "async")                  \
    X(KwAwait, "await") X(KwBreak, "break") X(KwClass, "class")              \
    X(KwContinue, "continue") X(KwDef, "def") X(KwDel, "del")                \
    X(KwElif, "elif") X(KwElse, "else") X(KwExcept, "except")                \
    X(KwFinally, "finally") X(KwFor, "for") X(KwFrom, "from")                \
    X(KwGlobal, "global") X(KwIf, "if") X(KwImport, "import") X(KwIn, "in")  \
    X(KwIs, "is") X(KwLambda, "lambda") X(KwNonlocal, "nonlocal")            \
    X(KwNot, "not") X(KwOr, "or") X(KwPass, "pass") X(KwRaise, "raise")      \
    X(KwReturn, "return") X(KwTry, "try") X(KwWhile, "while")                \
    X(KwWith, "with") X(KwYield, "yield")                                    \
    /* operators and delimiters */                                           \
    X(LPar, "(") X(RPar, ")") X(LSqb, "[") X(RSqb, "]") X(LBrace, "{")       \
    X(RBrace, "}") X(Colon, ":") X(Comma, ",") X(Semi, ";") X(Plus, "+")     \
    X(Minus, "-") X(Star, "*") X(Slash, "/") X(VBar, "|") X(Amper, "&")      \
    X(Less, "<") X(Greater, ">") X(Equal, "=") X(Dot, ".") X(Percent, "%")   \
    X(EqEqual, "==") X(NotEqual, "!=") X(LessEqual, "<=")                    \
    X(GreaterEqual, ">=") X(Tilde, "~") X(Circumflex, "^")                   \
    X(LeftShift, "<<") X(RightShift, ">>") X(DoubleStar, "**")               \
    X(PlusEqual, "+=") X(MinEqual, "-=") X(StarEqual, "*=")                  \
    X(SlashEqual, "/=") X(PercentEqual, "%=") X(AmperEqual, "&=")            \
    X(VBarEqual, "|=") X(CircumflexEqual, "^=") X(LeftShiftEqual, "<<=")     \
    X(RightShiftEqual, ">>=") X(DoubleStarEqual, "**=")                      \
    X(DoubleSlash, "//") X(DoubleSlashEqual, "//=") X(At, "@")               \
    X(AtEqual, "@=") X(RArrow, "->") X(Ellipsis, "...") X(ColonEqual, ":=")

enum class Tok : uint8_t {
#define MINNOW_TOK_ENUM(name, text) name,
    MINNOW_TOKENS(MINNOW_TOK_ENUM)
#undef MINNOW_TOK_ENUM
    Count_
};

// Display text of a token kind: the operator/keyword itself, or a
// description ("name", "newline", ...).
const char* tok_text(Tok t);

inline bool tok_is_keyword(Tok t) { return t >= Tok::KwFalse && t <= Tok::KwYield; }

// Flags of a String token, describing its prefix and quoting.
enum : uint8_t {
    kStrRaw = 1,     // r/R prefix
    kStrBytes = 2,   // b/B prefix
    kStrFormat = 4,  // f/F prefix
    kStrU = 8,       // u/U prefix
    kStrTriple = 16, // ''' or """
};

struct Token {
    Tok kind;
    uint8_t flags;      // String only: kStr* bits
    uint8_t prefix_len; // String only: bytes of prefix before the quote
    uint32_t pos;       // byte offset of the first byte in the source
    uint32_t len;       // bytes
    uint32_t line;      // 1-based line of the first byte
    uint32_t col;       // 0-based byte column of the first byte
};

// Content of a String token: the bytes between the quotes (raw, unescaped).
struct StrBody {
    const char* s;
    uint32_t len;
    uint32_t line;  // position of the first body byte
    uint32_t col;
};
StrBody string_body(const char* src, const Token& t);

// Limits. Nesting of brackets is also bounded by the caller's limit.
inline constexpr uint32_t kMaxIndentLevels = 100;  // CPython: MAXINDENT
inline constexpr uint32_t kMaxBracketNesting = 200; // CPython: MAXLEVEL

// The part of the lexer state that changes within a logical line. Copying it
// (plus the parser's lookahead) is enough to rewind inside brackets.
struct LexState {
    uint32_t pos;          // next byte to scan
    uint32_t line;         // line number of pos
    uint32_t line_start;   // offset of the first byte of pos's line
    uint16_t paren_depth;  // open brackets
    uint16_t indent_depth; // entries in use in the indent stacks
    int16_t pending;       // >0: INDENTs to emit, <0: DEDENTs to emit
    bool at_bol;           // at the beginning of a logical line
    bool line_has_content; // a token was produced on this logical line
    bool done;             // ENDMARKER reached (or error)
    uint32_t outer_open_pos, outer_open_line, outer_open_line_start;
};

struct Lexer {
    const char* src;
    uint32_t end;          // scan [LexState.pos, end)
    uint16_t max_nesting;  // bracket limit (<= kMaxBracketNesting)
    bool in_fstring;       // lexing an f-string replacement field
    ErrorFn error;
    void* error_ctx;
    LexState st;
    char parens[kMaxBracketNesting];           // opener of each open bracket
    uint16_t indents[kMaxIndentLevels + 1];    // columns, tabs to 8
    uint16_t alt_indents[kMaxIndentLevels + 1];// columns, tabs to 1
};

// Prepare to lex src[begin, end). `line`/`line_start` give the position of
// `begin` (1 and begin for a whole file). A UTF-8 BOM at offset 0 is skipped.
// The source must already have passed validate_source().
void lexer_init(Lexer* lx, const char* src, uint32_t begin, uint32_t end,
                uint32_t line, uint32_t line_start, ErrorFn error,
                void* error_ctx, uint16_t max_nesting);

// Start in "inside brackets" mode, for the expression of an f-string field:
// newlines are insignificant and no INDENT/DEDENT/NEWLINE is produced.
void lexer_init_nested(Lexer* lx, const char* src, uint32_t begin,
                       uint32_t end, uint32_t line, uint32_t line_start,
                       ErrorFn error, void* error_ctx, uint16_t max_nesting);

Token lexer_next(Lexer* lx);

// Check that src[0, len) is valid UTF-8 without NUL bytes; reports a
// SyntaxError through `error` otherwise. Returns false if the callback
// returned.
bool validate_source(const char* src, size_t len, ErrorFn error, void* ctx);

// Decode one UTF-8 sequence at s (valid UTF-8 assumed); returns the code
// point and sets *n to the sequence length.
uint32_t utf8_decode(const char* s, uint32_t* n);

// Whether code point c may appear in an identifier (start: as its first
// character).
bool is_ident_char(uint32_t c, bool start = false);

}  // namespace minnow
