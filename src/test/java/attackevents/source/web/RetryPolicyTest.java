package attackevents.source.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {
    private final RetryPolicy policy = new RetryPolicy(5, Duration.ofMillis(100), Duration.ofMillis(500));
    private final Instant now = Instant.parse("2026-01-02T10:00:00Z");

    @Test
    void backoffDoublesUpToTheCap() {
        assertEquals(Duration.ofMillis(100), policy.backoff(1));
        assertEquals(Duration.ofMillis(200), policy.backoff(2));
        assertEquals(Duration.ofMillis(400), policy.backoff(3));
        assertEquals(Duration.ofMillis(500), policy.backoff(4));
        assertEquals(Duration.ofMillis(500), policy.backoff(80));
        assertThrows(IllegalArgumentException.class, () -> policy.backoff(0));
    }

    @Test
    void retriesTooManyRequestsAndServerErrorsOnly() {
        assertTrue(RetryPolicy.retryable(429));
        assertTrue(RetryPolicy.retryable(500));
        assertTrue(RetryPolicy.retryable(503));
        assertFalse(RetryPolicy.retryable(404));
        assertFalse(RetryPolicy.retryable(403));
        assertFalse(RetryPolicy.retryable(200));
        assertFalse(RetryPolicy.retryable(301));
    }

    @Test
    void readsRetryAfterSecondsAndHttpDates() {
        assertEquals(Optional.of(Duration.ofSeconds(2)), RetryPolicy.parseRetryAfter(" 2 ", now));
        assertEquals(Optional.of(Duration.ofSeconds(30)),
                RetryPolicy.parseRetryAfter("Fri, 02 Jan 2026 10:00:30 GMT", now));
        assertEquals(Optional.of(Duration.ZERO), RetryPolicy.parseRetryAfter("Fri, 02 Jan 2026 09:00:00 GMT", now));
        assertEquals(Optional.empty(), RetryPolicy.parseRetryAfter("soon", now));
        assertEquals(Optional.empty(), RetryPolicy.parseRetryAfter(null, now));
        assertEquals(Optional.empty(), RetryPolicy.parseRetryAfter("-1", now));
    }

    @Test
    void serverWaitIsHonouredButCapped() {
        assertEquals(Duration.ofMillis(100), policy.waitBefore(1, null, now));
        assertEquals(Duration.ofMillis(500), policy.waitBefore(1, "3600", now));
        assertEquals(Duration.ZERO, policy.waitBefore(1, "0", now));
        assertEquals(Duration.ofMillis(200), policy.waitBefore(2, "garbage", now));
    }

    @Test
    void rejectsNonsense() {
        assertThrows(IllegalArgumentException.class, () -> new RetryPolicy(-1, Duration.ZERO, Duration.ZERO));
        assertThrows(IllegalArgumentException.class,
                () -> new RetryPolicy(1, Duration.ofMillis(-1), Duration.ZERO));
    }
}
