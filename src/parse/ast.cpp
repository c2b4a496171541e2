// Names of AST node kinds and operators (for dumps and diagnostics).
#include "parse/ast.h"

#include <cstring>

namespace minnow {
namespace ast {

namespace {
const char* const kNodeNames[] = {
#define MINNOW_AST_NAME(name) #name,
    MINNOW_AST_NODES(MINNOW_AST_NAME)
#undef MINNOW_AST_NAME
};
static_assert(sizeof kNodeNames / sizeof kNodeNames[0] == static_cast<size_t>(NodeKind::Count_));
}  // namespace

const char* node_kind_name(NodeKind k) {
    return k < NodeKind::Count_ ? kNodeNames[static_cast<size_t>(k)] : "?";
}

const char* expr_context_name(ExprContext c) {
    static const char* const names[] = {"Load", "Store", "Del"};
    return names[static_cast<size_t>(c)];
}

const char* boolop_name(BoolOpKind k) { return k == BoolOpKind::And ? "And" : "Or"; }

const char* operator_name(OperatorKind k) {
    static const char* const names[] = {"Add",    "Sub",    "Mult",  "MatMult", "Div",
                                        "Mod",    "Pow",    "LShift", "RShift", "BitOr",
                                        "BitXor", "BitAnd", "FloorDiv"};
    return names[static_cast<size_t>(k)];
}

const char* unaryop_name(UnaryOpKind k) {
    static const char* const names[] = {"Invert", "Not", "UAdd", "USub"};
    return names[static_cast<size_t>(k)];
}

const char* cmpop_name(CmpOpKind k) {
    static const char* const names[] = {"Eq", "NotEq", "Lt", "LtE", "Gt",
                                        "GtE", "Is", "IsNot", "In", "NotIn"};
    return names[static_cast<size_t>(k)];
}

bool Ident::eq(const char* lit) const {
    size_t n = strlen(lit);
    return s != nullptr && n == len && memcmp(s, lit, n) == 0;
}

void assert_kind_failed(NodeKind, NodeKind) { __builtin_trap(); }

}  // namespace ast
}  // namespace minnow
