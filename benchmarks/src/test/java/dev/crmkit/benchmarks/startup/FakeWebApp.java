package dev.crmkit.benchmarks.startup;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;

/**
 * Stands in for the web app in {@link StartupMainTest}: answers 200 on {@code /login} at the port of
 * {@code --server.port}; with {@code --fail} it exits at once instead.
 */
public final class FakeWebApp {

    private FakeWebApp() {}

    public static void main(String[] args) throws IOException {
        int port = 0;
        for (String arg : args) {
            if (arg.equals("--fail")) {
                System.exit(3);
            }
            if (arg.startsWith("--server.port=")) {
                port = Integer.parseInt(arg.substring("--server.port=".length()));
            }
        }
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        server.createContext("/login", exchange -> {
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        server.start();
    }
}
