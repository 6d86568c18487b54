package attackevents.extract;

import attackevents.model.DateSpan;
import attackevents.nlp.EntityMention;
import java.util.Optional;

/** Picks the date of an attack from a sentence: the resolvable date expression nearest its trigger. */
final class DateFinder {
    private final ExtractionModels models;

    DateFinder(ExtractionModels models) {
        this.models = models;
    }

    /** @return the date the sentence gives, or {@code null} */
    DateSpan find(SentenceContext ctx) {
        DateSpan best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (EntityMention e : ctx.sentence().entities()) {
            if (!e.type().equals("DATE") || e.normalized() == null) {
                continue;
            }
            Optional<DateSpan> span = models.dates().resolve(e.normalized(), e.text(), ctx.published());
            int d = ctx.distanceToTrigger(e.tokenStart(), e.tokenEnd());
            if (span.isPresent() && d < bestDistance) {
                DateSpan s = span.get();
                best = new DateSpan(s.from(), s.to(), e.text(), ctx.evidence(e.tokenStart(), e.tokenEnd()));
                bestDistance = d;
            }
        }
        return best;
    }
}
