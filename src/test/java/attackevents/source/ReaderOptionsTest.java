package attackevents.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ReaderOptionsTest {
    @Test
    void defaultsToTwentyMegabytes() {
        assertEquals(20L * 1024 * 1024, ReaderOptions.defaults().maxFileBytes());
        assertEquals(5, ReaderOptions.defaults().withMaxFileBytes(5).maxFileBytes());
    }

    @Test
    void rejectsLimitsThatCannotWork() {
        assertThrows(IllegalArgumentException.class, () -> new ReaderOptions(0));
        assertThrows(IllegalArgumentException.class, () -> new ReaderOptions(3L * 1024 * 1024 * 1024));
    }
}
