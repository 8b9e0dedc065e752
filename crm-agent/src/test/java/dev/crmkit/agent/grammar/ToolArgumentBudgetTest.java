package dev.crmkit.agent.grammar;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crmkit.agent.crm.CrmToolset;
import dev.crmkit.agent.schema.SchemaNode;
import dev.crmkit.agent.schema.SchemaNode.AnyOfNode;
import dev.crmkit.agent.schema.SchemaNode.StringNode;
import dev.crmkit.agent.schema.Schemas;
import dev.langchain4j.agent.tool.ToolSpecification;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Strings reach the tools uncut up to their schema's limit: the grammar a model writes its calls under
 * admits, for every string parameter of every CRM tool, exactly as many characters as the schema allows.
 */
class ToolArgumentBudgetTest {

    private final ToolCallGrammarCompiler compiler = new ToolCallGrammarCompiler(GrammarLimits.defaults());
    private final List<ToolSpecification> tools = CrmToolset.specifications();

    @Test
    void should_admit_every_string_up_to_its_schema_limit_in_the_default_configuration() {
        // LlamaCppChatModel's default: no maxTokens, so each call gets the reserve its tool needs.
        ToolCallGrammar grammar = compiler.compile(tools, true, Integer.MAX_VALUE);

        Map<String, Integer> checked = new LinkedHashMap<>();
        for (ToolSpecification tool : tools) {
            ArgumentsGrammar arguments = grammar.argumentsOf(tool.name());
            assertThat(arguments.cut()).as(tool.name()).isFalse();
            Schemas.ofTool(tool)
                    .properties()
                    .forEach((parameter, schema) -> maxLength(schema).ifPresent(limit -> {
                        assertThat(admittedLength(arguments.gbnf(), parameter))
                                .as(tool.name() + "." + parameter)
                                .isEqualTo(limit);
                        checked.put(tool.name() + "." + parameter, limit);
                    }));
        }
        assertThat(checked)
                .containsEntry("create_contact.email", 254)
                .containsEntry("create_contact.notes", 1000)
                .containsEntry("update_contact.notes", 1000);
    }

    @Test
    void should_reserve_for_a_call_what_the_chosen_tool_needs_not_the_longest_tool() {
        ToolCallGrammar grammar = compiler.compile(tools, true, Integer.MAX_VALUE);

        int getContact = grammar.argumentsOf("get_contact").worstCaseBytes();
        int createContact = grammar.argumentsOf("create_contact").worstCaseBytes();

        assertThat(getContact).isLessThan(100);
        assertThat(createContact).isGreaterThan(4 * (254 + 1000));
        assertThat(grammar.toolChoiceWorstCaseBytes()).isLessThan(createContact);
    }

    @Test
    void should_cut_only_the_tools_that_do_not_fit_a_budget_the_host_set() {
        ToolCallGrammar grammar = compiler.compile(tools, true, 1024);

        assertThat(grammar.argumentsOf("create_contact").cut()).isTrue();
        assertThat(grammar.argumentsOf("create_contact").worstCaseBytes()).isLessThanOrEqualTo(1024);
        assertThat(grammar.argumentsOf("get_contact").cut()).isFalse();
        assertThat(grammar.argumentsOf("delete_contact").cut()).isFalse();
    }

    @Test
    void should_write_a_call_as_the_two_stages_together() {
        ToolCallGrammar grammar = compiler.compile(tools, true, Integer.MAX_VALUE);

        assertThat(grammar.toolChoiceGbnf())
                .contains("\"\\\"create_contact\\\"\"")
                .contains("answer ::=")
                .doesNotContain("arguments");
        assertThat(grammar.argumentsOf("get_contact").gbnf())
                .startsWith("root ::= \",\" ws \"\\\"arguments\\\"\" \":\" ws ");
    }

    private static OptionalInt maxLength(SchemaNode schema) {
        if (schema instanceof StringNode string) {
            return string.maxLength();
        }
        if (schema instanceof AnyOfNode anyOf) {
            return anyOf.alternatives().stream()
                    .map(ToolArgumentBudgetTest::maxLength)
                    .filter(OptionalInt::isPresent)
                    .findFirst()
                    .orElse(OptionalInt.empty());
        }
        return OptionalInt.empty();
    }

    /** @return n of the {@code string-n} rule the parameter's value is written under */
    private static int admittedLength(String gbnf, String parameter) {
        Matcher matcher = Pattern.compile(
                        Pattern.quote(GbnfRules.literal("\"" + parameter + "\"")) + " \":\" ws \\(?(string-\\d+)")
                .matcher(gbnf);
        assertThat(matcher.find()).as(parameter + " in " + gbnf).isTrue();
        String rule = matcher.group(1);
        Matcher body =
                Pattern.compile("(?m)^" + rule + " ::= .*char\\{0,(\\d+)\\}").matcher(gbnf);
        assertThat(body.find()).as(rule).isTrue();
        return Integer.parseInt(body.group(1));
    }
}
