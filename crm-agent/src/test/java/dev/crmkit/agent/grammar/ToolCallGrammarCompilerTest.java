package dev.crmkit.agent.grammar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crmkit.agent.AgentException;
import dev.crmkit.agent.testing.CrmTools;
import dev.langchain4j.agent.tool.ToolSpecification;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ToolCallGrammarCompilerTest {

    private final ToolCallGrammarCompiler compiler = new ToolCallGrammarCompiler(GrammarLimits.defaults());

    @Test
    void should_compute_the_worst_case_as_the_exact_length_of_the_longest_call() {
        ToolCallGrammar grammar = compiler.compile(List.of(CrmTools.createContact()), false, 4096);
        String emoji = "😀"; // four bytes of UTF-8, the widest character the grammar admits
        String longest = "{\"tool\": \"create_contact\", \"arguments\": {\"firstName\": \"" + emoji.repeat(40)
                + "\", \"lastName\": \"" + emoji.repeat(40) + "\", \"email\": \"" + emoji.repeat(80) + "\"}}";

        assertThat(grammar.worstCaseBytes()).isEqualTo(longest.getBytes(StandardCharsets.UTF_8).length);
    }

    @ParameterizedTest
    @ValueSource(ints = {200, 400, 512, 1024, 4096})
    void should_fit_every_output_into_the_token_budget(int maxTokens) {
        ToolCallGrammar grammar = compiler.compile(CrmTools.all(), true, maxTokens);

        assertThat(grammar.worstCaseBytes()).isLessThanOrEqualTo(maxTokens);
        assertThat(grammar.answerMaxLength()).isPositive();
    }

    @Test
    void should_bound_strings_the_schema_leaves_open_and_keep_declared_bounds() {
        ToolCallGrammar grammar = compiler.compile(CrmTools.all(), true, 4096);

        assertThat(grammar.gbnf())
                .contains("string-200 ::=", "string-40 ::=", "string-80 ::=")
                .doesNotContain("char*", "char+");
    }

    @Test
    void should_cut_string_bounds_when_the_budget_is_small_and_still_fit() {
        ToolCallGrammar generous = compiler.compile(List.of(CrmTools.createContact()), false, 4096);
        ToolCallGrammar tight = compiler.compile(List.of(CrmTools.createContact()), false, 300);

        assertThat(tight.worstCaseBytes()).isLessThanOrEqualTo(300).isLessThan(generous.worstCaseBytes());
        assertThat(tight.gbnf()).doesNotContain("string-80 ::=");
    }

    @Test
    void should_leave_out_the_answer_when_a_tool_call_is_required() {
        ToolCallGrammar grammar = compiler.compile(CrmTools.all(), false, 1024);

        assertThat(grammar.answerAllowed()).isFalse();
        assertThat(grammar.gbnf())
                .startsWith("root ::= call-0 | call-1 | call-2\n")
                .doesNotContain("answer ::=");
    }

    @Test
    void should_say_when_a_tool_cannot_fit_the_budget_at_all() {
        assertThatThrownBy(() -> compiler.compile(CrmTools.all(), true, 40))
                .isInstanceOf(AgentException.class)
                .hasMessageContaining("raise maxTokens");
    }

    @Test
    void should_refuse_two_tools_of_one_name() {
        ToolSpecification twin = CrmTools.getContact();

        assertThatThrownBy(() -> compiler.compile(List.of(twin, twin), true, 1024))
                .isInstanceOf(AgentException.class)
                .hasMessageContaining("two tools are named get_contact");
    }

    @Test
    void should_let_optional_properties_appear_in_any_ordered_subset() {
        ToolSpecification allOptional = ToolSpecification.builder()
                .name("find")
                .parameters(dev.langchain4j.model.chat.request.json.JsonObjectSchema.builder()
                        .addStringProperty("a")
                        .addStringProperty("b")
                        .addStringProperty("c")
                        .build())
                .build();

        String gbnf = compiler.compile(List.of(allOptional), false, 4096).gbnf();

        assertThat(gbnf)
                .contains(
                        "object-0 ::= \"{\" (object-0-rest-0)? \"}\"",
                        "object-0-rest-0 ::= object-0-from-0 | object-0-from-1 | object-0-from-2",
                        "object-0-from-2 ::= \"\\\"c\\\"\" \":\" ws string-200\n");
    }
}
