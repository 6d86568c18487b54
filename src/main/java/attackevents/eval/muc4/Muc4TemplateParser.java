package attackevents.eval.muc4;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads MUC-4 template files (answer keys and system responses) into {@link Muc4Template}s.
 *
 * <p>A slot line is found by its number and label ({@code 21. HUM TGT: NUMBER}), never by column, so the
 * dev keys (values at column 36, some at 37) and the test keys read alike. A line that is neither a slot
 * line, a blank line nor a comment ({@code ;}) continues the last slot with one more filler. A new
 * template starts at each {@code MESSAGE: ID} line.
 *
 * <p>Example: {@code List<Muc4Template> t = Muc4TemplateParser.parse(Path.of("key-tst1.v7"));}
 */
public final class Muc4TemplateParser {
    private static final Pattern SLOT_LINE = Pattern.compile("^\\s*(\\d{1,2})\\.\\s+(.*)$");
    private static final Pattern TEMPLATE_NUMBER =
            Pattern.compile("^(\\d+|\\*)\\s*(\\(\\s*OPTIONAL\\s*\\))?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern SITE_SUFFIX = Pattern.compile("\\s+\\(.*$");

    private Muc4TemplateParser() {
    }

    /**
     * Parses one file, or every regular file of a folder in sorted name order.
     *
     * @param fileOrDir a template file or a folder of them
     * @return the templates in file order
     * @throws IOException          when a file cannot be read
     * @throws Muc4FormatException  when a file is not in the template format (names file and line)
     */
    public static List<Muc4Template> parse(Path fileOrDir) throws IOException {
        Objects.requireNonNull(fileOrDir, "fileOrDir");
        List<Muc4Template> templates = new ArrayList<>();
        for (Path file : files(fileOrDir)) {
            templates.addAll(parse(read(file), file.toString()));
        }
        return templates;
    }

    /**
     * @param fileOrDir a file, or a folder
     * @return the file itself, or the folder's regular files (not hidden) in sorted order
     * @throws IOException when the path does not exist or cannot be listed
     */
    static List<Path> files(Path fileOrDir) throws IOException {
        if (!Files.isDirectory(fileOrDir)) {
            if (!Files.isRegularFile(fileOrDir)) {
                throw new NoSuchFileException(fileOrDir.toString(), null, "no such template file or folder");
            }
            return List.of(fileOrDir);
        }
        try (Stream<Path> list = Files.list(fileOrDir)) {
            return list.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted()
                    .toList();
        }
    }

    /** Decodes UTF-8, falling back to ISO-8859-1 for the old files' occasional 8-bit bytes. */
    private static String read(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, StandardCharsets.ISO_8859_1);
        }
    }

    /**
     * Parses the text of a template file.
     *
     * @param text   the whole file
     * @param source a name for error messages, e.g. the file name
     * @return the templates in file order
     * @throws Muc4FormatException when the text is not in the template format
     */
    public static List<Muc4Template> parse(String text, String source) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(source, "source");
        List<Muc4Template> templates = new ArrayList<>();
        Builder current = null;
        Muc4Slot slot = null;
        String[] lines = text.split("\\r?\\n|\\r", -1);
        for (int i = 0; i < lines.length; i++) {
            int lineNo = i + 1;
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith(";")) {
                continue;
            }
            Matcher m = SLOT_LINE.matcher(line);
            String value;
            if (m.matches() && Integer.parseInt(m.group(1)) < Muc4Slot.values().length) {
                slot = Muc4Slot.ofNumber(Integer.parseInt(m.group(1)));
                Matcher label = slot.labelPattern().matcher(m.group(2));
                if (!label.lookingAt()) {
                    throw new Muc4FormatException(source, lineNo,
                            "slot " + slot.number() + " should be labelled " + slot.label() + ": " + line);
                }
                value = m.group(2).substring(label.end()).strip();
                if (slot == Muc4Slot.MESSAGE_ID) {
                    if (current != null) {
                        templates.add(current.build(source));
                    }
                    String id = SITE_SUFFIX.matcher(value).replaceFirst("").strip();
                    if (id.isEmpty()) {
                        throw new Muc4FormatException(source, lineNo, "MESSAGE: ID without an id");
                    }
                    current = new Builder(id, lineNo);
                    continue;
                }
            } else if (current == null || slot == null) {
                throw new Muc4FormatException(source, lineNo, "text outside a template: " + line);
            } else {
                value = line; // continuation: one more filler for the last slot
            }
            if (current == null) {
                throw new Muc4FormatException(source, lineNo, "slot " + slot.label() + " before MESSAGE: ID");
            }
            current.add(slot, value, source, lineNo);
        }
        if (current != null) {
            templates.add(current.build(source));
        }
        return templates;
    }

    /** Collects one template's lines. */
    private static final class Builder {
        private final String messageId;
        private final int firstLine;
        private String number;
        private boolean optional;
        private final Map<Muc4Slot, List<Muc4Filler>> slots = new EnumMap<>(Muc4Slot.class);
        private final Set<Muc4Slot> inapplicable = EnumSet.noneOf(Muc4Slot.class);

        Builder(String messageId, int firstLine) {
            this.messageId = messageId;
            this.firstLine = firstLine;
        }

        void add(Muc4Slot slot, String value, String source, int lineNo) {
            if (slot == Muc4Slot.MESSAGE_TEMPLATE) {
                Matcher m = TEMPLATE_NUMBER.matcher(value);
                if (!m.matches()) {
                    throw new Muc4FormatException(source, lineNo, "bad MESSAGE: TEMPLATE value: " + value);
                }
                number = m.group(1);
                optional = m.group(2) != null;
                return;
            }
            if (value.isEmpty() || value.equals("-")) {
                slots.computeIfAbsent(slot, s -> new ArrayList<>());
                return;
            }
            if (value.equals("*")) {
                inapplicable.add(slot);
                return;
            }
            try {
                slots.computeIfAbsent(slot, s -> new ArrayList<>()).add(Muc4FillerParser.parse(slot, value));
            } catch (IllegalArgumentException e) {
                throw new Muc4FormatException(source, lineNo, e.getMessage());
            }
        }

        Muc4Template build(String source) {
            if (number == null) {
                throw new Muc4FormatException(source, firstLine, "template of " + messageId + " has no MESSAGE: TEMPLATE");
            }
            return new Muc4Template(messageId, number, optional, slots, inapplicable);
        }
    }
}
