package attackevents.eval.muc4;

import attackevents.model.Count;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * The targets of one template and the tolls they carry. Targets are the {@code PHYS TGT: ID} fillers, the
 * {@code HUM TGT: NAME} fillers (with the descriptions tied to them as further acceptable names) and the
 * untied {@code HUM TGT: DESCRIPTION} fillers. {@code HUM TGT: NUMBER} and {@code EFFECT OF INCIDENT} fillers
 * are tied to human targets through their cross-references: a reference goes to the target it fits best
 * ({@code INJURY: "OTHERS" / "PERSON"} to the target listed as {@code "OTHERS" / "PERSON"}, not to the one listed
 * as {@code "PERSON"}; {@code INJURY: "PEOPLE"} to the one listed as {@code "PEOPLE"}, not as
 * {@code "PEOPLE" / "PERSON"}); when the same string names several targets (the keys list
 * {@code "PEASANTS"} twice, once for the dead and once for the injured), the k-th reference to it goes to the k-th
 * target of that name.
 *
 * @param targets    each target's acceptable names, physical first, then named people, then descriptions
 * @param fatalities the summed {@code NUMBER} of the human targets whose effect includes {@code DEATH}, or
 *                   {@code null} when none died
 * @param injured    the same for {@code INJURY}
 */
record Muc4Targets(List<List<String>> targets, Count fatalities, Count injured) {
    private static final Count ONE = Count.exactly(1);

    /** A human target while its fillers are tied to it. */
    private static final class Human {
        final List<String> names = new ArrayList<>();
        final Set<String> keys = new LinkedHashSet<>();
        final List<Muc4Filler> numbers = new ArrayList<>();
        final Set<String> effects = new LinkedHashSet<>();

        Human(List<String> own) {
            own.stream().filter(s -> !s.equals("-")).forEach(this::addName);
        }

        void addName(String name) {
            if (!names.contains(name)) {
                names.add(name);
            }
            keys.add(key(name));
        }

        boolean matches(List<String> reference) {
            return overlap(reference) > 0;
        }

        /** @return how many of a cross-reference's alternatives name this target */
        int overlap(List<String> reference) {
            return (int) reference.stream().map(Muc4Targets::key).distinct().filter(keys::contains).count();
        }

        /**
         * @return how well a cross-reference names this target: by the alternatives it shares, then by the fewest
         * names of the target it leaves out ("PEOPLE" is the target listed as "PEOPLE" before the one listed as
         * "PEOPLE" / "PERSON"); 0 when it shares none
         */
        int fit(List<String> reference) {
            int shared = overlap(reference);
            return shared == 0 ? 0 : shared * 1000 - (keys.size() - shared);
        }
    }

    /**
     * @param template a non-empty template
     * @return its targets and tolls
     */
    static Muc4Targets of(Muc4Template template) {
        List<List<String>> targets = new ArrayList<>();
        for (Muc4Filler f : template.fillers(Muc4Slot.PHYS_TGT_ID)) {
            List<String> names = f.alternatives().stream().filter(s -> !s.equals("-")).toList();
            if (!names.isEmpty()) {
                targets.add(names);
            }
        }
        List<Human> humans = new ArrayList<>();
        List<Human> named = new ArrayList<>();
        for (Muc4Filler f : template.fillers(Muc4Slot.HUM_TGT_NAME)) {
            Human h = new Human(f.alternatives());
            if (!h.names.isEmpty()) {
                humans.add(h);
                named.add(h);
            }
        }
        for (Muc4Filler f : template.fillers(Muc4Slot.HUM_TGT_DESCRIPTION)) {
            Human owner = f.isTied() ? firstMatch(named, f.crossReference()) : null;
            if (owner != null) {
                f.alternatives().stream().filter(s -> !s.equals("-")).forEach(owner::addName);
            } else {
                Human h = new Human(f.alternatives()); // untied, or tied to a name the key does not list
                if (!h.names.isEmpty()) {
                    humans.add(h);
                }
            }
        }
        bind(humans, template.fillers(Muc4Slot.HUM_TGT_NUMBER), (h, f) -> h.numbers.add(f));
        bind(humans, template.fillers(Muc4Slot.HUM_TGT_EFFECT), (h, f) -> f.setValues().forEach(v ->
                h.effects.add(v.toUpperCase(Locale.ROOT).strip())));
        Count fatalities = null;
        Count injured = null;
        for (Human h : humans) {
            targets.add(List.copyOf(h.names));
            Count n = count(h);
            if (h.effects.contains("DEATH")) {
                fatalities = Muc4Counts.plus(fatalities, n);
            }
            if (h.effects.contains("INJURY")) {
                injured = Muc4Counts.plus(injured, n);
            }
        }
        return new Muc4Targets(targets, fatalities, injured);
    }

    /** The people one human target stands for: its number fills' covering range, 1 when it has none. */
    private static Count count(Human h) {
        Count result = null;
        for (Muc4Filler f : h.numbers) {
            Count c = Muc4Counts.union(f.setValues());
            if (c != null) {
                result = Muc4Counts.cover(result, c);
            }
        }
        return result == null ? ONE : new Count(result.min(), result.max(), null, null);
    }

    private static void bind(List<Human> humans, List<Muc4Filler> fillers,
                             BiConsumer<Human, Muc4Filler> action) {
        Set<Human> bound = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Muc4Filler f : fillers) {
            if (!f.isTied()) {
                continue;
            }
            // the human the reference names best: "OTHERS" / "PERSON" is the target listed as such, not the one
            // listed as "PERSON" alone, which a later DEATH: "PERSON" names
            Human first = null;
            Human free = null;
            int firstFit = 0;
            int freeFit = 0;
            for (Human h : humans) {
                int fit = h.fit(f.crossReference());
                if (fit > firstFit) {
                    first = h;
                    firstFit = fit;
                }
                if (fit > freeFit && !bound.contains(h)) {
                    free = h;
                    freeFit = fit;
                }
            }
            Human target = free != null ? free : first;
            if (target != null) {
                bound.add(target);
                action.accept(target, f);
            }
        }
    }

    private static Human firstMatch(List<Human> humans, List<String> reference) {
        return humans.stream().filter(h -> h.matches(reference)).findFirst().orElse(null);
    }

    /** Cross-references compare upper case with blanks collapsed, as the keys are not always consistent. */
    private static String key(String s) {
        return s.strip().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
    }
}
