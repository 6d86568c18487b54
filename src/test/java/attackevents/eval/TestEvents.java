package attackevents.eval;

import attackevents.model.Actor;
import attackevents.model.AttackEvent;
import attackevents.model.AttackType;
import attackevents.model.Count;
import attackevents.model.DateSpan;
import attackevents.model.Evidence;
import attackevents.model.Place;
import attackevents.model.Target;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Builders for hand-made gold and predicted events in the scorer's tests. */
final class TestEvents {
    private TestEvents() {
    }

    static GoldBuilder gold() {
        return new GoldBuilder();
    }

    static PredictedBuilder predicted() {
        return new PredictedBuilder();
    }

    static Count range(int min, Integer max) {
        return new Count(min, max, null, null);
    }

    static DateSpan days(String from, String to) {
        return new DateSpan(from == null ? null : LocalDate.parse(from), to == null ? null : LocalDate.parse(to),
                null, null);
    }

    static Evidence said(String sentence) {
        return new Evidence(sentence, 0, sentence.length());
    }

    /** A gold event, empty until told otherwise. */
    static final class GoldBuilder {
        private AttackType type;
        private boolean suicide;
        private List<String> actor = List.of();
        private final List<List<String>> targets = new ArrayList<>();
        private GoldPlace place;
        private Count fatalities;
        private Count injured;
        private DateSpan date;
        private boolean optional;

        GoldBuilder type(AttackType t) {
            type = t;
            return this;
        }

        GoldBuilder suicide() {
            suicide = true;
            return this;
        }

        GoldBuilder actor(String... names) {
            actor = List.of(names);
            return this;
        }

        GoldBuilder target(String... names) {
            targets.add(List.of(names));
            return this;
        }

        GoldBuilder place(String country, String... names) {
            place = new GoldPlace(Arrays.asList(names), country);
            return this;
        }

        GoldBuilder fatalities(int min, Integer max) {
            fatalities = range(min, max);
            return this;
        }

        GoldBuilder injured(int min, Integer max) {
            injured = range(min, max);
            return this;
        }

        GoldBuilder date(String from, String to) {
            date = days(from, to);
            return this;
        }

        GoldBuilder optional() {
            optional = true;
            return this;
        }

        GoldEvent build() {
            return new GoldEvent(type, suicide, actor, targets, place, fatalities, injured, date, optional);
        }
    }

    /** A predicted event, empty until told otherwise. */
    static final class PredictedBuilder {
        private AttackType type;
        private boolean suicide;
        private Actor actor;
        private final List<Target> targets = new ArrayList<>();
        private Place place;
        private Count fatalities;
        private Count injured;
        private DateSpan date;
        private final List<Evidence> evidence = new ArrayList<>();

        PredictedBuilder type(AttackType t) {
            type = t;
            return this;
        }

        PredictedBuilder suicide() {
            suicide = true;
            return this;
        }

        PredictedBuilder actor(String text) {
            actor = new Actor(text, null, null);
            return this;
        }

        PredictedBuilder actor(String text, String canonical, String sentence) {
            actor = new Actor(text, canonical, sentence == null ? null : said(sentence));
            return this;
        }

        PredictedBuilder target(String text) {
            targets.add(new Target(text, null));
            return this;
        }

        PredictedBuilder place(String name, String country) {
            place = new Place(name, country, null);
            return this;
        }

        PredictedBuilder fatalities(int min, Integer max) {
            fatalities = range(min, max);
            return this;
        }

        PredictedBuilder injured(int min, Integer max) {
            injured = range(min, max);
            return this;
        }

        PredictedBuilder date(String from, String to) {
            date = days(from, to);
            return this;
        }

        PredictedBuilder evidence(String sentence) {
            evidence.add(said(sentence));
            return this;
        }

        AttackEvent build() {
            return new AttackEvent(type, suicide, actor, targets, place, fatalities, injured, date, 1.0, evidence);
        }
    }
}
