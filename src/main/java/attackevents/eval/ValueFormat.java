package attackevents.eval;

import attackevents.model.Count;
import attackevents.model.DateSpan;
import attackevents.model.Evidence;
import attackevents.model.Place;
import java.util.List;

/** How slot values are written in reports: alternatives joined by " / ", ranges as {@code min..max}. */
final class ValueFormat {
    private ValueFormat() {
    }

    static String names(List<String> names) {
        return String.join(" / ", names);
    }

    static String goldPlace(GoldPlace place) {
        String names = names(place.names());
        if (place.country() == null) {
            return names;
        }
        return names.isEmpty() ? place.country() : names + " (" + place.country() + ")";
    }

    static String place(Place place) {
        if (place.name() == null) {
            return place.country();
        }
        return place.country() == null ? place.name() : place.name() + " (" + place.country() + ")";
    }

    static String count(Count count) {
        if (count.max() == null) {
            return count.min() + "..";
        }
        return count.max() == count.min() ? String.valueOf(count.min()) : count.min() + ".." + count.max();
    }

    static String date(DateSpan date) {
        if (date.from() != null && date.from().equals(date.to())) {
            return date.from().toString();
        }
        return (date.from() == null ? "" : date.from()) + ".." + (date.to() == null ? "" : date.to());
    }

    static String sentence(Evidence evidence) {
        return evidence == null ? null : evidence.sentence();
    }
}
