package attackevents;

import attackevents.clean.ArticleCleaner;
import attackevents.clean.CleanArticle;
import attackevents.extract.EventExtractor;
import attackevents.extract.ExtractionModels;
import attackevents.extract.Muc4Scope;
import attackevents.extract.SentenceTriggers;
import attackevents.model.ArticleRecord;
import attackevents.model.AttackEvent;
import attackevents.nlp.AnnotatedDocument;
import attackevents.nlp.CoreNlpAnnotator;
import attackevents.nlp.LanguageIdentifier;
import attackevents.nlp.TimeTagger;
import attackevents.relevance.RelevanceClassifier;
import attackevents.roles.RoleTagger;
import attackevents.source.ArticleReader;
import attackevents.source.ContentType;
import attackevents.source.RawArticle;
import attackevents.source.ReadOutcome;
import attackevents.source.ReaderOptions;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The front of the library: turns articles into attack events: read, clean, check the language, optionally
 * skip articles a relevance classifier finds irrelevant (before the expensive annotators), annotate, extract. Building one loads every model (seconds);
 * build one per process and share it: it is thread-safe.
 *
 * <pre>{@code
 * AttackEvents pipeline = AttackEvents.create(PipelineConfig.defaults(Path.of("models")));
 * List<AttackEvent> events = pipeline.extractText("A car bomb killed eight people in Kabul on Monday.",
 *         LocalDate.of(2022, 9, 6));
 * }</pre>
 */
public final class AttackEvents {
    /** The ISO 639-3 code of the one language the extraction rules are written for. */
    static final String ENGLISH = "eng";
    /** Below this many characters the language detector is not trusted to overrule English. */
    private static final int MIN_CHARS_TO_SKIP_LANGUAGE = 200;
    /** The {@code noEvents} of an article no sentence of which has an attack trigger. */
    static final String NO_ATTACK_MENTIONED = "no attack mentioned";
    /** The {@code noEvents} of an article whose triggers make no incident. */
    static final String NO_INCIDENT = "attacks mentioned, but no incident told: attacks spoken of in general or not "
            + "carried out, or named with nothing else said of them";
    /** The {@code noEvents} of an article whose incidents the MUC-4 scope leaves out. */
    static final String NONE_IN_SCOPE = "incidents found, none in the MUC-4 task's scope (not recent, or against "
            + "armed forces only)";

    private final PipelineConfig config;
    private final ArticleCleaner cleaner;
    private final LanguageIdentifier languages;
    private final CoreNlpAnnotator annotator;
    private final EventExtractor extractor;
    private final TimeTagger times;
    /** The MUC-4 task's definition of a relevant incident, or {@code null} to keep every incident. */
    private final Muc4Scope scope;
    /** The cheap first stage, or {@code null} when the config names no relevance model. */
    private final RelevanceClassifier relevance;

    private AttackEvents(PipelineConfig config) {
        this.config = config;
        this.relevance = loadRelevance(config);
        this.cleaner = new ArticleCleaner(config.modelsDir());
        this.languages = new LanguageIdentifier();
        // the MUC-4 task counts threatened and attempted incidents too
        this.extractor = new EventExtractor(ExtractionModels.load(config.modelsDir()).withRoles(loadRoles(config)),
                config.muc4Scope());
        this.annotator = new CoreNlpAnnotator(config.nlp());
        this.times = new TimeTagger();
        this.scope = config.muc4Scope() ? Muc4Scope.load(config.modelsDir()) : null;
    }

    private static RelevanceClassifier loadRelevance(PipelineConfig config) {
        if (config.relevanceModel() == null) {
            return null;
        }
        try {
            return config.relevanceThreshold() == null
                    ? RelevanceClassifier.load(config.relevanceModel())
                    : RelevanceClassifier.load(config.relevanceModel(), config.relevanceThreshold());
        } catch (IOException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    private static RoleTagger loadRoles(PipelineConfig config) {
        if (config.rolesModel() == null) {
            return null;
        }
        try {
            return config.rolesThreshold() == null
                    ? RoleTagger.load(config.rolesModel())
                    : RoleTagger.load(config.rolesModel(), config.rolesThreshold());
        } catch (IOException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    /**
     * Loads the models and builds the pipeline.
     *
     * @param config the set-up
     * @return the pipeline
     * @throws IllegalArgumentException when the models folder is missing or incomplete, or the relevance or role
     *                                  model cannot be read
     * @throws java.io.UncheckedIOException when a data file under the models folder cannot be read
     */
    public static AttackEvents create(PipelineConfig config) {
        return new AttackEvents(Objects.requireNonNull(config, "config"));
    }

    /**
     * Extracts events from every article under the inputs (files, folders, archives) and hands each
     * article's record to {@code sink} in input order. Every input article yields exactly one record: with
     * events, with a {@code skipped} reason, or with an {@code error}.
     *
     * @param inputs files and folders
     * @param sink   receives the records, in order, on the calling thread
     * @return counts of what was done
     */
    public RunSummary extract(List<Path> inputs, Consumer<ArticleRecord> sink) {
        ArticleReader reader = new ArticleReader(ReaderOptions.defaults().withMaxFileBytes(config.maxFileBytes()));
        RunSummary.Counter counter = new RunSummary.Counter();
        try (Stream<ReadOutcome> outcomes = reader.read(inputs);
             OrderedParallelMap<ReadOutcome, ArticleRecord> map =
                     new OrderedParallelMap<>(this::process, config.threads())) {
            map.run(outcomes.iterator(), record -> {
                counter.add(record);
                sink.accept(record);
            });
        }
        return counter.summary();
    }

    /**
     * Processes one read outcome: a failed read becomes an error record.
     *
     * @param outcome what the reader gave
     * @return the article's record
     */
    public ArticleRecord process(ReadOutcome outcome) {
        if (!outcome.ok()) {
            return ArticleRecord.failed(outcome.id(), outcome.source(), outcome.error());
        }
        return process(outcome.article());
    }

    /**
     * Cleans, checks the language of, annotates and extracts events from one article. Never throws for bad
     * content: a failure becomes the record's {@code error}.
     *
     * @param raw the article
     * @return its record
     */
    public ArticleRecord process(RawArticle raw) {
        return guarded(raw, this::processUnchecked);
    }

    /**
     * Runs the work on one article so that whatever it throws, an exception or an error (a stack overflow on a
     * pathological page, memory running out on a huge one), becomes that article's {@code error} and the run
     * goes on: every input article yields exactly one record. The memory an article held is freed with its
     * record, so the next article starts afresh even after an {@link OutOfMemoryError}.
     *
     * @param raw  the article
     * @param work what to do with it
     * @return its record, or an error record
     */
    static ArticleRecord guarded(RawArticle raw, Function<RawArticle, ArticleRecord> work) {
        try {
            return work.apply(raw);
        } catch (RuntimeException e) {
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            return ArticleRecord.failed(raw.id(), raw.source(), "extraction failed: " + oneLine(reason));
        } catch (Error e) {
            // named with its class: "Java heap space" alone does not say what happened
            String reason = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
            return ArticleRecord.failed(raw.id(), raw.source(), "extraction failed: " + oneLine(reason));
        }
    }

    private ArticleRecord processUnchecked(RawArticle raw) {
        CleanArticle clean = cleaner.clean(raw);
        List<String> warnings = new ArrayList<>(clean.warnings());
        String text = analysedText(clean);
        if (clean.text().isBlank()) {
            return record(clean, null, List.of(), warnings, "no article text found after cleaning");
        }
        LanguageIdentifier.DetectedLanguage lang = languages.detect(text);
        if (!lang.code().equals(ENGLISH) && text.length() >= MIN_CHARS_TO_SKIP_LANGUAGE) {
            return record(clean, lang.code(), List.of(), warnings,
                    "language is " + lang.code() + ", not English: the extraction rules are written for English");
        }
        if (text.length() > config.maxAnalysedChars()) {
            warnings.add("text is " + text.length() + " characters; only the first " + config.maxAnalysedChars()
                    + " were analysed");
            text = text.substring(0, config.maxAnalysedChars());
        }
        if (relevance != null) {
            // The cheap first stage: an article judged irrelevant never reaches CoreNLP.
            RelevanceClassifier.Judgement judgement = relevance.judge(text);
            if (!judgement.relevant()) {
                return record(clean, ENGLISH, List.of(), warnings, String.format(Locale.ROOT,
                        "not relevant to attacks (p=%.2f)", judgement.probability()));
            }
        }
        Extraction found = extract(text, clean.published());
        return new ArticleRecord(clean.id(), clean.source(), clean.title(), clean.url(), clean.published(), ENGLISH,
                found.events(), warnings, null, null, found.noEvents());
    }

    /**
     * The text the extractor reads, to which all evidence offsets refer: the title as a first paragraph
     * (headlines name the main event), then the body.
     *
     * @param clean the cleaned article
     * @return title and body, separated by a blank line
     */
    public static String analysedText(CleanArticle clean) {
        String title = clean.title();
        if (title == null || title.isBlank() || clean.text().startsWith(title.strip())) {
            return clean.text();
        }
        return title.strip() + "\n\n" + clean.text();
    }

    private static ArticleRecord record(CleanArticle clean, String language, List<AttackEvent> events,
                                        List<String> warnings, String skipped) {
        return new ArticleRecord(clean.id(), clean.source(), clean.title(), clean.url(), clean.published(), language,
                events, warnings, skipped, null);
    }

    /**
     * Extracts events from a plain text, without cleaning or language check.
     *
     * @param text      the article text
     * @param published its publication date, for relative dates; may be {@code null}
     * @return the events
     */
    public List<AttackEvent> extractText(String text, LocalDate published) {
        Objects.requireNonNull(text, "text");
        return extract(text, published).events();
    }

    /**
     * The events of a text, or why it has none: no trigger, no incident the triggers make, or no incident in
     * the MUC-4 scope.
     *
     * @param events   the events
     * @param noEvents why there are none, or {@code null} when there are some
     */
    private record Extraction(List<AttackEvent> events, String noEvents) {
    }

    private Extraction extract(String text, LocalDate published) {
        AnnotatedDocument doc = annotator.annotate(text, published);
        SentenceTriggers triggers = extractor.triggers(doc);
        if (triggers.sentences().isEmpty()) {
            return new Extraction(List.of(), NO_ATTACK_MENTIONED);
        }
        List<AttackEvent> events = extractor.extract(times.tag(doc, triggers.sentences()), triggers);
        if (events.isEmpty()) {
            return new Extraction(events, NO_INCIDENT);
        }
        List<AttackEvent> kept = scope == null ? events : scope.keep(events, published);
        return new Extraction(kept, kept.isEmpty() ? NONE_IN_SCOPE : null);
    }

    /**
     * Cleans a raw article (exposed so callers can look at what the extractor reads).
     *
     * @param raw the article
     * @return the cleaned article
     */
    public CleanArticle clean(RawArticle raw) {
        return cleaner.clean(raw);
    }

    /**
     * A raw article of plain text, for callers that have text in hand.
     *
     * @param id        the article's id, also used as its source
     * @param text      the text
     * @param published its publication date, for relative dates; may be {@code null}
     * @return the article, ready for {@link #process(RawArticle)}
     */
    public static RawArticle textArticle(String id, String text, LocalDate published) {
        return new RawArticle(id, id, ContentType.TEXT, text, null, null, published);
    }

    private static String oneLine(String s) {
        return s.replaceAll("\\s+", " ").trim();
    }
}
