package attackevents.extract;

import edu.stanford.nlp.ie.NumberNormalizer;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Reads numerals in a sentence's words with CoreNLP's {@link NumberNormalizer}: digits ("183", "1,200",
 * "5 million") and number words ("eight", "twenty-five", "a hundred", "two thousand"), leaving out ordinals.
 * It reads; whether a numeral counts people is {@link CountExpressions}'s decision.
 */
final class CountNumerals {
    private static final int WORD_CACHE_LIMIT = 100_000;
    /** Single words already read by NumberNormalizer, shared by all callers (the reading never changes). */
    private static final Map<String, Optional<Long>> WORD_VALUES = new ConcurrentHashMap<>();
    private static final Set<String> MONTH_NAMES = monthNames();
    private static final Pattern DIGITS = Pattern.compile("\\d{1,3}(,\\d{3})+|\\d+");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    private CountNumerals() {
    }

    /**
     * A numeral read by NumberNormalizer.
     *
     * @param value          its value
     * @param end            one past its last word
     * @param bareFourDigits whether it is four digits with no comma
     */
    record Numeral(long value, int end, boolean bareFourDigits) {
    }

    /** Digits ("1,200", "5 million"), number words ("twenty-five", "a hundred"), read without context. */
    static Optional<Numeral> at(List<CountWord> words, int j) {
        if (j >= words.size()) {
            return Optional.empty();
        }
        CountWord first = words.get(j);
        String lower = first.lower();
        if (DIGITS.matcher(first.text()).matches()) {
            if (first.text().length() > 1 && first.text().startsWith("0")) {
                return Optional.empty(); // "0330": a clock time or a code, not a count
            }
            String numeral = first.text();
            int end = j + 1;
            // "5 million": digits and scale words together (not after "1,200": NumberNormalizer misreads that)
            if (!numeral.contains(",")) {
                int runEnd = wordRunEnd(words, j + 1);
                if (runEnd > j + 1 && isScaleWord(words.get(j + 1))) {
                    numeral = join(words, j, runEnd);
                    end = runEnd;
                }
            }
            boolean bareFourDigits = end == j + 1 && YEAR.matcher(numeral).matches();
            int numeralEnd = end;
            return toCount(numeral).map(value -> new Numeral(value, numeralEnd, bareFourDigits));
        }
        if (lower.equals("a") || lower.equals("an")) {
            int runEnd = wordRunEnd(words, j + 1);
            if (runEnd == j + 1 || !isScaleWord(words.get(j + 1))) {
                return Optional.empty();
            }
            // NumberNormalizer reads "a dozen" but garbles "a thousand" (it strips "and" inside words): say "one"
            return longestRun(words, j + 1, runEnd, "one ");
        }
        int runEnd = wordRunEnd(words, j);
        return runEnd == j ? Optional.empty() : longestRun(words, j, runEnd, "");
    }

    static boolean isNumeral(CountWord word) {
        return DIGITS.matcher(word.text()).matches() || isCardinalWord(word);
    }

    /** One past the last of the number words that start at {@code j}; "and" only inside "one hundred and twenty". */
    private static int wordRunEnd(List<CountWord> words, int j) {
        int k = j;
        while (k < words.size()) {
            if (isCardinalWord(words.get(k))) {
                k++;
            } else if (k > j && words.get(k).lower().equals("and") && words.get(k - 1).lower().endsWith("hundred")
                    && k + 1 < words.size() && isCardinalWord(words.get(k + 1))) {
                k++;
            } else {
                break;
            }
        }
        return k;
    }

    /** The longest prefix of words[from, to) that NumberNormalizer reads as a whole number. */
    private static Optional<Numeral> longestRun(List<CountWord> words, int from, int to, String prefix) {
        for (int end = to; end > from; end--) {
            if (words.get(end - 1).lower().equals("and")) {
                continue;
            }
            Optional<Long> value = toCount(prefix + join(words, from, end));
            if (value.isPresent()) {
                return Optional.of(new Numeral(value.get(), end, false));
            }
        }
        return Optional.empty();
    }

    /** Whether a word is a cardinal number word: NumberNormalizer reads it, and it is not an ordinal. */
    private static boolean isCardinalWord(CountWord word) {
        String lower = word.lower();
        if (lower.equals("a") || lower.equals("an") || !lower.chars().allMatch(c -> Character.isLetter(c) || c == '-')) {
            return false;
        }
        // NumberNormalizer also reads ordinals ("first" is 1); English ordinal words end in -th, -first, -second, -third
        if (lower.endsWith("th") || lower.endsWith("first") || lower.endsWith("second") || lower.endsWith("third")) {
            return false;
        }
        return toCount(lower).isPresent();
    }

    /** A scale word multiplies what comes before it: dozen, hundred, thousand, million... */
    static boolean isScaleWord(CountWord word) {
        if (!isCardinalWord(word)) {
            return false;
        }
        long value = toCount(word.lower()).orElse(0L);
        return value == 12 || (value >= 100 && isPowerOfTen(value));
    }

    private static boolean isPowerOfTen(long value) {
        long v = value;
        while (v % 10 == 0 && v > 1) {
            v /= 10;
        }
        return v == 1;
    }

    /** NumberNormalizer's reading of a numeral, when it is a whole, non-negative number. */
    private static Optional<Long> toCount(String numeral) {
        // wordToNumber costs tens of microseconds (it throws for every non-number): remember single words
        if (numeral.indexOf(' ') >= 0) {
            return parseCount(numeral);
        }
        Optional<Long> known = WORD_VALUES.get(numeral);
        if (known == null) {
            if (WORD_VALUES.size() > WORD_CACHE_LIMIT) {
                WORD_VALUES.clear();
            }
            known = parseCount(numeral);
            WORD_VALUES.put(numeral, known);
        }
        return known;
    }

    private static Optional<Long> parseCount(String numeral) {
        Number number;
        try {
            number = NumberNormalizer.wordToNumber(numeral);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        if (number == null) {
            return Optional.empty();
        }
        double d = number.doubleValue();
        if (d < 0 || d != Math.rint(d) || d > Long.MAX_VALUE) {
            return Optional.empty();
        }
        return Optional.of((long) d);
    }

    private static String join(List<CountWord> words, int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int k = from; k < to; k++) {
            if (k > from) {
                sb.append(' ');
            }
            sb.append(words.get(k).text());
        }
        return sb.toString();
    }

    /** A capitalised month name or abbreviation ("April", "Dec.", "SEPT"): the number beside it is a day. */
    static boolean isMonth(CountWord word) {
        String text = word.text();
        if (text.isEmpty() || !Character.isUpperCase(text.charAt(0))) {
            return false;
        }
        String bare = word.lower().endsWith(".") ? word.lower().substring(0, text.length() - 1) : word.lower();
        return MONTH_NAMES.contains(bare);
    }

    /** Month names and abbreviations from java.time, lower case, plus the common "sept". */
    private static Set<String> monthNames() {
        Set<String> names = new HashSet<>(Set.of("sept"));
        for (Month month : Month.values()) {
            names.add(month.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT));
            names.add(month.getDisplayName(TextStyle.SHORT, Locale.ENGLISH).toLowerCase(Locale.ROOT));
        }
        return Set.copyOf(names);
    }
}
