package attackevents.cli;

import attackevents.clean.ArticleCleaner;
import attackevents.clean.CleanArticle;
import attackevents.clean.HtmlFiles;
import attackevents.output.Json;
import attackevents.source.ContentType;
import attackevents.source.RawArticle;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
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

    /**
     * Cleans every page named or found under the inputs, in sorted order.
     *
     * @return 0 (pages that cannot be read are warned about, not fatal)
     * @throws IOException when an input folder cannot be listed or the output cannot be written
     * @throws UserError   when there is no models directory or no page at all
     */
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
                    walk.filter(Files::isRegularFile).filter(HtmlFiles::isHtml).sorted().forEach(files::add);
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
        // Standard output is flushed, not closed: it is not ours to close.
        Writer stdout = new FilterWriter(spec.commandLine().getOut()) {
            @Override
            public void close() throws IOException {
                flush();
            }
        };
        try (Writer lines = benchmarkJson != null ? Writer.nullWriter()
                : output != null ? Files.newBufferedWriter(output, StandardCharsets.UTF_8)
                : stdout) {
            for (Path file : files) {
                String id = HtmlFiles.id(file);
                String html;
                try {
                    html = HtmlFiles.read(file);
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
}
