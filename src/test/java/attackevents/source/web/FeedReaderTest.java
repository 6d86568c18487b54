package attackevents.source.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeedReaderTest {
    static byte[] fixture(String name) throws IOException {
        try (InputStream in = FeedReaderTest.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("missing fixture " + name);
            }
            return in.readAllBytes();
        }
    }

    @Test
    void readsRss() throws IOException {
        Feed feed = FeedReader.read(fixture("rss.xml"), "http://127.0.0.1:8080/rss.xml");
        assertEquals("Example Wire – World", feed.title());
        assertEquals(List.of(
                new FeedItem("http://127.0.0.1:8080/news/market-bomb.html", "Bomb hits market in Northtown",
                        LocalDate.of(2003, 6, 10)),
                new FeedItem("http://127.0.0.1/news/convoy.html", "Gunmen attack convoy", LocalDate.of(2003, 6, 11))),
                feed.items(), "relative link resolved, date in its own offset, duplicate and link-less items dropped");
    }

    @Test
    void readsAtom() throws IOException {
        Feed feed = FeedReader.read(fixture("atom.xml"), "http://127.0.0.1/atom.xml");
        assertEquals("Example Atom Desk", feed.title());
        assertEquals(List.of(
                new FeedItem("http://127.0.0.1/atom/checkpoint.html", "Suicide bomber strikes checkpoint",
                        LocalDate.of(2003, 12, 13)),
                new FeedItem("http://127.0.0.1/atom/embassy.html", "Embassy attacked", LocalDate.of(2003, 12, 12))),
                feed.items(), "alternate or rel-less links only; published, else updated");
    }

    @Test
    void htmlIsNotAFeed() {
        byte[] html = "<html><body><p>hi</p></body></html>".getBytes(StandardCharsets.UTF_8);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> FeedReader.read(html, "http://127.0.0.1/"));
        assertEquals("not an RSS 2.0 or Atom feed", e.getMessage());
    }

    @Test
    void honoursTheXmlDeclaredEncoding() {
        String rss = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss><channel><title>Défense</title>"
                + "<item><link>http://127.0.0.1/a</link><title>Attaque à Niamey</title></item></channel></rss>";
        Feed feed = FeedReader.read(rss.getBytes(StandardCharsets.ISO_8859_1), "http://127.0.0.1/");
        assertEquals("Défense", feed.title());
        assertEquals("Attaque à Niamey", feed.items().get(0).title());
    }

    @Test
    void datesInTheFormsFeedsUse() {
        assertEquals(LocalDate.of(2003, 6, 10), FeedReader.rfc822Date("Tue, 10 Jun 2003 04:00:00 GMT"));
        assertEquals(LocalDate.of(2003, 6, 10), FeedReader.rfc822Date("10 Jun 2003 04:00 +0200"));
        assertEquals(LocalDate.of(2003, 6, 10), FeedReader.rfc822Date("Tue,  10 Jun 2003 04:00:00 PDT"));
        assertNull(FeedReader.rfc822Date("yesterday"));
        assertEquals(LocalDate.of(2003, 12, 13), FeedReader.isoDate("2003-12-13T18:30:02Z"));
        assertEquals(LocalDate.of(2003, 12, 13), FeedReader.isoDate("2003-12-13"));
        assertNull(FeedReader.isoDate("13/12/2003"));
    }
}
