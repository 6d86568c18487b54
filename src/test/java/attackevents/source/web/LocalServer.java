package attackevents.source.web;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A test HTTP server on the loopback address only, with handlers per path and a log of every request.
 * Paths without a handler answer 404 (so a missing robots.txt reads as "allow all").
 */
public final class LocalServer implements AutoCloseable {
    /** One request as the server saw it. */
    public record Hit(String path, String userAgent, long nanos) {
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final Map<String, HttpHandler> handlers = new ConcurrentHashMap<>();
    private final List<Hit> hits = new CopyOnWriteArrayList<>();
    private final CountDownLatch released = new CountDownLatch(1);

    /** Starts a server on 127.0.0.1 at a free port. */
    public LocalServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getRawPath();
            hits.add(new Hit(path, exchange.getRequestHeaders().getFirst("User-Agent"), System.nanoTime()));
            HttpHandler handler = handlers.get(path);
            try (exchange) {
                if (handler == null) {
                    send(exchange, 404, "text/plain", "not found".getBytes(StandardCharsets.US_ASCII));
                } else {
                    handler.handle(exchange);
                }
            } catch (IOException clientWentAway) {
                // expected when the fetcher gives up on a body (too large, timed out)
            }
        });
        server.setExecutor(executor);
        server.start();
    }

    /** @return e.g. {@code http://127.0.0.1:PORT/path} */
    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** Serves a handler at a path. */
    public LocalServer on(String path, HttpHandler handler) {
        handlers.put(path, handler);
        return this;
    }

    /** Serves fixed bytes with a status and content type at a path. */
    public LocalServer page(String path, int status, String contentType, byte[] body) {
        return on(path, ex -> send(ex, status, contentType, body));
    }

    /** Serves a UTF-8 HTML page at a path. */
    public LocalServer html(String path, String html) {
        return page(path, 200, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
    }

    /** A handler that never answers (until the server is closed). */
    public HttpHandler silent() {
        return ex -> {
            try {
                released.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
    }

    /** @return the requests so far, in order */
    public List<Hit> hits() {
        return new ArrayList<>(hits);
    }

    /** @return the requests for one path */
    public List<Hit> hits(String path) {
        return hits.stream().filter(h -> h.path().equals(path)).toList();
    }

    /** Sends a whole response. */
    public static void send(HttpExchange ex, int status, String contentType, byte[] body) throws IOException {
        if (contentType != null) {
            ex.getResponseHeaders().set("Content-Type", contentType);
        }
        ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        }
    }

    @Override
    public void close() {
        released.countDown();
        server.stop(0);
        executor.shutdownNow();
    }
}
