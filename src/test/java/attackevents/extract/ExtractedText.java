package attackevents.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import attackevents.SharedPipeline;
import attackevents.model.AttackEvent;
import attackevents.model.Target;
import java.time.LocalDate;
import java.util.List;

/** Short articles written for tests, run through the shared pipeline as published on one day. */
final class ExtractedText {
    /** The day the test articles are published: a Wednesday. */
    static final LocalDate PUBLISHED = LocalDate.of(2023, 3, 15);

    private ExtractedText() {
    }

    /** @return the events of a text */
    static List<AttackEvent> extract(String text) {
        return SharedPipeline.get().extractText(text, PUBLISHED);
    }

    /** @return the one event of a text, failing the test when it has another number */
    static AttackEvent only(String text) {
        List<AttackEvent> events = extract(text);
        assertEquals(1, events.size(), events.toString());
        return events.get(0);
    }

    /** @return the targets of the one event of a text, as written */
    static List<String> targets(String text) {
        return only(text).targets().stream().map(Target::text).toList();
    }
}
