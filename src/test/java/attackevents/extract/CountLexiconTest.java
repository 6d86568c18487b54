package attackevents.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/** The count lexicon files: every line loads, every documented example gives its documented result. */
class CountLexiconTest {
    private static final Path LEXICON = CountLexicon.defaultDirectory();
    private static final Pattern EXAMPLE = Pattern.compile("# example: (.+) => (none|(\\d+)\\.\\.(\\d+|-))\\s*");
    private static final List<String> FILES = List.of(CountLexicon.MODIFIERS, CountLexicon.VAGUE,
            CountLexicon.EXCLUSIONS, CountLexicon.PERSON_NOUNS);

    @Test
    void everyLineOfTheShippedFilesLoads() {
        CountLexicon lexicon = new CountLexicon(LEXICON);
        assertTrue(lexicon.modifiers().size() >= 15, "modifiers");
        assertTrue(lexicon.vague().size() >= 10, "vague quantities");
        assertTrue(lexicon.personNouns().size() >= 100, "person noun forms");
    }

    @Test
    void everyFileDocumentsExamples() throws IOException {
        for (String file : FILES) {
            long examples = Files.readAllLines(LEXICON.resolve(file)).stream().filter(l -> l.startsWith("# example:")).count();
            assertTrue(examples >= 3, file + " has " + examples + " examples");
        }
    }

    @TestFactory
    List<DynamicTest> everyDocumentedExampleGivesItsResult() throws IOException {
        CountExpressions counts = new CountExpressions(LEXICON);
        List<DynamicTest> tests = new ArrayList<>();
        for (String file : FILES) {
            for (String line : Files.readAllLines(LEXICON.resolve(file), StandardCharsets.UTF_8)) {
                if (!line.startsWith("# example:")) {
                    continue;
                }
                Matcher m = EXAMPLE.matcher(line);
                assertTrue(m.matches(), file + ": malformed example line: " + line);
                String text = m.group(1);
                tests.add(DynamicTest.dynamicTest(file + ": " + text, () -> {
                    List<CountMatch> found = counts.find(text);
                    if (m.group(2).equals("none")) {
                        assertTrue(found.isEmpty(), text + " -> " + found);
                        return;
                    }
                    assertEquals(1, found.size(), text + " -> " + found);
                    assertEquals(Integer.parseInt(m.group(3)), found.get(0).count().min(), text);
                    Integer max = m.group(4).equals("-") ? null : Integer.valueOf(m.group(4));
                    assertEquals(max, found.get(0).count().max(), text);
                }));
            }
        }
        return tests;
    }

    @Test
    void aMalformedLineNamesFileAndLine(@TempDir Path dir) throws IOException {
        copyShipped(dir);
        Files.writeString(dir.resolve(CountLexicon.MODIFIERS), "# rules\nat least\texact\nmore than\tplenty\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new CountLexicon(dir));
        assertTrue(e.getMessage().contains(CountLexicon.MODIFIERS + ":3"), e.getMessage());
        assertTrue(e.getMessage().contains("plenty"), e.getMessage());
    }

    @Test
    void wrongColumnCountDuplicatesAndBadRangesAreRejected(@TempDir Path dir) throws IOException {
        copyShipped(dir);
        Files.writeString(dir.resolve(CountLexicon.VAGUE), "dozens\t24\n");
        assertThrows(IllegalArgumentException.class, () -> new CountLexicon(dir));
        Files.writeString(dir.resolve(CountLexicon.VAGUE), "dozens\t24\t10\toptional\n");
        assertThrows(IllegalArgumentException.class, () -> new CountLexicon(dir));
        Files.writeString(dir.resolve(CountLexicon.VAGUE), "dozens\t24\t-\tsometimes\n");
        assertThrows(IllegalArgumentException.class, () -> new CountLexicon(dir));
        Files.writeString(dir.resolve(CountLexicon.VAGUE), "dozens\t24\t-\toptional\nDozens\t12\t-\toptional\n");
        assertThrows(IllegalArgumentException.class, () -> new CountLexicon(dir));
        Files.writeString(dir.resolve(CountLexicon.VAGUE), "");
        Files.writeString(dir.resolve(CountLexicon.EXCLUSIONS), "beside\t%\n");
        assertThrows(IllegalArgumentException.class, () -> new CountLexicon(dir));
        Files.writeString(dir.resolve(CountLexicon.EXCLUSIONS), "");
        Files.writeString(dir.resolve(CountLexicon.PERSON_NOUNS), "-\t-\n");
        assertThrows(IllegalArgumentException.class, () -> new CountLexicon(dir));
        Files.writeString(dir.resolve(CountLexicon.PERSON_NOUNS), "-\tpeople\tvague\n");
        assertThrows(IllegalArgumentException.class, () -> new CountLexicon(dir));
    }

    @Test
    void aMissingFileIsAnIoErrorNamingIt(@TempDir Path dir) {
        UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> new CountLexicon(dir));
        assertTrue(e.getMessage().contains(CountLexicon.MODIFIERS), e.getMessage());
    }

    @Test
    void personNounsKnowSingularPluralAndBoth() {
        CountLexicon lexicon = new CountLexicon(LEXICON);
        CountTokenizer tokenizer = new CountTokenizer();
        assertEquals(CountLexicon.Form.SINGULAR, lexicon.personNouns().longestAt(tokenizer.words("soldier"), 0).orElseThrow().value());
        assertEquals(CountLexicon.Form.PLURAL, lexicon.personNouns().longestAt(tokenizer.words("Soldiers"), 0).orElseThrow().value());
        assertEquals(CountLexicon.Form.BOTH, lexicon.personNouns().longestAt(tokenizer.words("staff"), 0).orElseThrow().value());
        CountPhrases.Hit<CountLexicon.Form> officers = lexicon.personNouns().longestAt(tokenizer.words("police officers"), 0).orElseThrow();
        assertEquals(2, officers.length());
        assertFalse(lexicon.personNouns().longestAt(tokenizer.words("bomb"), 0).isPresent());
        assertTrue(lexicon.isGeneral(tokenizer.words("People"), 0, 1));
        assertFalse(lexicon.isGeneral(tokenizer.words("soldiers"), 0, 1));
    }

    private static void copyShipped(Path dir) throws IOException {
        for (String file : FILES) {
            Files.copy(LEXICON.resolve(file), dir.resolve(file));
        }
    }
}
