package attackevents.extract;

import attackevents.model.AttackType;
import attackevents.model.Count;
import attackevents.model.Evidence;
import attackevents.nlp.EntityMention;
import attackevents.nlp.Token;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads death and injury tolls from a sentence by tying count expressions to casualty words: an active verb
 * takes the count after it ("killed eight people"), a passive verb, adjective or noun the count before it
 * ("eight people were killed", "25 dead"), with the other side as fallback.
 */
final class CasualtyFinder {
    /** How far (in tokens) a count may stand from its casualty word. */
    private static final int AFTER_WINDOW = 6;
    private static final int BEFORE_WINDOW = 8;
    private static final int NAMED_WINDOW = 8;
    /** "Haqqani was killed", "Diego Vargas, 56, was killed": a name at most this far before a passive. */
    private static final int PASSIVE_NAME_WINDOW = 5;
    /** The most commas and "and" between two parts of a list of victims (", and"). */
    private static final int MAX_CONNECTORS = 2;
    /** How far before a death word an {@code unfinished} cue says the killing failed. */
    private static final int UNFINISHED_WINDOW = 2;
    /** How far before a casualty verb an auxiliary makes it passive ("were reportedly killed"). */
    private static final int AUX_WINDOW = 3;

    /** An "and" inside a count's text: the count adds up a list. */
    private static final Pattern LIST_AND = Pattern.compile("(?i)\\band\\b");

    enum Slot { FATALITIES, INJURED }

    /** The value of an assassination trigger read as a word of death ({@link #casualtyWords}). */
    private static final String ASSASSINATION = "assassination";

    private record Span(int start, int end, Count count) {
    }

    private final ExtractionModels models;
    private final PassiveVoice passive;

    CasualtyFinder(ExtractionModels models) {
        this.models = models;
        this.passive = new PassiveVoice(models);
    }

    /** @return the tolls the sentence gives, by slot (absent when none) */
    Map<Slot, Count> find(SentenceContext ctx) {
        List<Token> tokens = ctx.tokens();
        List<Span> counts = new ArrayList<>();
        for (CountMatch m : models.counts().find(ctx.sentence().text())) {
            int s = ctx.tokenAt(m.start());
            int e = ctx.tokenAt(Math.max(m.start(), m.end() - 1)) + 1;
            if (isAge(tokens, s, e)) {
                continue;
            }
            counts.add(new Span(s, e, m.count().withEvidence(m.count().text(), ctx.evidenceAt(m.start(), m.end()))));
        }
        // "five people, including two journalists": the part is no toll while the whole stands beside it
        List<Span> wholes = counts.stream().filter(c -> !isSubset(tokens, c.start())).toList();
        if (!wholes.isEmpty()) {
            counts = new ArrayList<>(wholes);
        }
        Map<Slot, Count> found = new EnumMap<>(Slot.class);
        if (counts.isEmpty()) {
            addNamedVictims(ctx, found, counts, Set.of());
            return found;
        }
        Set<Span> used = new HashSet<>();
        int aggregate = lastAggregateCue(tokens);
        for (PhraseMatcher.Match<String> w : casualtyWords(ctx)) {
            Slot slot = w.value().equals(ExtractionModels.INJURED) ? Slot.INJURED : Slot.FATALITIES;
            if (found.containsKey(slot) || isNegated(tokens, w.start()) || w.start() < aggregate) {
                continue;
            }
            // "two people died": an intransitive verb's count is its subject, before it
            // "shot to death a watchman": the voice is the verb's before "to"
            int verb = tokens.get(w.start()).isVerb() ? w.start() : verbBeforeTo(tokens, w.start());
            boolean active = verb >= 0 && isActive(tokens, verb) && !models.isCue("intransitive", tokens.get(w.start()));
            Span before = nearestBefore(counts, used, w.start());
            Span after = nearestAfter(counts, used, w.end());
            if (after != null && isAgent(tokens, after.start())) {
                after = null;
            }
            // "FIVE INDIVIDUALS SHOT TO DEATH A WATCHMAN": upper case, the tagger may read the verb as a participle;
            // with no auxiliary before it and a count right after the death word, it is active all the same
            if (!active && verb >= 0 && verb != w.start() && after != null && after.start() == w.end()
                    && !hasPassiveAux(tokens, verb)) {
                active = true;
            }
            // an active verb takes a count before it only as its own subject ("two soldiers killed"), not
            // across a clause ("killed eight people, including two staff, and injured many more")
            if (active && before != null && crossesClause(tokens, before.end(), w.start())) {
                before = null;
            }
            // a death noun takes a count before it only with no verb between: "25 deaths", not "many people
            // witnessed the murder of ..." (an adjective keeps it: "two people were found dead")
            if (verb < 0 && tokens.get(w.start()).isNoun() && before != null
                    && hasVerb(tokens, before.end(), w.start())) {
                before = null;
            }
            Span chosen = active ? (after != null ? after : before) : (before != null ? before : after);
            if (w.value().equals(ASSASSINATION)) {
                // only the victims it names after it: "the assassination of six priests", "assassinated two
                // judges", not "34 people are involved in the assassination attempt"
                boolean names = (active || models.cue("victim-of").matchAt(tokens, w.end()) != null)
                        && !isUnfinished(tokens, w.start(), w.end());
                chosen = names ? after : null;
            }
            // "one guerrilla was killed": the attackers' own dead are no toll of the attack, though their
            // casualty word takes them
            if (chosen != null && isAttackers(tokens, chosen)) {
                used.add(chosen);
            } else if (chosen != null) {
                used.add(chosen);
                int from = chosen.start() >= w.end() ? w.end() : 0;
                Count toll = withNamedBefore(ctx, from, chosen);
                found.put(slot, slot == Slot.FATALITIES ? withAlsoKilled(ctx, w.start(), toll) : toll);
            }
        }
        addNamedVictims(ctx, found, counts, used);
        return found;
    }

    /**
     * "Rector Ignacio Ellacuria, five other Jesuits, and two women", "Minister Rodriguez Porth and two of his
     * bodyguards", "Rodriguez Gacha, his son, and 15 others": each person named (with the people listed with
     * them) or described by a singular person noun after a determiner ({@code person-nouns.txt}: "his son") in
     * the list of victims right before a toll, joined by commas or "and", is one more.
     *
     * @param from the first token the named person may start at (after an active casualty word or a noun)
     */
    private Count withNamedBefore(SentenceContext ctx, int from, Span toll) {
        List<Token> tokens = ctx.tokens();
        Count total = toll.count();
        int k = toll.start();
        boolean first = true;
        while (true) {
            Join join = joinBefore(tokens, k, from);
            if (first ? !join.joins(toll.count()) : join.connectors() == 0) {
                return total;
            }
            k = join.at();
            first = false;
            Count part = null;
            int partStart = -1;
            for (EntityMention e : ctx.sentence().entities()) {
                if (isPerson(ctx, e) && e.tokenEnd() == k && e.tokenStart() >= from) {
                    part = namedCount(ctx, e);
                    int[] span = ctx.tokenSpan(part.evidence());
                    partStart = span == null ? e.tokenStart() : span[0];
                }
            }
            // "Rodriguez Gacha, his son, and 15 others": one person more before the toll
            if (part == null && k > from + 1 && isDeterminedPerson(tokens, k - 1)
                    && models.counts().isSingularPersonNoun(tokens.get(k - 1).word())) {
                part = new Count(1, 1, tokens.get(k - 1).word(), ctx.evidence(k - 1, k));
                partStart = k - 2; // its determiner, right before it (isDeterminedPerson)
            }
            if (part == null) {
                return total;
            }
            total = sum(ctx, part, total);
            k = partStart;
        }
    }

    /** "Hector Oqueli and two other people": a toll joined right after the named victims adds to them. */
    private static Count withCountAfter(SentenceContext ctx, Count named, List<Span> counts, Set<Span> used) {
        int[] span = ctx.tokenSpan(named.evidence());
        if (span == null) {
            return named;
        }
        Join join = joinAfter(ctx.tokens(), span[1]);
        for (Span c : counts) {
            if (c.start() == join.at() && !used.contains(c) && join.joins(c.count())) {
                used.add(c);
                return sum(ctx, named, c.count());
            }
        }
        return named;
    }

    /**
     * Whether a toll is itself a list closed by "and" ("five other Jesuits, and two women"): only then does a
     * comma alone join it to a name before it, where "Luz Gomez, a 29-year-old woman," is one person.
     */
    static boolean isList(Count count) {
        return LIST_AND.matcher(count.text()).find();
    }

    /**
     * The commas and "and" (at most {@value #MAX_CONNECTORS}) that join two parts of a list of victims.
     *
     * @param at         where the walk over them stopped: the end of the part before, or the start of the part
     *                   after
     * @param connectors how many there are
     * @param and        whether one is "and"
     */
    private record Join(int at, int connectors, boolean and) {
        /** Whether they join a toll to a name: an "and", or a comma before a toll that is a list itself. */
        boolean joins(Count toll) {
            return connectors > 0 && (and || isList(toll));
        }
    }

    /** The connectors that end right before token {@code k}, not reaching back before {@code from}. */
    private static Join joinBefore(List<Token> tokens, int k, int from) {
        int at = k;
        boolean and = false;
        while (at > from && isListConnector(tokens.get(at - 1)) && k - at < MAX_CONNECTORS) {
            at--;
            and |= tokens.get(at).word().equalsIgnoreCase("and");
        }
        return new Join(at, k - at, and);
    }

    /** The connectors that start at token {@code k}. */
    private static Join joinAfter(List<Token> tokens, int k) {
        int at = k;
        boolean and = false;
        while (at < tokens.size() && isListConnector(tokens.get(at)) && at - k < MAX_CONNECTORS) {
            and |= tokens.get(at).word().equalsIgnoreCase("and");
            at++;
        }
        return new Join(at, at - k, and);
    }

    private static boolean isListConnector(Token t) {
        return t.word().equals(",") || t.word().equalsIgnoreCase("and");
    }

    /** Two tolls of one list of victims added up, with evidence from the start of the one to the end of the other. */
    private static Count sum(SentenceContext ctx, Count first, Count second) {
        int[] a = ctx.tokenSpan(first.evidence());
        int[] b = ctx.tokenSpan(second.evidence());
        if (a == null || b == null) {
            return plus(first, second, second.text(), second.evidence());
        }
        int start = Math.min(a[0], b[0]);
        int end = Math.max(a[1], b[1]);
        return plus(first, second, ctx.text(start, end), ctx.evidence(start, end));
    }

    /** Two tolls added up (open above when either is), given the text and evidence of the sum. */
    static Count plus(Count a, Count b, String text, Evidence evidence) {
        Integer max = a.max() == null || b.max() == null ? null : a.max() + b.max();
        return new Count(a.min() + b.min(), max, text, evidence);
    }

    /**
     * "Minister Rodriguez Porth was assassinated in an attack in which two members of his escort were also
     * killed": a toll said to be "also" killed comes on top of the victim the sentence names (three).
     *
     * @param word  where the casualty word of the toll stands
     * @param count the toll
     */
    private Count withAlsoKilled(SentenceContext ctx, int word, Count count) {
        List<Token> tokens = ctx.tokens();
        boolean also = false;
        for (int k = Math.max(0, word - AUX_WINDOW); k < word; k++) {
            also |= models.isCue("additive", tokens.get(k));
        }
        if (!also) {
            return count;
        }
        Count n = namedVictim(ctx, Slot.FATALITIES, word).orElse(null);
        boolean apart = n != null && (n.evidence().end() <= count.evidence().start()
                || count.evidence().end() <= n.evidence().start());
        if (!apart) {
            return count; // no victim named apart from the toll
        }
        return plus(count, n, count.text(), count.evidence());
    }

    /**
     * The casualty words of a sentence ({@code casualty-words.tsv}), and its assassination triggers as words of
     * death: "the assassination of six Jesuit priests and two women" counts eight dead. (They are no casualty
     * words of the file, whose words also make their objects victims: an assassination's victims are read
     * by the trigger's own rules.)
     */
    private List<PhraseMatcher.Match<String>> casualtyWords(SentenceContext ctx) {
        List<PhraseMatcher.Match<String>> words = new ArrayList<>(models.casualties().findAll(ctx.tokens()));
        for (PhraseMatcher.Match<Trigger> t : ctx.triggers()) {
            if (t.value().type() == AttackType.ASSASSINATION
                    && words.stream().noneMatch(w -> w.start() < t.end() && t.start() < w.end())) {
                words.add(new PhraseMatcher.Match<>(t.start(), t.end(), ASSASSINATION));
            }
        }
        words.sort(Comparator.comparingInt(PhraseMatcher.Match::start));
        return words;
    }

    /**
     * Fills each toll no count gave with one named or singular victim, when the sentence has one, plus a count
     * listed right after them that no casualty word took.
     */
    private void addNamedVictims(SentenceContext ctx, Map<Slot, Count> found, List<Span> counts, Set<Span> used) {
        Set<Span> taken = new HashSet<>(used);
        for (Slot slot : Slot.values()) {
            if (!found.containsKey(slot)) {
                namedVictim(ctx, slot, -1).ifPresent(c -> found.put(slot, withCountAfter(ctx, c, counts, taken)));
            }
        }
    }

    /**
     * With no number given, one person killed is one death, and one person wounded one injured: a named person
     * ("killed prominent cleric Sheikh Rahimullah Haqqani", "Haqqani was assassinated", "the murder of Luis
     * Carlos Galan", "Senator Pardo was wounded") or a singular subject of a passive verb ("the mayor was
     * murdered"). The words are the fatality or injury words of {@code casualty-words.tsv} (not negated: "no
     * injuries"), and for deaths the assassination triggers of {@code attack-triggers.tsv}.
     *
     * @param slot which toll the words must give
     * @param skip a casualty word not to read (where it starts), or -1
     */
    private Optional<Count> namedVictim(SentenceContext ctx, Slot slot, int skip) {
        List<Token> tokens = ctx.tokens();
        String wanted = slot == Slot.FATALITIES ? ExtractionModels.FATALITIES : ExtractionModels.INJURED;
        List<int[]> victimWords = new ArrayList<>();
        int aggregate = lastAggregateCue(tokens);
        for (PhraseMatcher.Match<String> w : models.casualties().findAll(tokens)) {
            if (w.value().equals(wanted) && !isNegated(tokens, w.start()) && w.start() >= aggregate
                    && w.start() != skip
                    && !isUnfinished(tokens, w.start(), w.end())) {
                victimWords.add(new int[] {w.start(), w.end()});
            }
        }
        for (PhraseMatcher.Match<Trigger> t : ctx.triggers()) {
            if (slot == Slot.FATALITIES && t.value().type() == AttackType.ASSASSINATION
                    && !isUnfinished(tokens, t.start(), t.end())) {
                victimWords.add(new int[] {t.start(), t.end()});
            }
        }
        for (int[] w : victimWords) {
            int verb = tokens.get(w[0]).isVerb() ? w[0] : participleBefore(tokens, w[0]);
            Optional<Count> one = verb >= 0 ? verbVictim(ctx, verb, w[1]) : nounVictim(ctx, w[0], w[1]);
            if (one.isPresent()) {
                return one;
            }
        }
        return Optional.empty();
    }

    /**
     * A person the entity tagger names, but not a possessive pronoun it takes for one: in truecased wire copy "his
     * assailant was killed" may tag "His" a person, and the one killed is the assailant. ("He was killed" is one
     * dead, told by the pronoun.)
     */
    private static boolean isPerson(SentenceContext ctx, EntityMention e) {
        if (!e.type().equals("PERSON")) {
            return false;
        }
        for (int k = e.tokenStart(); k < e.tokenEnd(); k++) {
            if (!ctx.tokens().get(k).pos().equals("PRP$")) {
                return true;
            }
        }
        return false;
    }

    /**
     * One for a named victim, one more for each person named in a list with them ("the assassination of Hector
     * Oqueli and Gilda Flores": two), as {@link Conjuncts} lists them.
     */
    private static Count namedCount(SentenceContext ctx, EntityMention e) {
        List<int[]> listed = new ArrayList<>();
        if (!Conjuncts.collectPersons(ctx, new int[] {e.tokenStart(), e.tokenEnd()}, listed)) {
            return new Count(1, 1, e.text(), ctx.evidence(e.tokenStart(), e.tokenEnd()));
        }
        int start = e.tokenStart();
        int end = e.tokenEnd();
        for (int[] s : listed) {
            start = Math.min(start, s[0]);
            end = Math.max(end, s[1]);
        }
        int n = 1 + listed.size();
        return new Count(n, n, ctx.text(start, end), ctx.evidence(start, end));
    }

    /**
     * "killed X", "X was assassinated", "the mayor was murdered", "X died", "his bodyguard died", and a name
     * set off before a passive or "died" by an apposition or a relative clause ("Jose Vasquez, 72, who was
     * working at the gas station, was killed").
     */
    private Optional<Count> verbVictim(SentenceContext ctx, int start, int end) {
        List<Token> tokens = ctx.tokens();
        boolean intransitive = models.isCue("intransitive", tokens.get(start));
        boolean active = isActive(tokens, start) && !intransitive;
        int subject = intransitive ? beforeAdverbs(tokens, start) : passive.subjectEnd(tokens, start);
        for (EntityMention e : ctx.sentence().entities()) {
            if (!isPerson(ctx, e)) {
                continue;
            }
            boolean after = active && e.tokenStart() > start && e.tokenStart() - end <= NAMED_WINDOW
                    && noVerbBetween(tokens, end, e.tokenStart());
            boolean before = !active && e.tokenEnd() <= start && start - e.tokenEnd() <= PASSIVE_NAME_WINDOW;
            if (after || before || (subject > 0 && PassiveVoice.isSetOffSubject(tokens, e.tokenEnd(), subject))) {
                return Optional.of(namedCount(ctx, e));
            }
        }
        // a passive participle (never active: isActive takes no VBN) or "died" with a singular subject
        if (subject > 0 && tokens.get(subject - 1).pos().equals("NN") && !namesAttackers(tokens, subject - 1)
                && (!intransitive || isDeterminedPerson(tokens, subject - 1))) {
            return Optional.of(new Count(1, 1, tokens.get(subject - 1).word(), ctx.evidence(subject - 1, subject)));
        }
        int object = active ? singularObjectHead(tokens, end) : -1;
        if (object >= 0) {
            return Optional.of(new Count(1, 1, tokens.get(object).word(), ctx.evidence(object, object + 1)));
        }
        return Optional.empty();
    }

    /**
     * "was shot dead", "was shot to death": the participle right before a death word, with "to" between or not,
     * is the verb whose subject died; -1 when there is none.
     */
    private static int participleBefore(List<Token> tokens, int word) {
        int k = word - 1;
        // the tagger takes "to" for a preposition as often as for "to" (IN or TO): the word decides
        if (k > 0 && tokens.get(k).word().equalsIgnoreCase("to")) {
            k--;
        }
        return k >= 0 && tokens.get(k).pos().equals("VBN") ? k : -1;
    }

    /**
     * Whether a noun or a noun right before it names attackers ({@code attacker-only}): "a guerrilla member died" is
     * one of the attackers, no toll of the attack.
     */
    private boolean namesAttackers(List<Token> tokens, int noun) {
        return models.isCue("attacker-only", tokens.get(noun))
                || noun > 0 && tokens.get(noun - 1).isNoun() && models.isCue("attacker-only", tokens.get(noun - 1));
    }

    /** "shot to death": the verb before "to" and a death word, else -1. */
    private static int verbBeforeTo(List<Token> tokens, int word) {
        return word >= 2 && tokens.get(word - 1).word().equalsIgnoreCase("to") && tokens.get(word - 2).isVerb()
                ? word - 2 : -1;
    }

    /** Where the adverbs right before token {@code verb} start ("reportedly died"): the end of its subject. */
    private static int beforeAdverbs(List<Token> tokens, int verb) {
        int k = verb;
        while (k > 0 && tokens.get(k - 1).pos().equals("RB")) {
            k--;
        }
        return k;
    }

    /** "his bodyguard", "the journalist": a singular noun after a determiner that is no negation ("no one"). */
    private boolean isDeterminedPerson(List<Token> tokens, int noun) {
        if (noun == 0 || models.namesNoVictim(tokens.get(noun)) || namesAttackers(tokens, noun)) {
            return false;
        }
        Token det = tokens.get(noun - 1);
        return (det.pos().equals("DT") || det.pos().equals("PRP$")) && !models.isCue("negation", det);
    }

    /**
     * "killed a policeman", "murdered the mayor of Itagui": the head of a singular noun object right after the
     * verb (an article or possessive, adjectives, then a singular noun not followed by another noun), else -1.
     */
    private int singularObjectHead(List<Token> tokens, int end) {
        int i = end;
        if (i < tokens.size() && (tokens.get(i).pos().equals("DT") || tokens.get(i).pos().equals("PRP$"))) {
            i++;
        }
        while (i < tokens.size() && tokens.get(i).pos().startsWith("JJ")) {
            i++;
        }
        boolean singular = i < tokens.size() && tokens.get(i).pos().equals("NN")
                && (i + 1 >= tokens.size() || !tokens.get(i + 1).isNoun());
        return singular && !models.namesNoVictim(tokens.get(i)) ? i : -1;
    }

    /**
     * "the murder of Luis Carlos Galan", "the assassination of the mayor, Jaime Pardo", "Galan's murder", and a
     * singular victim with no name ("the murder of the wife of the editor").
     */
    private Optional<Count> nounVictim(SentenceContext ctx, int start, int end) {
        List<Token> tokens = ctx.tokens();
        for (EntityMention e : ctx.sentence().entities()) {
            // "Magistrate Carlos Valencia's murder"
            if (isPerson(ctx, e) && start >= 2 && e.tokenEnd() == start - 1
                    && tokens.get(start - 1).pos().equals("POS")) {
                return Optional.of(namedCount(ctx, e));
            }
        }
        PhraseMatcher.Match<String> of = end < tokens.size() ? models.cue("victim-of").matchAt(tokens, end) : null;
        if (of == null) {
            return Optional.empty();
        }
        for (EntityMention e : ctx.sentence().entities()) {
            if (isPerson(ctx, e) && e.tokenStart() > end && e.tokenStart() - end <= NAMED_WINDOW
                    && noVerbBetween(tokens, end, e.tokenStart())) {
                return Optional.of(namedCount(ctx, e));
            }
        }
        int object = singularObjectHead(tokens, of.end());
        if (object >= 0) {
            return Optional.of(new Count(1, 1, tokens.get(object).word(), ctx.evidence(object, object + 1)));
        }
        return Optional.empty();
    }

    /** "including two journalists", "of whom three": a count right after a subset cue is part of another. */
    private boolean isSubset(List<Token> tokens, int countStart) {
        for (int k = Math.max(0, countStart - 2); k < countStart; k++) {
            if (models.cue("subset").matchAt(tokens, k) != null) {
                return true;
            }
        }
        return false;
    }

    /** A count of attackers ({@code attacker-only} cues): "one guerrilla", "two terrorists", "a guerrilla member". */
    private boolean isAttackers(List<Token> tokens, Span count) {
        return namesAttackers(tokens, count.end() - 1);
    }

    /** "shot to death by two men": a count after an agent marker counts the attackers, not the dead. */
    private boolean isAgent(List<Token> tokens, int countStart) {
        return countStart > 0 && models.cue("agent-marker").matchAt(tokens, countStart - 1) != null;
    }

    /**
     * "Vargas Escobar, 56, was shot": a lone number set off by commas after a person's name is an age, and so is one
     * that a semicolon closes in a list of victims ("killing Maria Pulido, 42; Pilar Pulido, 19; and ...").
     */
    private static boolean isAge(List<Token> tokens, int start, int end) {
        return end - start == 1 && start >= 2 && end < tokens.size() && tokens.get(start).pos().equals("CD")
                && tokens.get(start - 1).word().equals(",") && closesAge(tokens.get(end))
                && tokens.get(start - 2).ner().equals("PERSON");
    }

    /** "Jose Perez, 42, was killed", "killing Maria Pulido, 42; Pilar Pulido, 19; ...": what may close an age. */
    private static boolean closesAge(Token t) {
        return t.word().equals(",") || t.word().equals(";");
    }

    /**
     * "no casualties", "without injuries": the word says there were none, so takes no count; nor does a death
     * that did not happen ("it would have killed at least 5,000 people", "could have killed dozens") or was only
     * threatened or tried ("threatened to murder 10 judges": under the MUC-4 scope such a threat is an incident,
     * without a toll).
     */
    private boolean isNegated(List<Token> tokens, int i) {
        return (i > 0 && models.cue("negation").matchAt(tokens, i - 1) != null) || isCounterfactual(tokens, i)
                || models.hasCueBefore("irrealis", tokens, i, MentionFinder.IRREALIS_WINDOW, null);
    }

    /**
     * "127 persons have been killed and 240 wounded since the fighting began", "three judges have been murdered so
     * far this year": an {@code aggregate} cue after a casualty word makes its count a running total of many
     * incidents, no toll of one ("France has been on alert since the group launched attacks killing 130": before
     * it, the cue opens the incident itself). A casualty word before the last cue is such a total: the cue may stand
     * anywhere after it, as the total's time span often closes a long sentence ("... have been killed in fierce
     * clashes that have taken place at night since 11 November"; within 12 tokens: dev CV 0.5907, anywhere 0.5908).
     *
     * @return where the sentence's last {@code aggregate} cue starts, or -1
     */
    private int lastAggregateCue(List<Token> tokens) {
        int last = -1;
        for (PhraseMatcher.Match<String> m : models.cue("aggregate").findAll(tokens)) {
            last = Math.max(last, m.start());
        }
        return last;
    }

    /**
     * "the failed assassination of the mayor", "a murder attempt": an {@code unfinished} cue up to
     * {@value #UNFINISHED_WINDOW} tokens before the death word or right after it.
     */
    private boolean isUnfinished(List<Token> tokens, int start, int end) {
        for (int k = Math.max(0, start - UNFINISHED_WINDOW); k < start; k++) {
            if (models.isCue("unfinished", tokens.get(k))) {
                return true;
            }
        }
        return end < tokens.size() && models.isCue("unfinished", tokens.get(end));
    }

    /** A modal verb and "have" right before the word: "would have killed", "could have wounded". */
    private boolean isCounterfactual(List<Token> tokens, int i) {
        if (i < 2 || !tokens.get(i - 1).lemma().equalsIgnoreCase("have")) {
            return false;
        }
        Token modal = tokens.get(i - 2);
        return modal.pos().equals("MD") && models.isCue("irrealis-modal", modal);
    }

    private static boolean crossesClause(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            Token t = tokens.get(k);
            if (t.word().equals(",") || t.pos().equals("CC") || t.isVerb()) {
                return true;
            }
        }
        return false;
    }

    /** Whether a verb stands between token {@code from} (inclusive) and {@code to}. */
    private static boolean hasVerb(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            if (tokens.get(k).isVerb()) {
                return true;
            }
        }
        return false;
    }

    private static boolean noVerbBetween(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            if (tokens.get(k).isVerb() || tokens.get(k).pos().equals("CD")) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a passive auxiliary ({@code passive-aux} in {@code event-cues.tsv}: "be", "get") stands in the
     * {@value #AUX_WINDOW} tokens before token {@code i}.
     */
    private boolean hasPassiveAux(List<Token> tokens, int i) {
        for (int k = Math.max(0, i - AUX_WINDOW); k < i; k++) {
            if (models.isCue("passive-aux", tokens.get(k))) {
                return true;
            }
        }
        return false;
    }

    /**
     * An active past or gerund verb ("killed", "killing", a participle after "have" alone: "have killed") with no
     * passive auxiliary in the {@value #AUX_WINDOW} tokens before it.
     */
    private boolean isActive(List<Token> tokens, int i) {
        if (hasPassiveAux(tokens, i)) {
            return false;
        }
        Token t = tokens.get(i);
        boolean perfect = false; // "have killed": a participle after "have" alone is active
        for (int k = Math.max(0, i - AUX_WINDOW); k < i; k++) {
            perfect |= models.isCue("perfect-aux", tokens.get(k));
        }
        return t.pos().equals("VBD") || t.pos().equals("VBG") || t.pos().equals("VBZ") || t.pos().equals("VBP")
                || (perfect && t.pos().equals("VBN"));
    }

    private static Span nearestBefore(List<Span> counts, Set<Span> used, int index) {
        Span best = null;
        for (Span s : counts) {
            if (!used.contains(s) && s.end() <= index && index - s.end() <= BEFORE_WINDOW) {
                best = s;
            }
        }
        return best;
    }

    private static Span nearestAfter(List<Span> counts, Set<Span> used, int index) {
        for (Span s : counts) {
            if (!used.contains(s) && s.start() >= index && s.start() - index <= AFTER_WINDOW) {
                return s;
            }
        }
        return null;
    }
}
