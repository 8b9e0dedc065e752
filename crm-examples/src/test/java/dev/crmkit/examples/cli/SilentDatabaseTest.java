package dev.crmkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crmkit.examples.cli.CliRunner.Result;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.Timeout.ThreadMode;

/**
 * A database address where something accepts the connection but never answers (a hung server, a port
 * forwarded to nowhere): the command gives up within its connection timeout and says so in one line, rather
 * than waiting for the PostgreSQL driver's handshake for ever.
 */
class SilentDatabaseTest extends CliTest {

    private ServerSocket silent;
    private final List<Socket> accepted = new ArrayList<>();

    @BeforeEach
    void listenWithoutAnswering() throws Exception {
        silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(() -> {
            try {
                while (true) {
                    accepted.add(silent.accept());
                }
            } catch (Exception closed) {
                // the test is over
            }
        });
        acceptor.setDaemon(true);
        acceptor.start();
    }

    @AfterEach
    void close() throws Exception {
        silent.close();
        for (Socket socket : accepted) {
            socket.close();
        }
    }

    @Test
    // Not a measurement: without a bound a regression would hang the build instead of failing it.
    @Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = ThreadMode.SEPARATE_THREAD)
    void should_give_up_on_a_postgresql_server_that_never_answers_in_one_line() {
        String url = "jdbc:postgresql://127.0.0.1:" + silent.getLocalPort() + "/crm";

        Result result = crm.run("--db", url, "contacts", "list");

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(1);
        assertThat(result.out()).isEmpty();
        assertThat(result.err().lines())
                .singleElement()
                .asString()
                .startsWith("error: cannot connect to the database " + url + ": ");
    }
}
