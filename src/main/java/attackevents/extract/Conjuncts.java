package attackevents.extract;

import attackevents.model.Target;
import attackevents.nlp.EntityMention;
import attackevents.nlp.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * The targets listed with a target found: "two bank branches and a restaurant were blown up", "killed the mayor,
 * his bodyguard and a passer-by". Each noun phrase joined to a found target by "and", "or", a comma or a
 * semicolon is a target of its own, when the list holds at least one "and" or "or" (a phrase after a comma
 * alone is more often an apposition or a new clause). A phrase that names no victim ("people", attackers,
 * weapons) or only a place ends the list. One of the rules of {@link TargetFinder}.
 */
final class Conjuncts {
    /** The most tokens between two people of a list: room for a title and a short description. */
    private static final int MAX_GAP = 12;

    private final ExtractionModels models;
    private final NounPhrases phrases;

    Conjuncts(ExtractionModels models, NounPhrases phrases) {
        this.models = models;
        this.phrases = phrases;
    }

    /**
     * @param ctx   the sentence
     * @param found the targets found in it
     * @return the targets found, then the phrases listed with them that were not found yet
     */
    List<Target> expand(SentenceContext ctx, List<Target> found) {
        List<Token> tokens = ctx.tokens();
        List<Target> out = new ArrayList<>(found);
        for (Target t : found) {
            int[] span = ctx.tokenSpan(t.evidence());
            if (span == null) {
                continue;
            }
            List<int[]> listed = new ArrayList<>();
            boolean joined = collectRight(ctx, span[1], listed) | collectLeft(ctx, span[0], listed)
                    | collectPersons(ctx, span, listed);
            if (!joined) {
                continue;
            }
            for (int[] s : listed) {
                if (!TargetFinder.overlapsAny(out, tokens.get(s[0]).begin(), tokens.get(s[1] - 1).end())) {
                    out.add(new Target(ctx.text(s[0], s[1]), ctx.evidence(s[0], s[1])));
                }
            }
        }
        return out;
    }

    /** The phrases listed after token {@code from}; @return whether an "and" or "or" joins one of them */
    private boolean collectRight(SentenceContext ctx, int from, List<int[]> listed) {
        List<Token> tokens = ctx.tokens();
        boolean conjunction = false;
        int i = from;
        while (i < tokens.size() && isSeparator(tokens.get(i))) {
            int k = i;
            boolean cc = false;
            while (k < tokens.size() && isSeparator(tokens.get(k))) {
                cc |= tokens.get(k).pos().equals("CC");
                k++;
            }
            int[] span = k < tokens.size() ? phrases.phrase(ctx, k) : null;
            span = span == null ? null : phrases.trimmed(tokens, span[0], span[1]);
            if (!isListable(ctx, span)) {
                break;
            }
            conjunction |= cc;
            listed.add(span);
            i = span[1];
        }
        return conjunction;
    }

    /** The phrases listed before token {@code to}; @return whether an "and" or "or" joins one of them */
    private boolean collectLeft(SentenceContext ctx, int to, List<int[]> listed) {
        List<Token> tokens = ctx.tokens();
        boolean conjunction = false;
        int i = to;
        while (i > 0 && phrases.isOpenerAt(tokens, i - 1)) {
            i--;
        }
        while (i > 0 && isSeparator(tokens.get(i - 1))) {
            int k = i;
            boolean cc = false;
            while (k > 0 && isSeparator(tokens.get(k - 1))) {
                cc |= tokens.get(k - 1).pos().equals("CC");
                k--;
            }
            int start = phrases.nounGroupStart(tokens, k);
            int[] span = start < k ? phrases.trimmed(tokens, start, k) : null;
            if (!isListable(ctx, span)) {
                break;
            }
            conjunction |= cc;
            listed.add(span);
            i = span[0];
            while (i > 0 && phrases.isOpenerAt(tokens, i - 1)) {
                i--;
            }
        }
        return conjunction;
    }

    /**
     * The people named in a list with a target, each perhaps with a title or a description of their own ("Omayra
     * Castro Reyes, Franci Elena Sarmiento, and policeman Leon Gomez Vigia"; "Alvaro Torres, an employee of the
     * agrarian fund; Miguel Cacel, an official; and a worker were kidnapped"): persons whose gap to the target,
     * or to the last person listed, holds a comma, semicolon or "and", no verb, and at most {@link #MAX_GAP}
     * tokens.
     *
     * @return whether an "and", "or" or semicolon joins one of them
     */
    static boolean collectPersons(SentenceContext ctx, int[] seed, List<int[]> listed) {
        List<Token> tokens = ctx.tokens();
        List<EntityMention> persons = ctx.sentence().entities().stream()
                .filter(e -> e.type().equals("PERSON") && isFullName(tokens, e)).toList();
        boolean conjunction = false;
        int end = seed[1];
        for (EntityMention e : persons) {
            if (e.tokenStart() < end) {
                continue;
            }
            int joint = joint(tokens, end, e.tokenStart());
            if (joint < 0) {
                break;
            }
            conjunction |= joint > 0;
            listed.add(new int[] {e.tokenStart(), e.tokenEnd()});
            end = e.tokenEnd();
        }
        int start = seed[0];
        for (int p = persons.size() - 1; p >= 0; p--) {
            EntityMention e = persons.get(p);
            if (e.tokenEnd() > start) {
                continue;
            }
            int joint = joint(tokens, e.tokenEnd(), start);
            if (joint < 0) {
                break;
            }
            conjunction |= joint > 0;
            listed.add(new int[] {e.tokenStart(), e.tokenEnd()});
            start = e.tokenStart();
        }
        return conjunction;
    }

    /**
     * A name of two words or more: a lone word the name model calls a person in all-caps copy is as often a
     * pronoun ("HIS") or a place.
     */
    private static boolean isFullName(List<Token> tokens, EntityMention e) {
        return e.tokenEnd() - e.tokenStart() >= 2
                && tokens.subList(e.tokenStart(), e.tokenEnd()).stream().allMatch(t -> t.pos().startsWith("NNP"));
    }

    /**
     * @return how the tokens {@code from..to} join two list members: -1 not at all (no separator, a verb, or too
     *         long), 1 with "and", "or" or a semicolon, 0 with commas only
     */
    private static int joint(List<Token> tokens, int from, int to) {
        if (to - from > MAX_GAP || to <= from) {
            return -1;
        }
        boolean separator = false;
        boolean strong = false;
        for (int k = from; k < to; k++) {
            Token t = tokens.get(k);
            if (t.isVerb() || t.word().equals(":") || t.pos().equals("WDT") || t.pos().equals("WP")) {
                return -1;
            }
            separator |= isSeparator(t);
            strong |= isSeparator(t) && !t.word().equals(",");
        }
        return !separator ? -1 : strong ? 1 : 0;
    }

    private boolean isListable(SentenceContext ctx, int[] span) {
        if (span == null) {
            return false;
        }
        List<Token> tokens = ctx.tokens();
        Token head = tokens.get(span[1] - 1);
        return head.isNoun() && !phrases.isGeneric(head) && !phrases.isUntakable(tokens.subList(span[0], span[1]))
                && !NounPhrases.isOnlyPlace(ctx, span[0], span[1]) && !namesAnAct(tokens, span);
    }

    /** "the murder of a businessman", "wounding": a phrase with an attack or casualty word names what was done. */
    private boolean namesAnAct(List<Token> tokens, int[] span) {
        for (int k = span[0]; k < span[1]; k++) {
            if (models.triggers().matchAt(tokens, k) != null || models.casualties().matchAt(tokens, k) != null) {
                return true;
            }
        }
        return false;
    }

    private static boolean isSeparator(Token t) {
        return t.word().equals(",") || t.word().equals(";") || t.pos().equals("CC")
                && (t.word().equalsIgnoreCase("and") || t.word().equalsIgnoreCase("or"));
    }
}
