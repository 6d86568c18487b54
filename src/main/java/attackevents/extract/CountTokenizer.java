package attackevents.extract;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.process.CoreLabelTokenFactory;
import edu.stanford.nlp.process.PTBTokenizer;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Splits a sentence into {@link CountWord}s with CoreNLP's PTB tokenizer, then glues hyphenated words back
 * together ("twenty-five", "10-year-old"): a number word joined to another word by a hyphen is read as one
 * word, so "twenty-five" is 25 and "10-year-old" is not a count.
 */
final class CountTokenizer {
    /** No PTB escaping: we want the words as written ("(" not "-LRB-"); offsets are kept either way. */
    private static final String OPTIONS = "ptb3Escaping=false,untokenizable=noneKeep";

    /**
     * @param text the sentence
     * @return its words in order
     */
    List<CountWord> words(String text) {
        Objects.requireNonNull(text, "text");
        PTBTokenizer<CoreLabel> tokenizer = new PTBTokenizer<>(new StringReader(text), new CoreLabelTokenFactory(), OPTIONS);
        List<CoreLabel> tokens = tokenizer.tokenize();
        List<CountWord> words = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            int start = tokens.get(i).beginPosition();
            int end = tokens.get(i).endPosition();
            int j = i + 1;
            // CoreNLP 4.x splits hyphenated words ("twenty - five"); rejoin "x-y" when nothing separates the parts
            while (j + 1 < tokens.size() && isHyphen(tokens.get(j)) && tokens.get(j).beginPosition() == end
                    && tokens.get(j + 1).beginPosition() == tokens.get(j).endPosition() && isWordLike(tokens.get(j + 1))
                    && isWordLike(tokens.get(j - 1))) {
                end = tokens.get(j + 1).endPosition();
                j += 2;
            }
            words.add(CountWord.of(text.substring(start, end), start, end));
            i = j;
        }
        return words;
    }

    private static boolean isHyphen(CoreLabel token) {
        return "-".equals(token.word());
    }

    private static boolean isWordLike(CoreLabel token) {
        String word = token.word();
        return !word.isEmpty() && Character.isLetterOrDigit(word.charAt(0));
    }
}
