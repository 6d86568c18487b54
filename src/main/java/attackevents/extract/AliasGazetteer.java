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

    private static final Pattern OPENING = Pattern.compile("\\s*[(\\[]\\s*");
    private static final Pattern CLOSING = Pattern.compile("\\s*[)\\]]");

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
     * @param caseless  whether case could not tell it from a word: a short name ("IS", "ELN") found in text
     *                  written all in capitals, which is the group only where it stands as a noun
     */
    public record Hit(int start, int end, String text, String canonical, boolean caseless) {
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
                // Apostrophes vary between ' and ’ in news text; wire copy breaks lines inside names.
                String regex = Pattern.quote(alias).replace("'", "\\E['’]\\Q").replace(" ", "\\E\\s+\\Q");
                aliases.add(new Alias(Pattern.compile("(?<![\\w-])" + regex + "(?![\\w-])", flags), canonical,
                        alias.length(), flags == 0));
            }
        }
        aliases.sort(Comparator.comparingInt(Alias::length).reversed());
    }

    /**
     * Finds known groups in a text, longest names first, without overlaps. A name may run over line breaks; a
     * name followed by its abbreviation in brackets is one hit named by the abbreviation; a short name found in
     * text written all in capitals is marked {@link Hit#caseless()}.
     *
     * @param text the text to search
     * @return the mentions, in text order
     */
    public List<Hit> find(String text) {
        List<Hit> hits = new ArrayList<>();
        // in text written all in capitals, case tells nothing: "IS" there is the verb as often as the group
        boolean allCaps = LetterCase.isAllCaps(text) || text.chars().noneMatch(Character::isLowerCase);
        for (Alias a : aliases) {
            Matcher m = a.pattern.matcher(text);
            while (m.find()) {
                int s = m.start();
                int e = m.end();
                if (hits.stream().noneMatch(h -> h.start < e && s < h.end)) {
                    hits.add(new Hit(s, e, m.group(), a.canonical, a.caseSensitive && allCaps));
                }
            }
        }
        hits.sort(Comparator.comparingInt(Hit::start));
        return withAbbreviations(hits, text);
    }

    /**
     * A name followed by its abbreviation in brackets ("Farabundo Marti National Liberation Front (FMLN)") is
     * one mention, named by the abbreviation: the short name is the one reports go on to use, and the one the
     * MUC-4 keys give most often when they give one form alone.
     */
    private static List<Hit> withAbbreviations(List<Hit> hits, String text) {
        List<Hit> out = new ArrayList<>();
        for (int i = 0; i < hits.size(); i++) {
            Hit h = hits.get(i);
            Hit next = i + 1 < hits.size() ? hits.get(i + 1) : null;
            if (next != null && next.canonical.equals(h.canonical) && next.text.length() < h.text.length()
                    && OPENING.matcher(text.substring(h.end, next.start)).matches()) {
                Matcher closing = CLOSING.matcher(text).region(next.end, text.length());
                if (closing.lookingAt()) {
                    out.add(new Hit(h.start, closing.end(), next.text, h.canonical, false));
                    i++;
                    continue;
                }
            }
            out.add(h);
        }
        return out;
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
