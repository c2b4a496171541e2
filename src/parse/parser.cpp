// Minnow parser: infrastructure, statements and entry points.
// Expressions live in parse_expr.cpp, string literals in parse_string.cpp.
#include "parse/parser.h"

#include "parse/parser_impl.h"

namespace minnow {
namespace detail {

bool starts_operand(Tok k) {
    switch (k) {
        case Tok::Name: case Tok::Number: case Tok::String: case Tok::LPar: case Tok::LSqb:
        case Tok::LBrace: case Tok::KwNone: case Tok::KwTrue: case Tok::KwFalse: case Tok::Ellipsis:
        case Tok::Minus: case Tok::Plus: case Tok::Tilde: case Tok::KwAwait:
            return true;
        default:
            return false;
    }
}

// --- infrastructure -------------------------------------------------------

void Parser::init(const ParseConfig& c, const char* s, size_t len) {
    cfg = &c;
    arena = c.arena;
    src = s;
    src_len = static_cast<uint32_t>(len);
    lx = &main_lexer;
    la_n = 0;
    prev_kind = prev2_kind = Tok::Newline;
    depth = 0;
    fstring_nesting = 0;
    for (Lexer*& l : fstring_lexers) l = nullptr;
    scratch = scratch_inline;
    sp = 0;
    cap = kScratchInline;
    lexer_init(&main_lexer, s, 0, src_len, 1, 0, c.error, c.error_ctx, c.max_nesting);
    la[0] = lexer_next(lx);
    la_n = 1;
}

void Parser::grow_scratch() {
    uint32_t ncap = cap * 2;
    void** n = static_cast<void**>(alloc(ncap * sizeof(void*)));
    memcpy(n, scratch, sp * sizeof(void*));
    scratch = n;
    cap = ncap;
}

void Parser::mark(Mark* m) const {
    m->st = lx->st;
    for (uint32_t i = 0; i < la_n; i++) m->la[i] = la[i];
    m->la_n = la_n;
    m->sp = sp;
}

void Parser::reset(const Mark& m) {
    lx->st = m.st;
    for (uint32_t i = 0; i < m.la_n; i++) la[i] = m.la[i];
    la_n = m.la_n;
    sp = m.sp;
}

namespace {
struct TokErr {
    bool set;
    ErrorKind kind;
    uint32_t line, col;
    MsgBuf msg;
};
void capture_tok_error(void* ctx, ErrorKind k, const char* msg, uint32_t line, uint32_t col) {
    TokErr* e = static_cast<TokErr*>(ctx);
    if (e->set) return;
    e->set = true;
    e->kind = k;
    e->line = line;
    e->col = col;
    e->msg.add(msg);
}
// Which tokenizer errors override a parser error (mirrors CPython 3.11):
// not indentation problems nor a bad line continuation, and an unclosed
// bracket only if it was opened on an earlier line than the parser error.
bool tok_error_wins(const TokErr& e, uint32_t parser_line) {
    if (e.kind != ErrorKind::SyntaxError) return false;
    const char* m = e.msg.c_str();
    if (strcmp(m, "unexpected EOF while parsing") == 0 ||
        strcmp(m, "unexpected character after line continuation character") == 0)
        return false;
    size_t n = strlen(m);
    const char* suffix = "was never closed";
    size_t k = strlen(suffix);
    if (n >= k && strcmp(m + n - k, suffix) == 0) return e.line < parser_line;
    return true;
}
}  // namespace

void Parser::fail(ErrorKind k, const char* msg, uint32_t line, uint32_t col) {
    MsgText expanded(msg);
    msg = expanded.text;
    // As in CPython, an error the tokenizer finds anywhere in the rest of
    // the source takes priority over a parser error. (Error path only: the
    // scan uses a copy of the main lexer, kept in the arena to spare stack.)
    if (k == ErrorKind::SyntaxError || k == ErrorKind::IndentationError) {
        Lexer* scan = static_cast<Lexer*>(alloc(sizeof(Lexer)));
        memcpy(static_cast<void*>(scan), &main_lexer, sizeof(Lexer));
        TokErr* e = new (alloc(sizeof(TokErr))) TokErr();
        scan->error = capture_tok_error;
        scan->error_ctx = e;
        for (;;) {
            Tok t = lexer_next(scan).kind;
            if (t == Tok::EndMarker || t == Tok::Error) break;
        }
        if (e->set && tok_error_wins(*e, line)) {
            cfg->error(cfg->error_ctx, e->kind, e->msg.c_str(), e->line, e->col);
            __builtin_trap();
        }
    }
    if (fstring_nesting > 0 && k == ErrorKind::SyntaxError && strncmp(msg, "f-string", 8) != 0) {
        MsgBuf m;
        m.add("f-string: ").add(msg);
        cfg->error(cfg->error_ctx, k, m.c_str(), line, col);
    } else {
        cfg->error(cfg->error_ctx, k, msg, line, col);
    }
    __builtin_trap();  // the callback must not return
}

void Parser::fail_at(const Token& t, const char* msg) {
    fail(ErrorKind::SyntaxError, msg, t.line, t.col);
}

void Parser::fail_node(const Node* n, const char* msg) {
    fail(ErrorKind::SyntaxError, msg, n->line, n->col);
}

void Parser::fail_cat(const Node* n, const char* a, const char* b, const char* c) {
    MsgBuf m;
    m.add(a).add(b).add(c);
    fail(ErrorKind::SyntaxError, m.c_str(), n->line, n->col);
}

[[noreturn, gnu::noinline, gnu::cold]] static void fail_indented_block(Parser& p, const char* what,
                                                                       uint32_t header_line) {
    MsgBuf msg;
    msg.add("expected an indented block after ").add(what).add(" on line ").add_uint(header_line);
    p.fail(ErrorKind::IndentationError, msg.c_str(), p.tok().line, p.tok().col);
}

[[noreturn, gnu::noinline, gnu::cold]] static void fail_print(Parser& p, const Node* v) {
    const Ident& id = v->as<Name>()->id;
    MsgBuf msg;
    msg.add("Missing parentheses in call to '").add(id.s, id.len).add("'. Did you mean ");
    msg.add(id.s, id.len).add("(...)?");
    p.fail_node(v, msg.c_str());
}

void Parser::fail_recursion() {
    fail(ErrorKind::RecursionError, "maximum recursion depth exceeded during parsing", tok().line,
         tok().col);
}

void Parser::unexpected() {
    const Token& t = tok();
    if (t.kind == Tok::Indent || t.kind == Tok::Dedent) {
        // Reported as is: later tokenizer errors do not take priority.
        cfg->error(cfg->error_ctx, ErrorKind::IndentationError,
                   t.kind == Tok::Indent ? "unexpected indent" : "unexpected unindent", t.line, t.col);
        __builtin_trap();
    }
    // `NAME = value` inside brackets, where only an expression can be.
    if (t.kind == Tok::Equal && prev_kind == Tok::Name && prev2_kind != Tok::Dot &&
        lx->st.paren_depth > 0 && starts_operand(peek(1).kind))
        fail_at(t, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
    fail_at(t, "invalid syntax");
}

void Parser::expect(Tok t) {
    if (kind() == t) {
        advance();
        return;
    }
    unexpected();
}

Ident Parser::expect_name() {
    if (kind() != Tok::Name) unexpected();
    Ident id = ident(tok());
    advance();
    return id;
}

// --- blocks -----------------------------------------------------------------

// block: ':' (NEWLINE INDENT statement+ DEDENT | simple_stmts)
// `what` names the header for "expected an indented block after ...".
Seq<Node> Parser::block(const char* what, uint32_t header_line) {
    if (kind() != Tok::Colon) {
        // Like CPython: "expected ':'" when the header is complete (the line
        // ends there), and always after `def ... ` and `try`.
        if (kind() == Tok::Newline || what[0] == 'f' || strcmp(what, "'try' statement") == 0)
            fail_at(tok(), "expected ':'");
        unexpected();
    }
    advance();
    uint32_t m = scratch_mark();
    if (kind() == Tok::Newline) {
        advance();
        if (kind() != Tok::Indent) fail_indented_block(*this, what, header_line);
        advance();
        enter();
        while (kind() != Tok::Dedent && kind() != Tok::EndMarker) statement();
        accept(Tok::Dedent);
        leave();
    } else {
        simple_stmts();
    }
    return take<Node>(m);
}

// statement: compound_stmt | simple_stmts
void Parser::statement() {
    switch (kind()) {
        case Tok::KwDef:
        case Tok::KwClass:
        case Tok::KwIf:
        case Tok::KwWhile:
        case Tok::KwFor:
        case Tok::KwTry:
        case Tok::KwWith:
        case Tok::At:
            push(compound_stmt());
            return;
        case Tok::KwAsync: {
            Tok n = peek(1).kind;
            if (n == Tok::KwDef || n == Tok::KwFor || n == Tok::KwWith) {
                push(compound_stmt());
                return;
            }
            break;
        }
        case Tok::Indent:
        case Tok::Dedent:
            unexpected();
        default:
            break;
    }
    simple_stmts();
}

// simple_stmts: simple_stmt (';' simple_stmt)* [';'] NEWLINE
void Parser::simple_stmts() {
    Node* last;
    for (;;) {
        last = simple_stmt();
        push(last);
        if (!accept(Tok::Semi)) break;
        if (kind() == Tok::Newline) break;
    }
    if (kind() != Tok::Newline) {
        // Python 2 style `print x` / `exec code`.
        Node* v = last->kind == NodeKind::Expr     ? last->as<Expr>()->value
                  : last->kind == NodeKind::Assign ? last->as<Assign>()->value
                                                   : nullptr;
        // `a, b c = d`: an item of a tuple is followed by NAME '='.
        if (v && v->kind == NodeKind::Tuple && last->kind == NodeKind::Expr && kind() == Tok::Name &&
            peek(1).kind == Tok::Equal && starts_operand(peek(2).kind))
            fail_at(tok(), "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
        if (v && v->kind == NodeKind::Name && at_expr_start() && kind() != Tok::Star) {
            const Ident& id = v->as<Name>()->id;
            if (id.eq("print") || id.eq("exec")) fail_print(*this, v);
        }
        unexpected();
    }
    advance();
}

Node* Parser::compound_stmt() {
    switch (kind()) {
        case Tok::KwIf: return if_stmt();
        case Tok::KwWhile: return while_stmt();
        case Tok::KwFor: return for_stmt(nullptr);
        case Tok::KwTry: return try_stmt();
        case Tok::KwWith: return with_stmt(nullptr);
        case Tok::KwDef: return funcdef(nullptr, Seq<Node>{nullptr, 0});
        case Tok::KwClass: return classdef(Seq<Node>{nullptr, 0});
        case Tok::At: return decorated();
        case Tok::KwAsync: {
            Token a = tok();
            advance();
            if (kind() == Tok::KwDef) return funcdef(&a, Seq<Node>{nullptr, 0});
            if (kind() == Tok::KwFor) return for_stmt(&a);
            if (kind() == Tok::KwWith) return with_stmt(&a);
            unexpected();
        }
        default:
            unexpected();
    }
}

// --- simple statements ------------------------------------------------------

static bool at_stmt_end(Tok k) {
    return k == Tok::Newline || k == Tok::Semi || k == Tok::EndMarker;
}

Node* Parser::simple_stmt() {
    Token t = tok();
    switch (t.kind) {
        case Tok::KwPass: advance(); return node_at<Pass>(t);
        case Tok::KwBreak: advance(); return node_at<Break>(t);
        case Tok::KwContinue: advance(); return node_at<Continue>(t);
        case Tok::KwReturn: {
            advance();
            Return* r = node_at<Return>(t);
            if (!at_stmt_end(kind())) r->value = star_expressions();
            return r;
        }
        case Tok::KwRaise: {
            advance();
            Raise* r = node_at<Raise>(t);
            if (!at_stmt_end(kind())) {
                r->exc = expression();
                if (accept(Tok::KwFrom)) r->cause = expression();
            }
            return r;
        }
        case Tok::KwGlobal: return global_stmt(false);
        case Tok::KwNonlocal: return global_stmt(true);
        case Tok::KwDel: return del_stmt();
        case Tok::KwAssert: {
            advance();
            Assert* a = node_at<Assert>(t);
            a->test = expression();
            if (accept(Tok::Comma)) a->msg = expression();
            return a;
        }
        case Tok::KwImport: return import_stmt();
        case Tok::KwFrom: return from_stmt();
        default: return expr_stmt();
    }
}

static bool augassign_op(Tok t, OperatorKind* op) {
    switch (t) {
        case Tok::PlusEqual: *op = OperatorKind::Add; return true;
        case Tok::MinEqual: *op = OperatorKind::Sub; return true;
        case Tok::StarEqual: *op = OperatorKind::Mult; return true;
        case Tok::AtEqual: *op = OperatorKind::MatMult; return true;
        case Tok::SlashEqual: *op = OperatorKind::Div; return true;
        case Tok::PercentEqual: *op = OperatorKind::Mod; return true;
        case Tok::AmperEqual: *op = OperatorKind::BitAnd; return true;
        case Tok::VBarEqual: *op = OperatorKind::BitOr; return true;
        case Tok::CircumflexEqual: *op = OperatorKind::BitXor; return true;
        case Tok::LeftShiftEqual: *op = OperatorKind::LShift; return true;
        case Tok::RightShiftEqual: *op = OperatorKind::RShift; return true;
        case Tok::DoubleStarEqual: *op = OperatorKind::Pow; return true;
        case Tok::DoubleSlashEqual: *op = OperatorKind::FloorDiv; return true;
        default: return false;
    }
}

// expression statement, assignment, augmented or annotated assignment:
//   star_targets '=' ... (yield_expr | star_expressions)
//   single_target augassign (yield_expr | star_expressions)
//   single_target ':' expression ['=' annotated_rhs]
//   star_expressions
Node* Parser::expr_stmt() {
    Token first = tok();
    bool bare_yield = kind() == Tok::KwYield;
    Node* e = bare_yield ? yield_expr() : star_expressions();
    OperatorKind op;
    if (kind() == Tok::Equal) {
        Assign* a = node_at<Assign>(first);
        uint32_t m = scratch_mark();
        while (kind() == Tok::Equal) {
            if (bare_yield) fail_node(e, "assignment to yield expression not possible");
            advance();
            // Like CPython, an invalid first target gets the "Maybe you
            // meant '=='" hint when an operand (not another target) follows.
            bool hint = sp == m && starts_operand(kind()) && peek(1).kind != Tok::Equal &&
                        peek(1).kind != Tok::ColonEqual;
            set_context(e, ExprContext::Store, hint ? TargetUse::AssignFirst : TargetUse::Assign);
            push(e);
            bare_yield = kind() == Tok::KwYield;
            e = bare_yield ? yield_expr() : star_expressions();
        }
        a->targets = take<Node>(m);
        a->value = e;
        return a;
    }
    if (kind() == Tok::Colon) {
        switch (e->kind) {
            case NodeKind::Name:
            case NodeKind::Attribute:
            case NodeKind::Subscript: break;
            case NodeKind::Tuple: fail_node(e, "only single target (not tuple) can be annotated");
            case NodeKind::List: fail_node(e, "only single target (not list) can be annotated");
            default: fail_node(e, "illegal target for annotation");
        }
        advance();
        AnnAssign* a = node_at<AnnAssign>(first);
        set_context(e, ExprContext::Store, TargetUse::Assign);
        a->target = e;
        a->annotation = expression();
        a->simple = e->kind == NodeKind::Name && first.kind != Tok::LPar;
        if (accept(Tok::Equal)) a->value = kind() == Tok::KwYield ? yield_expr() : star_expressions();
        return a;
    }
    if (augassign_op(kind(), &op)) {
        switch (e->kind) {
            case NodeKind::Name:
            case NodeKind::Attribute:
            case NodeKind::Subscript: break;
            default:
                fail_cat(e, "'", expr_description(e), "' is an illegal expression for augmented assignment");
        }
        advance();
        AugAssign* a = node_at<AugAssign>(first);
        set_context(e, ExprContext::Store, TargetUse::Assign);
        a->target = e;
        a->op = op;
        a->value = kind() == Tok::KwYield ? yield_expr() : star_expressions();
        return a;
    }
    if (kind() == Tok::ColonEqual && e->kind != NodeKind::Name) {
        fail_cat(e, "cannot use assignment expressions with ", expr_description(e));
    }
    Expr* s = node_at<Expr>(first);
    s->value = e;
    return s;
}

// global_stmt: 'global' ','.NAME+   (likewise nonlocal)
Node* Parser::global_stmt(bool nonlocal) {
    Token t = tok();
    advance();
    uint32_t m = scratch_mark();
    do {
        if (kind() != Tok::Name) unexpected();
        push(const_cast<char*>(src + tok().pos));
        push(reinterpret_cast<void*>(static_cast<uintptr_t>(tok().len)));
        advance();
    } while (accept(Tok::Comma));
    IdentList names;
    names.count = (sp - m) / 2;
    names.items = static_cast<Ident*>(alloc(names.count * sizeof(Ident)));
    for (uint32_t i = 0; i < names.count; i++) {
        names.items[i].s = static_cast<const char*>(scratch[m + 2 * i]);
        names.items[i].len = static_cast<uint32_t>(reinterpret_cast<uintptr_t>(scratch[m + 2 * i + 1]));
    }
    sp = m;
    if (nonlocal) {
        Nonlocal* n = node_at<Nonlocal>(t);
        n->names = names;
        return n;
    }
    Global* g = node_at<Global>(t);
    g->names = names;
    return g;
}

// del_stmt: 'del' ','.del_target+ [',']
Node* Parser::del_stmt() {
    Token t = tok();
    advance();
    Delete* d = node_at<Delete>(t);
    uint32_t m = scratch_mark();
    for (;;) {
        Node* e = single_target_expr();
        set_context(e, ExprContext::Del, TargetUse::Delete);
        push(e);
        if (!accept(Tok::Comma)) break;
        if (at_stmt_end(kind())) break;
    }
    d->targets = take<Node>(m);
    return d;
}

// dotted_name: NAME ('.' NAME)*
Ident Parser::dotted_name() {
    Token first = tok();
    Ident id = expect_name();
    uint32_t m = scratch_mark();
    bool contiguous = true;
    uint32_t end = first.pos + first.len;
    uint32_t total = id.len;
    while (kind() == Tok::Dot) {
        if (tok().pos != end) contiguous = false;
        advance();
        if (kind() != Tok::Name) unexpected();
        if (tok().pos != end + 1) contiguous = false;
        push(const_cast<char*>(src + tok().pos));
        push(reinterpret_cast<void*>(static_cast<uintptr_t>(tok().len)));
        total += 1 + tok().len;
        end = tok().pos + tok().len;
        advance();
    }
    if (!contiguous) {
        char* buf = static_cast<char*>(alloc(total));
        memcpy(buf, id.s, id.len);
        uint32_t n = id.len;
        for (uint32_t i = m; i < sp; i += 2) {
            uint32_t len = static_cast<uint32_t>(reinterpret_cast<uintptr_t>(scratch[i + 1]));
            buf[n++] = '.';
            memcpy(buf + n, scratch[i], len);
            n += len;
        }
        id.s = buf;
    }
    id.len = total;
    sp = m;
    return id;
}

// import_name: 'import' ','.(dotted_name ['as' NAME])+
Node* Parser::import_stmt() {
    Token t = tok();
    advance();
    Import* imp = node_at<Import>(t);
    uint32_t m = scratch_mark();
    do {
        alias* a = node_at<alias>(tok());
        a->name = dotted_name();
        if (accept(Tok::KwAs)) a->asname = expect_name();
        push(a);
    } while (accept(Tok::Comma));
    imp->names = take<alias>(m);
    return imp;
}

// import_from: 'from' ('.' | '...')* dotted_name 'import' import_from_targets
//            | 'from' ('.' | '...')+ 'import' import_from_targets
Node* Parser::from_stmt() {
    Token t = tok();
    advance();
    ImportFrom* f = node_at<ImportFrom>(t);
    uint32_t level = 0;
    for (;;) {
        if (accept(Tok::Dot)) level += 1;
        else if (accept(Tok::Ellipsis)) level += 3;
        else break;
    }
    if (kind() != Tok::KwImport || level == 0) f->module = dotted_name();
    f->level = level;
    expect(Tok::KwImport);
    uint32_t m = scratch_mark();
    if (kind() == Tok::Star) {
        alias* a = node_at<alias>(tok());
        a->name = ident(tok());
        advance();
        push(a);
    } else {
        bool paren = accept(Tok::LPar);
        for (;;) {
            alias* a = node_at<alias>(tok());
            a->name = expect_name();
            if (accept(Tok::KwAs)) a->asname = expect_name();
            push(a);
            if (!accept(Tok::Comma)) break;
            if (paren && kind() == Tok::RPar) break;
            if (!paren && at_stmt_end(kind()))
                fail_at(tok(), "trailing comma not allowed without surrounding parentheses");
        }
        if (paren) expect(Tok::RPar);
    }
    f->names = take<alias>(m);
    return f;
}

// --- compound statements ----------------------------------------------------

// if_stmt: 'if' named_expression block (elif_stmt | [else_block])
// An elif chain becomes nested Ifs; it is built iteratively.
Node* Parser::if_stmt() {
    Token t = tok();
    advance();
    If* top = node_at<If>(t);
    top->test = named_expression();
    top->body = block("'if' statement", t.line);
    If* cur = top;
    while (kind() == Tok::KwElif) {
        Token e = tok();
        advance();
        If* n = node_at<If>(e);
        n->test = named_expression();
        n->body = block("'elif' statement", e.line);
        cur->orelse = single(n);
        cur = n;
    }
    if (kind() == Tok::KwElse) {
        Token e = tok();
        advance();
        cur->orelse = block("'else' statement", e.line);
    }
    return top;
}

// while_stmt: 'while' named_expression block [else_block]
Node* Parser::while_stmt() {
    Token t = tok();
    advance();
    While* w = node_at<While>(t);
    w->test = named_expression();
    w->body = block("'while' statement", t.line);
    if (kind() == Tok::KwElse) {
        Token e = tok();
        advance();
        w->orelse = block("'else' statement", e.line);
    }
    return w;
}

// for_stmt: ['async'] 'for' star_targets 'in' star_expressions block [else_block]
Node* Parser::for_stmt(const Token* async_tok) {
    Token t = async_tok ? *async_tok : tok();
    uint32_t for_line = tok().line;
    advance();
    ForBase* f = async_tok ? static_cast<ForBase*>(node_at<AsyncFor>(t)) : node_at<For>(t);
    f->target = star_targets(TargetUse::For);
    expect(Tok::KwIn);
    f->iter = star_expressions();
    f->body = block("'for' statement", for_line);
    if (kind() == Tok::KwElse) {
        Token e = tok();
        advance();
        f->orelse = block("'else' statement", e.line);
    }
    return f;
}

// with_item: expression ['as' star_target]
Node* Parser::with_item() {
    Node* e = expression();
    withitem* w = node_at<withitem>(e);
    w->context_expr = e;
    if (accept(Tok::KwAs)) {
        Node* target = single_target_expr();
        set_context(target, ExprContext::Store, TargetUse::With);
        w->optional_vars = target;
    }
    return w;
}

// Try `'(' ','.with_item+ [','] ')' ':'`; on success the items are pushed
// and true returned. Otherwise rewind (the parenthesis then starts an
// ordinary expression) and return false.
bool Parser::with_items_parenthesized() {
    Mark mk;
    mark(&mk);
    advance();  // '('
    if (kind() == Tok::RPar) {
        reset(mk);
        return false;
    }
    for (;;) {
        if (!at_expr_start() || kind() == Tok::Star || kind() == Tok::KwYield) break;
        push(with_item());
        if (accept(Tok::Comma)) {
            if (kind() != Tok::RPar) continue;
        }
        if (kind() != Tok::RPar) break;
        advance();
        if (kind() == Tok::Colon) return true;
        break;
    }
    reset(mk);
    return false;
}

// with_stmt: ['async'] 'with' ( '(' ','.with_item+ [','] ')' | ','.with_item+ ) block
Node* Parser::with_stmt(const Token* async_tok) {
    Token t = async_tok ? *async_tok : tok();
    uint32_t with_line = tok().line;
    advance();
    WithBase* w = async_tok ? static_cast<WithBase*>(node_at<AsyncWith>(t)) : node_at<With>(t);
    uint32_t m = scratch_mark();
    if (!(kind() == Tok::LPar && with_items_parenthesized())) {
        do {
            push(with_item());
        } while (accept(Tok::Comma));
    }
    w->items = take<withitem>(m);
    w->body = block("'with' statement", with_line);
    return w;
}

// try_stmt: 'try' block (except_block+ [else_block] [finally_block] | finally_block)
// except_block: 'except' [expression ['as' NAME]] block
Node* Parser::try_stmt() {
    Token t = tok();
    advance();
    Try* tr = node_at<Try>(t);
    tr->body = block("'try' statement", t.line);
    uint32_t m = scratch_mark();
    while (kind() == Tok::KwExcept) {
        Token e = tok();
        advance();
        if (kind() == Tok::Star) fail_at(tok(), "'except*' is not supported");
        ExceptHandler* h = node_at<ExceptHandler>(e);
        if (kind() != Tok::Colon) {
            h->type = expression();
            if (kind() == Tok::Comma) fail_node(h->type, "multiple exception types must be parenthesized");
            if (accept(Tok::KwAs)) h->name = expect_name();
        }
        h->body = block("'except' statement", e.line);
        push(h);
    }
    tr->handlers = take<ExceptHandler>(m);
    if (tr->handlers.count > 0 && kind() == Tok::KwElse) {
        Token e = tok();
        advance();
        tr->orelse = block("'else' statement", e.line);
    }
    if (kind() == Tok::KwFinally) {
        Token e = tok();
        advance();
        tr->finalbody = block("'finally' statement", e.line);
    }
    if (tr->handlers.count == 0 && tr->finalbody.count == 0)
        fail_at(tok(), "expected 'except' or 'finally' block");
    return tr;
}

// function_def: decorators? ['async'] 'def' NAME '(' [params] ')' ['->' expression] block
Node* Parser::funcdef(const Token* async_tok, Seq<Node> decorators) {
    Token t = async_tok ? *async_tok : tok();
    uint32_t def_line = tok().line;
    expect(Tok::KwDef);
    FunctionDefBase* f = async_tok ? static_cast<FunctionDefBase*>(node_at<AsyncFunctionDef>(t))
                                   : node_at<FunctionDef>(t);
    f->name = expect_name();
    if (kind() != Tok::LPar) fail_at(tok(), "expected '('");
    advance();
    f->args = parameters(false);
    expect(Tok::RPar);
    if (accept(Tok::RArrow)) f->returns = expression();
    f->body = block("function definition", def_line);
    f->decorator_list = decorators;
    return f;
}

// class_def: decorators? 'class' NAME ['(' [arguments] ')'] block
Node* Parser::classdef(Seq<Node> decorators) {
    Token t = tok();
    advance();
    ClassDef* c = node_at<ClassDef>(t);
    c->name = expect_name();
    if (kind() == Tok::LPar) {
        Token open = tok();
        advance();
        call_args(&c->bases, &c->keywords, open, false);
    }
    c->body = block("class definition", t.line);
    c->decorator_list = decorators;
    return c;
}

// decorators: ('@' named_expression NEWLINE)+ then a def or class
Node* Parser::decorated() {
    uint32_t m = scratch_mark();
    while (accept(Tok::At)) {
        push(named_expression());
        if (kind() != Tok::Newline) unexpected();
        advance();
    }
    Seq<Node> decos = take<Node>(m);
    if (kind() == Tok::KwDef) return funcdef(nullptr, decos);
    if (kind() == Tok::KwClass) return classdef(decos);
    if (kind() == Tok::KwAsync && peek(1).kind == Tok::KwDef) {
        Token a = tok();
        advance();
        return funcdef(&a, decos);
    }
    unexpected();
}

// --- entry points -------------------------------------------------------------

static bool starts_compound(Parser& p) {
    switch (p.kind()) {
        case Tok::KwDef: case Tok::KwClass: case Tok::KwIf: case Tok::KwWhile: case Tok::KwFor:
        case Tok::KwTry: case Tok::KwWith: case Tok::At:
            return true;
        case Tok::KwAsync: {
            Tok n = p.peek(1).kind;
            return n == Tok::KwDef || n == Tok::KwFor || n == Tok::KwWith;
        }
        default:
            return false;
    }
}

}  // namespace detail

using detail::Parser;

ast::Node* parse(const ParseConfig& cfg, const char* src, size_t len, ParseMode mode) {
    validate_source(src, len, cfg.error, cfg.error_ctx);
    if (len > 0xFFFFFFF0u) cfg.error(cfg.error_ctx, ErrorKind::MemoryError, "source too large", 0, 0);
    Parser* p = new (cfg.arena->alloc(cfg.arena, sizeof(Parser))) Parser;
    p->init(cfg, src, len);
    switch (mode) {
        case ParseMode::File: {
            ast::Module* mod = p->node<ast::Module>(1, 0);
            uint32_t m = p->scratch_mark();
            while (p->kind() != Tok::EndMarker) p->statement();
            mod->body = p->take<ast::Node>(m);
            return mod;
        }
        case ParseMode::Single: {
            ast::Interactive* in = p->node<ast::Interactive>(1, 0);
            uint32_t m = p->scratch_mark();
            if (p->kind() != Tok::EndMarker) {
                if (detail::starts_compound(*p)) {
                    p->push(p->compound_stmt());
                } else {
                    p->simple_stmts();
                }
                while (p->accept(Tok::Newline)) {
                }
                if (p->kind() != Tok::EndMarker) {
                    if (p->kind() == Tok::Indent) p->unexpected();
                    p->fail_at(p->tok(), "multiple statements found while compiling a single statement");
                }
            }
            in->body = p->take<ast::Node>(m);
            return in;
        }
        case ParseMode::Eval: {
            ast::Expression* ex = p->node<ast::Expression>(1, 0);
            ex->body = p->expressions_eval();
            while (p->accept(Tok::Newline)) {
            }
            if (p->kind() != Tok::EndMarker) p->unexpected();
            return ex;
        }
    }
    return nullptr;
}

struct StatementParser {
    Parser p;
};

size_t statement_parser_size() { return sizeof(StatementParser); }

StatementParser* parse_begin(void* storage, const ParseConfig& cfg, const char* src, size_t len) {
    validate_source(src, len, cfg.error, cfg.error_ctx);
    StatementParser* sp = new (storage) StatementParser;
    sp->p.init(cfg, src, len);
    return sp;
}

ast::Node* parse_next_statement(StatementParser* sp) {
    Parser& p = sp->p;
    // Lists never outlive a statement, so any arena-grown scratch buffer
    // can be dropped (the caller may have reset the arena).
    p.scratch = p.scratch_inline;
    p.cap = detail::kScratchInline;
    p.sp = 0;
    for (Lexer*& l : p.fstring_lexers) l = nullptr;
    if (p.kind() == Tok::EndMarker) return nullptr;
    if (detail::starts_compound(p)) return p.compound_stmt();
    if (p.kind() == Tok::Indent || p.kind() == Tok::Dedent) p.unexpected();
    // One simple statement of a `a; b; c` line per call.
    ast::Node* s = p.simple_stmt();
    if (p.accept(Tok::Semi)) {
        if (p.kind() == Tok::Newline) p.advance();
        return s;
    }
    if (p.kind() != Tok::Newline) p.unexpected();
    p.advance();
    return s;
}

// --- REPL helper ------------------------------------------------------------------

namespace {

struct CheckCtx {
    bool failed;
    bool incomplete;  // the error only means "more input needed"
};

void check_error(void* ctx, ErrorKind, const char* msg, uint32_t, uint32_t) {
    CheckCtx* c = static_cast<CheckCtx*>(ctx);
    c->failed = true;
    size_t n = strlen(msg);
    auto ends_with = [&](const char* suffix) {
        size_t k = strlen(suffix);
        return n >= k && memcmp(msg + n - k, suffix, k) == 0;
    };
    c->incomplete = strncmp(msg, "unterminated triple-quoted string literal", 41) == 0 ||
                    ends_with("was never closed") ||
                    strcmp(msg, "unexpected EOF while parsing") == 0;
}

}  // namespace

InputState check_input_complete(const char* src, size_t len) {
    CheckCtx ctx{false, false};
    if (!validate_source(src, len, check_error, &ctx)) return InputState::Error;
    if (len > 0xFFFFFFF0u) return InputState::Error;
    Lexer lx;
    lexer_init(&lx, src, 0, static_cast<uint32_t>(len), 1, 0, check_error, &ctx, kMaxBracketNesting);
    bool compound = false;
    bool first = true;
    Tok prev = Tok::Newline;
    for (;;) {
        Token t = lexer_next(&lx);
        if (t.kind == Tok::Error || ctx.failed) return ctx.incomplete ? InputState::Incomplete : InputState::Error;
        if (t.kind == Tok::EndMarker) break;
        if (first) {
            first = false;
            switch (t.kind) {
                case Tok::KwDef: case Tok::KwClass: case Tok::KwIf: case Tok::KwWhile:
                case Tok::KwFor: case Tok::KwTry: case Tok::KwWith: case Tok::At: case Tok::KwAsync:
                    compound = true;
                    break;
                default:
                    break;
            }
        }
        if (t.kind == Tok::Indent || (t.kind == Tok::Newline && prev == Tok::Colon)) compound = true;
        prev = t.kind;
    }
    // The last physical line (without its terminator).
    size_t end = len;
    bool had_newline = false;
    if (end > 0 && src[end - 1] == '\n') { end--; had_newline = true; }
    if (end > 0 && src[end - 1] == '\r') { end--; had_newline = true; }
    size_t start = end;
    while (start > 0 && src[start - 1] != '\n' && src[start - 1] != '\r') start--;
    if (end > start && src[end - 1] == '\\') {
        bool comment = false;
        for (size_t i = start; i < end; i++) comment = comment || src[i] == '#';
        if (!comment) return InputState::Incomplete;
    }
    if (!compound) return InputState::Complete;
    // A compound statement ends with an empty (blank) line.
    bool blank = true;
    for (size_t i = start; i < end; i++) {
        if (src[i] != ' ' && src[i] != '\t' && src[i] != '\f') blank = false;
    }
    return (blank && had_newline && start > 0) ? InputState::Complete : InputState::Incomplete;
}

}  // namespace minnow
