package dev.crmkit.agent.llama;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crmkit.agent.llama.ChatTemplate.Role;
import dev.crmkit.agent.llama.ChatTemplate.Turn;
import dev.crmkit.agent.testing.TestModels;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChatTemplateTest {

    private final List<Turn> conversation = List.of(
            new Turn(Role.SYSTEM, "Be brief."),
            new Turn(Role.USER, "Hi"),
            new Turn(Role.ASSISTANT, "Hello"),
            new Turn(Role.USER, "Bye"));

    @Test
    void should_recognise_templates_by_their_markers() {
        assertThat(ChatTemplate.detect(TestModels.CHATML_JINJA)).hasValue(ChatTemplate.CHATML);
        assertThat(ChatTemplate.detect(TestModels.LLAMA3_JINJA)).hasValue(ChatTemplate.LLAMA3);
        assertThat(ChatTemplate.detect("{{ '<start_of_turn>' + role }}")).hasValue(ChatTemplate.GEMMA);
        assertThat(ChatTemplate.detect("{{ '<|assistant|>' }}{{ '<|end|>' }}")).hasValue(ChatTemplate.PHI3);
        assertThat(ChatTemplate.detect("{{ '[INST] ' + content + ' [/INST]' }}"))
                .hasValue(ChatTemplate.LLAMA2);
        assertThat(ChatTemplate.detect("{{ messages }}")).isEmpty();
    }

    @Test
    void should_render_chatml_with_an_open_assistant_turn() {
        assertThat(ChatTemplate.CHATML.render(conversation, true).text())
                .isEqualTo("<|im_start|>system\nBe brief.<|im_end|>\n<|im_start|>user\nHi<|im_end|>\n"
                        + "<|im_start|>assistant\nHello<|im_end|>\n<|im_start|>user\nBye<|im_end|>\n"
                        + "<|im_start|>assistant\n");
    }

    @Test
    void should_render_llama3_headers() {
        assertThat(ChatTemplate.LLAMA3.render(conversation.subList(0, 2), true).text())
                .isEqualTo("<|start_header_id|>system<|end_header_id|>\n\nBe brief.<|eot_id|>"
                        + "<|start_header_id|>user<|end_header_id|>\n\nHi<|eot_id|>"
                        + "<|start_header_id|>assistant<|end_header_id|>\n\n");
    }

    @Test
    void should_fold_the_system_prompt_into_the_first_user_turn_for_gemma() {
        assertThat(ChatTemplate.GEMMA.render(conversation.subList(0, 3), false).text())
                .isEqualTo(
                        "<start_of_turn>user\nBe brief.\n\nHi<end_of_turn>\n<start_of_turn>model\nHello<end_of_turn>\n");
    }

    @Test
    void should_render_the_system_turn_identically_whatever_follows() {
        String shortTalk =
                ChatTemplate.CHATML.render(conversation.subList(0, 2), true).text();
        String longTalk = ChatTemplate.CHATML.render(conversation, true).text();

        assertThat(longTalk).startsWith(shortTalk.substring(0, shortTalk.indexOf("<|im_start|>assistant")));
    }
}
