package dev.pollen.interpreter.parse;

import java.util.BitSet;
import org.antlr.v4.runtime.NoViableAltException;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.atn.ATNConfigSet;
import org.antlr.v4.runtime.atn.ParserATNSimulator;
import org.antlr.v4.runtime.misc.Pair;

/**
 * Prediction for the error-reporting parse. When ANTLR looks ahead to choose an alternative and
 * every alternative dies at the same bad token several tokens on ({@code a + f(1, ]}), it
 * reports "no viable alternative" at the choice point, with the tokens that could start each
 * alternative there: far from the mistake and worded about the wrong thing. Instead this
 * enters the first alternative (the greedy one, as ambiguity resolution would) that was still
 * valid just before the bad token; parsing goes on inside it and the error surfaces where it
 * is, with what was really expected there. A choice that fails on its very first token is left
 * to ANTLR, whose message ("expected expression, found ';'") is right then.
 */
final class NearestErrorPrediction extends ParserATNSimulator {
    private boolean failedAfterLookahead;

    NearestErrorPrediction(Parser parser) {
        super(parser, parser.getATN(), parser.getInterpreter().decisionToDFA,
                parser.getInterpreter().getSharedContextCache());
    }

    @Override
    public int adaptivePredict(TokenStream input, int decision, ParserRuleContext outerContext) {
        failedAfterLookahead = false;
        return super.adaptivePredict(input, decision, outerContext);
    }

    @Override
    protected NoViableAltException noViableAlt(TokenStream input, ParserRuleContext outerContext,
            ATNConfigSet configs, int startIndex) {
        failedAfterLookahead = input.index() > startIndex;
        return super.noViableAlt(input, outerContext, configs, startIndex);
    }

    @Override
    protected int getSynValidOrSemInvalidAltThatFinishedDecisionEntryRule(ATNConfigSet configs,
            ParserRuleContext outerContext) {
        if (failedAfterLookahead) {
            Pair<ATNConfigSet, ATNConfigSet> valid = splitAccordingToSemanticValidity(configs, outerContext);
            BitSet alternatives = valid.a.getAlts();
            if (!alternatives.isEmpty()) {
                return alternatives.nextSetBit(0);
            }
        }
        return super.getSynValidOrSemInvalidAltThatFinishedDecisionEntryRule(configs, outerContext);
    }
}
