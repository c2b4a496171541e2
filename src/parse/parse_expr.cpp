// Minnow parser: expressions, targets, parameters and call arguments.
//
// Precedence, loosest first (CPython 3.11 grammar):
//   lambda / conditional  ->  or  ->  and  ->  not  ->  comparisons
//   ->  |  ->  ^  ->  &  ->  << >>  ->  + -  ->  * / // % @
//   ->  unary + - ~  ->  **  ->  await  ->  primary (calls, subscripts, .attr)
// Binary operators are parsed by precedence climbing: chains of one level
// ("1+1+1+...") are built in a loop, so their length costs no C stack.
#include "parse/parser_impl.h"

namespace minnow {
namespace detail {

const char* expr_description(const Node* e) {
    switch (e->kind) {
        case NodeKind::Attribute: return MSG("attribute");
        case NodeKind::Subscript: return MSG("subscript");
        case NodeKind::Starred: return MSG("starred");
        case NodeKind::Name: return "name";
        case NodeKind::List: return "list";
        case NodeKind::Tuple: return "tuple";
        case NodeKind::Lambda: return MSG("lambda");
        case NodeKind::Call: return MSG("function call");
        case NodeKind::BoolOp:
        case NodeKind::BinOp:
        case NodeKind::UnaryOp: return MSG("expression");
        case NodeKind::GeneratorExp: return MSG("generator expression");
        case NodeKind::Yield:
        case NodeKind::YieldFrom: return MSG("yield expression");
        case NodeKind::Await: return MSG("await expression");
        case NodeKind::ListComp: return MSG("list comprehension");
        case NodeKind::SetComp: return MSG("set comprehension");
        case NodeKind::DictComp: return MSG("dict comprehension");
        case NodeKind::Dict: return MSG("dict literal");
        case NodeKind::Set: return MSG("set display");
        case NodeKind::JoinedStr:
        case NodeKind::FormattedValue: return MSG("f-string expression");
        case NodeKind::Constant:
            switch (e->as<Constant>()->value_kind) {
                case ConstKind::None: return "None";
                case ConstKind::True: return "True";
                case ConstKind::False: return "False";
                case ConstKind::Ellipsis: return MSG("ellipsis");
                default: return MSG("literal");
            }
        case NodeKind::Compare: return MSG("comparison");
        case NodeKind::IfExp: return MSG("conditional expression");
        case NodeKind::NamedExpr: return MSG("named expression");
        default: return MSG("expression");
    }
}

bool Parser::at_expr_start() const {
    switch (kind()) {
        case Tok::Name: case Tok::Number: case Tok::String: case Tok::LPar: case Tok::LSqb:
        case Tok::LBrace: case Tok::Minus: case Tok::Plus: case Tok::Tilde: case Tok::KwNot:
        case Tok::KwLambda: case Tok::KwAwait: case Tok::KwNone: case Tok::KwTrue:
        case Tok::KwFalse: case Tok::Ellipsis: case Tok::Star: case Tok::KwYield:
            return true;
        default:
            return false;
    }
}

// Expect the closing bracket `closer`; two expressions in a row inside
// brackets get CPython's "Perhaps you forgot a comma?" hint.
static void expect_closer(Parser& p, Tok closer, bool hint = true) {
    if (p.kind() == closer) {
        p.advance();
        return;
    }
    // Not for NAME STRING (a mistyped string prefix), and only if what
    // follows can start a whole expression.
    bool name_string = p.prev_kind == Tok::Name && p.prev2_kind != Tok::Dot && p.kind() == Tok::String;
    Tok k = p.kind();
    bool unary = k == Tok::KwNot || k == Tok::Minus || k == Tok::Plus || k == Tok::Tilde || k == Tok::KwAwait;
    if (hint && !name_string && p.at_expr_start() && k != Tok::Star && k != Tok::KwYield &&
        !(unary && !starts_operand(p.peek(1).kind))) {
        p.peek(1);  // a tokenizer error just ahead (e.g. a mismatched bracket) wins
        p.fail_at(p.tok(), "invalid syntax. Perhaps you forgot a comma?");
    }
    p.unexpected();
}

static bool starts_comp_for(Parser& p) {
    return p.kind() == Tok::KwFor || (p.kind() == Tok::KwAsync && p.peek(1).kind == Tok::KwFor);
}

// --- expression lists -----------------------------------------------------

// star_expressions: star_expression (',' star_expression)* [',']
Node* Parser::star_expressions() {
    Pos start = here();
    Node* first = star_expression();
    if (kind() != Tok::Comma) return first;
    Tuple* t = node_at<Tuple>(start);
    uint32_t m = scratch_mark();
    push(first);
    while (accept(Tok::Comma)) {
        if (!at_expr_start() || kind() == Tok::KwYield) break;
        push(star_expression());
    }
    t->elts = take<Node>(m);
    return t;
}

// star_expression: '*' bitwise_or | expression
Node* Parser::star_expression() {
    if (kind() == Tok::Star) {
        Starred* s = node_at<Starred>(tok());
        advance();
        s->value = bitwise_or();
        return s;
    }
    return expression();
}

// star_named_expression: '*' bitwise_or | named_expression
Node* Parser::star_named_expression() {
    if (kind() == Tok::Star) {
        Starred* s = node_at<Starred>(tok());
        advance();
        s->value = bitwise_or();
        return s;
    }
    return named_expression();
}

// named_expression: NAME ':=' expression | expression !':='
Node* Parser::named_expression(bool eq_hint) {
    if (kind() == Tok::Name && peek(1).kind == Tok::ColonEqual) {
        Name* target = node_at<Name>(tok());
        target->id = ident(tok());
        target->ctx = ExprContext::Store;
        advance();
        advance();
        NamedExpr* n = node_at<NamedExpr>(target);
        n->target = target;
        n->value = expression();
        return n;
    }
    Node* e = expression();
    if (kind() == Tok::ColonEqual) {
        fail_cat(e, "cannot use assignment expressions with ", expr_description(e));
    }
    if (eq_hint && kind() == Tok::Equal && starts_operand(peek(1).kind)) {
        switch (e->kind) {
            case NodeKind::List: case NodeKind::Tuple: case NodeKind::GeneratorExp:
                break;
            case NodeKind::Name:
                fail_node(e, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
            case NodeKind::Constant: {
                ConstKind k = e->as<Constant>()->value_kind;
                if (k == ConstKind::True || k == ConstKind::False || k == ConstKind::None) break;
                [[fallthrough]];
            }
            default:
                fail_cat(e, "cannot assign to ", expr_description(e), " here. Maybe you meant '==' instead of '='?");
        }
    }
    return e;
}

// expression: disjunction ['if' disjunction 'else' expression] | lambdef
Node* Parser::expression() {
    if (kind() == Tok::KwLambda) return lambdef();
    enter();
    Pos start = here();
    Node* body = disjunction();
    if (kind() == Tok::KwIf) {
        advance();
        IfExp* e = node_at<IfExp>(start);
        e->body = body;
        e->test = disjunction();
        if (kind() != Tok::KwElse) fail_at(tok(), "expected 'else' after 'if' expression");
        advance();
        e->orelse = expression();
        body = e;
    }
    leave();
    return body;
}

// yield_expr: 'yield' 'from' expression | 'yield' [star_expressions]
Node* Parser::yield_expr() {
    Token t = tok();
    advance();
    if (accept(Tok::KwFrom)) {
        YieldFrom* y = node_at<YieldFrom>(t);
        y->value = expression();
        return y;
    }
    Yield* y = node_at<Yield>(t);
    if (at_expr_start() && kind() != Tok::KwYield) y->value = star_expressions();
    return y;
}

// disjunction: conjunction ('or' conjunction)*
Node* Parser::disjunction() {
    Pos start = here();
    Node* first = conjunction();
    if (kind() != Tok::KwOr) return first;
    BoolOp* b = node_at<BoolOp>(start);
    b->op = BoolOpKind::Or;
    uint32_t m = scratch_mark();
    push(first);
    while (accept(Tok::KwOr)) push(conjunction());
    b->values = take<Node>(m);
    return b;
}

// conjunction: inversion ('and' inversion)*
Node* Parser::conjunction() {
    Pos start = here();
    Node* first = inversion();
    if (kind() != Tok::KwAnd) return first;
    BoolOp* b = node_at<BoolOp>(start);
    b->op = BoolOpKind::And;
    uint32_t m = scratch_mark();
    push(first);
    while (accept(Tok::KwAnd)) push(inversion());
    b->values = take<Node>(m);
    return b;
}

// inversion: 'not' inversion | comparison
Node* Parser::inversion() {
    if (kind() == Tok::KwNot) {
        UnaryOp* u = node_at<UnaryOp>(tok());
        u->op = UnaryOpKind::Not;
        advance();
        enter();
        u->operand = inversion();
        leave();
        return u;
    }
    return comparison();
}

// comparison: bitwise_or (compare_op bitwise_or)*
Node* Parser::comparison() {
    Pos start = here();
    Node* left = bitwise_or();
    Compare* c = nullptr;
    uint32_t m = scratch_mark();
    for (;;) {
        CmpOpKind op;
        switch (kind()) {
            case Tok::Less: op = CmpOpKind::Lt; break;
            case Tok::Greater: op = CmpOpKind::Gt; break;
            case Tok::EqEqual: op = CmpOpKind::Eq; break;
            case Tok::NotEqual: op = CmpOpKind::NotEq; break;
            case Tok::LessEqual: op = CmpOpKind::LtE; break;
            case Tok::GreaterEqual: op = CmpOpKind::GtE; break;
            case Tok::KwIn: op = CmpOpKind::In; break;
            case Tok::KwNot:
                if (peek(1).kind != Tok::KwIn) goto done;
                advance();
                op = CmpOpKind::NotIn;
                break;
            case Tok::KwIs:
                if (peek(1).kind == Tok::KwNot) {
                    advance();
                    op = CmpOpKind::IsNot;
                } else {
                    op = CmpOpKind::Is;
                }
                break;
            default: goto done;
        }
        advance();
        if (!c) c = node_at<Compare>(start);
        push(reinterpret_cast<void*>(static_cast<uintptr_t>(op)));
        push(bitwise_or());
    }
done:
    if (!c) return left;
    c->left = left;
    uint32_t n = (sp - m) / 2;
    c->ops = static_cast<CmpOpKind*>(alloc(n * sizeof(CmpOpKind)));
    c->comparators.items = static_cast<Node**>(alloc(n * sizeof(Node*)));
    c->comparators.count = n;
    for (uint32_t i = 0; i < n; i++) {
        c->ops[i] = static_cast<CmpOpKind>(reinterpret_cast<uintptr_t>(scratch[m + 2 * i]));
        c->comparators.items[i] = static_cast<Node*>(scratch[m + 2 * i + 1]);
    }
    sp = m;
    return c;
}

Node* Parser::bitwise_or() { return binary(1); }

// Binding level of a binary operator token (0: not a binary operator).
static int binop_level(Tok t, OperatorKind* op) {
    switch (t) {
        case Tok::VBar: *op = OperatorKind::BitOr; return 1;
        case Tok::Circumflex: *op = OperatorKind::BitXor; return 2;
        case Tok::Amper: *op = OperatorKind::BitAnd; return 3;
        case Tok::LeftShift: *op = OperatorKind::LShift; return 4;
        case Tok::RightShift: *op = OperatorKind::RShift; return 4;
        case Tok::Plus: *op = OperatorKind::Add; return 5;
        case Tok::Minus: *op = OperatorKind::Sub; return 5;
        case Tok::Star: *op = OperatorKind::Mult; return 6;
        case Tok::Slash: *op = OperatorKind::Div; return 6;
        case Tok::DoubleSlash: *op = OperatorKind::FloorDiv; return 6;
        case Tok::Percent: *op = OperatorKind::Mod; return 6;
        case Tok::At: *op = OperatorKind::MatMult; return 6;
        default: return 0;
    }
}

// Left-associative binary operators of level >= min_level. Recursion only
// climbs to a strictly higher level, so it is at most 6 frames deep.
Node* Parser::binary(int min_level) {
    Pos start = here();
    Node* left = factor();
    for (;;) {
        OperatorKind op;
        int level = binop_level(kind(), &op);
        if (level == 0 || level < min_level) return left;
        advance();
        Node* right = binary(level + 1);
        BinOp* b = node_at<BinOp>(start);
        b->left = left;
        b->op = op;
        b->right = right;
        left = b;
    }
}

// factor: ('+' | '-' | '~') factor | power
Node* Parser::factor() {
    UnaryOpKind op;
    switch (kind()) {
        case Tok::Plus: op = UnaryOpKind::UAdd; break;
        case Tok::Minus: op = UnaryOpKind::USub; break;
        case Tok::Tilde: op = UnaryOpKind::Invert; break;
        default: return power();
    }
    UnaryOp* u = node_at<UnaryOp>(tok());
    u->op = op;
    advance();
    enter();
    u->operand = factor();
    leave();
    return u;
}

// power: await_primary ['**' factor]
// await_primary: 'await' primary | primary
Node* Parser::power() {
    Pos start = here();
    Node* base;
    if (kind() == Tok::KwAwait) {
        Await* a = node_at<Await>(tok());
        advance();
        enter();
        a->value = primary();
        leave();
        base = a;
    } else {
        base = primary();
    }
    if (kind() != Tok::DoubleStar) return base;
    advance();
    BinOp* b = node_at<BinOp>(start);
    b->left = base;
    b->op = OperatorKind::Pow;
    enter();
    b->right = factor();
    leave();
    return b;
}

// primary: atom ('.' NAME | '(' [arguments] ')' | '[' slices ']')*
Node* Parser::primary() {
    Pos start = here();
    Node* e = atom();
    for (;;) {
        if (kind() == Tok::Dot) {
            advance();
            Attribute* a = node_at<Attribute>(start);
            a->value = e;
            a->attr = expect_name();
            a->ctx = ExprContext::Load;
            e = a;
        } else if (kind() == Tok::LPar) {
            Token open = tok();
            advance();
            Call* c = node_at<Call>(start);
            c->func = e;
            call_args(&c->args, &c->keywords, open, true);
            e = c;
        } else if (kind() == Tok::LSqb) {
            advance();
            Subscript* s = node_at<Subscript>(start);
            s->value = e;
            enter();
            s->slice = slices();
            leave();
            expect_closer(*this, Tok::RSqb);
            s->ctx = ExprContext::Load;
            e = s;
        } else {
            return e;
        }
    }
}

// Copy a number token's text without underscores (into the arena only if
// there are underscores).
static Constant* number_constant(Parser& p, const Token& t) {
    Constant* c = p.node_at<Constant>(t);
    const char* s = p.src + t.pos;
    uint32_t n = t.len;
    c->base = 10;
    if (n >= 2 && s[0] == '0' && (s[1] | 0x20) != '.' && (s[1] | 0x20) != 'e' && (s[1] | 0x20) != 'j' &&
        !(s[1] >= '0' && s[1] <= '9') && s[1] != '_') {
        char r = static_cast<char>(s[1] | 0x20);
        c->base = r == 'x' ? 16 : r == 'o' ? 8 : 2;
        s += 2;
        n -= 2;
        c->value_kind = ConstKind::Int;
    } else if ((s[n - 1] | 0x20) == 'j') {
        c->value_kind = ConstKind::Imag;
        n--;
    } else {
        c->value_kind = ConstKind::Int;
        for (uint32_t i = 0; i < n; i++) {
            char ch = static_cast<char>(s[i] | 0x20);
            if (s[i] == '.' || ch == 'e') c->value_kind = ConstKind::Float;
        }
    }
    uint32_t underscores = 0;
    for (uint32_t i = 0; i < n; i++) underscores += s[i] == '_';
    if (underscores == 0) {
        c->text = s;
        c->len = n;
    } else {
        char* buf = static_cast<char*>(p.alloc(n - underscores));
        uint32_t k = 0;
        for (uint32_t i = 0; i < n; i++) {
            if (s[i] != '_') buf[k++] = s[i];
        }
        c->text = buf;
        c->len = k;
    }
    return c;
}

// atom: NAME | 'True' | 'False' | 'None' | strings | NUMBER | '...'
//     | (tuple | group | genexp) | (list | listcomp) | (dict | set | dictcomp | setcomp)
Node* Parser::atom() {
    const Token& t = tok();
    switch (t.kind) {
        case Tok::Name: {
            Name* n = node_at<Name>(t);
            n->id = ident(t);
            n->ctx = ExprContext::Load;
            advance();
            return n;
        }
        case Tok::KwTrue:
        case Tok::KwFalse:
        case Tok::KwNone:
        case Tok::Ellipsis: {
            Constant* c = node_at<Constant>(t);
            c->value_kind = t.kind == Tok::KwTrue    ? ConstKind::True
                            : t.kind == Tok::KwFalse ? ConstKind::False
                            : t.kind == Tok::KwNone  ? ConstKind::None
                                                     : ConstKind::Ellipsis;
            advance();
            return c;
        }
        case Tok::Number: {
            Constant* c = number_constant(*this, t);
            advance();
            return c;
        }
        case Tok::String: return strings();
        case Tok::LPar: return paren_atom();
        case Tok::LSqb: return list_atom();
        case Tok::LBrace: return brace_atom();
        default: unexpected();
    }
}

// '(' ')' | '(' yield_expr ')' | '(' named_expression ')'
// | '(' star_named_expression ',' [star_named_expressions] ')' | genexp
Node* Parser::paren_atom() {
    Pos open = here();
    advance();
    enter();
    Node* result = paren_contents(open, Tok::RPar);
    expect_closer(*this, Tok::RPar, result->kind != NodeKind::GeneratorExp);
    leave();
    return result;
}

// The inside of a parenthesized group, tuple or generator expression, up to
// `closer` (not consumed). Also used for f-string fields (closer = end).
Node* Parser::paren_contents(Pos open, Tok closer) {
    Node* result;
    if (kind() == closer) {
        Tuple* t = node_at<Tuple>(open);
        t->ctx = ExprContext::Load;
        result = t;
    } else if (kind() == Tok::KwYield) {
        result = yield_expr();
    } else {
        if (kind() == Tok::DoubleStar) fail_at(tok(), "cannot use double starred expression here");
        Node* first = star_named_expression();
        if (starts_comp_for(*this)) {
            if (first->kind == NodeKind::Starred)
                fail_node(first, "iterable unpacking cannot be used in comprehension");
            GeneratorExp* g = node_at<GeneratorExp>(open);
            g->elt = first;
            g->generators = comp_for();
            result = g;
        } else if (kind() == Tok::Comma) {
            Tuple* t = node_at<Tuple>(open);
            t->ctx = ExprContext::Load;
            uint32_t m = scratch_mark();
            push(first);
            while (accept(Tok::Comma)) {
                if (kind() == closer) break;
                push(star_named_expression());
            }
            t->elts = take<Node>(m);
            result = t;
        } else {
            if (first->kind == NodeKind::Starred && kind() == closer)
                fail_node(first, "cannot use starred expression here");
            result = first;
        }
    }
    return result;
}

// '[' [star_named_expressions] ']' | '[' named_expression for_if_clauses ']'
Node* Parser::list_atom() {
    Token open = tok();
    advance();
    enter();
    Node* result;
    if (kind() == Tok::RSqb) {
        List* l = node_at<List>(open);
        l->ctx = ExprContext::Load;
        result = l;
    } else {
        Node* first = star_named_expression();
        if (starts_comp_for(*this)) {
            if (first->kind == NodeKind::Starred)
                fail_node(first, "iterable unpacking cannot be used in comprehension");
            ListComp* c = node_at<ListComp>(open);
            c->elt = first;
            c->generators = comp_for();
            result = c;
        } else {
            List* l = node_at<List>(open);
            l->ctx = ExprContext::Load;
            uint32_t m = scratch_mark();
            push(first);
            while (accept(Tok::Comma)) {
                if (kind() == Tok::RSqb) break;
                push(star_named_expression());
            }
            if (starts_comp_for(*this)) fail_node(first, "did you forget parentheses around the comprehension target?");
            l->elts = take<Node>(m);
            result = l;
        }
    }
    expect_closer(*this, Tok::RSqb, result->kind != NodeKind::ListComp);
    leave();
    return result;
}

// Split the (key, value) pairs pushed since m into a Dict.
static void take_pairs(Parser& p, uint32_t m, Dict* d) {
    uint32_t n = (p.sp - m) / 2;
    d->keys.count = d->values.count = n;
    d->keys.items = static_cast<Node**>(p.alloc(n * sizeof(Node*)));
    d->values.items = static_cast<Node**>(p.alloc(n * sizeof(Node*)));
    for (uint32_t i = 0; i < n; i++) {
        d->keys.items[i] = static_cast<Node*>(p.scratch[m + 2 * i]);
        d->values.items[i] = static_cast<Node*>(p.scratch[m + 2 * i + 1]);
    }
    p.sp = m;
}

// dict: '{' [double_starred_kvpairs] '}' | dictcomp
// set: '{' star_named_expressions '}' | setcomp
Node* Parser::brace_atom() {
    Token open = tok();
    advance();
    enter();
    Node* result;
    if (kind() == Tok::RBrace) {
        result = node_at<Dict>(open);
    } else {
        Node* first = nullptr;   // key, or set element
        Node* value = nullptr;
        bool is_dict;
        if (kind() == Tok::DoubleStar) {
            advance();
            value = bitwise_or();
            is_dict = true;
            if (starts_comp_for(*this)) fail_node(value, "dict unpacking cannot be used in dict comprehension");
        } else {
            bool paren = kind() == Tok::LPar;
            first = star_named_expression();
            is_dict = kind() == Tok::Colon;
            if (is_dict) {
                if (first->kind == NodeKind::Starred) fail_at(tok(), "invalid syntax");
                // A key is an expression: {(y := 1): 2}, never {y := 1: 2}.
                if (first->kind == NodeKind::NamedExpr && !paren) fail_at(tok(), "invalid syntax");
                advance();
                if (kind() == Tok::RBrace || kind() == Tok::Comma)
                    fail_at(tok(), "expression expected after dictionary key and ':'");
                value = expression();
            }
        }
        if (is_dict && starts_comp_for(*this)) {
            DictComp* c = node_at<DictComp>(open);
            c->key = first;
            c->value = value;
            c->generators = comp_for();
            result = c;
        } else if (is_dict) {
            Dict* d = node_at<Dict>(open);
            uint32_t m = scratch_mark();
            push(first);
            push(value);
            while (accept(Tok::Comma)) {
                if (kind() == Tok::RBrace) break;
                if (accept(Tok::DoubleStar)) {
                    push(nullptr);
                    push(bitwise_or());
                } else {
                    push(expression());
                    if (kind() != Tok::Colon) fail_at(tok(), "':' expected after dictionary key");
                    advance();
                    if (kind() == Tok::RBrace || kind() == Tok::Comma)
                        fail_at(tok(), "expression expected after dictionary key and ':'");
                    push(expression());
                }
            }
            take_pairs(*this, m, d);
            result = d;
        } else if (starts_comp_for(*this)) {
            if (first->kind == NodeKind::Starred)
                fail_node(first, "iterable unpacking cannot be used in comprehension");
            SetComp* c = node_at<SetComp>(open);
            c->elt = first;
            c->generators = comp_for();
            result = c;
        } else {
            Set* s = node_at<Set>(open);
            uint32_t m = scratch_mark();
            push(first);
            while (accept(Tok::Comma)) {
                if (kind() == Tok::RBrace) break;
                push(star_named_expression());
            }
            if (starts_comp_for(*this)) fail_node(first, "did you forget parentheses around the comprehension target?");
            s->elts = take<Node>(m);
            result = s;
        }
    }
    expect_closer(*this, Tok::RBrace, result->kind != NodeKind::SetComp && result->kind != NodeKind::DictComp);
    leave();
    return result;
}

// for_if_clauses: (['async'] 'for' star_targets 'in' disjunction ('if' disjunction)*)+
Seq<comprehension> Parser::comp_for() {
    uint32_t m = scratch_mark();
    while (starts_comp_for(*this)) {
        comprehension* c = node_at<comprehension>(tok());
        c->is_async = accept(Tok::KwAsync);
        expect(Tok::KwFor);
        c->target = star_targets(TargetUse::Comprehension);
        expect(Tok::KwIn);
        c->iter = disjunction();
        uint32_t mi = scratch_mark();
        while (accept(Tok::KwIf)) push(disjunction());
        c->ifs = take<Node>(mi);
        push(c);
    }
    return take<comprehension>(m);
}

// A target at the bitwise_or level (names, attributes, subscripts, and
// parenthesized/bracketed target lists), optionally starred.
Node* Parser::single_target_expr() {
    if (kind() == Tok::Star) {
        Starred* s = node_at<Starred>(tok());
        advance();
        s->value = bitwise_or();
        return s;
    }
    return bitwise_or();
}

// star_targets: star_target (',' star_target)* [',']   (stored)
Node* Parser::star_targets(TargetUse use) {
    Pos start = here();
    Node* first = single_target_expr();
    Node* result = first;
    if (kind() == Tok::Comma) {
        Tuple* t = node_at<Tuple>(start);
        uint32_t m = scratch_mark();
        push(first);
        while (accept(Tok::Comma)) {
            if (!at_expr_start() || kind() == Tok::KwYield) break;
            push(single_target_expr());
        }
        t->elts = take<Node>(m);
        result = t;
    }
    set_context(result, ExprContext::Store, use);
    return result;
}

// The "Maybe you meant '=='" hint covers the first target of an assignment
// and the items of its tuple when that tuple has no parentheses.
static TargetUse nested_use(TargetUse use, const Node* seq) {
    if (use == TargetUse::AssignFirst && seq->kind == NodeKind::Tuple) {
        const Tuple* t = seq->as<Tuple>();
        bool bare = t->elts.count > 0 && t->elts[0]->line == t->line && t->elts[0]->col == t->col;
        return bare ? TargetUse::AssignFirstElt : TargetUse::Assign;
    }
    if (use == TargetUse::AssignFirst || use == TargetUse::AssignFirstElt) return TargetUse::Assign;
    return use;
}

static bool hint_equals(const Node* e) {
    switch (e->kind) {
        case NodeKind::IfExp: case NodeKind::Lambda: case NodeKind::Compare: case NodeKind::BoolOp:
        case NodeKind::GeneratorExp:
            return false;
        case NodeKind::Constant: {
            ConstKind k = e->as<Constant>()->value_kind;
            return k != ConstKind::True && k != ConstKind::False && k != ConstKind::None;
        }
        default:
            return true;
    }
}

// Turn a Load expression into an assignment/deletion target, or report
// why it cannot be one.
void Parser::set_context(Node* e, ExprContext ctx, TargetUse use) {
    switch (e->kind) {
        case NodeKind::Name: e->as<Name>()->ctx = ctx; return;
        case NodeKind::Attribute: e->as<Attribute>()->ctx = ctx; return;
        case NodeKind::Subscript: e->as<Subscript>()->ctx = ctx; return;
        case NodeKind::Starred:
            if (ctx == ExprContext::Del) fail_node(e, "cannot delete starred");
            e->as<Starred>()->ctx = ctx;
            set_context(e->as<Starred>()->value, ctx, use);
            return;
        case NodeKind::Tuple:
            e->as<Tuple>()->ctx = ctx;
            for (Node* x : e->as<Tuple>()->elts) set_context(x, ctx, nested_use(use, e));
            return;
        case NodeKind::List:
            e->as<List>()->ctx = ctx;
            for (Node* x : e->as<List>()->elts) set_context(x, ctx, nested_use(use, e));
            return;
        default:
            fail_cat(e, ctx == ExprContext::Del ? "cannot delete " : "cannot assign to ", expr_description(e),
                     (use == TargetUse::AssignFirst || use == TargetUse::AssignFirstElt) && hint_equals(e)
                         ? " here. Maybe you meant '==' instead of '='?"
                         : "");
    }
}

// lambdef: 'lambda' [lambda_params] ':' expression
Node* Parser::lambdef() {
    Lambda* l = node_at<Lambda>(tok());
    advance();
    enter();
    l->args = parameters(true);
    expect(Tok::Colon);
    l->body = expression();
    leave();
    return l;
}

// One parameter: NAME [':' annotation]. Star annotations (`*args: *Ts`)
// are allowed only for the var-positional parameter.
static arg* parameter(Parser& p, bool is_lambda, bool star_annotation) {
    if (p.kind() == Tok::LPar && p.peek(1).kind == Tok::Name)
        p.fail_at(p.tok(), is_lambda ? "Lambda expression parameters cannot be parenthesized"
                                     : "Function parameters cannot be parenthesized");
    arg* a = p.node_at<arg>(p.tok());
    a->name = p.expect_name();
    if (!is_lambda && p.accept(Tok::Colon)) {
        if (star_annotation && p.kind() == Tok::Star) {
            Starred* s = p.node_at<Starred>(p.tok());
            p.advance();
            s->value = p.bitwise_or();
            s->ctx = ExprContext::Load;
            a->annotation = s;
        } else {
            a->annotation = p.expression();
        }
    }
    return a;
}

// Copy every `stride`-th scratch slot from [from, to) starting at offset.
template <class T>
static Seq<T> gather(Parser& p, uint32_t from, uint32_t to, uint32_t offset, bool skip_null) {
    uint32_t n = 0;
    for (uint32_t i = from + offset; i < to; i += 2) n += !(skip_null && p.scratch[i] == nullptr);
    Seq<T> s{nullptr, n};
    if (n) {
        s.items = static_cast<T**>(p.alloc(n * sizeof(T*)));
        uint32_t k = 0;
        for (uint32_t i = from + offset; i < to; i += 2) {
            if (skip_null && p.scratch[i] == nullptr) continue;
            s.items[k++] = static_cast<T*>(p.scratch[i]);
        }
    }
    return s;
}

// params (def) / lambda_params, up to but excluding the closing ')' or ':'.
// Parameters are pushed as (arg, default-or-null) pairs and split at '/'
// and at the '*' marker afterwards.
arguments* Parser::parameters(bool is_lambda) {
    Tok end = is_lambda ? Tok::Colon : Tok::RPar;
    arguments* a = node_at<arguments>(tok());
    uint32_t m = scratch_mark();
    uint32_t slash_end = m;  // scratch index where positional-only params end
    uint32_t kw_start = 0;   // scratch index where keyword-only params start
    bool seen_slash = false, seen_star = false, seen_default = false;
    Token bare_star{};
    bool bare = false;
    enter();
    while (kind() != end) {
        if (kind() == Tok::Slash) {
            if (seen_slash) fail_at(tok(), "/ may appear only once");
            if (seen_star) fail_at(tok(), "/ must be ahead of *");
            if (sp == m) {
                if (peek(1).kind == end) unexpected();
                fail_at(tok(), "at least one argument must precede /");
            }
            seen_slash = true;
            slash_end = sp;
            advance();
        } else if (kind() == Tok::Star) {
            if (seen_star) fail_at(tok(), "* argument may appear only once");
            seen_star = true;
            kw_start = sp;
            Token st = tok();
            advance();
            if (kind() == Tok::Comma || kind() == end) {
                bare = true;
                bare_star = st;
            } else {
                a->vararg = parameter(*this, is_lambda, true);
            }
        } else if (kind() == Tok::DoubleStar) {
            advance();
            a->kwarg = parameter(*this, is_lambda, false);
            accept(Tok::Comma);
            if (kind() != end) fail_at(tok(), "arguments cannot follow var-keyword argument");
            break;
        } else {
            arg* p = parameter(*this, is_lambda, false);
            Node* def = nullptr;
            if (accept(Tok::Equal)) {
                if (!is_lambda && (kind() == Tok::Comma || kind() == Tok::RPar))
                    fail_at(tok(), "expected default value expression");
                def = expression();
            }
            if (!seen_star) {
                if (def) seen_default = true;
                else if (seen_default) fail_node(p, "non-default argument follows default argument");
            }
            push(p);
            push(def);
        }
        if (!accept(Tok::Comma)) break;
    }
    if (!seen_star) kw_start = sp;
    if (bare && kw_start == sp) fail_at(bare_star, "named arguments must follow bare *");
    a->posonlyargs = gather<arg>(*this, m, slash_end, 0, false);
    a->args = gather<arg>(*this, slash_end, kw_start, 0, false);
    a->defaults = gather<Node>(*this, m, kw_start, 1, true);
    a->kwonlyargs = gather<arg>(*this, kw_start, sp, 0, false);
    a->kw_defaults = gather<Node>(*this, kw_start, sp, 1, false);
    sp = m;
    leave();
    return a;
}

// arguments: after '(' up to and including ')'.
//   args: positional (incl. '*' expression and walrus) then keywords
//   ('NAME=' expression, '**' expression); a lone generator expression
//   argument needs no extra parentheses.
void Parser::call_args(Seq<Node>* args, Seq<keyword>* kwargs, const Token& open, bool allow_genexp) {
    enter();
    uint32_t m = scratch_mark();
    bool seen_kw = false, seen_dstar = false;
    while (kind() != Tok::RPar) {
        Token t = tok();
        if (kind() == Tok::Star) {
            advance();
            Starred* s = node_at<Starred>(t);
            s->value = expression();
            s->ctx = ExprContext::Load;
            if (seen_dstar) fail_node(s, "iterable argument unpacking follows keyword argument unpacking");
            push(s);
        } else if (kind() == Tok::DoubleStar) {
            advance();
            keyword* k = node_at<keyword>(t);
            k->value = expression();
            seen_dstar = true;
            push(k);
        } else if (kind() == Tok::Name && peek(1).kind == Tok::Equal) {
            keyword* k = node_at<keyword>(t);
            k->arg = ident(t);
            advance();
            advance();
            k->value = expression();
            seen_kw = true;
            push(k);
        } else {
            Node* e = named_expression(false);
            if (starts_comp_for(*this)) {
                if (!allow_genexp) unexpected();
                if (sp != m) fail_node(e, "Generator expression must be parenthesized");
                GeneratorExp* g = node_at<GeneratorExp>(open);
                g->elt = e;
                g->generators = comp_for();
                if (kind() != Tok::RPar) fail_node(e, "Generator expression must be parenthesized");
                push(g);
                advance();
                goto split;
            }
            if (kind() == Tok::Equal) {
                if (e->kind == NodeKind::Constant) {
                    ConstKind ck = e->as<Constant>()->value_kind;
                    if (ck == ConstKind::True || ck == ConstKind::False || ck == ConstKind::None)
                        fail_cat(e, "cannot assign to ", expr_description(e));
                }
                fail_node(e, "expression cannot contain assignment, perhaps you meant \"==\"?");
            }
            if (seen_dstar) fail_node(e, "positional argument follows keyword argument unpacking");
            if (seen_kw) fail_node(e, "positional argument follows keyword argument");
            push(e);
        }
        if (!accept(Tok::Comma)) break;
    }
    expect_closer(*this, Tok::RPar);
split:
    // Split positional arguments and keywords, keeping their order.
    uint32_t nk = 0;
    for (uint32_t i = m; i < sp; i++) nk += static_cast<Node*>(scratch[i])->kind == NodeKind::keyword;
    uint32_t np = sp - m - nk;
    args->count = np;
    args->items = np ? static_cast<Node**>(alloc(np * sizeof(Node*))) : nullptr;
    kwargs->count = nk;
    kwargs->items = nk ? static_cast<keyword**>(alloc(nk * sizeof(keyword*))) : nullptr;
    uint32_t ip = 0, ik = 0;
    for (uint32_t i = m; i < sp; i++) {
        Node* n = static_cast<Node*>(scratch[i]);
        if (n->kind == NodeKind::keyword) kwargs->items[ik++] = n->as<keyword>();
        else args->items[ip++] = n;
    }
    sp = m;
    leave();
}

// slices: slice !',' | ','.(slice | starred_expression)+ [',']
Node* Parser::slices() {
    Pos start = here();
    Node* first = slice_item();
    if (kind() != Tok::Comma && first->kind != NodeKind::Starred) return first;
    Tuple* t = node_at<Tuple>(start);
    t->ctx = ExprContext::Load;
    uint32_t m = scratch_mark();
    push(first);
    while (accept(Tok::Comma)) {
        if (kind() == Tok::RSqb) break;
        push(slice_item());
    }
    t->elts = take<Node>(m);
    return t;
}

// slice: [expression] ':' [expression] [':' [expression]] | named_expression
Node* Parser::slice_item() {
    if (kind() == Tok::Star) {
        Starred* s = node_at<Starred>(tok());
        advance();
        s->value = expression();
        s->ctx = ExprContext::Load;
        return s;
    }
    Pos start = here();
    Node* lower = nullptr;
    if (kind() != Tok::Colon) {
        lower = named_expression();
        if (kind() != Tok::Colon) return lower;
        if (lower->kind == NodeKind::NamedExpr) fail_at(tok(), "invalid syntax");
    }
    Slice* s = node_at<Slice>(start);
    s->lower = lower;
    advance();  // ':'
    if (kind() != Tok::Colon && kind() != Tok::Comma && kind() != Tok::RSqb) s->upper = expression();
    if (accept(Tok::Colon)) {
        if (kind() != Tok::Comma && kind() != Tok::RSqb) s->step = expression();
    }
    return s;
}

// eval input: expressions: expression (',' expression)* [',']
Node* Parser::expressions_eval() {
    Pos start = here();
    Node* first = expression();
    if (kind() != Tok::Comma) return first;
    Tuple* t = node_at<Tuple>(start);
    t->ctx = ExprContext::Load;
    uint32_t m = scratch_mark();
    push(first);
    while (accept(Tok::Comma)) {
        if (!at_expr_start() || kind() == Tok::Star || kind() == Tok::KwYield) break;
        push(expression());
    }
    t->elts = take<Node>(m);
    return t;
}

}  // namespace detail
}  // namespace minnow
