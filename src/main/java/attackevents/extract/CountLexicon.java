package attackevents.extract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * The word lists the count finder reads, loaded from a lexicon folder (by default {@code models/lexicon}):
 * {@code count-modifiers.tsv}, {@code count-vague.tsv}, {@code count-exclusions.tsv} and
 * {@code person-nouns.txt}. Each file documents its own format and where it came from.
 */
public final class CountLexicon {
    /** The modifier file's name. */
    public static final String MODIFIERS = "count-modifiers.tsv";
    /** The vague-quantity file's name. */
    public static final String VAGUE = "count-vague.tsv";
    /** The exclusion file's name. */
    public static final String EXCLUSIONS = "count-exclusions.tsv";
    /** The person-noun file's name. */
    public static final String PERSON_NOUNS = "person-nouns.txt";

    /**
     * A vague quantity's range and whether it needs a person noun after it.
     *
     * @param min          lower bound
     * @param max          upper bound, {@code null} for none
     * @param nounRequired whether the phrase counts only before a person noun
     */
    record Vague(int min, Integer max, boolean nounRequired) {
    }

    /** Grammatical number of a person noun form. */
    enum Form {
        /** "soldier". */
        SINGULAR,
        /** "soldiers". */
        PLURAL,
        /** "staff": both. */
        BOTH;

        boolean agreesWith(boolean singular) {
            return this == BOTH || (this == SINGULAR) == singular;
        }
    }

    private final CountTokenizer tokenizer = new CountTokenizer();
    private final CountPhrases<CountRule> modifiers = new CountPhrases<>();
    private final CountPhrases<Vague> vague = new CountPhrases<>();
    private final CountPhrases<Form> personNouns = new CountPhrases<>();
    private final Set<List<String>> generalNouns = new HashSet<>();
    private final Set<String> excludedBefore = new HashSet<>();
    private final Set<String> excludedAfter = new HashSet<>();

    /**
     * Loads the four files from a folder.
     *
     * @param directory the lexicon folder, e.g. {@code Path.of("models", "lexicon")}
     * @throws UncheckedIOException     when a file cannot be read
     * @throws IllegalArgumentException when a line is malformed (the message names file and line)
     */
    public CountLexicon(Path directory) {
        Objects.requireNonNull(directory, "directory");
        read(directory.resolve(MODIFIERS), 2, 2, (fields, line) -> modifiers.put(phrase(fields[0]), CountRule.parse(fields[1])));
        read(directory.resolve(VAGUE), 4, 4, (fields, line) -> vague.put(phrase(fields[0]), parseVague(fields)));
        read(directory.resolve(EXCLUSIONS), 2, 2, (fields, line) -> {
            String word = fields[1].trim().toLowerCase(Locale.ROOT);
            switch (fields[0].trim()) {
                case "before" -> excludedBefore.add(word);
                case "after" -> excludedAfter.add(word);
                default -> throw new IllegalArgumentException("side must be 'before' or 'after', not '" + fields[0] + "'");
            }
        });
        read(directory.resolve(PERSON_NOUNS), 2, 3, (fields, line) -> putNoun(fields));
    }

    /** @return the default lexicon folder, {@code models/lexicon} under the working directory */
    public static Path defaultDirectory() {
        return Path.of("models", "lexicon");
    }

    /** @return the modifiers and their rules (filled once here; callers only read it) */
    CountPhrases<CountRule> modifiers() {
        return modifiers;
    }

    /** @return the vague quantities (filled once here; callers only read it) */
    CountPhrases<Vague> vague() {
        return vague;
    }

    /** @return the person noun forms (filled once here; callers only read it) */
    CountPhrases<Form> personNouns() {
        return personNouns;
    }

    /** @return whether this word right before a number shows it is not a count of people ("$", "No.") */
    boolean excludedBefore(CountWord word) {
        return excludedBefore.contains(word.lower());
    }

    /** @return whether this word right after a number shows it is not a count of people ("%", "years") */
    boolean excludedAfter(CountWord word) {
        return excludedAfter.contains(word.lower());
    }

    /**
     * @param words a sentence's words
     * @param from  first word of a person noun
     * @param to    one past its last word
     * @return whether the noun is marked "general" (people, victims): a total that later groups may break down
     */
    boolean isGeneral(List<CountWord> words, int from, int to) {
        return generalNouns.contains(words.subList(from, to).stream().map(CountWord::lower).toList());
    }

    private void putNoun(String[] fields) {
        String singular = fields[0].trim();
        String plural = fields[1].trim();
        boolean general = fields.length == 3 && fields[2].trim().equals("general");
        if (fields.length == 3 && !general) {
            throw new IllegalArgumentException("third field must be 'general', not '" + fields[2] + "'");
        }
        for (String form : new String[] {singular, plural}) {
            if (general && !form.equals("-")) {
                generalNouns.add(phrase(form));
            }
        }
        if (singular.equals("-") && plural.equals("-")) {
            throw new IllegalArgumentException("a person noun needs a singular or a plural");
        }
        if (singular.equalsIgnoreCase(plural)) {
            personNouns.put(phrase(singular), Form.BOTH);
            return;
        }
        if (!singular.equals("-")) {
            personNouns.put(phrase(singular), Form.SINGULAR);
        }
        if (!plural.equals("-")) {
            personNouns.put(phrase(plural), Form.PLURAL);
        }
    }

    private static Vague parseVague(String[] fields) {
        int min = parseCount(fields[1]);
        Integer max = fields[2].trim().equals("-") ? null : parseCount(fields[2]);
        if (max != null && max < min) {
            throw new IllegalArgumentException("max " + max + " below min " + min);
        }
        boolean required = switch (fields[3].trim()) {
            case "required" -> true;
            case "optional" -> false;
            default -> throw new IllegalArgumentException("noun must be 'required' or 'optional', not '" + fields[3] + "'");
        };
        return new Vague(min, max, required);
    }

    private static int parseCount(String field) {
        try {
            int n = Integer.parseInt(field.trim());
            if (n < 0) {
                throw new IllegalArgumentException("negative count " + n);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a count: '" + field + "'");
        }
    }

    /** Splits a phrase from a data file the same way sentences are split, so both match word for word. */
    private List<String> phrase(String text) {
        List<String> words = tokenizer.words(text.trim()).stream().map(CountWord::lower).toList();
        if (words.isEmpty()) {
            throw new IllegalArgumentException("empty phrase");
        }
        return words;
    }

    /** Reads a tab-separated file, skipping blank lines and '#' comments; errors name the file and line. */
    private static void read(Path file, int minColumns, int maxColumns, BiConsumer<String[], Integer> handler) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read count lexicon " + file + ": " + e.getMessage(), e);
        }
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split("\t", -1);
            try {
                if (fields.length < minColumns || fields.length > maxColumns) {
                    String expected = minColumns == maxColumns ? String.valueOf(minColumns) : minColumns + " to " + maxColumns;
                    throw new IllegalArgumentException("expected " + expected + " tab-separated fields, found " + fields.length);
                }
                handler.accept(fields, i + 1);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(file + ":" + (i + 1) + ": " + e.getMessage(), e);
            }
        }
    }
}
