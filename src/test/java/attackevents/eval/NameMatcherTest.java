package attackevents.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class NameMatcherTest {
    @Test
    void corWhenEqualToAnyAcceptableNameAfterNormalising() {
        assertEquals(Grade.COR, NameMatcher.grade("ISIS-K", List.of("Islamic State Khorasan Province", "ISIS-K")));
        assertEquals(Grade.COR, NameMatcher.grade("the Russian embassy.", List.of("Russian Embassy")));
    }

    @Test
    void parWhenOneContainsTheOtherAsWholeWords() {
        assertEquals(Grade.PAR, NameMatcher.grade("embassy", List.of("Russian embassy")));
        assertEquals(Grade.PAR, NameMatcher.grade("Russian embassy in Kabul", List.of("Russian embassy")));
    }

    @Test
    void incWhenOnlyPartOfAWordIsShared() {
        assertEquals(Grade.INC, NameMatcher.grade("Kabu", List.of("Kabul")));
        assertEquals(Grade.INC, NameMatcher.grade("embassy Russian", List.of("Russian embassy")));
        assertEquals(Grade.INC, NameMatcher.grade("Taliban", List.of("Haqqani network")));
    }

    @Test
    void incWhenNothingIsLeftToCompare() {
        assertEquals(Grade.INC, NameMatcher.grade("...", List.of("Kabul")));
        assertEquals(Grade.INC, NameMatcher.grade("Kabul", List.of()));
    }

    @Test
    void betterPrefersMoreCredit() {
        assertEquals(Grade.COR, NameMatcher.better(Grade.PAR, Grade.COR));
        assertEquals(Grade.PAR, NameMatcher.better(Grade.PAR, Grade.INC));
        assertEquals(Grade.INC, NameMatcher.better(Grade.INC, Grade.INC));
    }
}
