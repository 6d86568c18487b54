package attackevents.clean;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/** Reading saved HTML pages: {@code .html}, {@code .htm}, gzipped or not, in the charset they are in. */
public final class HtmlFiles {
    private static final Pattern META_CHARSET = Pattern.compile("(?i)<meta[^>]+charset\\s*=\\s*[\"']?([\\w.:-]+)");

    private HtmlFiles() {
    }

    /**
     * @param p a path
     * @return whether its name ends in {@code .html}, {@code .htm}, {@code .html.gz} or {@code .htm.gz}
     */
    public static boolean isHtml(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".html.gz") || n.endsWith(".htm.gz");
    }

    /**
     * The page id: the file name without its {@code .gz}, {@code .html}, {@code .htm} extensions.
     *
     * @param p a path
     * @return e.g. {@code abc} for {@code dir/abc.html.gz}
     */
    public static String id(Path p) {
        String n = p.getFileName().toString();
        for (String ext : new String[] {".gz", ".html", ".htm"}) {
            if (n.toLowerCase(Locale.ROOT).endsWith(ext)) {
                n = n.substring(0, n.length() - ext.length());
            }
        }
        return n;
    }

    /**
     * Reads a page, gunzipping {@code .gz} files. Decodes UTF-8 when the bytes are valid UTF-8, else in the
     * charset the page's {@code <meta>} names, else windows-1252 (what mislabelled pages usually are).
     *
     * @param file the page
     * @return its markup
     * @throws IOException when it cannot be read or unzipped
     */
    public static String read(Path file) throws IOException {
        Objects.requireNonNull(file, "file");
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            InputStream body = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz")
                    ? new GZIPInputStream(in) : in;
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            body.transferTo(out);
            bytes = out.toByteArray();
        }
        return decode(bytes);
    }

    /**
     * @param bytes a page's bytes
     * @return the markup, decoded as {@link #read(Path)} describes
     */
    public static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
            Matcher m = META_CHARSET.matcher(head);
            Charset cs = Charset.forName("windows-1252");
            if (m.find()) {
                try {
                    cs = Charset.forName(m.group(1));
                } catch (RuntimeException unknown) {
                    // keep windows-1252
                }
            }
            return new String(bytes, cs);
        }
    }
}
