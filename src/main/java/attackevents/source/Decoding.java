package attackevents.source;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Arrays;
import org.jsoup.Jsoup;

/** Bytes to text: strict UTF-8 for text and JSON files, declared or sniffed charsets for HTML. */
final class Decoding {
    /** How much of a page jsoup looks at to find its charset: the HTML standard wants the declaration in the
     *  first 1024 bytes; real pages put large scripts first, so allow more, but never parse a page twice. */
    static final int SNIFF_BYTES = 64 * 1024;

    private static final int BINARY_PROBE_BYTES = 8 * 1024;

    private Decoding() {
    }

    /**
     * Decodes UTF-8 strictly (a leading byte-order mark is dropped).
     *
     * @param data the bytes
     * @return the text
     * @throws UnreadableInputException "binary file, not text", or "invalid UTF-8 at byte N" (N counted from 0
     *                                  in the uncompressed content)
     */
    static String strictUtf8(byte[] data) throws UnreadableInputException {
        if (looksBinary(data)) {
            throw new UnreadableInputException("binary file, not text");
        }
        int start = startsWith(data, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(data, start, data.length - start);
        CharBuffer out = CharBuffer.allocate(data.length); // UTF-8 never has more chars than bytes
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            // The decoder stops with the input positioned on the first bad byte.
            throw new UnreadableInputException("invalid UTF-8 at byte " + in.position());
        }
        decoder.flush(out);
        return out.flip().toString();
    }

    /**
     * @param data the bytes
     * @return whether they are well-formed UTF-8 (ASCII included)
     */
    static boolean isValidUtf8(byte[] data) {
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(data));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /**
     * Decodes an HTML page: with the declared charset when there is a usable one (an HTTP header, a fetch
     * sidecar), else with the charset jsoup finds in the page (byte-order mark, {@code <meta charset>},
     * {@code <meta http-equiv>}), else UTF-8. Undecodable bytes become U+FFFD, as in a browser.
     *
     * @param data            the page's bytes
     * @param declaredCharset a charset name from outside the page, or {@code null}
     * @return the markup
     * @throws UnreadableInputException "binary file, not text" when the bytes are not text
     */
    static String html(byte[] data, String declaredCharset) throws UnreadableInputException {
        boolean utf16 = startsWith(data, 0xFE, 0xFF) || startsWith(data, 0xFF, 0xFE);
        if (!utf16 && looksBinary(data)) {
            throw new UnreadableInputException("binary file, not text");
        }
        String text = new String(data, htmlCharset(data, declaredCharset));
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /**
     * @param data            the page's bytes
     * @param declaredCharset a charset name from outside the page, or {@code null}
     * @return the charset to decode the page with, as jsoup decides it
     */
    static Charset htmlCharset(byte[] data, String declaredCharset) {
        String declared = usable(declaredCharset) ? declaredCharset.strip() : null;
        byte[] head = Arrays.copyOf(data, Math.min(data.length, SNIFF_BYTES));
        try {
            // jsoup applies the byte-order mark first, then the declared charset, then the page's own <meta>.
            return Charset.forName(Jsoup.parse(new ByteArrayInputStream(head), declared, "").charset().name());
        } catch (IOException e) {
            throw new UncheckedIOException("reading from memory cannot fail", e);
        }
    }

    /**
     * @param data bytes from a file
     * @return whether they are binary: a NUL byte anywhere, or mostly control characters at the start
     */
    static boolean looksBinary(byte[] data) {
        int controls = 0;
        int probe = Math.min(data.length, BINARY_PROBE_BYTES);
        for (int i = 0; i < data.length; i++) {
            int b = data[i] & 0xFF;
            if (b == 0) {
                return true;
            }
            if (i < probe && b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1B) {
                controls++;
            }
        }
        // Text has next to no control characters; a tenth of them means an image or an archive.
        return probe > 0 && controls * 10 > probe;
    }

    private static boolean usable(String charset) {
        if (charset == null || charset.isBlank()) {
            return false;
        }
        try {
            return Charset.isSupported(charset.strip());
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return false;
        }
    }

    private static boolean startsWith(byte[] data, int... prefix) {
        if (data.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((data[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
