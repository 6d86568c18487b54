package attackevents.extract;

import attackevents.model.DateSpan;
import attackevents.nlp.EntityMention;
import attackevents.nlp.Token;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Picks the date of an attack from a sentence: the resolvable date expression nearest its trigger, and whether it
 * follows a verb of saying ({@code report-verb} cues: "said on 22 March that ...", "reported today"), when it may be
 * the report's date rather than the attack's.
 */
final class DateFinder {
    /** Words that may stand between a verb of saying and its date: "said on 22 March", "reported early today". */
    private static final Set<String> REPORT_TO_DATE_TAGS = Set.of("IN", "DT", "RB");
    /** How many tokens before the date a verb of saying is looked for. */
    private static final int REPORT_WINDOW = 3;

    /**
     * A date read from a sentence.
     *
     * @param span     the date
     * @param ofReport whether it follows a verb of saying, and so may be when the attack was reported
     */
    record Found(DateSpan span, boolean ofReport) {
    }

    private final ExtractionModels models;

    DateFinder(ExtractionModels models) {
        this.models = models;
    }

    /** @return the date the sentence gives, or {@code null} */
    Found find(SentenceContext ctx) {
        Found best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (EntityMention e : ctx.sentence().entities()) {
            if (!(e.type().equals("DATE") || e.type().equals("TIME")) || e.normalized() == null) {
                continue;
            }
            // "9:02 a.m. on April 19, 1995" is a TIME whose value carries the day: 1995-04-19T09:02
            String value = e.normalized().replaceFirst("^(\\d{4}-\\d{2}-\\d{2})T.*$", "$1");
            Optional<DateSpan> span = models.dates().resolve(value, e.text(), ctx.published());
            int d = ctx.distanceToTrigger(e.tokenStart(), e.tokenEnd());
            if (span.isPresent() && d < bestDistance) {
                DateSpan s = span.get();
                best = new Found(new DateSpan(s.from(), s.to(), e.text(), ctx.evidence(e.tokenStart(), e.tokenEnd())),
                        followsReportVerb(ctx.tokens(), e.tokenStart()));
                bestDistance = d;
            }
        }
        return best;
    }

    private boolean followsReportVerb(List<Token> tokens, int dateStart) {
        for (int k = dateStart - 1; k >= 0 && k >= dateStart - REPORT_WINDOW; k--) {
            Token t = tokens.get(k);
            if (t.isVerb() && models.isCue("report-verb", t)) {
                return true;
            }
            if (!REPORT_TO_DATE_TAGS.contains(t.pos())) {
                return false;
            }
        }
        return false;
    }
}
