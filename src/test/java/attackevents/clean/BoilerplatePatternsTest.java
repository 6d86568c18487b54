package attackevents.clean;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exercises models/clean/boilerplate-lines.txt with the kinds of lines each group is for, and article lines it must spare. */
class BoilerplatePatternsTest {
    private static final BoilerplatePatterns PATTERNS =
            new BoilerplatePatterns(Path.of("models", "clean", BoilerplatePatterns.FILE));

    @Test
    void matchesFurnitureFromManySites() {
        String[] furniture = {
            "Leave a Reply", "Post a comment", "12 Comments", "Your email address will not be published.",
            "Required fields are marked *", "You must be logged in to post a comment.", "Join the conversation",
            "Sign up for a demo or a free trial today.", "Subscribe to our newsletter", "Sign up now!",
            "Get the latest headlines delivered to your inbox every morning.",
            "Protect your business with Acme Shield",
            "Related: Three killed in market blast", "Read more: Earlier attacks", "Related reading: Why it matters",
            "You may also like", "See also - Timeline of the conflict",
            "The scene after the blast. PHOTO: JOHN DOE / THE EXAMPLE TIMES", "Photo: Jane Roe / Reuters",
            "(Photo: Example Agency)", "Installation views, photos © Example Studio, 2018", "Residents flee the area (Getty Images)", "© Jane Roe",
            "By Jane Roe - 11/18/19 11:04 PM EST", "By John Smith and Mary Jones", "Updated at 1:23 p.m.",
            "Published: Nov. 19, 2019", "Have a tip? Email the newsroom.", "Jane Roe can be reached at jroe@example.com.",
            "Follow us on Twitter for more.", "Share this article", "Facebook Twitter Email",
            "Advertisement", "Story continues below advertisement", "© 2021 Example Media. All rights reserved.",
            "The contents of this site are ©2019 Example Corp.", "Tags: attack, bombing",
            "Sharing is caring!", "This slideshow requires JavaScript.", "[button link=\"/x\"]Send us your story[/button]",
            "Tell us what you think...", "This document is subject to copyright. No part may be reproduced.",
            "November 19, 2019, 9:02 AM", "Tuesday, 19 November 2019", "11/19/2019 09:02 EST",
        };
        for (String line : furniture) {
            assertTrue(PATTERNS.matches(line), "should match: " + line);
        }
    }

    @Test
    void sparesArticleLines() {
        String[] article = {
            "Police said the bomb was hidden in a parked car near the market.",
            "By Monday, the death toll had risen to twelve, officials said, as rescuers searched the rubble of the building.",
            "Key Takeaways and Analysis",
            "The photo showed the damaged entrance of the embassy.",
            "Comments made by the minister drew criticism from opposition parties on Tuesday.",
            "He said he had read more than a dozen reports on the attack.",
            "Residents who subscribe to the local radio service said they heard the blast.",
            "ISIS Claims Hospital Attack",
            "The ministry said the [redacted] report was shared with the UN.",
            "November 19, 2019, was the day the attack took place in the capital.",
        };
        for (String line : article) {
            assertFalse(PATTERNS.matches(line), "should not match: " + line);
        }
    }

    @Test
    void reportsBadPatternWithItsLine(@TempDir Path dir) throws IOException {
        Path f = Files.writeString(dir.resolve("p.txt"), "# comment\nok\n(unclosed\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new BoilerplatePatterns(f));
        assertTrue(e.getMessage().contains("p.txt:3"), e.getMessage());
        assertThrows(UncheckedIOException.class, () -> new BoilerplatePatterns(dir.resolve("missing.txt")));
    }
}
