package attackevents.eval;

import attackevents.eval.muc4.Muc4Dates;
import attackevents.eval.muc4.Muc4Gold;
import attackevents.eval.muc4.Muc4IncidentTypes;
import attackevents.model.ArticleRecord;
import attackevents.model.AttackEvent;
import attackevents.model.AttackType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The formats gold can be read in: this project's fixtures ({@code shared/spec/gold-format.md}) or MUC-4 answer
 * keys ({@code shared/spec/muc4-mapping.md}). Several gold paths are read one after the other into one list
 * (e.g. the TST1 and TST2 key files scored together).
 */
public enum GoldFormat {
    /** A folder of {@code <article-id>.json} fixtures. */
    JSON,
    /** A MUC-4 key file, or a folder of key files. */
    MUC4;

    /**
     * Reads and concatenates the gold of every path, in the order given.
     *
     * @param paths one or more gold folders (JSON) or key files / folders (MUC-4)
     * @return the gold articles
     * @throws NoSuchFileException when a path does not exist (or, for JSON, is not a folder)
     * @throws IOException         when a file cannot be read or is not in the format; the message is one line
     * @throws IllegalArgumentException when two paths hold the same article id
     */
    public List<GoldArticle> read(List<Path> paths) throws IOException {
        Objects.requireNonNull(paths, "paths");
        if (paths.isEmpty()) {
            throw new IllegalArgumentException("no gold paths");
        }
        List<GoldArticle> all = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Path p : paths) {
            for (GoldArticle a : readOne(p)) {
                if (!ids.add(a.article())) {
                    throw new IllegalArgumentException("gold article " + a.article() + " appears twice (in " + p + ")");
                }
                all.add(a);
            }
        }
        return all;
    }

    /**
     * Puts predictions in this gold's terms, so that a JSON Lines run and the same run written as MUC-4
     * response templates ({@code extract --format muc4}) score alike. Against MUC-4 keys: MUC-4 has no
     * assassination, unarmed assault or "other" type (its keys file a murder under ATTACK), so those types,
     * and an attack of no known type, count as ATTACK; and an incident the message does not date is dated "on
     * or before" the message's date, as a MUC-4 template always is. Against this project's fixtures predictions are left as they are.
     *
     * @param predictions records by article id
     * @return the records in this gold's terms
     */
    public Map<String, ArticleRecord> inGoldTerms(Map<String, ArticleRecord> predictions) {
        if (this == JSON) {
            return predictions;
        }
        Map<String, ArticleRecord> out = new LinkedHashMap<>();
        predictions.forEach((id, r) -> out.put(id, new ArticleRecord(r.id(), r.source(), r.title(), r.url(),
                r.published(), r.language(), r.events().stream().map(e -> inMuc4Terms(e, r.published())).toList(),
                r.warnings(), r.skipped(), r.error(), r.noEvents())));
        return out;
    }

    private static AttackEvent inMuc4Terms(AttackEvent e, LocalDate published) {
        AttackType type = Muc4IncidentTypes.toAttackType(Muc4IncidentTypes.toIncidentType(e.type()));
        return new AttackEvent(type, e.suicide(), e.actor(), e.targets(), e.place(), e.fatalities(), e.injured(),
                Muc4Dates.orHeaderDefault(e.date(), published), e.confidence(), e.evidence());
    }

    private List<GoldArticle> readOne(Path p) throws IOException {
        if (this == JSON) {
            if (!Files.isDirectory(p)) {
                throw new NoSuchFileException(p.toString(), null, "gold folder not found");
            }
            return new GoldReader().read(p);
        }
        if (!Files.exists(p)) {
            throw new NoSuchFileException(p.toString(), null, "MUC-4 key file or folder not found");
        }
        return Muc4Gold.read(p);
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
