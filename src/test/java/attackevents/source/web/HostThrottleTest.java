package attackevents.source.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class HostThrottleTest {
    @Test
    void spacesRequestsToOneHost() throws Exception {
        HostThrottle throttle = new HostThrottle(Duration.ofMillis(150));
        List<Long> starts = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            throttle.call("h", () -> starts.add(System.nanoTime()));
        }
        for (int i = 1; i < starts.size(); i++) {
            assertTrue((starts.get(i) - starts.get(i - 1)) / 1_000_000 >= 145);
        }
    }

    @Test
    void otherHostsDoNotWait() throws Exception {
        HostThrottle throttle = new HostThrottle(Duration.ofSeconds(5));
        long start = System.nanoTime();
        throttle.call("a", () -> 1);
        throttle.call("b", () -> 2);
        throttle.call("c", () -> 3);
        assertTrue((System.nanoTime() - start) / 1_000_000 < 1000);
    }

    @Test
    void crawlDelayRaisesTheGap() throws Exception {
        HostThrottle throttle = new HostThrottle(Duration.ZERO);
        throttle.atLeast("h", Duration.ofMillis(200));
        long first = throttle.call("h", System::nanoTime);
        long second = throttle.call("h", System::nanoTime);
        assertTrue((second - first) / 1_000_000 >= 195);
    }

    @Test
    void oneRequestAtATimePerHost() throws Exception {
        HostThrottle throttle = new HostThrottle(Duration.ZERO);
        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> done = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                done.add(pool.submit(() -> throttle.call("h", () -> {
                    most.accumulateAndGet(running.incrementAndGet(), Math::max);
                    HostThrottle.sleepNanos(20_000_000);
                    return running.decrementAndGet();
                })));
            }
            for (Future<Integer> f : done) {
                f.get(10, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, most.get());
    }

    @Test
    void hostKeyIsSchemeHostAndPort() throws Exception {
        assertEquals("http://example.com:80", HostThrottle.hostKey(URI.create("http://Example.COM/a").toURL()));
        assertEquals("https://example.com:8443",
                HostThrottle.hostKey(URI.create("https://example.com:8443/").toURL()));
    }
}
