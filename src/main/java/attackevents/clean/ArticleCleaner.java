package attackevents.clean;

import attackevents.source.ContentType;
import attackevents.source.RawArticle;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The cleaning stage's front: from a {@link RawArticle} to a {@link CleanArticle}, HTML through
 * {@link HtmlCleaner}, plain text through {@link TextCleaner}. A title or URL given with the raw article wins and
 * what the page says fills the gaps; for the publication date it is the other way round (a feed's date is for
 * pages that lack one), and a wire dateline is the last resort. Loads its data files once in the constructor;
 * thread-safe.
 * Example: {@code new ArticleCleaner(Path.of("models")).clean(raw).text()}.
 */
public final class ArticleCleaner {
    private final HtmlCleaner html;
    private final TextCleaner text;
    private final Datelines datelines;

    /**
     * Loads the data files under {@code modelsDir/clean/}.
     *
     * @param modelsDir the {@code models} directory
     * @throws java.io.UncheckedIOException when a data file cannot be read
     */
    public ArticleCleaner(Path modelsDir) {
        Objects.requireNonNull(modelsDir, "modelsDir");
        ClassHints hints = new ClassHints(modelsDir.resolve("clean").resolve(ClassHints.FILE));
        BoilerplatePatterns boilerplate = new BoilerplatePatterns(
                modelsDir.resolve("clean").resolve(BoilerplatePatterns.FILE));
        this.html = new HtmlCleaner(hints, boilerplate);
        this.text = new TextCleaner(boilerplate);
        this.datelines = new Datelines(modelsDir.resolve("clean").resolve("dateline-patterns.txt"));
    }

    /** Loads the data files from {@code models/} under the working directory. */
    public ArticleCleaner() {
        this(Path.of("models"));
    }

    /**
     * Cleans one article.
     *
     * @param raw the article as read
     * @return its own text and metadata, with warnings when little or nothing was kept
     */
    public CleanArticle clean(RawArticle raw) {
        Objects.requireNonNull(raw, "raw");
        List<String> warnings = new ArrayList<>();
        if (raw.type() == ContentType.HTML) {
            CleanedPage page = html.clean(raw.content(), raw.url());
            PageMetadata meta = page.metadata();
            if (page.text().isBlank()) {
                warnings.add("no main content found");
            }
            return new CleanArticle(raw.id(), raw.source(), first(raw.title(), meta.title()), raw.url(),
                    // the page's own date first; a date given alongside it (a feed's, a JSON field) fills the gap
                    meta.published() != null ? meta.published()
                        : raw.published() != null ? raw.published() : datelines.find(page.text()).orElse(null),
                meta.author(), page.text(),
                    warnings);
        }
        CleanedText cleaned = text.clean(raw.content());
        if (cleaned.removedLines() > 0) {
            warnings.add("removed " + cleaned.removedLines() + " boilerplate line"
                    + (cleaned.removedLines() == 1 ? "" : "s"));
        }
        if (cleaned.text().isBlank()) {
            warnings.add("no main content found");
        }
        String body = cleaned.text();
        LocalDate published = raw.published() != null ? raw.published() : datelines.find(body).orElse(null);
        return new CleanArticle(raw.id(), raw.source(), first(raw.title(), cleaned.title()), raw.url(),
                published, null, body, warnings);
    }

    private static String first(String given, String found) {
        return given != null && !given.isBlank() ? given : found;
    }
}
