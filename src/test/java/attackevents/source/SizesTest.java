package attackevents.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class SizesTest {
    private static final long MB = 1024 * 1024;

    @Test
    void describesSizes() {
        assertEquals("900 bytes", Sizes.describe(900));
        assertEquals("52 MB", Sizes.describe(52 * MB));
        assertEquals("20.1 MB", Sizes.describe(20 * MB + 1), "just over a limit never reads as the limit");
        assertEquals("1.5 MB", Sizes.describe(MB + MB / 2));
        assertThrows(IllegalArgumentException.class, () -> Sizes.describe(-1));
    }
}
