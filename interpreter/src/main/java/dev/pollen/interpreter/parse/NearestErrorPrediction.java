package dev.pollen.interpreter.parse;

import java.util.BitSet;
import java.util.Set;
import org.antlr.v4.runtime.NoViableAltException;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.atn.ATNConfig;
import org.antlr.v4.runtime.atn.ATNConfigSet;
import org.antlr.v4.runtime.atn.ParserATNSimulator;
import org.antlr.v4.runtime.atn.PredictionMode;
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
 *
 * <p>Prediction may look far ahead at every choice, over sets of ATN configurations that grow
 * with the nesting: on a few KB of broken chained closures ({@code |x| a = |x| b = ...}) or
 * calls nested in comparisons it took minutes. So its work in one parse has a budget, counted
 * in steps of the closure over the ATN (where prediction spends its time) and growing with the
 * input. Once the budget is spent, choices are made by SLL prediction (the fast first parse's,
 * which settles a conflict on its first alternative instead of looking on with the full
 * context), the errors still reported where the parse fails; once as much again is spent, the
 * parse stops with {@link TooComplex} at the token it could not decide on, after the errors
 * found before it.
 */
final class NearestErrorPrediction extends ParserATNSimulator {
    /** Work allowed to each stage whatever the input's size: far more than people's programs need. */
    static final long BASE_BUDGET = 200_000;
    /** Work allowed to each stage per token of the input, on top of {@link #BASE_BUDGET}. */
    static final long BUDGET_PER_TOKEN = 2;

    private final long budget;
    private long spent;
    private boolean failedAfterLookahead;

    NearestErrorPrediction(Parser parser, int tokenCount) {
        super(parser, parser.getATN(), parser.getInterpreter().decisionToDFA,
                parser.getInterpreter().getSharedContextCache());
        this.budget = BASE_BUDGET + BUDGET_PER_TOKEN * tokenCount;
    }

    /** Thrown out of a prediction when a stage's budget runs out; ANTLR's finally blocks restore the input. */
    private static final class BudgetSpent extends RuntimeException {
        BudgetSpent() {
            super(null, null, false, false);
        }
    }

    /** Thrown when even SLL prediction has used up its budget: the parse stops at {@code token}. */
    static final class TooComplex extends RuntimeException {
        final transient Token token;

        TooComplex(Token token) {
            super(null, null, false, false);
            this.token = token;
        }
    }

    @Override
    public int adaptivePredict(TokenStream input, int decision, ParserRuleContext outerContext) {
        failedAfterLookahead = false;
        try {
            return super.adaptivePredict(input, decision, outerContext);
        } catch (BudgetSpent spentOut) {
            if (getPredictionMode() != PredictionMode.SLL) {
                setPredictionMode(PredictionMode.SLL);
            } else {
                throw new TooComplex(input.LT(1));
            }
            return adaptivePredict(input, decision, outerContext);
        }
    }

    @Override
    protected void closure_(ATNConfig config, ATNConfigSet configs, Set<ATNConfig> closureBusy,
            boolean collectPredicates, boolean fullCtx, int depth, boolean treatEofAsEpsilon) {
        if (++spent > budget) {
            spent = 0;
            throw new BudgetSpent();
        }
        super.closure_(config, configs, closureBusy, collectPredicates, fullCtx, depth, treatEofAsEpsilon);
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
