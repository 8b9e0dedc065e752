package dev.crmkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Ctrl-C runs the handler of the step in progress, and the one before it once that step ends. */
class CtrlCTest {

    @Test
    void should_run_the_innermost_handler_and_give_back_the_one_before_it() throws InterruptedException {
        CountDownLatch outer = new CountDownLatch(1);
        CountDownLatch inner = new CountDownLatch(1);
        CtrlC outerStep = CtrlC.during(outer::countDown);
        try {
            CtrlC innerStep = CtrlC.during(inner::countDown);
            try {
                Signals.ctrlC();
                assertThat(inner.await(30, TimeUnit.SECONDS))
                        .as("the inner step's handler ran")
                        .isTrue();
                assertThat(outer.getCount()).isEqualTo(1);
            } finally {
                innerStep.close();
            }
            Signals.ctrlC();
            assertThat(outer.await(30, TimeUnit.SECONDS))
                    .as("the outer step's handler is back")
                    .isTrue();
        } finally {
            outerStep.close();
        }
    }
}
