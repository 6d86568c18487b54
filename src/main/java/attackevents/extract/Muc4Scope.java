package attackevents.extract;

import attackevents.data.DataFile;
import attackevents.model.AttackEvent;
import attackevents.model.AttackType;
import attackevents.model.Count;
import attackevents.model.Target;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * The MUC-4 task's definition of a relevant incident ({@code models/lexicon/muc4-scope.tsv}): an incident is
 * left out when it is not recent (dated wholly more than two months before the article; an {@code ongoing} type,
 * a kidnapping, is never too old) or when every target
 * is a military force or installation (by its last word, or by a word before it that names the armed forces:
 * "military installations") or a member of an armed group, while an incident that struck others too keeps only
 * those others as its targets; and the victims a toll counts without
 * saying who they were ("eight people") are a target, as the keys list them, while a toll of none ("no one was
 * hurt") is dropped, as the keys never record one. For reproducing MUC-4; other event sets
 * count such incidents, so the pipeline applies it only when asked ({@code extract --scope muc4}).
 */
public final class Muc4Scope {
    private final int recentDays;
    private final Set<String> outOfScopeHeads = new HashSet<>();
    private final Set<String> countedVictims = new HashSet<>();
    private final Set<String> militaryOwners = new HashSet<>();
    private final Set<AttackType> ongoingTypes = EnumSet.noneOf(AttackType.class);

    /**
     * @param file the scope file
     * @throws IllegalArgumentException when it lacks {@code recent-days} or a row is malformed
     */
    public Muc4Scope(Path file) {
        Integer days = null;
        for (String[] row : DataFile.rows(file, 2)) {
            if (row[0].equals("recent-days")) {
                try {
                    days = Integer.parseInt(row[1]);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException(file + ": recent-days '" + row[1] + "' is not a number");
                }
            } else if (row[1].equals("military") || row[1].equals("armed-group")) {
                outOfScopeHeads.add(row[0].toLowerCase(Locale.ROOT));
            } else if (row[1].equals("military-owner")) {
                militaryOwners.add(row[0].toLowerCase(Locale.ROOT));
            } else if (row[1].equals("ongoing")) {
                ongoingTypes.add(typeNamed(file, row[0]));
            } else if (row[1].equals("counted-victim")) {
                countedVictims.add(row[0].toLowerCase(Locale.ROOT));
            } else {
                throw new IllegalArgumentException(file + ": '" + row[0] + "' has kind '" + row[1]
                        + "', not military, military-owner, armed-group, ongoing or counted-victim");
            }
        }
        if (days == null) {
            throw new IllegalArgumentException(file + ": no recent-days row");
        }
        this.recentDays = days;
    }

    private static AttackType typeNamed(Path file, String name) {
        try {
            return AttackType.fromJson(name);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ": '" + name + "' is no attack type (ongoing rows name one)");
        }
    }

    /**
     * @param models the {@code models/} folder
     * @return the scope its {@code lexicon/muc4-scope.tsv} defines
     */
    public static Muc4Scope load(Path models) {
        return new Muc4Scope(models.resolve("lexicon").resolve("muc4-scope.tsv"));
    }

    /**
     * @param events    an article's events
     * @param published its publication date, or {@code null} (then no event is too old)
     * @return the events MUC-4 counts, in their order, without military targets, with the victims their tolls
     *         count as targets
     */
    public List<AttackEvent> keep(List<AttackEvent> events, LocalDate published) {
        Objects.requireNonNull(events, "events");
        return events.stream().filter(e -> isRecent(e, published) && !onlyArmedTargets(e))
                .map(Muc4Scope::withoutZeroTolls).map(this::withoutArmedTargets).map(this::withCountedVictims)
                .toList();
    }

    /**
     * The event without its military and armed-group targets, as the keys of an incident that struck others too
     * most often leave them out ("guerrillas attacked the town, killing two soldiers and a teacher"). MUC-4 dev CV
     * 0.5814 -> 0.5836, targets 0.499 -> 0.505: of the soldiers such events named, 11 of 14 matched no key.
     */
    private AttackEvent withoutArmedTargets(AttackEvent e) {
        List<Target> kept = e.targets().stream().filter(t -> !isArmed(t)).toList();
        return kept.size() == e.targets().size() ? e : e.withTargets(kept);
    }

    /**
     * The event with the victims its tolls name by a {@code counted-victim} word ("eight people" gives "people")
     * as targets, once each, as the MUC-4 keys list them.
     */
    private AttackEvent withCountedVictims(AttackEvent e) {
        List<Target> targets = new ArrayList<>(e.targets());
        for (Count c : Arrays.asList(e.fatalities(), e.injured())) {
            if (c == null || c.text() == null || c.text().isBlank()) {
                continue;
            }
            String[] words = c.text().strip().split("\\s+");
            String head = words[words.length - 1];
            if (countedVictims.contains(head.toLowerCase(Locale.ROOT))
                    && targets.stream().noneMatch(t -> t.text().equalsIgnoreCase(head))) {
                targets.add(new Target(head, c.evidence()));
            }
        }
        return targets.size() == e.targets().size() ? e : e.withTargets(targets);
    }

    /** MUC-4 keys record who died or was hurt, never that nobody did: a toll of none ("no one was hurt") is no toll. */
    private static AttackEvent withoutZeroTolls(AttackEvent e) {
        Count dead = isZero(e.fatalities()) ? null : e.fatalities();
        Count hurt = isZero(e.injured()) ? null : e.injured();
        return dead == e.fatalities() && hurt == e.injured() ? e : e.withTolls(dead, hurt);
    }

    private static boolean isZero(Count c) {
        return c != null && c.min() == 0 && c.max() != null && c.max() == 0;
    }

    private boolean isRecent(AttackEvent e, LocalDate published) {
        // an EnumSet holds no null: an event of no known type is not ongoing
        if (ongoingTypes.contains(e.type())) {
            return true;
        }
        return published == null || e.date() == null || e.date().to() == null
                || !e.date().to().isBefore(published.minusDays(recentDays));
    }

    private boolean onlyArmedTargets(AttackEvent e) {
        return !e.targets().isEmpty() && e.targets().stream().allMatch(this::isArmed);
    }

    private boolean isArmed(Target t) {
        String[] words = t.text().toLowerCase(Locale.ROOT).split("[^\\p{L}]+");
        if (words.length == 0) {
            return false;
        }
        if (outOfScopeHeads.contains(words[words.length - 1])) {
            return true;
        }
        // "the 4th infantry brigade installations", "military installations": a facility of the armed forces
        for (int i = 0; i < words.length - 1; i++) {
            if (militaryOwners.contains(words[i])) {
                return true;
            }
        }
        return false;
    }
}
