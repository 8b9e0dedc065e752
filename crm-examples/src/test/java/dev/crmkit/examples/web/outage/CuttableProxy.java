package dev.crmkit.examples.web.outage;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A TCP proxy on loopback between the app and a real database server, which a test cuts as a
 * network would fail, without touching the (shared) server: {@link #cut()} closes every open
 * connection and swallows new ones (accepted, then never answered, like packets dropped on the
 * way); {@link #restore()} lets traffic through again. {@link #cutAfterClientSends(String)} cuts the
 * moment a chosen statement has been passed on, so the server runs it but its answer is lost.
 */
final class CuttableProxy implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(CuttableProxy.class);

    private final ServerSocket server;
    private final String targetHost;
    private final int targetPort;
    private final List<Socket> open = new CopyOnWriteArrayList<>();
    private final List<Socket> swallowed = new CopyOnWriteArrayList<>();
    private volatile boolean cut;
    private volatile byte @Nullable [] cutMarker;

    private CuttableProxy(ServerSocket server, String targetHost, int targetPort) {
        this.server = server;
        this.targetHost = targetHost;
        this.targetPort = targetPort;
    }

    /** Listens on 127.0.0.1 on a free port and forwards to {@code targetHost:targetPort}. */
    static CuttableProxy start(String targetHost, int targetPort) throws IOException {
        ServerSocket server = new ServerSocket();
        server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        CuttableProxy proxy = new CuttableProxy(server, targetHost, targetPort);
        Thread acceptor = new Thread(proxy::accept, "proxy-accept");
        acceptor.setDaemon(true);
        acceptor.start();
        return proxy;
    }

    int port() {
        return server.getLocalPort();
    }

    /** Closes every connection through the proxy and swallows new ones until {@link #restore()}. */
    void cut() {
        cut = true;
        cutMarker = null;
        for (Socket socket : open) {
            closeQuietly(socket);
        }
        open.clear();
        log.info("proxy cut");
    }

    /**
     * Arms a {@link #cut()} that happens right after the client sent {@code marker} (e.g. a
     * {@code COMMIT}) and the proxy passed it on to the server.
     */
    void cutAfterClientSends(String marker) {
        cutMarker = marker.getBytes(StandardCharsets.US_ASCII);
    }

    /** Lets new connections through again; the swallowed ones are closed so their clients stop waiting. */
    void restore() {
        cut = false;
        cutMarker = null;
        for (Socket socket : swallowed) {
            closeQuietly(socket);
        }
        swallowed.clear();
        log.info("proxy restored");
    }

    @Override
    public void close() {
        closeQuietly(server);
        cut();
        restore();
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                if (cut) {
                    swallowed.add(client);
                    continue;
                }
                Socket upstream = new Socket(targetHost, targetPort);
                open.add(client);
                open.add(upstream);
                pump(client, upstream, true);
                pump(upstream, client, false);
            } catch (IOException e) {
                if (!server.isClosed()) {
                    log.warn("proxy accept failed: {}", e.toString());
                }
            }
        }
    }

    private void pump(Socket from, Socket to, boolean fromClient) {
        Thread thread = new Thread(
                () -> {
                    byte[] buffer = new byte[16 * 1024];
                    byte[] tail = new byte[0];
                    try (InputStream in = from.getInputStream();
                            OutputStream out = to.getOutputStream()) {
                        int read;
                        while ((read = in.read(buffer)) >= 0) {
                            byte[] marker = cutMarker;
                            if (fromClient && marker != null) {
                                // Searched across chunk boundaries: the tail of the previous chunk comes first.
                                byte[] window = concat(tail, Arrays.copyOf(buffer, read));
                                if (indexOf(window, marker) >= 0) {
                                    // The client's side goes first, so the server's answer cannot reach it;
                                    // then the statement goes on to the server, ahead of the close.
                                    cut = true;
                                    closeQuietly(from);
                                    out.write(buffer, 0, read);
                                    out.flush();
                                    cut();
                                    return;
                                }
                                tail = Arrays.copyOfRange(
                                        window, Math.max(0, window.length - marker.length + 1), window.length);
                            }
                            out.write(buffer, 0, read);
                            out.flush();
                        }
                    } catch (SocketException e) {
                        // Closed by a cut, or by the other side: the pair is over.
                    } catch (IOException e) {
                        log.debug("proxy pump ended: {}", e.toString());
                    } finally {
                        closeQuietly(from);
                        closeQuietly(to);
                        open.remove(from);
                        open.remove(to);
                    }
                },
                "proxy-pump");
        thread.setDaemon(true);
        thread.start();
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] both = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception e) {
            log.debug("closing {} failed: {}", closeable, e.toString());
        }
    }
}
