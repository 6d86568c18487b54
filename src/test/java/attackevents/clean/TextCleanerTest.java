package attackevents.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class TextCleanerTest {
    private static final Path SEEDS = Path.of("..", "shared", "seeds");
    private static final TextCleaner CLEANER = new TextCleaner(Path.of("models"));

    private static String seed(String prefix) throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(SEEDS), SEEDS + " absent, skipping");
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(SEEDS, prefix + "_*.txt")) {
            for (Path p : ds) {
                return Files.readString(p, StandardCharsets.UTF_8);
            }
        }
        Assumptions.abort("no seed " + prefix + " in " + SEEDS);
        return null;
    }

    @Test
    void seedWithMarketingCommentFormAndRelatedLinks() throws IOException {
        CleanedText c = CLEANER.clean(seed("004"));
        String t = c.text();
        assertEquals("ISKP’s Ongoing Attacks Highlight Taliban Security Challenges", c.title());
        for (String gone : new String[] {"Related reading", "Protect company personnel", "Sign up for a demo",
            "Leave a Reply", "Your email address will not be published", "Required fields",
            "BlackMatter Ransomware", "Rule4 Chosen"}) {
            assertFalse(t.contains(gone), gone + " left in:\n" + t);
        }
        assertTrue(t.startsWith("Key Takeaways and Analysis\n\nOn November 2, the Islamic State’s Khurasan"), t);
        assertTrue(t.contains("ISKP Targeting Taliban: On the same day as the hospital attack"), t);
        assertTrue(t.contains("\n\nISIS Claims Hospital Attack\n\n"), t);
        assertTrue(t.endsWith("following the Taliban’s entry into and takeover of Kabul."), t);
        assertTrue(c.removedLines() >= 7, "removed " + c.removedLines());
    }

    @Test
    void seedWithPhotoCreditAndTagLine() throws IOException {
        String raw = seed("000");
        CleanedText c = CLEANER.clean(raw);
        String t = c.text();
        assertEquals("ISIS-K Is Stepping Up Its Brutal Attacks Against the Taliban", c.title());
        assertFalse(t.contains("PHOTO: MARCUS YAM"), t);
        assertFalse(t.contains("The aftermath of ISIS-K's airport bomb"), "the caption goes with its credit");
        assertFalse(t.contains("isis-k taliban afghanistan attacks"), t);
        assertTrue(t.startsWith("Islamic State’s Afghan affiliate is demonstrating"), t);
        assertTrue(t.contains("\n\nYears of violence have made rural areas"), t);
        assertTrue(t.endsWith("“Let's hope that the organisers of this terrorist act and its perpetrators will be punished,” he added."), t);
        assertEquals(2, c.removedLines());
    }

    @Test
    void dropsTrailingNonSentenceLinesButKeepsTheLastParagraph() {
        CleanedText c = CLEANER.clean("Storm Hits Coast\n\nThe storm reached the coast on Monday. Thousands lost power.\n\n"
                + "Second paragraph ends here.\n\nTen Things To Know About Flood Insurance\n\nLocal Team Wins Cup");
        assertEquals("Storm Hits Coast", c.title());
        assertEquals("The storm reached the coast on Monday. Thousands lost power.\n\nSecond paragraph ends here.", c.text());
        assertEquals(2, c.removedLines());
    }

    @Test
    void keepsHeadingsBetweenParagraphsAndWrappedLines() {
        String text = "A long first line that is not a headline because it ends like a sentence.\n\n"
                + "Background\n\nTHE ARMY SAID THE ATTACK TOOK PLACE\nIN THE NORTH OF THE COUNTRY ON MONDAY.";
        CleanedText c = CLEANER.clean(text);
        assertNull(c.title());
        assertEquals(text, c.text());
        assertEquals(0, c.removedLines());
    }

    @Test
    void removesCallsToActionAndNewsletterPromptsFromTheMiddle() {
        CleanedText c = CLEANER.clean("Police said two men were arrested.\n"
                + "Subscribe to our newsletter for the latest updates.\n"
                + "Advertisement\n"
                + "Read more: Earlier attacks in the region\n"
                + "The men will appear in court on Friday.");
        assertEquals("Police said two men were arrested.\n\nThe men will appear in court on Friday.", c.text());
        assertEquals(3, c.removedLines());
    }

    @Test
    void lowerCaseWrappedSentenceIsNotATagLine() {
        String text = "Police reported an explosion.\n\nThe bomb went off near the gate, officials said, and\n"
                + "the police closed the road to traffic\nfor the rest of the day.";
        assertEquals(text, CLEANER.clean(text).text());
    }

    @Test
    void upperCaseWireTextKeepsItsSignatureLines() {
        String text = "DEV-X (NOSC)\n\n   SAN SALVADOR, 3 JAN 90 -- THE COMMAND REPORTED THAT 50 PEASANTS\n"
                + "WERE KIDNAPPED IN SAN MIGUEL DEPARTMENT.  [CONTINUED]\n\n16 NOVEMBER 1989\n\nFMLN GENERAL COMMAND\n\n"
                + "EL SALVADOR, 9 MARCH 1989";
        CleanedText c = CLEANER.clean(text);
        assertTrue(c.text().endsWith("[CONTINUED]\n\n16 NOVEMBER 1989\n\nFMLN GENERAL COMMAND\n\nEL SALVADOR, 9 MARCH 1989"), c.text());
        assertEquals(0, c.removedLines());
    }

    @Test
    void bracketedNoteDoesNotHideASentenceEnd() {
        String text = "Police said the blast killed two people.\n\nThe detainees are two brothers, 19 and 20. [Passage omitted]";
        assertEquals(text, CLEANER.clean(text).text());
    }

    @Test
    void emptyText() {
        CleanedText c = CLEANER.clean("  \n\n ");
        assertEquals("", c.text());
        assertNull(c.title());
    }
}
