package attackevents.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.TimeAnnotator;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.Set;

/**
 * Finds and normalises time expressions with CoreNLP's SUTime, only in the sentences asked for, adding them
 * as DATE/TIME entity mentions and tagging their tokens. SUTime is
 * the most expensive part of CoreNLP's NER step (measured: about 60% of the pipeline's time), and the
 * extractor only reads dates from sentences that mention an attack, so it runs there alone.
 */
public final class TimeTagger {
    private static final Set<String> KEPT_TYPES = Set.of("DATE", "TIME");

    private final StanfordCoreNLP pipeline;

    /** Loads SUTime's rules (once per process). */
    public TimeTagger() {
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit");
        props.setProperty("ssplit.isOneSentence", "true");
        this.pipeline = new StanfordCoreNLP(props);
        this.pipeline.addAnnotator(new TimeAnnotator("sutime", new Properties()));
    }

    /**
     * Adds DATE and TIME mentions, with their TIMEX3 values resolved against the publication date, to some
     * sentences of a document.
     *
     * @param doc       the document
     * @param sentences indexes of the sentences to tag
     * @return the document with those sentences' time expressions among their entities
     */
    public AnnotatedDocument tag(AnnotatedDocument doc, Set<Integer> sentences) {
        if (sentences.isEmpty()) {
            return doc;
        }
        List<Sentence> out = new ArrayList<>(doc.sentences().size());
        for (Sentence s : doc.sentences()) {
            out.add(sentences.contains(s.index()) ? tag(s, doc) : s);
        }
        return new AnnotatedDocument(doc.text(), doc.published(), out);
    }

    private Sentence tag(Sentence s, AnnotatedDocument doc) {
        Annotation annotation = new Annotation(s.text());
        if (doc.published() != null) {
            annotation.set(CoreAnnotations.DocDateAnnotation.class, doc.published().toString());
        }
        pipeline.annotate(annotation);
        List<EntityMention> entities = new ArrayList<>();
        for (EntityMention e : s.entities()) {
            if (!KEPT_TYPES.contains(e.type())) {
                entities.add(e);
            }
        }
        List<Token> tokens = new ArrayList<>(s.tokens());
        List<CoreMap> timexes = annotation.get(TimeAnnotations.TimexAnnotations.class);
        for (CoreMap t : timexes == null ? List.<CoreMap>of() : timexes) {
            Timex timex = t.get(TimeAnnotations.TimexAnnotation.class);
            if (timex == null || !KEPT_TYPES.contains(timex.timexType())) {
                continue;
            }
            int begin = s.begin() + t.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
            int end = s.begin() + t.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
            int first = -1;
            int last = -1;
            for (Token tok : s.tokens()) {
                if (tok.end() > begin && tok.begin() < end) {
                    first = first < 0 ? tok.index() : first;
                    last = tok.index();
                }
            }
            if (first >= 0) {
                entities.add(new EntityMention(doc.text().substring(begin, end), timex.timexType(), timex.value(),
                        first, last + 1, begin, end));
                for (int i = first; i <= last; i++) {
                    Token tok = tokens.get(i);
                    if (tok.ner().equals("O")) {
                        tokens.set(i, new Token(i, tok.word(), tok.lemma(), tok.pos(), timex.timexType(),
                                tok.begin(), tok.end()));
                    }
                }
            }
        }
        entities.sort(Comparator.comparingInt(EntityMention::tokenStart));
        return new Sentence(s.index(), s.text(), s.begin(), s.end(), tokens, entities);
    }
}
