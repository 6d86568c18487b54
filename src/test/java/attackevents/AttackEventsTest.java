package attackevents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import attackevents.model.ArticleRecord;
import attackevents.source.RawArticle;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** One record per article whatever happens to it: failures of one article, errors included, stay in its record. */
class AttackEventsTest {
    /** A stand-in for the pipeline's work on an article: fails on some, by their ids. */
    private static ArticleRecord work(RawArticle raw) {
        switch (raw.id()) {
            case "deep" -> throw new StackOverflowError();
            case "huge" -> throw new OutOfMemoryError("Java heap space");
            case "bug" -> throw new IllegalStateException("no such state");
            default -> {
                return new ArticleRecord(raw.id(), raw.source(), null, null, null, "eng", List.of(), List.of(), null,
                        null);
            }
        }
    }

    @Test
    void anErrorInOneArticleIsThatArticlesErrorAndTheRunGoesOn() {
        List<String> ids = List.of("first", "deep", "middle", "huge", "bug", "last");
        for (int threads : new int[] {1, 2}) {
            List<ArticleRecord> records = new ArrayList<>();
            Function<String, ArticleRecord> process =
                    id -> AttackEvents.guarded(AttackEvents.textArticle(id, "text", null), AttackEventsTest::work);
            try (OrderedParallelMap<String, ArticleRecord> map = new OrderedParallelMap<>(process, threads)) {
                map.run(ids.iterator(), records::add);
            }
            assertEquals(ids, records.stream().map(ArticleRecord::id).toList(), threads + " threads");
            assertEquals("extraction failed: StackOverflowError", records.get(1).error());
            assertEquals("extraction failed: OutOfMemoryError: Java heap space", records.get(3).error());
            assertEquals("extraction failed: no such state", records.get(4).error());
            for (int i : new int[] {0, 2, 5}) {
                assertNull(records.get(i).error(), records.get(i).toString());
            }
        }
    }
}
