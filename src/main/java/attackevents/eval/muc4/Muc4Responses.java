package attackevents.eval.muc4;

import attackevents.model.Actor;
import attackevents.model.ArticleRecord;
import attackevents.model.AttackEvent;
import attackevents.model.Place;
import attackevents.model.Target;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Reads MUC-4 response files (any system's templates, in the key format) as predictions, so they can be
 * scored by the project's scorer. Each template becomes an {@link AttackEvent} with confidence 1 and no
 * evidence: the actor is the first string of {@code PERP: ORGANIZATION ID} (else {@code INDIVIDUAL ID}), each
 * target its first string (a target string repeated, as responses do to give one group two effects, is one
 * target), the place the most specific location and its country, counts, date and type as for the keys.
 *
 * <p>Example: {@code Map<String, ArticleRecord> predicted = Muc4Responses.read(Path.of("responses.muc4"));}
 */
public final class Muc4Responses {
    private Muc4Responses() {
    }

    /**
     * @param fileOrDir a response file, or a folder of them (read in sorted order)
     * @return one record per message id, in file order; a message with only a {@code *} template has no events
     * @throws IOException         when a file cannot be read or the path does not exist
     * @throws Muc4FormatException when a file is not in the template format
     */
    public static Map<String, ArticleRecord> read(Path fileOrDir) throws IOException {
        Objects.requireNonNull(fileOrDir, "fileOrDir");
        return toRecords(Muc4TemplateParser.parse(fileOrDir), fileOrDir.toString());
    }

    /**
     * @param templates parsed response templates
     * @param source    what the records name as their source
     * @return one record per message id, in order of first appearance
     */
    public static Map<String, ArticleRecord> toRecords(List<Muc4Template> templates, String source) {
        Objects.requireNonNull(templates, "templates");
        Objects.requireNonNull(source, "source");
        Map<String, List<AttackEvent>> byMessage = new LinkedHashMap<>();
        for (Muc4Template t : templates) {
            List<AttackEvent> events = byMessage.computeIfAbsent(t.messageId(), id -> new ArrayList<>());
            if (!t.isEmpty()) {
                events.add(toEvent(t));
            }
        }
        Map<String, ArticleRecord> records = new LinkedHashMap<>();
        byMessage.forEach((id, events) -> records.put(id,
                new ArticleRecord(id, source, null, null, null, null, events, List.of(), null, null)));
        return records;
    }

    /**
     * @param t a template other than the {@code *} template
     * @return the event it states
     */
    public static AttackEvent toEvent(Muc4Template t) {
        Objects.requireNonNull(t, "t");
        Muc4Targets targets = Muc4Targets.of(t);
        Set<String> seen = new LinkedHashSet<>();
        List<Target> list = new ArrayList<>();
        for (List<String> names : targets.targets()) {
            if (seen.add(names.get(0))) {
                list.add(new Target(names.get(0), null));
            }
        }
        return new AttackEvent(Muc4GoldMapper.type(t), false, actor(t), list, place(t), targets.fatalities(),
                targets.injured(), Muc4GoldMapper.date(t), 1.0, List.of());
    }

    private static Actor actor(Muc4Template t) {
        for (Muc4Slot slot : List.of(Muc4Slot.PERP_ORGANIZATION_ID, Muc4Slot.PERP_INDIVIDUAL_ID)) {
            for (Muc4Filler f : t.fillers(slot)) {
                for (String name : f.alternatives()) {
                    if (!name.equals("-")) {
                        return new Actor(name, null, null);
                    }
                }
            }
        }
        return null;
    }

    private static Place place(Muc4Template t) {
        List<Muc4Location> locations = Muc4GoldMapper.locations(t);
        if (locations.isEmpty()) {
            return null;
        }
        Muc4Location first = locations.get(0);
        return new Place(first.specific().isEmpty() ? null : first.specific().get(0), first.country(), null);
    }
}
