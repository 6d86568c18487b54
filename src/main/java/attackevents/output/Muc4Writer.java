package attackevents.output;

import attackevents.eval.muc4.Muc4Counts;
import attackevents.eval.muc4.Muc4Dates;
import attackevents.eval.muc4.Muc4IncidentTypes;
import attackevents.eval.muc4.Muc4Slot;
import attackevents.model.ArticleRecord;
import attackevents.model.AttackEvent;
import attackevents.model.Count;
import attackevents.model.DateSpan;
import attackevents.model.Place;
import attackevents.model.Target;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Writes article records as MUC-4 response templates (all 25 slots, in the answer keys' layout), so that
 * our events can be read by {@link attackevents.eval.muc4.Muc4Responses} or compared with other systems'
 * responses. An article with no events gets the all-{@code *} template.
 *
 * <p>Strings are upper case in quotes; the date is {@code DD MON YY} ({@code - DD MON YY} for "on or before",
 * a range as {@code A - B}); the location is {@code COUNTRY: PLACE}; the actor goes to
 * {@code PERP: ORGANIZATION ID}. The tolls are written as {@code HUM TGT: NUMBER} and
 * {@code EFFECT OF INCIDENT} fills tied to the first human target (listed a second time when it carries both
 * tolls, as the keys do), or to an effect description {@code "DEAD"} / {@code "WOUNDED"} when the event has no
 * human target (the keys' convention for victims named only by their fate).
 *
 * <p>What MUC-4 cannot say is lost: evidence, confidence, the actor's canonical name, {@code suicide}, a date
 * span open above (its first day is written), a place with no country (the name is written where the country
 * goes), a zero toll (written {@code NO DEATH} / {@code NO INJURY}, which reads back as no toll), and the types
 * MUC-4 lacks (assassination, unarmed assault, other are written ATTACK).
 *
 * <p>Example: {@code new Muc4Writer().write(records, Path.of("out.muc4"));}
 */
public final class Muc4Writer {
    /** Where a target is written. */
    public enum TargetSlot {
        /** {@code PHYS TGT: ID}: a thing */
        PHYS_TGT_ID,
        /** {@code HUM TGT: NAME}: a named person */
        HUM_TGT_NAME,
        /** {@code HUM TGT: DESCRIPTION}: people described, not named */
        HUM_TGT_DESCRIPTION
    }

    private static final String INDENT = " ".repeat(36);

    private final Function<Target, TargetSlot> classifier;

    /** A writer that files every target under {@code HUM TGT: DESCRIPTION} (our targets carry no kind). */
    public Muc4Writer() {
        this(t -> TargetSlot.HUM_TGT_DESCRIPTION);
    }

    /**
     * @param classifier decides for each target whether it is a thing, a named person or described people
     */
    public Muc4Writer(Function<Target, TargetSlot> classifier) {
        this.classifier = Objects.requireNonNull(classifier, "classifier");
    }

    /**
     * Writes the records to a file (UTF-8), replacing it.
     *
     * @param records the articles
     * @param file    the file to write
     * @throws IOException when the file cannot be written
     */
    public void write(List<ArticleRecord> records, Path file) throws IOException {
        Objects.requireNonNull(file, "file");
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            write(records, out);
        }
    }

    /**
     * Writes the records' templates, one blank line before each template.
     *
     * @param records the articles
     * @param out     where to write
     * @throws IOException when writing fails
     */
    public void write(List<ArticleRecord> records, Writer out) throws IOException {
        Objects.requireNonNull(records, "records");
        Objects.requireNonNull(out, "out");
        for (ArticleRecord record : records) {
            out.write(toTemplates(record));
        }
        out.flush();
    }

    /**
     * @param record one article
     * @return its templates as text
     */
    public String toTemplates(ArticleRecord record) {
        Objects.requireNonNull(record, "record");
        StringBuilder sb = new StringBuilder();
        if (record.events().isEmpty()) {
            Map<Muc4Slot, List<String>> slots = new EnumMap<>(Muc4Slot.class);
            for (Muc4Slot slot : Muc4Slot.values()) {
                slots.put(slot, List.of("*"));
            }
            slots.put(Muc4Slot.MESSAGE_ID, List.of(record.id()));
            append(sb, slots);
        }
        for (int i = 0; i < record.events().size(); i++) {
            append(sb, slots(record, i + 1, record.events().get(i)));
        }
        return sb.toString();
    }

    private Map<Muc4Slot, List<String>> slots(ArticleRecord record, int number, AttackEvent e) {
        Map<Muc4Slot, List<String>> s = new EnumMap<>(Muc4Slot.class);
        for (Muc4Slot slot : Muc4Slot.values()) {
            s.put(slot, List.of("-"));
        }
        s.put(Muc4Slot.MESSAGE_ID, List.of(record.id()));
        s.put(Muc4Slot.MESSAGE_TEMPLATE, List.of(String.valueOf(number)));
        DateSpan date = Muc4Dates.orHeaderDefault(e.date(), record.published());
        if (date != null) {
            s.put(Muc4Slot.INCIDENT_DATE, List.of(date(date)));
        }
        if (e.place() != null) {
            s.put(Muc4Slot.INCIDENT_LOCATION, List.of(location(e.place())));
        }
        s.put(Muc4Slot.INCIDENT_TYPE, List.of(Muc4IncidentTypes.toIncidentType(e.type())));
        s.put(Muc4Slot.INCIDENT_STAGE, List.of("ACCOMPLISHED"));
        if (e.actor() != null) {
            s.put(Muc4Slot.PERP_ORGANIZATION_ID, List.of(quote(e.actor().text())));
        }
        List<String> things = new ArrayList<>();
        List<HumanRow> humans = new ArrayList<>();
        for (Target t : e.targets()) {
            TargetSlot where = Objects.requireNonNull(classifier.apply(t), "classifier returned null");
            if (where == TargetSlot.PHYS_TGT_ID) {
                things.add(quote(t.text()));
            } else {
                humans.add(new HumanRow(where, quote(t.text())));
            }
        }
        int people = humans.size();
        toll(humans, people, e.fatalities(), "DEATH", "NO DEATH", "\"DEAD\"");
        toll(humans, people, e.injured(), "INJURY", "NO INJURY", "\"WOUNDED\"");
        putIfAny(s, Muc4Slot.PHYS_TGT_ID, things);
        putIfAny(s, Muc4Slot.HUM_TGT_NAME, humans.stream()
                .filter(h -> h.slot == TargetSlot.HUM_TGT_NAME).map(h -> h.text).toList());
        putIfAny(s, Muc4Slot.HUM_TGT_DESCRIPTION, humans.stream()
                .filter(h -> h.slot == TargetSlot.HUM_TGT_DESCRIPTION).map(h -> h.text).toList());
        putIfAny(s, Muc4Slot.HUM_TGT_NUMBER, humans.stream()
                .filter(h -> h.number != null).map(h -> h.number + ": " + h.text).toList());
        putIfAny(s, Muc4Slot.HUM_TGT_EFFECT, humans.stream()
                .filter(h -> h.effect != null).map(h -> h.effect + ": " + h.text).toList());
        return s;
    }

    /** One human target line, and the toll tied to it. */
    private static final class HumanRow {
        final TargetSlot slot;
        final String text;
        String number;
        String effect;

        HumanRow(TargetSlot slot, String text) {
            this.slot = slot;
            this.text = text;
        }
    }

    /** Ties a toll to the first human target (a repeated line when it already has one) or to {@code dead}. */
    private static void toll(List<HumanRow> humans, int people, Count count, String effect, String none,
                             String fate) {
        if (count == null) {
            return;
        }
        boolean zero = count.max() != null && count.max() == 0;
        if (people == 0 && zero) {
            return; // "nobody was hurt" with nobody named: nothing to tie it to
        }
        HumanRow row;
        if (people == 0) {
            row = new HumanRow(TargetSlot.HUM_TGT_DESCRIPTION, fate);
            humans.add(row);
        } else if (humans.get(0).effect == null) {
            row = humans.get(0);
        } else {
            row = new HumanRow(humans.get(0).slot, humans.get(0).text);
            humans.add(row);
        }
        row.effect = zero ? none : effect;
        row.number = zero ? null : Muc4Counts.format(count);
    }

    private static void putIfAny(Map<Muc4Slot, List<String>> s, Muc4Slot slot, List<String> fillers) {
        if (!fillers.isEmpty()) {
            s.put(slot, fillers);
        }
    }

    private static String date(DateSpan d) {
        if (d.from() == null) {
            return "- " + Muc4Dates.format(d.to());
        }
        if (d.to() == null || d.to().equals(d.from())) {
            return Muc4Dates.format(d.from());
        }
        return Muc4Dates.format(d.from()) + " - " + Muc4Dates.format(d.to());
    }

    private static String location(Place p) {
        String country = p.country() == null ? null : plain(p.country());
        String name = p.name() == null ? null : plain(p.name());
        if (country == null) {
            return name;
        }
        return name == null ? country : country + ": " + name;
    }

    /** A location or set-fill text: upper case, without the characters that structure the fill. */
    private static String plain(String text) {
        return text.toUpperCase(Locale.ROOT).replaceAll("[:/()\"]", " ").replaceAll("\\s+", " ").strip();
    }

    private static String quote(String text) {
        String t = text.toUpperCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
        return "\"" + t.replace("\\", "").replace("\"", "\\\"") + "\"";
    }

    private static void append(StringBuilder sb, Map<Muc4Slot, List<String>> slots) {
        sb.append('\n');
        for (Muc4Slot slot : Muc4Slot.values()) {
            List<String> fillers = slots.get(slot);
            String head = String.format(Locale.ROOT, "%-4s%s", slot.number() + ".", slot.label());
            sb.append(String.format(Locale.ROOT, "%-36s", head)).append(fillers.get(0)).append('\n');
            for (String more : fillers.subList(1, fillers.size())) {
                sb.append(INDENT).append(more).append('\n');
            }
        }
    }

    /**
     * @param records the articles
     * @return their templates as text
     */
    public String format(List<ArticleRecord> records) {
        StringBuilder sb = new StringBuilder();
        for (ArticleRecord r : Objects.requireNonNull(records, "records")) {
            sb.append(toTemplates(r));
        }
        return sb.toString();
    }
}
