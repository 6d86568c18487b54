package attackevents.cli;

import attackevents.clean.ArticleCleaner;
import attackevents.clean.CleanArticle;
import attackevents.output.Json;
import attackevents.source.ContentType;
import attackevents.source.RawArticle;
import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The {@code clean} subcommand: extracts the article body, title, date and author from HTML pages
 * ({@code .html}, {@code .htm}, {@code .html.gz}, folders searched recursively). Writes JSON lines, or with
 * {@code --benchmark-json} one JSON object in the article-extraction benchmark's format. A page that cannot be
 * read is reported on standard error in one line and the run goes on.
 */
@Command(name = "clean", mixinStandardHelpOptions = true,
        description = "Extract article body, title, date and author from HTML pages.")
public final class CleanCommand implements Callable<Integer> {
    private static final Pattern META_CHARSET = Pattern.compile("(?i)<meta[^>]+charset\\s*=\\s*[\"']?([\\w.:-]+)");

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "HTML files or folders (searched recursively).")
    List<Path> inputs;

    @Option(names = "--benchmark-json", paramLabel = "OUT.json",
            description = "Write {id: {articleBody, title, published}} to this file (the benchmark's format).")
    Path benchmarkJson;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write the JSON lines here instead of standard output.")
    Path output;

    @Option(names = "--models", paramLabel = "DIR", defaultValue = "models",
            description = "The models directory (default: ${DEFAULT-VALUE}).")
    Path models;

    @Override
    public Integer call() throws IOException {
        if (!Files.isDirectory(models.resolve("clean"))) {
            throw new UserError("no models/clean directory under " + models.toAbsolutePath()
                    + " (run from the project root or give --models)");
        }
        ArticleCleaner cleaner = new ArticleCleaner(models);
        PrintWriter err = spec.commandLine().getErr();
        List<Path> files = new ArrayList<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                try (Stream<Path> walk = Files.walk(input)) {
                    walk.filter(Files::isRegularFile).filter(CleanCommand::isHtml).sorted().forEach(files::add);
                }
            } else if (Files.isRegularFile(input)) {
                files.add(input);
            } else {
                err.println("clean: warning: no such file or folder: " + input);
            }
        }
        if (files.isEmpty()) {
            throw new UserError("no .html, .htm or .html.gz files found in the inputs");
        }
        Map<String, Map<String, Object>> benchmark = new LinkedHashMap<>();
        try (Writer lines = benchmarkJson != null ? Writer.nullWriter()
                : output != null ? Files.newBufferedWriter(output, StandardCharsets.UTF_8)
                : new BufferedWriter(spec.commandLine().getOut())) {
            for (Path file : files) {
                String id = id(file);
                String html;
                try {
                    html = read(file);
                } catch (IOException | UncheckedIOException e) {
                    err.println("clean: warning: cannot read " + file + ": " + e.getMessage());
                    benchmark.put(id, entry("", null, null));
                    continue;
                }
                CleanArticle a = cleaner.clean(new RawArticle(id, file.toString(), ContentType.HTML, html,
                        null, null, null));
                for (String w : a.warnings()) {
                    err.println("clean: warning: " + file + ": " + w);
                }
                benchmark.put(id, entry(a.text(), a.title(), a.published() == null ? null : a.published().toString()));
                if (benchmarkJson == null) {
                    Map<String, Object> line = new LinkedHashMap<>();
                    line.put("id", id);
                    line.put("title", a.title());
                    line.put("published", a.published());
                    line.put("author", a.author());
                    line.put("text", a.text());
                    lines.write(Json.mapper().writeValueAsString(line));
                    lines.write('\n');
                }
            }
        }
        if (benchmarkJson != null) {
            Json.mapper().writerWithDefaultPrettyPrinter().writeValue(benchmarkJson.toFile(), benchmark);
        }
        return 0;
    }

    private static Map<String, Object> entry(String body, String title, String published) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("articleBody", body);
        m.put("title", title);
        m.put("published", published);
        return m;
    }

    static boolean isHtml(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".html.gz") || n.endsWith(".htm.gz");
    }

    /** The page id: the file name without its {@code .gz}, {@code .html}, {@code .htm} extensions. */
    static String id(Path p) {
        String n = p.getFileName().toString();
        String lower = n.toLowerCase(Locale.ROOT);
        for (String ext : new String[] {".gz", ".html", ".htm"}) {
            if (lower.endsWith(ext)) {
                n = n.substring(0, n.length() - ext.length());
                lower = lower.substring(0, lower.length() - ext.length());
            }
        }
        return n;
    }

    /** Reads a page, gunzipping {@code .gz}; UTF-8 unless that fails, then the page's meta charset or windows-1252. */
    static String read(Path file) throws IOException {
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            InputStream body = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz")
                    ? new GZIPInputStream(in) : in;
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            body.transferTo(out);
            bytes = out.toByteArray();
        }
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
                    // keep windows-1252, the usual mislabelled default
                }
            }
            return new String(bytes, cs);
        }
    }
}
