package attackevents.extract;

import attackevents.model.Count;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds expressions that count people in a sentence: "eight", "1,200", "twenty-five", "at least 25",
 * "more than 183", "dozens of people", "a judge", and coordinated groups that add up ("two embassy staff
 * and six others" is 8). Which counts are fatalities or injuries is the caller's business: this class only
 * finds the expressions and reads their ranges.
 *
 * <p>Numerals are read by {@link CountNumerals} (CoreNLP's NumberNormalizer); modifiers, vague quantities, exclusions
 * and person nouns come from a {@link CountLexicon}. Example:
 * {@code new CountExpressions().find("killing three people and injuring more than 260")} gives 3..3 on
 * "three people" and 260..261 on "more than 260".
 *
 * <p>A match covers the modifier, the number and, when there is one, the person noun it counts
 * ("at least 25 people"). Numbers that are clearly not counts of people from the words around them are
 * left out: years ("in 2014"), dates ("April 15"), times ("10:30", "9 p.m."), percentages, money,
 * measures, ordinals ("first", "4th"), "No. 4", and "a"/"an"/"one" unless a person noun follows (or, for "one",
 * "of" or a modifier: "one of them", "at least one").
 */
public final class CountExpressions {
    /** Larger numbers are no counts of people (and leave room for "more than N" and sums within an int). */
    private static final long MAX_COUNT = 1_000_000_000L;
    /** A word that may stand between a number and its noun: has a letter, no other punctuation. */
    private static final Pattern GAP_WORD = Pattern.compile("(?=.*\\p{L})[\\p{L}\\p{N}.'’-]+");

    /**
     * A count read at some word position.
     *
     * @param from    first word
     * @param to      one past the last word
     * @param min     lower bound
     * @param max     upper bound or null
     * @param hasNoun whether a person noun ends it (only such terms add up in coordinations)
     * @param general whether that noun is a general one ("people") that later groups may break down
     */
    private record Term(int from, int to, int min, Integer max, boolean hasNoun, boolean general) {
    }

    /**
     * A person noun after a number.
     *
     * @param end     one past its last word
     * @param general whether the lexicon marks it general
     */
    private record Noun(int end, boolean general) {
    }

    /** Words that may open a later part of a coordination of people ("and their two employees"). */
    private static final Set<String> LIST_DETERMINERS = Set.of("the", "his", "her", "their", "its", "our");
    /** Possessives two coordinated person nouns may share ("his bodyguard and driver"). */
    private static final Set<String> PAIR_POSSESSIVES = Set.of("his", "her", "their");
    /** The most words an aside within a coordination spans, brackets or dashes included. */
    private static final int ASIDE_REACH = 12;

    private final CountLexicon lexicon;
    private final CountTokenizer tokenizer = new CountTokenizer();

    /** Loads the lexicon from {@code models/lexicon} under the working directory. */
    public CountExpressions() {
        this(CountLexicon.defaultDirectory());
    }

    /**
     * @param lexiconDirectory the folder holding the count lexicon files
     * @throws java.io.UncheckedIOException when a file cannot be read
     * @throws IllegalArgumentException     when a file is malformed
     */
    public CountExpressions(Path lexiconDirectory) {
        this(new CountLexicon(lexiconDirectory));
    }

    /** @param lexicon the loaded word lists */
    public CountExpressions(CountLexicon lexicon) {
        this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
    }

    /**
     * Finds the count expressions in a sentence, left to right, not overlapping.
     *
     * @param text a sentence (or any short text)
     * @return the matches, with offsets into {@code text}; evidence is left {@code null} for the caller
     */
    public List<CountMatch> find(String text) {
        Objects.requireNonNull(text, "text");
        List<CountWord> words = tokenizer.words(text);
        List<CountMatch> matches = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            Optional<Term> term = termAt(words, i);
            if (term.isEmpty()) {
                i++;
                continue;
            }
            List<Term> chain = coordination(words, term.get());
            long min = 0;
            Long max = 0L;
            for (Term t : chain) {
                min += t.min();
                max = (max == null || t.max() == null) ? null : max + t.max();
            }
            if (max != null && max > MAX_COUNT) {
                chain = List.of(term.get()); // a sum no number of people reaches: keep the first group only
                min = term.get().min();
                max = term.get().max() == null ? null : (long) term.get().max();
            }
            int start = words.get(chain.get(0).from()).start();
            int end = words.get(chain.get(chain.size() - 1).to() - 1).end();
            Integer upper = max == null ? null : max.intValue();
            matches.add(new CountMatch(start, end, new Count((int) min, upper, text.substring(start, end), null)));
            i = chain.get(chain.size() - 1).to();
        }
        return List.copyOf(matches);
    }

    /**
     * Extends a term with the groups of people coordinated with it: "eight women, a girl and four men".
     * Every part must name people; a list joined by commas counts only when it ends in "and", so that
     * "two soldiers, a police officer said" stays 2. A part may follow a determiner ("six Jesuits and their two
     * employees", "six Jesuits, a woman, and her daughter": 8), and an aside in brackets or dashes that breaks a
     * part down is passed over ("six Jesuits (five Spaniards and one Salvadoran) and two women": 8).
     */
    private List<Term> coordination(List<CountWord> words, Term first) {
        List<Term> chain = new ArrayList<>(List.of(first));
        if (!first.hasNoun()) {
            return chain;
        }
        int k = afterAside(words, first.to());
        while (k < words.size()) {
            String connector = words.get(k).lower();
            int next;
            boolean and;
            if (connector.equals(",")) {
                and = k + 1 < words.size() && words.get(k + 1).lower().equals("and");
                next = and ? k + 2 : k + 1;
            } else if (connector.equals("and")) {
                and = true;
                next = k + 1;
            } else {
                break;
            }
            Optional<Term> term = memberAt(words, next);
            if (term.isEmpty() || !term.get().hasNoun()) {
                break;
            }
            chain.add(term.get());
            if (and) {
                return isBreakdown(chain) ? List.of(first) : chain;
            }
            k = afterAside(words, term.get().to());
        }
        return List.of(first); // no closing "and": not a coordination we trust
    }

    /**
     * A later part of a coordination: a count, or a determiner then a count ("their two employees") or one
     * person ("her daughter", "the mayor").
     */
    private Optional<Term> memberAt(List<CountWord> words, int j) {
        if (j < words.size() && LIST_DETERMINERS.contains(words.get(j).lower())) {
            Optional<Term> counted = termAt(words, j + 1);
            if (counted.isPresent()) {
                return counted;
            }
            return nounAfter(words, j + 1, true).map(noun -> new Term(j, noun.end(), 1, 1, true, noun.general()));
        }
        return termAt(words, j);
    }

    /**
     * Where the words after a part go on: past an aside that opens right there with a bracket or a dash and
     * closes within {@value #ASIDE_REACH} words, else at {@code k} itself.
     */
    private static int afterAside(List<CountWord> words, int k) {
        if (k >= words.size()) {
            return k;
        }
        String open = words.get(k).text();
        String close = open.equals("(") ? ")" : open.equals("--") ? "--" : null;
        if (close == null) {
            return k;
        }
        for (int m = k + 1; m < words.size() && m <= k + ASIDE_REACH; m++) {
            if (words.get(m).text().equals(close)) {
                return m + 1;
            }
        }
        return k;
    }

    /**
     * "12 people, seven women and five men": the parts after a general first group add up to it, so they
     * break it down rather than add to it.
     */
    private static boolean isBreakdown(List<Term> chain) {
        Term first = chain.get(0);
        if (!first.general()) {
            return false; // "three soldiers, two police officers and a civilian" is a list, whatever the sums
        }
        int rest = 0;
        for (Term t : chain.subList(1, chain.size())) {
            if (t.max() == null || !t.max().equals(t.min())) {
                return false;
            }
            rest += t.min();
        }
        return first.max() != null && first.min() == first.max() && rest == first.min();
    }

    /** The most words a count modifier has ("more than", "as many as"). */
    private static final int MODIFIER_REACH = 4;

    /** A count at {@code i}: an optional modifier, then a vague quantity or a number. */
    private Optional<Term> termAt(List<CountWord> words, int i) {
        if (i >= words.size()) {
            return Optional.empty(); // a text that ends in "," or "and"
        }
        if (words.get(i).lower().equals("between")) {
            Optional<Term> range = betweenAt(words, i);
            if (range.isPresent()) {
                return range;
            }
        }
        Optional<Term> pair = sharedDeterminerPairAt(words, i);
        if (pair.isPresent()) {
            return pair;
        }
        for (CountPhrases.Hit<CountRule> modifier : lexicon.modifiers().allAt(words, i)) {
            Optional<Term> quantity = quantityAt(words, i + modifier.length());
            if (quantity.isPresent()) {
                Term q = quantity.get();
                Count range = modifier.value().apply(q.min(), q.max());
                return Optional.of(new Term(i, q.to(), range.min(), range.max(), q.hasNoun(), q.general()));
            }
        }
        return quantityAt(words, i);
    }

    /**
     * @param word a word
     * @return whether the lexicon holds it as a singular person noun ("son", "judge"), not as a plural
     */
    public boolean isSingularPersonNoun(String word) {
        List<CountWord> words = tokenizer.words(Objects.requireNonNull(word, "word"));
        return !words.isEmpty() && agreeingNounEnd(words, 0, true) == words.size();
    }

    /**
     * "his bodyguard and driver", "her husband and son": a possessive, a singular person noun, "and", and a
     * second singular person noun that shares the possessive are two people.
     */
    private Optional<Term> sharedDeterminerPairAt(List<CountWord> words, int i) {
        if (!PAIR_POSSESSIVES.contains(words.get(i).lower())) {
            return Optional.empty();
        }
        Optional<Noun> first = nounAfter(words, i + 1, true);
        if (first.isEmpty() || first.get().end() + 1 >= words.size() || !words.get(first.get().end()).lower().equals("and")) {
            return Optional.empty();
        }
        int second = agreeingNounEnd(words, first.get().end() + 1, true);
        if (second == first.get().end() + 1) {
            return Optional.empty();
        }
        return Optional.of(new Term(i, second, 2, 2, true, false));
    }

    /** Whether a count modifier ends right before {@code j} ("at least" one). */
    private boolean afterModifier(List<CountWord> words, int j) {
        for (int k = Math.max(0, j - MODIFIER_REACH); k < j; k++) {
            for (CountPhrases.Hit<CountRule> m : lexicon.modifiers().allAt(words, k)) {
                if (k + m.length() == j) {
                    return true;
                }
            }
        }
        return false;
    }

    /** "between 10 and 15 people" is 10..15. */
    private Optional<Term> betweenAt(List<CountWord> words, int i) {
        Optional<Term> low = numberAt(words, i + 1);
        if (low.isEmpty() || low.get().hasNoun() || low.get().to() + 1 >= words.size()
                || !words.get(low.get().to()).lower().equals("and")) {
            return Optional.empty();
        }
        Optional<Term> high = numberAt(words, low.get().to() + 1);
        if (high.isEmpty() || high.get().max() == null || high.get().max() <= low.get().min()) {
            return Optional.empty();
        }
        Term h = high.get();
        return Optional.of(new Term(i, h.to(), low.get().min(), h.max(), h.hasNoun(), h.general()));
    }

    private Optional<Term> quantityAt(List<CountWord> words, int j) {
        if (j >= words.size()) {
            return Optional.empty();
        }
        for (CountPhrases.Hit<CountLexicon.Vague> hit : lexicon.vague().allAt(words, j)) {
            int k = j + hit.length();
            if (k < words.size() && lexicon.excludedAfter(words.get(k))) {
                continue;
            }
            int afterOf = k < words.size() && words.get(k).lower().equals("of") ? k + 1 : k;
            CountLexicon.Vague vague = hit.value();
            Optional<Noun> noun = nounAfter(words, afterOf, false);
            if (noun.isEmpty() && Integer.valueOf(0).equals(vague.max())) {
                // none takes either number: "no soldiers", "not a single person"
                noun = nounAfter(words, afterOf, true);
            }
            if (noun.isPresent()) {
                return Optional.of(new Term(j, noun.get().end(), vague.min(), vague.max(), true, noun.get().general()));
            }
            if (!vague.nounRequired()) {
                return Optional.of(new Term(j, k, vague.min(), vague.max(), false, false));
            }
        }
        return numberAt(words, j);
    }

    /**
     * A number at {@code j}, or a range of two ("two or three people", "5 to 10"), with the person noun after
     * it, unless the words around show it is no count of people.
     */
    private Optional<Term> numberAt(List<CountWord> words, int j) {
        if (j > 0 && lexicon.excludedBefore(words.get(j - 1))) {
            return Optional.empty();
        }
        if (j > 0 && (CountNumerals.isMonth(words.get(j - 1)) || CountNumerals.isNumeral(words.get(j - 1)))) {
            return Optional.empty(); // a day of a date, or the tail of a numeral left out already ("$5 million")
        }
        String lower = words.get(j).lower();
        if ((lower.equals("a") || lower.equals("an")) && !(j + 1 < words.size() && CountNumerals.isScaleWord(words.get(j + 1)))) {
            // "a"/"an" is 1 only before a person noun: "a judge", not "a bomb"
            return nounAfter(words, j + 1, true).map(noun -> new Term(j, noun.end(), 1, 1, true, noun.general()));
        }
        Optional<CountNumerals.Numeral> low = CountNumerals.at(words, j);
        if (low.isEmpty()) {
            return Optional.empty();
        }
        CountNumerals.Numeral high = low.get();
        int end = high.end();
        if (end + 1 < words.size() && (words.get(end).lower().equals("to") || words.get(end).lower().equals("or"))) {
            Optional<CountNumerals.Numeral> upper = CountNumerals.at(words, end + 1);
            if (upper.isPresent() && upper.get().value() > low.get().value()) {
                high = upper.get();
                end = high.end();
            }
        }
        if (end < words.size() && (lexicon.excludedAfter(words.get(end)) || CountNumerals.isMonth(words.get(end)))) {
            return Optional.empty();
        }
        if (j == 0 && end < words.size() && words.get(end).text().equals(".") && words.get(end).start() == words.get(j).end()) {
            return Optional.empty(); // "7. TO DECREE ...": the number of a list item
        }
        if (high.value() > MAX_COUNT) {
            return Optional.empty();
        }
        int min = (int) low.get().value();
        int max = (int) high.value();
        Optional<Noun> noun = nounAfter(words, end, max == 1);
        if (noun.isEmpty()) {
            noun = partitiveNoun(words, end);
        }
        if (noun.isPresent()) {
            return Optional.of(new Term(j, noun.get().end(), min, max, true, noun.get().general()));
        }
        if (end == j + 1 && lower.equals("one") && !(end < words.size() && words.get(end).lower().equals("of"))
                && !afterModifier(words, j)) {
            // "one" alone is a pronoun more often than a count; "one of them" and "at least one" count
            return Optional.empty();
        }
        if (low.get().bareFourDigits() || high.bareFourDigits()) {
            // "in 2014", "from 1710 to 2250 hours": with no people after it, a bare four-digit number is a
            // year or a clock time (news writes counts of thousands with a comma: "1,500")
            return Optional.empty();
        }
        return Optional.of(new Term(j, end, min, max, false, false));
    }

    /**
     * "two of his bodyguards", "three of the soldiers": "of", a determiner, then right after it a plural person noun counts the
     * number as people, so that it adds up with the parts listed before it ("a police inspector and two of his
     * brothers": 3).
     */
    private Optional<Noun> partitiveNoun(List<CountWord> words, int k) {
        if (k + 2 < words.size() && words.get(k).lower().equals("of") && LIST_DETERMINERS.contains(words.get(k + 1).lower())) {
            int end = agreeingNounEnd(words, k + 2, false); // the noun right after: not "one of the most prominent members"
            if (end > k + 2) {
                return Optional.of(new Noun(end, lexicon.isGeneral(words, k + 2, end)));
            }
        }
        return Optional.empty();
    }

    /** A person noun that starts at {@code k} or up to two words later ("23 Afghan soldiers"). */
    private Optional<Noun> nounAfter(List<CountWord> words, int k, boolean singular) {
        for (int at = k; at < words.size() && at <= k + 2; at++) {
            int head = at;
            int end = agreeingNounEnd(words, at, singular);
            if (end > at) {
                // a noun may qualify the next one: "an American soldier", "two Afghan civilians"
                for (int next = agreeingNounEnd(words, end, singular); next > end; next = agreeingNounEnd(words, end, singular)) {
                    head = end;
                    end = next;
                }
                return Optional.of(new Noun(end, lexicon.isGeneral(words, head, end)));
            }
            if (!isGapWord(words.get(at))) {
                break;
            }
        }
        return Optional.empty();
    }

    /** The end of the longest person noun at {@code at} agreeing in number, or {@code at} when there is none. */
    private int agreeingNounEnd(List<CountWord> words, int at, boolean singular) {
        if (at < words.size()) {
            for (CountPhrases.Hit<CountLexicon.Form> hit : lexicon.personNouns().allAt(words, at)) {
                if (hit.value().agreesWith(singular)) {
                    return at + hit.length();
                }
            }
        }
        return at;
    }

    /** Coordinators and "of" end a noun phrase ("258 of them civilians" does not count civilians); numbers start one. */
    private static boolean isGapWord(CountWord word) {
        String lower = word.lower();
        return GAP_WORD.matcher(word.text()).matches() && !lower.equals("and") && !lower.equals("or")
                && !lower.equals("of") && !CountNumerals.isNumeral(word);
    }

}
