package attackevents.source.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Objects;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Turns a page's bytes into text with the right charset, using jsoup's own detection (byte-order mark, then
 * {@code <meta charset>} / {@code http-equiv}, else UTF-8) and the charset in the HTTP header.
 *
 * <p>Which wins when they disagree: the HTML standard puts the header first, but news sites often send a
 * server default ({@code ISO-8859-1}) in front of a UTF-8 page that says so in its {@code <meta>}. UTF-8 can
 * be checked: text in a single-byte charset with any non-ASCII letter is almost never valid UTF-8. So when
 * the header and the page disagree and one of them is UTF-8, the bytes decide (valid UTF-8 → UTF-8, else the
 * other one); when neither is UTF-8 the header wins, as the standard says. As in the standard, the labels
 * ISO-8859-1 and US-ASCII are read as windows-1252, their superset that pages in them really use.
 */
public final class PageDecoder {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private PageDecoder() {
    }

    /**
     * Decodes a page and rewrites its charset declaration to UTF-8, the charset it will be stored in.
     *
     * @param body          the page's bytes
     * @param headerCharset the charset named in the {@code Content-Type} header, or {@code null}
     * @param baseUri       the page's URL, for jsoup
     * @return the markup (serialised by jsoup without pretty-printing) and the charset its bytes were read as
     */
    public static DecodedPage decode(byte[] body, String headerCharset, String baseUri) {
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(baseUri, "baseUri");
        Document doc = parse(body, null, baseUri); // jsoup sniffs BOM / <meta>, defaults to UTF-8
        Charset sniffed = standardLabel(doc.charset());
        Charset header = lookup(headerCharset);
        Charset chosen = choose(body, header, sniffed);
        if (!chosen.equals(doc.charset())) {
            doc = parse(body, chosen, baseUri);
        }
        doc.outputSettings().prettyPrint(false);
        doc.charset(StandardCharsets.UTF_8); // also updates or adds <meta charset="UTF-8">
        return new DecodedPage(doc.outerHtml(), chosen.name());
    }

    /** The rule in the class comment. */
    static Charset choose(byte[] body, Charset header, Charset sniffed) {
        if (header == null || header.equals(sniffed)) {
            return sniffed;
        }
        if (header.equals(StandardCharsets.UTF_8) || sniffed.equals(StandardCharsets.UTF_8)) {
            Charset other = header.equals(StandardCharsets.UTF_8) ? sniffed : header;
            return validUtf8(body) ? StandardCharsets.UTF_8 : other;
        }
        return header;
    }

    static boolean validUtf8(byte[] body) {
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** @return the charset a header names, or {@code null} when none or unknown to Java */
    static Charset lookup(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        try {
            return standardLabel(Charset.forName(name.trim()));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }

    private static Charset standardLabel(Charset charset) {
        return charset.equals(StandardCharsets.ISO_8859_1) || charset.equals(StandardCharsets.US_ASCII)
                ? WINDOWS_1252 : charset;
    }

    private static Document parse(byte[] body, Charset charset, String baseUri) {
        try {
            return Jsoup.parse(new ByteArrayInputStream(body), charset == null ? null : charset.name(), baseUri);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // cannot happen: the bytes are in memory
        }
    }
}
