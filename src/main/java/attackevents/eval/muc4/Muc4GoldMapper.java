package attackevents.eval.muc4;

import attackevents.eval.GoldArticle;
import attackevents.eval.GoldEvent;
import attackevents.eval.GoldPlace;
import attackevents.model.AttackType;
import attackevents.model.DateSpan;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Maps MUC-4 answer-key templates to gold articles exactly as {@code shared/spec/muc4-mapping.md} says:
 * one {@link GoldArticle} per message id (in order of first appearance), one {@link GoldEvent} per
 * template other than the {@code *} template. Strings stay as the key writes them (upper case).
 */
public final class Muc4GoldMapper {
    private Muc4GoldMapper() {
    }

    /**
     * @param templates templates of one or more messages, in file order
     * @return one gold article per message id; a message whose only template is {@code *} has no events
     */
    public static List<GoldArticle> toGold(List<Muc4Template> templates) {
        Objects.requireNonNull(templates, "templates");
        Map<String, List<GoldEvent>> byMessage = new LinkedHashMap<>();
        for (Muc4Template t : templates) {
            List<GoldEvent> events = byMessage.computeIfAbsent(t.messageId(), id -> new ArrayList<>());
            if (!t.isEmpty()) {
                events.add(toEvent(t));
            }
        }
        List<GoldArticle> articles = new ArrayList<>();
        byMessage.forEach((id, events) -> articles.add(new GoldArticle(id, null, events)));
        return articles;
    }

    /**
     * @param t a template other than the {@code *} template
     * @return its gold event
     */
    public static GoldEvent toEvent(Muc4Template t) {
        Objects.requireNonNull(t, "t");
        Muc4Targets targets = Muc4Targets.of(t);
        return new GoldEvent(type(t), false, actor(t), targets.targets(), place(t), targets.fatalities(),
                targets.injured(), date(t), t.optional());
    }

    /** @return the attack type of the first {@code INCIDENT: TYPE} value, or {@code null} */
    static AttackType type(Muc4Template t) {
        List<Muc4Filler> fillers = t.fillers(Muc4Slot.INCIDENT_TYPE);
        return fillers.isEmpty() ? null : Muc4IncidentTypes.toAttackType(fillers.get(0).first());
    }

    /** All organisation names (every filler, every alternative); the individuals when no organisation is named. */
    private static List<String> actor(Muc4Template t) {
        List<String> names = names(t.fillers(Muc4Slot.PERP_ORGANIZATION_ID));
        return names.isEmpty() ? names(t.fillers(Muc4Slot.PERP_INDIVIDUAL_ID)) : names;
    }

    private static List<String> names(List<Muc4Filler> fillers) {
        return fillers.stream().flatMap(f -> f.alternatives().stream()).filter(s -> !s.equals("-")).distinct().toList();
    }

    /** The most specific place of every location alternative, and the first alternative's country. */
    static GoldPlace place(Muc4Template t) {
        List<Muc4Location> locations = locations(t);
        if (locations.isEmpty()) {
            return null;
        }
        List<String> names = locations.stream().flatMap(l -> l.specific().stream()).distinct().toList();
        return new GoldPlace(names, locations.get(0).country());
    }

    /** @return the parsed alternatives of the location fill, in order */
    static List<Muc4Location> locations(Muc4Template t) {
        List<Muc4Location> locations = new ArrayList<>();
        for (Muc4Filler f : t.fillers(Muc4Slot.INCIDENT_LOCATION)) {
            for (String alternative : f.setValues()) {
                Muc4Location l = Muc4Location.parse(alternative);
                if (l != null) {
                    locations.add(l);
                }
            }
        }
        return locations;
    }

    /** @return the span covering every date alternative, or {@code null} */
    static DateSpan date(Muc4Template t) {
        List<String> alternatives = t.fillers(Muc4Slot.INCIDENT_DATE).stream()
                .flatMap(f -> f.setValues().stream()).toList();
        return Muc4Dates.union(alternatives);
    }
}
