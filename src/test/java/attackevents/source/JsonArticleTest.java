package attackevents.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class JsonArticleTest {
    @Test
    void readsTextOrHtmlWithOptionalFields() throws Exception {
        JsonArticle text = JsonArticle.parse("{\"text\": \"Body.\", \"title\": \"T\", \"url\": \"https://x.org\","
                + " \"published\": \"2021-06-01T12:00:00+02:00\", \"extra\": [1, 2]}");
        assertEquals(new JsonArticle(ContentType.TEXT, "Body.", "T", "https://x.org", LocalDate.of(2021, 6, 1)), text);
        JsonArticle html = JsonArticle.parse("{\"html\": \"<p>Body.</p>\", \"title\": null}");
        assertEquals(ContentType.HTML, html.type());
        assertNull(html.title());
        assertNull(html.published());
    }

    @Test
    void textWinsOverHtmlAndBlankCountsAsAbsent() throws Exception {
        assertEquals(ContentType.TEXT, JsonArticle.parse("{\"text\": \"t\", \"html\": \"<p>h</p>\"}").type());
        assertEquals(ContentType.HTML, JsonArticle.parse("{\"text\": \"  \", \"html\": \"<p>h</p>\"}").type());
    }

    @Test
    void saysWhatIsWrong() {
        assertEquals("JSON has neither 'text' nor 'html'", reason("{\"title\": \"only\"}"));
        assertEquals("JSON has neither 'text' nor 'html'", reason("{\"text\": \"\"}"));
        assertEquals("JSON is not an object", reason("[{\"text\": \"in an array\"}]"));
        assertEquals("JSON 'text' is not a string", reason("{\"text\": 42}"));
        assertEquals("JSON 'published' is not an ISO date or date-time: last week",
                reason("{\"text\": \"t\", \"published\": \"last week\"}"));
        String malformed = reason("{\"text\": \"t\",\n \"title\": }");
        assertTrue(malformed.startsWith("malformed JSON: ") && malformed.endsWith("at line 2, column 11"), malformed);
        assertTrue(reason("{\"text\": \"t\"} {\"text\": \"again\"}").startsWith("malformed JSON: "),
                "text after the object is not ignored");
    }

    private static String reason(String json) {
        return assertThrows(UnreadableInputException.class, () -> JsonArticle.parse(json)).getMessage();
    }
}
