package attackevents.source.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class PageDecoderTest {
    private static final String BASE = "http://127.0.0.1/page.html";
    private static final String TEXT = "Attentat à Bogotá: 12 blessés";

    private static String page(String metaCharset) {
        return "<html><head><meta charset=\"" + metaCharset + "\"><title>t</title></head><body><p>" + TEXT
                + "</p></body></html>";
    }

    private static String paragraph(DecodedPage page) {
        return Jsoup.parse(page.html()).selectFirst("p").text();
    }

    @Test
    void utf8BytesBehindALatin1HeaderAreReadAsUtf8() {
        byte[] bytes = page("utf-8").getBytes(StandardCharsets.UTF_8);
        DecodedPage page = PageDecoder.decode(bytes, "ISO-8859-1", BASE);
        assertEquals("UTF-8", page.charset());
        assertEquals(TEXT, paragraph(page));
    }

    @Test
    void latin1BytesBehindAUtf8HeaderAreReadAsTheMetaSays() {
        byte[] bytes = page("iso-8859-1").getBytes(StandardCharsets.ISO_8859_1);
        DecodedPage page = PageDecoder.decode(bytes, "utf-8", BASE);
        assertEquals("windows-1252", page.charset(), "ISO-8859-1 is read as windows-1252, as browsers do");
        assertEquals(TEXT, paragraph(page));
    }

    @Test
    void utf8HeaderIsKeptWhenTheBytesAreUtf8DespiteALatin1Meta() {
        byte[] bytes = page("iso-8859-1").getBytes(StandardCharsets.UTF_8);
        DecodedPage page = PageDecoder.decode(bytes, "utf-8", BASE);
        assertEquals("UTF-8", page.charset());
        assertEquals(TEXT, paragraph(page));
    }

    @Test
    void withoutAHeaderTheMetaDecides() {
        Charset cp1251 = Charset.forName("windows-1251");
        String russian = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\">"
                + "</head><body><p>Взрыв в Москве</p></body></html>";
        DecodedPage page = PageDecoder.decode(russian.getBytes(cp1251), null, BASE);
        assertEquals("windows-1251", page.charset());
        assertEquals("Взрыв в Москве", paragraph(page));
    }

    @Test
    void whenNeitherIsUtf8TheHeaderWins() {
        Charset cp1251 = Charset.forName("windows-1251");
        String html = "<html><head><meta charset=\"iso-8859-2\"></head><body><p>Взрыв</p></body></html>";
        DecodedPage page = PageDecoder.decode(html.getBytes(cp1251), "windows-1251", BASE);
        assertEquals("windows-1251", page.charset());
        assertEquals("Взрыв", paragraph(page));
    }

    @Test
    void storedMarkupDeclaresUtf8() {
        byte[] bytes = page("iso-8859-1").getBytes(StandardCharsets.ISO_8859_1);
        String html = PageDecoder.decode(bytes, null, BASE).html();
        assertTrue(html.toLowerCase().contains("<meta charset=\"utf-8\">"), html);
        assertFalse(html.toLowerCase().contains("iso-8859-1"), html);
    }

    @Test
    void unknownHeaderCharsetIsIgnored() {
        byte[] bytes = page("utf-8").getBytes(StandardCharsets.UTF_8);
        assertEquals("UTF-8", PageDecoder.decode(bytes, "no-such-charset", BASE).charset());
        assertEquals(null, PageDecoder.lookup("x y"));
    }
}
