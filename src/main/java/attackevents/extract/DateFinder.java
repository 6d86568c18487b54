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
            if (!(e.type().equals("DATE") || e.type().equals("TIME")) || e.normalized() == null) {
                continue;
            }
            // "9:02 a.m. on April 19, 1995" is a TIME whose value carries the day: 1995-04-19T09:02
            String value = e.normalized().replaceFirst("^(\\d{4}-\\d{2}-\\d{2})T.*$", "$1");
            Optional<DateSpan> span = models.dates().resolve(value, e.text(), ctx.published());
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
