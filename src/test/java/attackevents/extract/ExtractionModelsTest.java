package attackevents.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import attackevents.SharedPipeline;
import attackevents.model.AttackType;
import attackevents.nlp.Token;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The data files of {@code models/lexicon} as {@link ExtractionModels} reads them. */
class ExtractionModelsTest {
    private static final Path LEXICON = SharedPipeline.MODELS.resolve("lexicon");

    @TempDir
    Path dir;

    /** Tokens whose lemma is the lower-cased word. */
    static List<Token> tokens(String text) {
        List<Token> out = new ArrayList<>();
        int at = 0;
        for (String w : text.split(" ")) {
            out.add(new Token(out.size(), w, w.toLowerCase(), "NN", "O", at, at + w.length()));
            at += w.length() + 1;
        }
        return out;
    }

    @Test
    void responsibilityCuesSayWhichSideTheNameStandsOnAndHowMuchTheyWeigh() {
        PhraseMatcher<ResponsibilityCue> cues = ExtractionModels.responsibilityCues(
                LEXICON.resolve("responsibility-cues.tsv"));
        PhraseMatcher.Match<ResponsibilityCue> claim = cues.matchAt(tokens("claim responsibility for it"), 0);
        assertEquals(2, claim.end(), "the longest phrase");
        assertEquals(new ResponsibilityCue(false, 3), claim.value());
        assertEquals(new ResponsibilityCue(true, 3), cues.matchAt(tokens("blame"), 0).value());
        assertEquals(new ResponsibilityCue(true, 2), cues.matchAt(tokens("by"), 0).value());
    }

    @Test
    void aWordOutsideASentenceIsACueByItsLowerCase() {
        ExtractionModels models = ExtractionModels.load(SharedPipeline.MODELS);
        assertTrue(models.isCueWord("more-victims", "OTHER"));
        assertTrue(models.isCueWord("generic-victim", "People"));
        assertFalse(models.isCueWord("generic-victim", "mayor"));
    }

    @Test
    void aMalformedResponsibilityCueNamesTheFile() throws IOException {
        Path file = Files.writeString(dir.resolve("responsibility-cues.tsv"), "# a comment\nby\tbehind\t2\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ExtractionModels.responsibilityCues(file));
        assertTrue(e.getMessage().startsWith(file.toString()), e.getMessage());
        Files.writeString(file, "by\tafter\tstrong\n");
        e = assertThrows(IllegalArgumentException.class, () -> ExtractionModels.responsibilityCues(file));
        assertTrue(e.getMessage().contains("'strong'"), e.getMessage());
    }

    @Test
    void attackTypesFollowTheDatabasesHierarchy() {
        List<AttackType> order = ExtractionModels.typePrecedence(LEXICON.resolve("attack-type-precedence.txt"));
        assertEquals(AttackType.values().length, order.size());
        assertEquals(AttackType.ASSASSINATION, order.get(0));
        assertTrue(order.indexOf(AttackType.KIDNAPPING) < order.indexOf(AttackType.BOMBING), order.toString());
        assertTrue(order.indexOf(AttackType.BOMBING) < order.indexOf(AttackType.ARMED_ASSAULT), order.toString());
        assertEquals(AttackType.OTHER, order.get(order.size() - 1));
    }

    @Test
    void aPrecedenceFileMustListEveryTypeOnce() throws IOException {
        Path file = dir.resolve("attack-type-precedence.txt");
        Files.writeString(file, "bombing\nbombing\n");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ExtractionModels.typePrecedence(file))
                .getMessage().endsWith("bombing is listed twice"));
        Files.writeString(file, "bombing\narmed_assault\n");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ExtractionModels.typePrecedence(file))
                .getMessage().contains("no place for [assassination, kidnapping, hijacking, arson, unarmed_assault, other]"));
        Files.writeString(file, "sabotage\n");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ExtractionModels.typePrecedence(file))
                .getMessage().contains("unknown attack type 'sabotage'"));
    }

    @Test
    void noLexiconLineIsWrittenTwice() throws IOException {
        try (var files = Files.list(LEXICON)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".tsv") || f.toString().endsWith(".txt")).toList()) {
                Set<String> seen = new HashSet<>();
                for (String line : Files.readAllLines(file)) {
                    String row = line.strip();
                    if (!row.isEmpty() && !row.startsWith("#")) {
                        assertTrue(seen.add(row.replaceAll("\\s+", " ")), file.getFileName() + ": '" + row + "' twice");
                    }
                }
            }
        }
    }
}
