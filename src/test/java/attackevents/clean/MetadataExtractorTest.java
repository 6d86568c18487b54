package attackevents.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MetadataExtractorTest {
    @Test
    void stripsShortSiteSuffixOnly() {
        assertEquals("Bomb kills five", MetadataExtractor.stripSiteName("Bomb kills five | The Daily Example"));
        assertEquals("Bomb kills five", MetadataExtractor.stripSiteName("Bomb kills five - Example News - World"));
        assertEquals("Iraq - a bomb kills five in the capital",
                MetadataExtractor.stripSiteName("Iraq - a bomb kills five in the capital"));
        assertEquals("Just a title", MetadataExtractor.stripSiteName("Just a title"));
    }
}
