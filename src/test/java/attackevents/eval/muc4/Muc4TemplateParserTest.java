package attackevents.eval.muc4;

import static attackevents.eval.muc4.Muc4TestFiles.snippet;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Muc4TemplateParserTest {
    @Test
    void readsTheDevLayout() throws IOException {
        List<Muc4Template> t = Muc4TemplateParser.parse(snippet("key-dev-0001-0004.muc4"));

        assertEquals(List.of("DEV-MUC3-0001", "DEV-MUC3-0001", "DEV-MUC3-0002", "DEV-MUC3-0003", "DEV-MUC3-0004"),
                t.stream().map(Muc4Template::messageId).toList());
        assertEquals(List.of("1", "2", "*", "*", "1"), t.stream().map(Muc4Template::number).toList());
        assertEquals(List.of(false, false, false, false, true), t.stream().map(Muc4Template::optional).toList());

        Muc4Template first = t.get(0);
        assertEquals(List.of(Muc4Filler.tied("50", "PEASANTS")), first.fillers(Muc4Slot.HUM_TGT_NUMBER));
        assertEquals("30 DEC 89", first.fillers(Muc4Slot.INCIDENT_DATE).get(0).first());
        assertTrue(first.inapplicable().contains(Muc4Slot.PHYS_TGT_ID), "* is inapplicable");
        assertTrue(first.fillers(Muc4Slot.HUM_TGT_NAME).isEmpty(), "- is empty");
        assertFalse(first.inapplicable().contains(Muc4Slot.HUM_TGT_NAME), "- is not *");

        Muc4Template second = t.get(1);
        assertEquals(List.of(Muc4Filler.strings("MORTAR"), Muc4Filler.strings("RIFLE")),
                second.fillers(Muc4Slot.INSTRUMENT_ID), "a continuation line is one more filler");
        assertTrue(second.fillers(Muc4Slot.PERP_INDIVIDUAL_ID).get(0).uncertain());

        assertTrue(t.get(2).isEmpty());
        assertEquals(23, t.get(2).inapplicable().size(), "every slot after the template number is *");
        assertTrue(t.get(2).slots().isEmpty());

        Muc4Template fourth = t.get(4);
        assertEquals(3, fourth.fillers(Muc4Slot.HUM_TGT_DESCRIPTION).size());
        assertEquals(List.of("ARNULFO ROMERO"), fourth.fillers(Muc4Slot.HUM_TGT_DESCRIPTION).get(0).crossReference());
    }

    @Test
    void readsTheTestLayoutWithEscapedQuotes() throws IOException {
        List<Muc4Template> t = Muc4TemplateParser.parse(snippet("key-tst1-0001-0002.muc4"));

        assertEquals(List.of("TST1-MUC3-0001", "TST1-MUC3-0002"), t.stream().map(Muc4Template::messageId).toList());
        assertEquals(List.of("\"SANTO TOMAS\" PRESIDENTIAL FARM", "PRESIDENTIAL FARM"),
                t.get(0).fillers(Muc4Slot.PHYS_TGT_ID).get(0).alternatives());
        assertEquals("17 FEB 90 - 18 FEB 90", t.get(1).fillers(Muc4Slot.INCIDENT_DATE).get(0).first());
    }

    @Test
    void valuesAtColumn37ReadLikeValuesAtColumn36() throws IOException {
        List<Muc4Template> t = Muc4TemplateParser.parse(snippet("key-dev-columns-36-37.muc4"));

        assertEquals(List.of("DEV-MUC3-0926", "DEV-MUC3-0901"), t.stream().map(Muc4Template::messageId).toList());
        assertTrue(t.get(0).isEmpty());
        assertEquals(23, t.get(0).inapplicable().size());
        assertEquals("-29 NOV 89", t.get(1).fillers(Muc4Slot.INCIDENT_DATE).get(0).first());
        assertEquals(List.of("FMLN", "FARABUNDO MARTI NATIONAL LIBERATION"),
                t.get(1).fillers(Muc4Slot.PERP_ORGANIZATION_ID).get(0).alternatives());
    }

    @Test
    void noFixedColumns_shiftingEveryValueOrUsingTabsChangesNothing() throws IOException {
        String text = Files.readString(snippet("key-dev-0001-0004.muc4"), StandardCharsets.UTF_8);
        // Move every value (slot line or continuation) 9 columns right, and use a tab on slot lines.
        Matcher slotLine = Pattern.compile("(?m)^(\\d+\\.\\s+[A-Z ]+: [A-Z ]+?) {2,}(?=\\S)").matcher(text);
        String shifted = slotLine.replaceAll("$1\t         ").replaceAll("(?m)^ {36}(?=\\S)", " ".repeat(45));
        List<Muc4Template> original = Muc4TemplateParser.parse(text, "original");
        List<Muc4Template> moved = Muc4TemplateParser.parse(shifted, "shifted");
        assertTrue(!shifted.equals(text) && shifted.contains("\t"));
        assertEquals(original, moved);
    }

    @Test
    void aFolderIsReadInSortedOrder(@TempDir Path dir) throws IOException {
        String one = Files.readString(snippet("key-tst1-0001-0002.muc4"), StandardCharsets.UTF_8);
        String two = Files.readString(snippet("key-dev-columns-36-37.muc4"), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("b.muc4"), one);
        Files.writeString(dir.resolve("a.muc4"), two);
        List<String> ids = Muc4TemplateParser.parse(dir).stream().map(Muc4Template::messageId).distinct().toList();
        assertEquals(List.of("DEV-MUC3-0926", "DEV-MUC3-0901", "TST1-MUC3-0001", "TST1-MUC3-0002"), ids);
    }

    @Test
    void badInputNamesFileAndLine(@TempDir Path dir) {
        Muc4FormatException outside = assertThrows(Muc4FormatException.class,
                () -> Muc4TemplateParser.parse("\nsome prose\n", "f.muc4"));
        assertEquals("f.muc4:2: text outside a template: some prose", outside.getMessage());
        Muc4FormatException label = assertThrows(Muc4FormatException.class, () -> Muc4TemplateParser.parse(
                "0.  MESSAGE: ID  X-1\n1.  MESSAGE: TEMPLATE  1\n4.  INCIDENT: TYPO  ATTACK\n", "f"));
        assertTrue(label.getMessage().startsWith("f:3: slot 4 should be labelled INCIDENT: TYPE"), label.getMessage());
        Muc4FormatException number = assertThrows(Muc4FormatException.class, () -> Muc4TemplateParser.parse(
                "0.  MESSAGE: ID  X-1\n1.  MESSAGE: TEMPLATE  one\n", "f"));
        assertEquals("f:2: bad MESSAGE: TEMPLATE value: one", number.getMessage());
        Muc4FormatException missing = assertThrows(Muc4FormatException.class,
                () -> Muc4TemplateParser.parse("0.  MESSAGE: ID  X-1\n4.  INCIDENT: TYPE  ATTACK\n", "f"));
        assertTrue(missing.getMessage().contains("no MESSAGE: TEMPLATE"));
        assertThrows(NoSuchFileException.class, () -> Muc4TemplateParser.parse(dir.resolve("absent")));
    }

    @Test
    void anEmptyFileHasNoTemplates() {
        assertEquals(List.of(), Muc4TemplateParser.parse(";;; only a comment\n\n", "f"));
    }
}
