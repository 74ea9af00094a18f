/*
 * The syntax of Pollen (LANGUAGE.md §1-§6). Tokens come from PollenLexer.g4.
 *
 * Every alternative carries a label so the generated visitor has one method per form. The
 * grammar accepts a little more than the language, and the parser front end
 * (dev.pollen.interpreter.parse) reports the rest in words:
 *   - `;` is its own item in statement lists, so a missing `;` is found after the parse
 *     ("expected ';' after expression") instead of making ANTLR guess (see
 *     statementMayStartHere for the one place where that would be ambiguous);
 *   - `Ready(p)` is any `name(p)` pattern, integer literals have no range, and assignment
 *     targets are any expression.
 *
 * Statement-ending blocks. As in Rust, an expression statement (or match arm) that starts with
 * a block-like expression (`if`, `match`, `{}`, loops, `try`) ends at its closing brace:
 * `if c { a } else { b } - 1` is two statements. The primary records where such a block ends,
 * and every binary, call and index continuation is guarded by a predicate that refuses to start
 * there. Member access and `.await` stay allowed (`match x { ... }.len()`).
 */
parser grammar PollenParser;

options { tokenVocab = PollenLexer; }

@members {
    /** Token index just past a block-like expression that began a statement or arm, else -1. */
    private int statementBlockEnd = -1;

    /** True when the next token directly follows a block that ended its statement. */
    public boolean atStatementBlockEnd() {
        return _input.index() == statementBlockEnd;
    }

    /**
     * False when a new expression statement would start with a token that could instead
     * continue the expression before it (`(`, `[`, `-`, `||`) and nothing (`;`, a brace, a
     * statement-ending block) separates them. It lets prediction prefer `f (x)` as a call
     * without first scanning to the end of the arguments, so errors inside them are found
     * where they are. Any other missing `;` is reported after the parse.
     */
    public boolean statementMayStartHere() {
        switch (_input.LA(1)) {
            case PollenLexer.LPAREN: case PollenLexer.LBRACKET: case PollenLexer.MINUS: case PollenLexer.OR_OR:
                break;
            default:
                return true;
        }
        org.antlr.v4.runtime.Token previous = _input.LT(-1);
        if (previous == null || atStatementBlockEnd()) {
            return true;
        }
        int type = previous.getType();
        return type == PollenLexer.SEMI || type == PollenLexer.LBRACE || type == PollenLexer.RBRACE;
    }

    /** Called after a primary: remembers where a statement-starting block-like primary ends. */
    protected void notePrimaryEnd(ExpressionContext primary) {
        if (!(((PrimaryExprContext) primary).primary() instanceof BlockLikePrimaryContext)) {
            return;
        }
        org.antlr.v4.runtime.ParserRuleContext owner = primary.getParent();
        boolean startsStatement = owner instanceof ExpressionStatementContext;
        boolean startsArmBody = owner instanceof MatchArmContext
                && ((MatchArmContext) owner).FAT_ARROW() != null;
        if (startsStatement || startsArmBody) {
            statementBlockEnd = _input.index();
        }
    }
}

// ---------------------------------------------------------------- files and statements

/** A file or a REPL entry. A `;` is an item of its own (see SyntaxRules for termination). */
program
    : (statement | ';')* EOF
    ;

statement
    : 'let' 'mut'? bindingPattern ('=' init=expression)?              # letStatement
    | fnDeclaration                                                   # fnStatement
    | 'struct' name=IDENT '{' (IDENT (',' IDENT)* ','?)? '}'          # structStatement
    | 'impl' name=IDENT '{' (fnDeclaration | ';')* '}'                # implStatement
    | 'import' path=string 'as' alias=IDENT                           # importStatement
    | {statementMayStartHere()}? expression                           # expressionStatement
    ;

fnDeclaration
    : 'async'? 'fn' name=IDENT '(' parameterList? ')' block
    ;

parameterList
    : parameter (',' parameter)* ','?
    ;

parameter
    : name=(IDENT | 'self') ('=' defaultValue=expression)?
    ;

block
    : '{' (statement | ';')* '}'
    ;

// ---------------------------------------------------------------- expressions
// Alternatives from the tightest binding to the loosest; assignment is right-associative.

expression
    : primary { notePrimaryEnd($ctx); }                                           # primaryExpr
    | expression '.' 'await'                                                      # awaitExpr
    | expression '.' name=IDENT                                                   # fieldExpr
    | expression {!atStatementBlockEnd()}? '(' argumentList? ')'                  # callExpr
    | expression {!atStatementBlockEnd()}? '[' index=expression ']'               # indexExpr
    | op=('-' | '!') expression                                                   # unaryExpr
    | expression {!atStatementBlockEnd()}? op=('*' | '/' | '%') expression        # multiplicativeExpr
    | expression {!atStatementBlockEnd()}? op=('+' | '-') expression              # additiveExpr
    | expression {!atStatementBlockEnd()}?
        op=('==' | '!=' | '<' | '<=' | '>' | '>=') expression                     # comparisonExpr
    | expression {!atStatementBlockEnd()}? '&&' expression                        # andExpr
    | expression {!atStatementBlockEnd()}? '||' expression                        # orExpr
    | expression {!atStatementBlockEnd()}? op=('..' | '..=') expression           # rangeExpr
    | <assoc=right> expression {!atStatementBlockEnd()}?
        op=('=' | '+=' | '-=' | '*=' | '/=' | '%=') expression                    # assignExpr
    ;

argumentList
    : expression (',' expression)* ','?
    ;

/**
 * Operands. Closures, `return`, `break` and `throw` take a whole expression, so they reach as
 * far right as possible, as in Rust.
 */
primary
    : INT                                                             # intLiteral
    | FLOAT                                                           # floatLiteral
    | string                                                          # stringLiteral
    | value=('nil' | 'true' | 'false')                                # constantLiteral
    | IDENT                                                           # nameReference
    | 'self'                                                          # selfReference
    | '(' expression ')'                                              # parenthesized
    | '[' (expression (',' expression)* ','?)? ']'                    # listLiteral
    | '#{' (mapEntry (',' mapEntry)* ','?)? '}'                       # mapLiteral
    | 'async'? closureParameters body=expression                      # closure
    | 'async' block                                                   # asyncBlock
    | blockLike                                                       # blockLikePrimary
    | 'return' expression?                                            # returnExpr
    | 'break' expression?                                             # breakExpr
    | 'continue'                                                      # continueExpr
    | 'throw' expression                                              # throwExpr
    ;

closureParameters
    : '||'                                                            # noClosureParameters
    | '|' (IDENT (',' IDENT)* ','?)? '|'                              # someClosureParameters
    ;

mapEntry
    : key=mapKey ':' value=expression
    ;

/** A bare identifier key is a string; a literal key is itself; `[e]` computes the key. */
mapKey
    : IDENT                                                           # identifierKey
    | string                                                          # stringKey
    | '[' expression ']'                                              # computedKey
    | '-'? number=(INT | FLOAT)                                       # numberKey
    | value=('nil' | 'true' | 'false')                                # constantKey
    ;

/** Expressions that end with a block and may end a statement without `;`. */
blockLike
    : block                                                           # blockExpr
    | ifExpression                                                    # ifExpr
    | 'while' condition=expression body=block                         # whileExpr
    | 'loop' body=block                                               # loopExpr
    | 'for' bindingPattern 'in' iterable=expression body=block        # forExpr
    | 'match' scrutinee=expression '{' matchArm* '}'                  # matchExpr
    | 'try' body=block (catchClause finallyClause? | finallyClause)   # tryExpr
    ;

ifExpression
    : 'if' condition=expression then=block ('else' (elseBlock=block | elseIf=ifExpression))?
    ;

/** The `,` after an arm is optional here; SyntaxRules requires it after a non-block body. */
matchArm
    : pattern ('if' guard=expression)? '=>' body=expression ','?
    ;

catchClause
    : 'catch' name=IDENT body=block
    ;

finallyClause
    : 'finally' body=block
    ;

// ---------------------------------------------------------------- patterns

pattern
    : simplePattern ('|' simplePattern)*
    ;

simplePattern
    : '-'? number=(INT | FLOAT)                                       # numberPattern
    | string                                                          # stringPattern
    | value=('nil' | 'true' | 'false')                                # constantPattern
    | '[' (pattern (',' pattern)* ','?)? ']'                          # listPattern
    | name=IDENT '(' pattern ')'                                      # readyPattern
    | name=IDENT                                                      # namePattern
    ;

/** The patterns of `let` and `for`: names, `_` and lists of them. */
bindingPattern
    : IDENT                                                           # bindingName
    | '[' (bindingPattern (',' bindingPattern)* ','?)? ']'            # bindingList
    ;

// ---------------------------------------------------------------- strings

string
    : STRING_START stringPart* STRING_END
    ;

stringPart
    : (STRING_TEXT | DOLLAR)                                          # textPart
    | ESCAPE                                                          # escapePart
    | UNICODE_ESCAPE                                                  # unicodeEscapePart
    | BAD_ESCAPE                                                      # badEscapePart
    | INTERPOLATION_START expression '}'                              # interpolationPart
    ;
