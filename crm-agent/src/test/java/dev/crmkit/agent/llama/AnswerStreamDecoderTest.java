package dev.crmkit.agent.llama;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AnswerStreamDecoderTest {

    private final AnswerStreamDecoder decoder = new AnswerStreamDecoder();

    @Test
    void should_stream_the_answer_text_as_it_arrives() {
        List<String> pieces = List.of("{\"", "answer", "\":", " \"Hel", "lo", " there\"", "}");

        assertThat(pieces.stream().map(decoder::feed).toList()).containsExactly("", "", "", "Hel", "lo", " there", "");
    }

    @Test
    void should_decode_escapes_even_when_split_between_pieces() {
        StringBuilder text = new StringBuilder();
        for (String piece : List.of("{\"answer\": \"a\\", "\"quote\\", "\" and\\nline\\\\", "\"}")) {
            text.append(decoder.feed(piece));
        }

        assertThat(text).hasToString("a\"quote\" and\nline\\");
    }

    @Test
    void should_yield_nothing_for_a_tool_call() {
        StringBuilder text = new StringBuilder();
        for (String piece : List.of("{\"tool\": \"get_contact\", ", "\"arguments\": {\"id\": 1}}")) {
            text.append(decoder.feed(piece));
        }

        assertThat(text).isEmpty();
    }

    @Test
    void should_stop_at_the_closing_quote() {
        assertThat(decoder.feed("{\"answer\":\"done\"} trailing \"text\"")).isEqualTo("done");
    }
}
