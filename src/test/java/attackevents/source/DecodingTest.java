package attackevents.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DecodingTest {
    private static final Charset CP1251 = Charset.forName("windows-1251");

    @Test
    void strictUtf8DecodesAndDropsTheByteOrderMark() throws Exception {
        assertEquals("Caf\u00e9 \u20ac", Decoding.strictUtf8("Caf\u00e9 \u20ac".getBytes(StandardCharsets.UTF_8)));
        assertEquals("x", Decoding.strictUtf8(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'x'}));
    }

    @Test
    void strictUtf8NamesTheFirstBadByte() {
        assertEquals("invalid UTF-8 at byte 3", reason(() -> Decoding.strictUtf8(new byte[] {'a', 'b', 'c', (byte) 0xE9, 'd'})));
        // a multi-byte sequence cut short at the very end
        assertEquals("invalid UTF-8 at byte 2", reason(() -> Decoding.strictUtf8(new byte[] {'a', 'b', (byte) 0xE2, (byte) 0x82})));
        // an overlong encoding of '/' is not UTF-8 either
        assertEquals("invalid UTF-8 at byte 0", reason(() -> Decoding.strictUtf8(new byte[] {(byte) 0xC0, (byte) 0xAF})));
    }

    @Test
    void validUtf8IsToldFromSingleByteText() throws Exception {
        assertTrue(Decoding.isValidUtf8("plain ASCII".getBytes(StandardCharsets.US_ASCII)));
        assertTrue(Decoding.isValidUtf8("caf\u00e9 \u2019".getBytes(StandardCharsets.UTF_8)));
        assertFalse(Decoding.isValidUtf8("caf\u00e9".getBytes(StandardCharsets.ISO_8859_1)));
        assertFalse(Decoding.isValidUtf8("the capital\u2019s".getBytes("windows-1252")));
    }

    @Test
    void binaryIsNotText() {
        assertEquals("binary file, not text", reason(() -> Decoding.strictUtf8(new byte[] {'a', 0, 'b'})));
        byte[] controls = new byte[100];
        for (int i = 0; i < controls.length; i++) {
            controls[i] = (byte) (i % 2 == 0 ? 0x01 : 'a');
        }
        assertTrue(Decoding.looksBinary(controls));
        assertFalse(Decoding.looksBinary("tabs\tand\r\nnewlines\f".getBytes(StandardCharsets.US_ASCII)));
        assertEquals("binary file, not text", reason(() -> Decoding.html(new byte[] {'<', 'p', '>', 0}, null)));
    }

    @Test
    void htmlUsesTheDeclaredCharsetFirst() throws Exception {
        byte[] page = "<p>\u041f\u0440\u0438</p>".getBytes(CP1251);
        assertEquals("<p>\u041f\u0440\u0438</p>", Decoding.html(page, "windows-1251"));
        assertEquals("<p>\u041f\u0440\u0438</p>", Decoding.html(page, " WINDOWS-1251 "));
    }

    @Test
    void htmlSniffsMetaCharsetWhenNoneIsDeclaredOrTheDeclaredOneIsUnknown() throws Exception {
        String html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\">"
                + "</head><body>\u041f\u0440\u0438</body></html>";
        byte[] page = html.getBytes(CP1251);
        assertEquals(html, Decoding.html(page, null));
        assertEquals(html, Decoding.html(page, "no-such-charset"));
        assertEquals(html, Decoding.html(page, "bad name!"));
    }

    @Test
    void htmlDefaultsToUtf8AndHonoursByteOrderMarks() throws Exception {
        assertEquals("<p>\u00e9</p>", Decoding.html("<p>\u00e9</p>".getBytes(StandardCharsets.UTF_8), null));
        byte[] utf16 = "\uFEFF<p>\u00e9</p>".getBytes(StandardCharsets.UTF_16BE);
        assertEquals("<p>\u00e9</p>", Decoding.html(utf16, null), "UTF-16 has NUL bytes but is text");
    }

    @Test
    void metaCharsetAfterTheSniffWindowIsNotSeen() throws Exception {
        // The limit is deliberate (pages are not parsed twice); this pins what it means.
        String padding = "<!--" + "x".repeat(Decoding.SNIFF_BYTES) + "-->";
        byte[] page = (padding + "<meta charset=\"windows-1251\"><p>\u041f</p>").getBytes(CP1251);
        assertEquals(StandardCharsets.UTF_8, Decoding.htmlCharset(page, null));
    }

    private interface Decode {
        String run() throws UnreadableInputException;
    }

    private static String reason(Decode decode) {
        return assertThrows(UnreadableInputException.class, decode::run).getMessage();
    }
}
