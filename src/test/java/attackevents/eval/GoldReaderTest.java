package attackevents.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import attackevents.model.AttackType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GoldReaderTest {
    static final Path FIXTURES = Path.of("src", "test", "resources", "attackevents", "eval");
    static final Path DEV_GOLD = Path.of("..", "shared", "datasets", "wikievents-dev", "gold");

    private final GoldReader reader = new GoldReader();

    @Test
    void readsAllFieldsSortedByFileName() throws IOException {
        List<GoldArticle> gold = reader.read(FIXTURES.resolve("gold-small"));
        assertEquals(List.of("a0", "a1"), gold.stream().map(GoldArticle::article).toList());
        assertNull(gold.get(0).published());
        assertEquals(List.of(), gold.get(0).events());

        GoldArticle a1 = gold.get(1);
        assertEquals(LocalDate.of(2022, 9, 6), a1.published());
        GoldEvent main = a1.events().get(0);
        assertEquals(AttackType.BOMBING, main.type());
        assertTrue(main.suicide());
        assertEquals(List.of("Islamic State Khorasan Province", "ISIS-K", "ISKP"), main.actor());
        assertEquals(List.of(List.of("Russian embassy", "embassy of Russia")), main.targets());
        assertEquals(new GoldPlace(List.of("Kabul"), "Afghanistan"), main.place());
        assertEquals(8, main.fatalities().min());
        assertEquals(8, main.fatalities().max());
        assertNull(main.injured());
        assertEquals(LocalDate.of(2022, 9, 5), main.date().from());
        assertFalse(main.optional());

        GoldEvent background = a1.events().get(1);
        assertNull(background.type());
        assertFalse(background.suicide(), "a missing suicide is false");
        assertEquals(List.of(), background.actor());
        assertEquals("Pakistan", background.place().country());
        assertNull(background.fatalities().max(), "dozens: no upper bound");
        assertNull(background.date().from(), "on or before");
        assertNull(background.injured(), "a missing field is empty");
        assertTrue(background.optional());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "bad-json      | (line 3)",
            "bad-id        | article \"c\" does not match the file name (expected \"b\")",
            "bad-count     | events[0].fatalities: bad count 5..3",
            "unknown-field | fatalites",
            "bad-type      | events[0].type: ",
            "blank-target  | events[0].targets: a target with no name or a blank name"})
    void malformedFixtureGivesOneLineNamingTheFile(String dir, String reason) {
        InputFormatException e = assertThrows(InputFormatException.class, () -> reader.read(FIXTURES.resolve(dir)));
        String message = e.getMessage().replace('\\', '/');
        assertFalse(message.contains("\n"), message);
        assertTrue(message.contains(dir + "/b.json: "), message);
        assertTrue(message.contains(reason), message);
    }

    @Test
    void missingFolderIsAnIoError() {
        assertThrows(IOException.class, () -> reader.read(FIXTURES.resolve("no-such-folder")));
    }

    @Test
    void readsTheWikiEventsDevGold() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(DEV_GOLD), DEV_GOLD + " absent, skipping");
        List<GoldArticle> gold = reader.read(DEV_GOLD);
        try (var files = Files.list(DEV_GOLD)) {
            assertEquals(files.filter(p -> p.toString().endsWith(".json")).count(), gold.size());
        }
        List<String> ids = gold.stream().map(GoldArticle::article).toList();
        assertEquals(ids.stream().sorted().toList(), ids);
        assertTrue(gold.stream().mapToInt(a -> a.events().size()).sum() > 0);
    }
}
