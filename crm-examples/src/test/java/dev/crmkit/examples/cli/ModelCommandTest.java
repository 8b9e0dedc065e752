package dev.crmkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.crmkit.examples.cli.CliRunner.Result;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code crm model pull|list} against a server on the loopback address serving a made-up model file. */
class ModelCommandTest extends CliTest {

    static final byte[] MODEL = new byte[300_000];

    HttpServer server;

    @BeforeEach
    void serve() throws IOException {
        new Random(7).nextBytes(MODEL);
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/models/tiny.gguf", exchange -> {
            exchange.sendResponseHeaders(200, MODEL.length);
            try (OutputStream body = exchange.getResponseBody()) {
                body.write(MODEL);
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void should_download_a_model_with_a_progress_bar_on_stderr_and_list_it() throws IOException {
        Result pulled = crm.run("model", "pull", url(), "--sha256", sha256(MODEL));
        Result listed = crm.run("model", "list");

        assertThat(pulled.exitCode()).as(pulled.toString()).isZero();
        Path file = home.resolve(".crmkit/models/tiny.gguf");
        assertThat(Files.readAllBytes(file)).isEqualTo(MODEL);
        assertThat(pulled.err())
                .contains("tiny.gguf [")
                .contains("100%")
                .contains("0.3 MiB")
                .contains("\r");
        assertThat(pulled.out()).contains("name    tiny.gguf").doesNotContain("%");
        assertThat(listed.out()).contains("tiny.gguf").contains("300000");
    }

    @Test
    void should_refuse_a_download_whose_checksum_does_not_match_and_keep_nothing() {
        Result refused = crm.run("model", "pull", url(), "--sha256", "0".repeat(64));

        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err().lines().filter(line -> line.startsWith("error: ")))
                .singleElement()
                .asString()
                .contains("has SHA-256 " + sha256(MODEL));
        assertThat(home.resolve(".crmkit/models/tiny.gguf")).doesNotExist();
        assertThat(crm.run("model", "list").out()).contains("(none)");
    }

    @Test
    void should_say_that_nothing_arrived_when_the_server_refuses_the_connection() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        String address = "http://127.0.0.1:" + closedPort + "/models/tiny.gguf";

        Result refused = crm.run("model", "pull", address, "--sha256", "0".repeat(64));

        assertThat(refused.exitCode()).as(refused.toString()).isEqualTo(1);
        assertThat(refused.err().strip())
                .startsWith("error: the download of " + address + " stopped: cannot connect to ")
                .endsWith("; nothing arrived; check the address and download again")
                .doesNotContain("null");
        assertThat(home.resolve(".crmkit/models/tiny.gguf.crmkit-partial")).doesNotExist();
    }

    @Test
    void should_refuse_a_malformed_checksum_or_address_before_downloading() {
        Result badSum = crm.run("model", "pull", url(), "--sha256", "abc");
        Result badUrl = crm.run("model", "pull", "ftp://example.com/m.gguf", "--sha256", "0".repeat(64));
        Result noSum = crm.run("model", "pull", url());

        assertThat(badSum.exitCode()).isEqualTo(1);
        assertThat(badSum.err()).isEqualTo("error: --sha256 must be 64 hexadecimal digits\n");
        assertThat(badUrl.exitCode()).isEqualTo(1);
        assertThat(badUrl.err()).startsWith("error: the model's address must start with http");
        assertThat(noSum.exitCode()).isEqualTo(1);
        assertThat(noSum.err()).startsWith("error: --sha256 is required with an address");
    }

    private String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/models/tiny.gguf";
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
