package dev.crmkit.agent.crm;

import dev.crmkit.agent.tool.ObjectParameter;
import dev.crmkit.agent.tool.ToolDispatcher;
import dev.crmkit.core.Crm;
import dev.langchain4j.agent.tool.ToolSpecification;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Every CRM tool over one {@link Crm}: contacts, pipelines, deals, tasks and companies, in that order.
 *
 * <table>
 *   <caption>The tools (deletes are marked {@link dev.crmkit.agent.tool.RequiresConfirmation})</caption>
 *   <tr><th>contacts</th><td>create_contact, get_contact, search_contacts, update_contact, delete_contact</td></tr>
 *   <tr><th>pipelines</th><td>create_pipeline, get_pipeline, search_pipelines, update_pipeline,
 *       delete_pipeline, pipeline_summary</td></tr>
 *   <tr><th>deals</th><td>create_deal, get_deal, search_deals, update_deal, move_deal, delete_deal</td></tr>
 *   <tr><th>tasks</th><td>create_task, get_task, search_tasks, update_task, complete_task, overdue_tasks,
 *       delete_task</td></tr>
 *   <tr><th>activities</th><td>list_activities, log_activity, timeline</td></tr>
 *   <tr><th>search</th><td>search (contacts and deals at once)</td></tr>
 *   <tr><th>duplicates</th><td>find_duplicates, merge_duplicates (confirmed like a delete)</td></tr>
 *   <tr><th>undo</th><td>undo_last_change (the agent's last turn that changed data; needs confirmation)</td></tr>
 * </table>
 *
 * <p>Each tool call is one service call, hence one transaction. A broken CRM rule goes back to the
 * model as the tool's result: a {@link dev.crmkit.core.kernel.ValidationException} names each bad
 * parameter, a {@link dev.crmkit.core.kernel.NotFoundException} the missing record, a
 * {@link dev.crmkit.core.kernel.ConflictException} a taken email or a pipeline that still holds deals.
 * Every broken rule of a call's values comes in one answer, with its schema errors when it has any (the
 * argument records' checks, {@link dev.crmkit.agent.tool.CheckedArguments}, and the create, update and search
 * tools' {@link dev.crmkit.agent.tool.RecordTool.Check}); that an id names no record is told after them, by the
 * service (move_deal's check, which reads the deal's stages, excepted).
 *
 * <p>One package-private record per aggregate holds its tools ({@code ContactTools(ContactService)}
 * and so on). The tools every aggregate has alike ({@code get_*}, {@code delete_*}, {@code create_*},
 * {@code search_*}, {@code update_*}) are declared once ({@code AggregateTools}, with {@code ByIdTools}
 * for those by id) and instantiated by each record with its name, service, view, descriptions and
 * argument records; the record's own {@code @Tool} methods are only its special operations
 * ({@code move_deal}, {@code complete_task}, ...), each one call of the aggregate's service. The
 * parameters, field by field, are argument records the dispatcher expands, in one file per aggregate
 * ({@code ContactArguments.Create}, {@code .Search}, {@code .Update}): each field's description and
 * bound, and the crm-core command, query or update the fields make. The search
 * tools share their order and paging parameters through a record the dispatcher expands
 * ({@code SortedPaging<ContactSort>}), and those of taggable aggregates their tag filter ({@code TagFilter});
 * the create and update tools share their {@code customFields} parameter ({@code CustomFieldArguments}), and
 * the update tools take {@link dev.crmkit.core.kernel.Patch}es, handed to crm-core's update commands as they are;
 * a new aggregate's tools are one such record, one file of argument records and one line in
 * {@link #addTo} and {@link #specifications()}.
 *
 * <h2>Custom fields</h2>
 * The create and update tools of contacts, companies and deals take a {@code customFields} object
 * whose schema lists the fields the CRM defines ({@link CustomFieldDefinitions}); without any, the
 * parameter is not there. A call whose other arguments break a rule is told the broken rules of its
 * custom field values in the same answer ({@code CustomFieldErrors}), and nothing is written. The
 * tools are built for the definitions of one moment: a caller whose definitions may change (an
 * agent that runs for days while an admin adds fields) compares {@link CustomFieldDefinitions#of(Crm)}
 * with those it built for and builds again when they differ.
 */
public final class CrmToolset {

    private CrmToolset() {}

    /**
     * Adds every CRM tool over {@code crm} to a dispatcher being built, in the order of
     * {@link #specifications()}.
     *
     * @param tools the builder
     * @param crm   the CRM the tools act on
     * @return {@code tools}
     */
    public static ToolDispatcher.Builder addTo(ToolDispatcher.Builder tools, Crm crm) {
        return addTo(tools, crm, CustomFieldDefinitions.of(crm));
    }

    /**
     * Adds every CRM tool over {@code crm}, their {@code customFields} parameters built for these
     * definitions, to a dispatcher being built, in the order of {@link #specifications(CustomFieldDefinitions)}.
     *
     * @param tools        the builder
     * @param crm          the CRM the tools act on
     * @param customFields the custom fields to offer, normally {@link CustomFieldDefinitions#of(Crm)}
     * @return {@code tools}
     */
    public static ToolDispatcher.Builder addTo(
            ToolDispatcher.Builder tools, Crm crm, CustomFieldDefinitions customFields) {
        return tools.objectParameters(customFields.parameters())
                .add(new ContactTools(crm.contacts(), crm.customFields()), ContactTools.TOOLS.tools())
                .add(new PipelineTools(crm.pipelines()), PipelineTools.BY_ID.tools())
                .add(new DealTools(crm.deals(), crm.pipelines(), crm.customFields()), DealTools.TOOLS.tools())
                .add(new TaskTools(crm.tasks()), TaskTools.TOOLS.tools())
                .add(new CompanyTools(crm.companies(), crm.customFields()), CompanyTools.TOOLS.tools())
                .add(new ActivityTools(crm.activities(), crm.timeline()))
                .add(new SearchTools(crm.search()))
                .add(new DuplicateTools(crm.duplicates(), crm.contacts(), crm.companies()))
                .add(new UndoTools(crm));
    }

    /**
     * @return the specifications of every CRM tool, in the order {@link #dispatcher(Crm)} offers them,
     *         without a CRM: what a prompt or a grammar (or a benchmark of them) needs, for a CRM
     *         without custom fields
     */
    public static List<ToolSpecification> specifications() {
        return specifications(CustomFieldDefinitions.NONE);
    }

    /**
     * @param customFields the custom fields the tools offer
     * @return the specifications of every CRM tool, as {@link #addTo(ToolDispatcher.Builder, Crm,
     *         CustomFieldDefinitions)} builds them, without a CRM
     */
    public static List<ToolSpecification> specifications(CustomFieldDefinitions customFields) {
        Map<String, ObjectParameter> objects = customFields.parameters();
        return Stream.of(
                        ToolDispatcher.specificationsOf(ContactTools.class, ContactTools.TOOLS.tools(), objects),
                        ToolDispatcher.specificationsOf(PipelineTools.class, PipelineTools.BY_ID.tools()),
                        ToolDispatcher.specificationsOf(DealTools.class, DealTools.TOOLS.tools(), objects),
                        ToolDispatcher.specificationsOf(TaskTools.class, TaskTools.TOOLS.tools()),
                        ToolDispatcher.specificationsOf(CompanyTools.class, CompanyTools.TOOLS.tools(), objects),
                        ToolDispatcher.specificationsOf(ActivityTools.class),
                        ToolDispatcher.specificationsOf(SearchTools.class),
                        ToolDispatcher.specificationsOf(DuplicateTools.class),
                        ToolDispatcher.specificationsOf(UndoTools.class))
                .flatMap(List::stream)
                .toList();
    }

    /**
     * @param crm the CRM the tools act on
     * @return a dispatcher over every CRM tool
     */
    public static ToolDispatcher dispatcher(Crm crm) {
        return addTo(ToolDispatcher.builder(), crm).build();
    }
}
