package attackevents.source;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A file the reader knows how to read, recognised by its name.
 *
 * @param path   the file
 * @param id     the article id: the file name without its recognised extensions ({@code a.html.gz} is {@code a})
 * @param format how the content is written
 * @param gzip   whether the file is gzip-compressed ({@code .gz})
 */
record InputFile(Path path, String id, Format format, boolean gzip) {
    /** The formats an input file can be in. */
    enum Format {
        /** plain text, {@code .txt} */
        TEXT,
        /** an HTML page, {@code .html} or {@code .htm} */
        HTML,
        /** a JSON object with {@code text} or {@code html}, {@code .json} */
        JSON,
        /** a web archive, {@code .warc} (gzip per record or not: jwarc tells) */
        WARC
    }

    /** @throws NullPointerException when a component is null */
    InputFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(format, "format");
    }

    /**
     * @param path a file
     * @return what it is, or empty when its name has none of the known extensions
     */
    static Optional<InputFile> of(Path path) {
        String name = fileName(path);
        String lower = name.toLowerCase(Locale.ROOT);
        boolean gzip = lower.endsWith(".gz");
        if (gzip) {
            lower = lower.substring(0, lower.length() - 3);
        }
        int dot = lower.lastIndexOf('.');
        if (dot <= 0) {
            return Optional.empty();
        }
        Format format = switch (lower.substring(dot + 1)) {
            case "txt" -> Format.TEXT;
            case "html", "htm" -> Format.HTML;
            case "json" -> Format.JSON;
            case "warc" -> Format.WARC;
            default -> null;
        };
        return Optional.ofNullable(format).map(f -> new InputFile(path, name.substring(0, dot), f, gzip));
    }

    /**
     * @param path any file
     * @return its last extension with the dot ({@code ".pdf"}), or {@code "(none)"}
     */
    static String extension(Path path) {
        String name = fileName(path);
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? "(none)" : name.substring(dot).toLowerCase(Locale.ROOT);
    }

    /**
     * @param path any file
     * @return an id for it when it is not a known input: the name without its last extension
     */
    static String fallbackId(Path path) {
        String name = fileName(path);
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? name : name.substring(0, dot);
    }

    private static String fileName(Path path) {
        Path name = Objects.requireNonNull(path, "path").getFileName();
        return name == null ? path.toString() : name.toString();
    }
}
