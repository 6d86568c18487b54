package attackevents.extract;

import attackevents.data.DataFile;
import attackevents.nlp.LetterCase;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Known perpetrator groups and their other names ({@code models/gazetteers/actors.tsv}): finds them in text
 * and gives each mention its canonical name, so that "ISIS-K", "ISKP" and "Islamic State Khorasan Province"
 * are one actor.
 */
public final class AliasGazetteer {
    /** Aliases this short must match case exactly ("IS" the group, not "is" the verb). */
    private static final int CASE_SENSITIVE_MAX_LENGTH = 3;

    private final List<Alias> aliases = new ArrayList<>();

    private record Alias(Pattern pattern, String canonical, int length, boolean caseSensitive) {
    }

    /**
     * A mention of a known group.
     *
     * @param start     offset of its first character in the searched text
     * @param end       offset one past its end
     * @param text      the name as written
     * @param canonical the group's canonical name
     */
    public record Hit(int start, int end, String text, String canonical) {
    }

    /**
     * Loads a gazetteer file.
     *
     * @param file the TSV file (canonical name, then aliases)
     */
    public AliasGazetteer(Path file) {
        for (String[] row : DataFile.rows(file)) {
            String canonical = row[0];
            for (int i = 0; i < row.length; i++) {
                String alias = row[i];
                if (alias.isEmpty()) {
                    continue;
                }
                int flags = alias.length() <= CASE_SENSITIVE_MAX_LENGTH ? 0 : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
                // Apostrophes vary between ' and ’ in news text.
                String regex = Pattern.quote(alias).replace("'", "\\E['’]\\Q");
                aliases.add(new Alias(Pattern.compile("(?<![\\w-])" + regex + "(?![\\w-])", flags), canonical,
                        alias.length(), flags == 0));
            }
        }
        aliases.sort(Comparator.comparingInt(Alias::length).reversed());
    }

    /**
     * Finds known groups in a text, longest names first, without overlaps.
     *
     * @param text the text to search
     * @return the mentions, in text order
     */
    public List<Hit> find(String text) {
        List<Hit> hits = new ArrayList<>();
        // in text written all in capitals, case tells nothing: "IS" there is the verb as often as the group
        boolean allCaps = LetterCase.isAllCaps(text);
        for (Alias a : aliases) {
            if (a.caseSensitive && allCaps) {
                continue;
            }
            Matcher m = a.pattern.matcher(text);
            while (m.find()) {
                int s = m.start();
                int e = m.end();
                if (hits.stream().noneMatch(h -> h.start < e && s < h.end)) {
                    hits.add(new Hit(s, e, m.group(), a.canonical));
                }
            }
        }
        hits.sort(Comparator.comparingInt(Hit::start));
        return hits;
    }

    /**
     * The canonical name of a name, when it is a known alias.
     *
     * @param name a name
     * @return the canonical name, or {@code null}
     */
    public String canonical(String name) {
        for (Hit h : find(name)) {
            if (h.start == 0 && h.end == name.length()) {
                return h.canonical;
            }
        }
        return null;
    }
}
