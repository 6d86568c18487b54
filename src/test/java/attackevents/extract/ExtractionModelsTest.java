package attackevents.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import attackevents.SharedPipeline;
import attackevents.nlp.Token;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
    void aMalformedResponsibilityCueNamesTheFile() throws IOException {
        Path file = Files.writeString(dir.resolve("responsibility-cues.tsv"), "# a comment\nby\tbehind\t2\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ExtractionModels.responsibilityCues(file));
        assertTrue(e.getMessage().startsWith(file.toString()), e.getMessage());
        Files.writeString(file, "by\tafter\tstrong\n");
        e = assertThrows(IllegalArgumentException.class, () -> ExtractionModels.responsibilityCues(file));
        assertTrue(e.getMessage().contains("'strong'"), e.getMessage());
    }
}
