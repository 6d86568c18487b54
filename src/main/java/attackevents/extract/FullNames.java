package attackevents.extract;

import attackevents.model.Actor;
import attackevents.model.AttackEvent;
import attackevents.model.Evidence;
import attackevents.model.Target;
import attackevents.nlp.AnnotatedDocument;
import attackevents.nlp.EntityMention;
import attackevents.nlp.Sentence;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Gives a target named by part of a person's name the fullest form of that name the article uses: a report
 * names a person in full once and by surname after ("Judge Carlos Ernesto Valencia Garcia ... Valencia Garcia
 * was shot"), and whoever reads the event wants the whole name. A part is replaced only when the article's
 * longer names that end with it are all one name ("Bernardo Jaramillo Ossa" for "Jaramillo Ossa"); when two
 * people share the surname ("Carlos Garcia", "Luis Garcia"), "Garcia" stays as it is.
 */
final class FullNames {

    /** A person's name as the article writes it, with where. */
    private record Name(List<String> words, String text, Evidence evidence) {
    }

    /**
     * @param events the article's events
     * @param doc    the annotated document
     * @return the events, each target that is part of a longer name of one person given that name (with its
     *         first mention as evidence), duplicates that this makes dropped
     */
    List<AttackEvent> fill(List<AttackEvent> events, AnnotatedDocument doc) {
        List<Name> names = personNames(doc);
        if (names.isEmpty()) {
            return events;
        }
        List<AttackEvent> out = new ArrayList<>();
        for (AttackEvent e : events) {
            Map<String, Target> targets = new LinkedHashMap<>();
            for (Target t : e.targets()) {
                Target full = fullName(t, names);
                targets.putIfAbsent(full.text().toUpperCase(Locale.ROOT), full);
            }
            List<Target> filled = List.copyOf(targets.values());
            Actor actor = e.actor() == null || !e.actor().canonical().equals(e.actor().text()) ? e.actor()
                    : fullName(e.actor(), names);
            out.add(filled.equals(e.targets()) && actor == e.actor() ? e : new AttackEvent(e.type(), e.suicide(),
                    actor, filled, e.place(), e.fatalities(), e.injured(), e.date(), e.confidence(), e.evidence()));
        }
        return out;
    }

    private static Target fullName(Target t, List<Name> names) {
        Name full = fullName(t.text(), names);
        return full == null ? t : new Target(full.text(), full.evidence());
    }

    private static Actor fullName(Actor a, List<Name> names) {
        Name full = fullName(a.text(), names);
        return full == null ? a : new Actor(full.text(), full.text(), full.evidence());
    }

    /** @return the one longest name of a person that ends with {@code text}, or {@code null} */
    private static Name fullName(String text, List<Name> names) {
        List<String> words = words(text);
        if (names.stream().noneMatch(n -> n.words().equals(words))) {
            return null; // not a person's name as the name model read it
        }
        Name longest = null;
        for (Name n : names) {
            if (n.words().size() > words.size() && endsWith(n.words(), words)
                    && (longest == null || n.words().size() > longest.words().size())) {
                longest = n;
            }
        }
        if (longest == null) {
            return null;
        }
        for (Name n : names) {
            // every longer form must be a part of the longest: another name with this ending is another person
            if (n.words().size() > words.size() && endsWith(n.words(), words) && !endsWith(longest.words(), n.words())) {
                return null;
            }
        }
        return longest;
    }

    private static boolean endsWith(List<String> whole, List<String> end) {
        return whole.size() >= end.size() && whole.subList(whole.size() - end.size(), whole.size()).equals(end);
    }

    private static List<String> words(String text) {
        return Arrays.asList(text.toUpperCase(Locale.ROOT).trim().split("\\s+"));
    }

    /** @return the article's person names in order of first mention, each once */
    private static List<Name> personNames(AnnotatedDocument doc) {
        Map<List<String>, Name> names = new LinkedHashMap<>();
        for (Sentence s : doc.sentences()) {
            for (EntityMention e : s.entities()) {
                if (e.type().equals("PERSON")) {
                    SentenceContext ctx = new SentenceContext(s, s.text(), doc.published(), List.of(), List.of());
                    String text = ctx.text(e.tokenStart(), e.tokenEnd());
                    names.putIfAbsent(words(text), new Name(words(text), text,
                            ctx.evidence(e.tokenStart(), e.tokenEnd())));
                }
            }
        }
        return List.copyOf(names.values());
    }
}
