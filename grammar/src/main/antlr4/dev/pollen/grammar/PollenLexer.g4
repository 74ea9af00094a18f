/*
 * The tokens of Pollen (LANGUAGE.md §1).
 *
 * This is a lexer grammar of its own, not part of a combined grammar, because string
 * interpolation needs lexical modes: inside "..." the lexer is in STRING_MODE; `${` pushes
 * DEFAULT_MODE so the embedded expression is lexed as code (and may hold strings and braces);
 * the `}` that matches the `${` pops back into the string. To keep that `}` matched with its
 * opener, every `{`, `#{` and `${` pushes a mode and every `}` pops one.
 *
 * Every character of the input belongs to some token (ERROR_CHAR catches the rest, and string
 * mode covers all characters), so lexing never fails silently: the parser front end reports
 * ERROR_CHAR, BAD_ESCAPE and UNCLOSED_COMMENT tokens as errors in words.
 */
lexer grammar PollenLexer;

// A block comment that never closes: one token from its `/*` to the end of the input.
tokens { UNCLOSED_COMMENT }

@members {
    /** A stray '}' must not empty the mode stack: it stays a token and the parser reports it. */
    @Override
    public int popMode() {
        return _modeStack.isEmpty() ? _mode : super.popMode();
    }

    /**
     * Consumes a block comment after its opening slash-star, counting nested ones character
     * by character as rustc does. A regular rule could fall back to reading an inner opener as
     * plain text when the outer comment never closes; this cannot.
     */
    private void finishBlockComment() {
        int depth = 1;
        while (depth > 0) {
            int c = _input.LA(1);
            if (c == EOF) {
                setType(UNCLOSED_COMMENT);
                return;
            }
            getInterpreter().consume(_input);
            if (c == '/' && _input.LA(1) == '*') {
                getInterpreter().consume(_input);
                depth++;
            } else if (c == '*' && _input.LA(1) == '/') {
                getInterpreter().consume(_input);
                depth--;
            }
        }
        setChannel(HIDDEN);
    }
}

// ---------------------------------------------------------------- keywords

LET      : 'let';
MUT      : 'mut';
FN       : 'fn';
ASYNC    : 'async';
AWAIT    : 'await';
RETURN   : 'return';
IF       : 'if';
ELSE     : 'else';
WHILE    : 'while';
LOOP     : 'loop';
FOR      : 'for';
IN       : 'in';
BREAK    : 'break';
CONTINUE : 'continue';
TRUE     : 'true';
FALSE    : 'false';
NIL      : 'nil';
STRUCT   : 'struct';
IMPL     : 'impl';
SELF     : 'self';
MATCH    : 'match';
TRY      : 'try';
CATCH    : 'catch';
FINALLY  : 'finally';
THROW    : 'throw';
IMPORT   : 'import';
AS       : 'as';

// ---------------------------------------------------------------- punctuation

LBRACE      : '{' -> pushMode(DEFAULT_MODE);
HASH_LBRACE : '#{' -> pushMode(DEFAULT_MODE);
RBRACE      : '}' -> popMode;
LPAREN      : '(';
RPAREN      : ')';
LBRACKET    : '[';
RBRACKET    : ']';
COMMA       : ',';
COLON       : ':';
SEMI        : ';';
FAT_ARROW   : '=>';
DOT_DOT_EQ  : '..=';
DOT_DOT     : '..';
DOT         : '.';
EQ_EQ       : '==';
NOT_EQ      : '!=';
LESS_EQ     : '<=';
GREATER_EQ  : '>=';
LESS        : '<';
GREATER     : '>';
AND_AND     : '&&';
OR_OR       : '||';
PIPE        : '|';
PLUS_EQ     : '+=';
MINUS_EQ    : '-=';
STAR_EQ     : '*=';
SLASH_EQ    : '/=';
PERCENT_EQ  : '%=';
ASSIGN      : '=';
PLUS        : '+';
MINUS       : '-';
STAR        : '*';
SLASH       : '/';
PERCENT     : '%';
BANG        : '!';

// ---------------------------------------------------------------- literals and names

// A float needs digits on both sides of '.', so `0..10` lexes as INT DOT_DOT INT: the lexer
// falls back to the longest rule that matched, which is INT.
FLOAT
    : DIGITS '.' DIGITS EXPONENT?
    | DIGITS EXPONENT
    ;

INT
    : DIGITS
    | '0' [xX] '_'* HEX_DIGIT [0-9a-fA-F_]*
    | '0' [bB] '_'* [01] [01_]*
    ;

IDENT : [A-Za-z_] [A-Za-z0-9_]*;

STRING_START : '"' -> pushMode(STRING_MODE);

// ---------------------------------------------------------------- trivia

WHITESPACE : [ \t\r\n\f\u000B\uFEFF]+ -> skip;

LINE_COMMENT : '//' ~[\r\n]* -> channel(HIDDEN);

// Block comments nest; the action reads up to the matching `*/`. Without one the token becomes
// UNCLOSED_COMMENT and holds the rest of the input, so one error is reported, not the noise
// of lexing the commented-out text.
BLOCK_COMMENT : '/*' { finishBlockComment(); };

// Anything else is one bad character; the parser front end reports it in words.
ERROR_CHAR : .;

// ---------------------------------------------------------------- fragments

fragment DIGITS    : [0-9] [0-9_]*;
fragment EXPONENT  : [eE] [+-]? [0-9] [0-9_]*;
fragment HEX_DIGIT : [0-9a-fA-F];

// ---------------------------------------------------------------- inside "..."

mode STRING_MODE;

STRING_END          : '"' -> popMode;
INTERPOLATION_START : '${' -> pushMode(DEFAULT_MODE);
ESCAPE              : '\\' [ntr0\\"$];
UNICODE_ESCAPE      : '\\u{' HEX_DIGIT+ '}';
// Any other backslash sequence (also a lone backslash at the end of input); reported later.
BAD_ESCAPE          : '\\' .?;
STRING_TEXT         : ~[\\"$]+;
// A '$' not followed by '{' is plain text; `${` wins by being longer.
DOLLAR              : '$';
