package attackevents.source.web;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.URL;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Politeness per host: at most one request at a time to a host, and at least a delay between the end of one
 * request and the start of the next to the same host. Different hosts do not wait for each other.
 */
public final class HostThrottle {
    /** A request to run while holding a host's turn. */
    @FunctionalInterface
    public interface Request<T> {
        /**
         * @return the request's result
         * @throws IOException when the request fails
         */
        T run() throws IOException;
    }

    private final Duration delay;
    private final Map<String, Slot> slots = new ConcurrentHashMap<>();

    /** One host's turn: its lock, when its last request ended, and the delay it asks for. */
    private static final class Slot {
        final ReentrantLock lock = new ReentrantLock(true);
        long lastEndNanos;
        boolean used;
        volatile Duration extraDelay = Duration.ZERO; // set without the lock: no waiting behind a request
    }

    /**
     * @param delay the least time between two requests to the same host
     */
    public HostThrottle(Duration delay) {
        Objects.requireNonNull(delay, "delay");
        if (delay.isNegative()) {
            throw new IllegalArgumentException("delay must not be negative: " + delay);
        }
        this.delay = delay;
    }

    /**
     * Raises the delay for one host, e.g. to the {@code Crawl-delay} its robots.txt asks for; a smaller value
     * than the configured delay changes nothing.
     *
     * @param host  the host key (see {@link #hostKey(java.net.URL)})
     * @param delay the least time between two requests to that host
     */
    public void atLeast(String host, Duration delay) {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(delay, "delay");
        slots.computeIfAbsent(host, h -> new Slot()).extraDelay = delay;
    }

    /**
     * Runs a request when it is the host's turn: waits for any running request to that host, then for the
     * delay since the last one ended.
     *
     * @param host    the host key (see {@link #hostKey(java.net.URL)})
     * @param request the request
     * @param <T>     the request's result type
     * @return the request's result
     * @throws IOException when the request fails, or {@link InterruptedIOException} when interrupted while waiting
     */
    public <T> T call(String host, Request<T> request) throws IOException {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(request, "request");
        Slot slot = slots.computeIfAbsent(host, h -> new Slot());
        slot.lock.lock();
        try {
            if (slot.used) {
                long gap = Math.max(delay.toNanos(), slot.extraDelay.toNanos());
                long waitNanos = slot.lastEndNanos + gap - System.nanoTime();
                sleepNanos(waitNanos);
            }
            try {
                return request.run();
            } finally {
                slot.used = true;
                slot.lastEndNanos = System.nanoTime();
            }
        } finally {
            slot.lock.unlock();
        }
    }

    /**
     * The key requests are serialised by: scheme, host (lower case) and port, as robots.txt is per origin.
     *
     * @param url an absolute URL
     * @return e.g. {@code http://example.com:80}
     */
    public static String hostKey(URL url) {
        Objects.requireNonNull(url, "url");
        int port = url.getPort() == -1 ? url.getDefaultPort() : url.getPort();
        return url.getProtocol().toLowerCase(Locale.ROOT) + "://"
                + url.getHost().toLowerCase(Locale.ROOT) + ":" + port;
    }

    static void sleepNanos(long nanos) throws InterruptedIOException {
        if (nanos <= 0) {
            return;
        }
        try {
            Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting");
        }
    }
}
