package attackevents;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Applies a function to a stream of items on several threads and hands the results on in input order,
 * holding only a bounded window of items in memory (a crawl can be larger than memory).
 *
 * @param <I> input type
 * @param <O> output type
 */
final class OrderedParallelMap<I, O> implements AutoCloseable {
    private static final int WINDOW_PER_THREAD = 4;

    private final Function<I, O> function;
    private final int threads;
    private final ExecutorService pool;

    OrderedParallelMap(Function<I, O> function, int threads) {
        this.function = function;
        this.threads = threads;
        this.pool = threads == 1 ? null : Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "attack-events-worker");
            t.setDaemon(true);
            return t;
        });
    }

    /** Runs over all items, calling {@code sink} with each result in input order on this thread. */
    void run(Iterator<I> items, Consumer<O> sink) {
        if (pool == null) {
            items.forEachRemaining(i -> sink.accept(function.apply(i)));
            return;
        }
        Deque<Future<O>> window = new ArrayDeque<>();
        int max = threads * WINDOW_PER_THREAD;
        while (items.hasNext()) {
            I item = items.next();
            window.add(pool.submit(() -> function.apply(item)));
            if (window.size() >= max) {
                sink.accept(await(window.poll()));
            }
        }
        while (!window.isEmpty()) {
            sink.accept(await(window.poll()));
        }
    }

    private static <O> O await(Future<O> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            // the function records failures itself; anything reaching here is a bug
            throw new IllegalStateException(e.getCause());
        }
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }
}
