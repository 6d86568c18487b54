package attackevents.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class NameNormalizerTest {
    @Test
    void specExampleNormalisesToTheSameString() {
        assertEquals("russian embassy", NameNormalizer.normalize("The Russian Embassy."));
        assertEquals(NameNormalizer.normalize("The Russian Embassy."), NameNormalizer.normalize("russian embassy"));
    }

    @Test
    void foldsAccentsAndCase() {
        assertEquals("bogota", NameNormalizer.normalize("Bogotá"));
        assertEquals("sao paulo", NameNormalizer.normalize("SÃO PAULO"));
        assertEquals("francois", NameNormalizer.normalize("François"));
    }

    @Test
    void dropsLeadingArticleOnlyAtTheStart() {
        assertEquals("taliban", NameNormalizer.normalize("the Taliban"));
        assertEquals("car bomb", NameNormalizer.normalize("A car bomb"));
        assertEquals("embassy", NameNormalizer.normalize("An   embassy"));
        assertEquals("bank of the west", NameNormalizer.normalize("Bank of the West"));
        assertEquals("theatre", NameNormalizer.normalize("Theatre"), "a word starting with 'the' is no article");
        assertEquals("the", NameNormalizer.normalize("The"), "a lone article is the whole name");
    }

    @Test
    void keepsInnerHyphensAndApostrophesDropsOtherPunctuation() {
        assertEquals("al-shabaab", NameNormalizer.normalize("al-Shabaab"));
        assertEquals("jaish-e-mohammed", NameNormalizer.normalize("Jaish-e-Mohammed,"));
        assertEquals("o'hare airport", NameNormalizer.normalize("O\u2019Hare Airport"));
        assertEquals("boston marathon", NameNormalizer.normalize("\"Boston -- Marathon\""));
        assertEquals("militants", NameNormalizer.normalize("-militants'"));
        assertEquals("us", NameNormalizer.normalize("U.S."), "dropped punctuation is deleted, not spaced");
    }

    @Test
    void collapsesWhiteSpace() {
        assertEquals("kabul airport", NameNormalizer.normalize("  Kabul \t\n airport  "));
    }

    @Test
    void wordsSplitTheNormalisedForm() {
        assertEquals(List.of("islamic", "state"), NameNormalizer.words("The Islamic  State!"));
        assertEquals(List.of(), NameNormalizer.words("..."));
    }

    @Test
    void rejectsNull() {
        assertThrows(NullPointerException.class, () -> NameNormalizer.normalize(null));
    }
}
