package attackevents.extract;

import attackevents.model.Actor;
import attackevents.model.AttackEvent;
import attackevents.model.Evidence;
import attackevents.model.Target;
import attackevents.nlp.AnnotatedDocument;
import attackevents.nlp.EntityMention;
import attackevents.nlp.Sentence;
import attackevents.nlp.Token;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Gives a target or actor named by part of a person's name the fullest form of that name the article uses: a
 * report names a person in full once and by surname after ("Judge Carlos Ernesto Valencia Garcia ... Valencia
 * Garcia was shot"), and whoever reads the event wants the whole name. A title before a name ("Msgr", "Judge":
 * the {@code name-title} cues) is no part of it. A part is replaced only when the article's longer names that
 * end with it are all one name ("Bernardo Jaramillo Ossa" for "Jaramillo Ossa"); when two people share the
 * surname ("Carlos Garcia", "Luis Garcia"), "Garcia" stays as it is.
 */
final class FullNames {
    private final ExtractionModels models;

    /** A person's name as the article writes it, title left out, with where. */
    private record Name(List<String> words, String text, Evidence evidence) {
    }

    /**
     * @param models the loaded data files (the {@code name-title} cues)
     */
    FullNames(ExtractionModels models) {
        this.models = Objects.requireNonNull(models, "models");
    }

    /**
     * @param events the article's events
     * @param doc    the annotated document
     * @return the events, each target or actor that is a person's name given its fullest form (with its first
     *         mention as evidence), duplicates that this makes dropped
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
                Name full = fullName(t.evidence(), doc, names);
                Target filled = full == null ? t : new Target(full.text(), full.evidence());
                targets.putIfAbsent(filled.text().toUpperCase(Locale.ROOT), filled);
            }
            List<Target> filled = List.copyOf(targets.values());
            Actor actor = e.actor();
            // a group's name from the alias gazetteer is no person's
            if (actor != null && actor.canonical().equals(actor.text())) {
                Name full = fullName(actor.evidence(), doc, names);
                actor = full == null ? actor : new Actor(full.text(), full.text(), full.evidence());
            }
            out.add(filled.equals(e.targets()) && actor == e.actor() ? e : e.withActor(actor).withTargets(filled));
        }
        return out;
    }

    /**
     * @param where where a target or actor was read
     * @return the one longest name of the person it names, or {@code null} when it names no person the name
     *         model found, or one of two
     */
    private Name fullName(Evidence where, AnnotatedDocument doc, List<Name> names) {
        List<String> words = wordsAt(where, doc);
        if (words.isEmpty() || names.stream().noneMatch(n -> n.words().equals(words))) {
            return null; // not a person's name as the name model read it
        }
        Name longest = null;
        for (Name n : names) {
            if (endsWith(n.words(), words) && (longest == null || n.words().size() > longest.words().size())) {
                longest = n;
            }
        }
        for (Name n : names) {
            // every form that ends the same must be a part of the longest: another name with it is another person
            if (endsWith(n.words(), words) && !endsWith(longest.words(), n.words())) {
                return null;
            }
        }
        return longest;
    }

    /** @return the words of the span, titles before it left out, upper case; empty when no sentence holds it */
    private List<String> wordsAt(Evidence where, AnnotatedDocument doc) {
        if (where == null) {
            return List.of();
        }
        for (Sentence s : doc.sentences()) {
            if (s.begin() <= where.start() && where.end() <= s.end()) {
                int[] span = context(s, doc).tokenSpan(where);
                return span == null ? List.of() : words(s.tokens(), untitled(s.tokens(), span[0], span[1]), span[1]);
            }
        }
        return List.of();
    }

    /** @return the article's person names, titles left out, in order of first mention, each once */
    private List<Name> personNames(AnnotatedDocument doc) {
        Map<List<String>, Name> names = new LinkedHashMap<>();
        for (Sentence s : doc.sentences()) {
            SentenceContext ctx = null;
            for (EntityMention e : s.entities()) {
                if (!e.type().equals("PERSON")) {
                    continue;
                }
                int start = untitled(s.tokens(), e.tokenStart(), e.tokenEnd());
                if (start < e.tokenEnd()) {
                    ctx = ctx == null ? context(s, doc) : ctx;
                    List<String> words = words(s.tokens(), start, e.tokenEnd());
                    names.putIfAbsent(words, new Name(words, ctx.text(start, e.tokenEnd()),
                            ctx.evidence(start, e.tokenEnd())));
                }
            }
        }
        return List.copyOf(names.values());
    }

    private static SentenceContext context(Sentence s, AnnotatedDocument doc) {
        return new SentenceContext(s, s.text(), doc.published(), List.of(), List.of());
    }

    /** @return where the name in {@code [start, end)} starts once the titles before it are skipped */
    private int untitled(List<Token> tokens, int start, int end) {
        PhraseMatcher<String> titles = models.cue("name-title");
        int i = start;
        while (i < end) {
            PhraseMatcher.Match<String> title = titles.matchAt(tokens, i);
            if (title == null || title.end() > end) {
                break;
            }
            i = title.end();
        }
        return i;
    }

    private static List<String> words(List<Token> tokens, int start, int end) {
        List<String> words = new ArrayList<>();
        for (int i = start; i < end; i++) {
            words.add(tokens.get(i).word().toUpperCase(Locale.ROOT));
        }
        return words;
    }

    private static boolean endsWith(List<String> whole, List<String> end) {
        return whole.size() >= end.size() && whole.subList(whole.size() - end.size(), whole.size()).equals(end);
    }
}
