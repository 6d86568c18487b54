package attackevents.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Properties;

/**
 * Runs Stanford CoreNLP over a text and converts the result into an {@link AnnotatedDocument}. The pipeline
 * is built once (model loading takes seconds), with the properties {@link NlpOptions} gives.
 *
 * <p>The project's set-up ({@link NlpOptions#defaults()}) is chosen for what extraction reads: tokens,
 * sentences, lemmas (trigger words) and one CRF model for names, where CoreNLP's default
 * ({@link NlpOptions#coreNlpDefaults()}) runs three, plus numeric classifiers, SUTime and a fine-grained
 * gazetteer. Dates come from {@link TimeTagger}, run only where an attack is mentioned. No parser: the
 * extraction rules work on token sequences.
 *
 * <p>All-caps texts (old wire services) defeat the case-sensitive tagger and name models. With
 * {@link NlpOptions#truecase()} on, such a text goes through a second pipeline, built once on first need, that
 * restores case with CoreNLP's truecaser before tagging; ordinary text always takes the first pipeline.
 *
 * <p>Threads: one instance may be shared and {@link #annotate} called from several threads at once, but only
 * ordinary text runs in parallel. Texts that take the first pipeline are annotated concurrently with no lock:
 * CoreNLP's annotators are meant to be shared (its own {@code AnnotationPipeline.annotate(Iterable, int)} runs
 * one pipeline on many documents at once), and extraction gives the same output at any thread count. Texts
 * that take the case-restoring pipeline are annotated one at a time, under that pipeline's lock, because
 * CoreNLP's truecaser is not thread-safe (unserialised, 3 of the 1,300 MUC-4 dev texts got different entities
 * from run to run); they never hold up texts on the first pipeline. That pipeline is built at most once, under
 * the instance's lock, and published through a volatile field. The rest of the instance is immutable, and
 * converting an annotation into an {@link AnnotatedDocument} touches only that call's objects.
 */
public final class CoreNlpAnnotator {
    private final NlpOptions options;
    private final StanfordCoreNLP pipeline;
    /** The pipeline for all-caps texts, built on first need (its truecasing model alone is 100 MB). */
    private volatile StanfordCoreNLP allCapsPipeline;

    /**
     * Builds the pipeline, loading its models.
     *
     * @param options which models and annotators to use
     */
    public CoreNlpAnnotator(NlpOptions options) {
        this.options = Objects.requireNonNull(options, "options");
        this.pipeline = new StanfordCoreNLP(properties(options, false));
    }

    /**
     * @param options  the set-up
     * @param truecase whether to restore case right after sentence splitting, so that the tagger, lemmatiser
     *                 and name models all see the restored words
     * @return the CoreNLP properties (kept in this one class)
     */
    static Properties properties(NlpOptions options, boolean truecase) {
        Properties props = new Properties();
        // The truecaser needs only tokens and sentences; put it first so every later annotator reads its words.
        props.setProperty("annotators", truecase
                ? "tokenize,ssplit,truecase,pos,lemma,ner"
                : "tokenize,ssplit,pos,lemma,ner");
        // Every other property is one of the options, stated whether or not it is at CoreNLP's default, so
        // that NlpOptions.coreNlpDefaults() is CoreNLP's default pipeline (CoreNlpAnnotatorPropertiesTest).
        props.setProperty("ssplit.newlineIsSentenceBreak", options.paragraphBreaks() ? "two" : "never");
        props.setProperty("ner.model", options.nerModel());
        props.setProperty("ner.applyNumericClassifiers", Boolean.toString(options.numericClassifiers()));
        props.setProperty("ner.useSUTime", Boolean.toString(options.suTime()));
        props.setProperty("ner.applyFineGrained", Boolean.toString(options.fineGrained()));
        // CoreNLP's default too, stated because convert() reads the mentions.
        props.setProperty("ner.buildEntityMentions", "true");
        if (truecase) {
            // Replace each token's word by its restored form; character offsets still point into the original.
            props.setProperty("truecase.overwriteText", "true");
        }
        return props;
    }

    /**
     * @param text a text about to be annotated
     * @return whether it will go through the case-restoring pipeline: truecasing is on and the text is all caps
     */
    public boolean restoresCase(String text) {
        return options.truecase() && LetterCase.isAllCaps(text);
    }

    private StanfordCoreNLP pipelineFor(String text) {
        if (!restoresCase(text)) {
            return pipeline;
        }
        StanfordCoreNLP p = allCapsPipeline;
        if (p == null) {
            synchronized (this) {
                p = allCapsPipeline;
                if (p == null) {
                    p = new StanfordCoreNLP(properties(options, true));
                    allCapsPipeline = p;
                }
            }
        }
        return p;
    }

    /**
     * Annotates a text.
     *
     * @param text      the cleaned article text
     * @param published the publication date, used to resolve relative dates; may be {@code null}
     * @return the annotated document
     */
    public AnnotatedDocument annotate(String text, LocalDate published) {
        Objects.requireNonNull(text, "text");
        Annotation annotation = new Annotation(text);
        if (published != null) {
            annotation.set(CoreAnnotations.DocDateAnnotation.class, published.toString());
        }
        StanfordCoreNLP chosen = pipelineFor(text);
        // The case-restoring pipeline is not thread-safe (see the class comment): one text at a time on it.
        if (chosen == pipeline) {
            chosen.annotate(annotation);
        } else {
            synchronized (chosen) {
                chosen.annotate(annotation);
            }
        }
        List<Sentence> sentences = new ArrayList<>();
        for (CoreMap s : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
            sentences.add(convert(sentences.size(), s, text));
        }
        return new AnnotatedDocument(text, published, sentences);
    }

    private static Sentence convert(int index, CoreMap s, String text) {
        List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
        List<Token> tokens = new ArrayList<>(labels.size());
        for (int i = 0; i < labels.size(); i++) {
            CoreLabel l = labels.get(i);
            String ner = l.ner() == null ? "O" : l.ner();
            String lemma = l.lemma() == null ? l.word() : l.lemma();
            tokens.add(new Token(i, l.word(), lemma.toLowerCase(Locale.ROOT), l.tag(), ner,
                    l.beginPosition(), l.endPosition()));
        }
        List<EntityMention> entities = new ArrayList<>();
        List<CoreMap> mentions = s.get(CoreAnnotations.MentionsAnnotation.class);
        if (mentions != null) {
            int sentenceStart = labels.isEmpty() ? 0 : labels.get(0).get(CoreAnnotations.TokenBeginAnnotation.class);
            for (CoreMap m : mentions) {
                List<CoreLabel> mt = m.get(CoreAnnotations.TokensAnnotation.class);
                if (mt == null || mt.isEmpty()) {
                    continue;
                }
                int tokStart = m.get(CoreAnnotations.TokenBeginAnnotation.class) - sentenceStart;
                int tokEnd = m.get(CoreAnnotations.TokenEndAnnotation.class) - sentenceStart;
                int begin = mt.get(0).beginPosition();
                int end = mt.get(mt.size() - 1).endPosition();
                String normalized = m.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
                String type = m.get(CoreAnnotations.EntityTypeAnnotation.class);
                entities.add(new EntityMention(text.substring(begin, end), type, normalized,
                        tokStart, tokEnd, begin, end));
            }
        }
        int begin = s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
        int end = s.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
        return new Sentence(index, text.substring(begin, end), begin, end, tokens, entities);
    }
}
