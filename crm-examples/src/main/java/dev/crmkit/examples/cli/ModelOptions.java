package dev.crmkit.examples.cli;

import dev.crmkit.agent.config.AgentModel;
import dev.crmkit.agent.model.HubReference;
import dev.crmkit.agent.model.ModelFiles;
import dev.crmkit.agent.model.ModelHub;
import dev.crmkit.agent.model.RecommendedModel;
import dev.langchain4j.model.chat.ChatModel;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/**
 * The options that choose the assistant's model, shared by every command that talks to it
 * ({@link ModelSubcommand}): a GGUF file run in-process
 * ({@code --model}, {@code --threads}, {@code --context-size}), or a model on an OpenAI-compatible
 * server ({@code --base-url}, {@code --model-name}, {@code --api-key}). The server options fall back
 * to the web app's environment variables {@code CRM_AGENT_BASE_URL}, {@code CRM_AGENT_MODEL_NAME} and
 * {@code CRM_AGENT_API_KEY}, so an API key need not appear on the command line.
 */
final class ModelOptions {

    @Option(
            names = "--model",
            paramLabel = "<name-or-path>",
            description = "a GGUF file, a model's name in the models directory, or a pulled built-in name or hf:"
                    + " reference (default: $CRM_MODEL, else the only model there)")
    @Nullable
    String model;

    @Option(
            names = "--threads",
            defaultValue = "2",
            description = "CPU threads for the model (default: ${DEFAULT-VALUE})")
    int threads;

    @Option(
            names = "--context-size",
            description = "context window in tokens (default: from the model, at least 32768)")
    @Nullable
    Integer contextSize;

    @Option(
            names = "--base-url",
            paramLabel = "<url>",
            description = "an OpenAI-compatible server to use instead of a local model, e.g."
                    + " http://127.0.0.1:8080/v1 (default: $CRM_AGENT_BASE_URL)")
    @Nullable
    String baseUrl;

    @Option(
            names = "--model-name",
            paramLabel = "<name>",
            description = "the model's name on that server (default: $CRM_AGENT_MODEL_NAME)")
    @Nullable
    String modelName;

    @Option(
            names = "--api-key",
            paramLabel = "<key>",
            description = "the server's API key, if it needs one (default: $CRM_AGENT_API_KEY)")
    @Nullable
    String apiKey;

    /**
     * Builds the chosen model: the host's when the environment carries one, else the server's when a
     * base URL is given, else the GGUF file.
     *
     * @param root the root command (environment and models directory)
     * @return the model; the caller closes it
     * @throws UserException when the options contradict each other or no model can be found
     */
    AgentModel open(CrmCommand root) {
        ChatModel hostModel = root.environment().chatModel();
        if (hostModel != null) {
            return AgentModel.of(hostModel, null);
        }
        String url = option(baseUrl, root, "CRM_AGENT_BASE_URL");
        if (url == null) {
            if (modelName != null || apiKey != null) {
                throw new UserException("--model-name and --api-key need --base-url, the server's address");
            }
            return AgentModel.local(modelFile(root), threads, contextSize, null);
        }
        if (model != null) {
            throw new UserException("give either --model (a local file) or --base-url (a server), not both");
        }
        String name = option(modelName, root, "CRM_AGENT_MODEL_NAME");
        if (name == null) {
            throw new UserException("--model-name is required with --base-url: the name the server knows the"
                    + " model by (any name for llama.cpp's server)");
        }
        try {
            return AgentModel.remote(new URI(url), name, option(apiKey, root, "CRM_AGENT_API_KEY"));
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new UserException("--base-url must be an http:// or https:// address such as"
                    + " http://127.0.0.1:8080/v1, not " + url);
        }
    }

    private static @Nullable String option(@Nullable String given, CrmCommand root, String variable) {
        String value = given != null ? given : root.environment().variables().get(variable);
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** A built-in name or hf: reference, found by its file name once pulled; else how to pull it. */
    private static Path byHubName(ModelFiles files, String wanted) {
        boolean fromHub = HubReference.isReference(wanted)
                || RecommendedModel.find(wanted).isPresent();
        if (!fromHub) {
            return files.resolve(wanted); // throws, listing what is there
        }
        HubReference reference;
        try {
            reference = ModelHub.reference(wanted);
        } catch (IllegalArgumentException e) {
            throw new UserException("--model " + e.getMessage());
        }
        return files.find(reference.fileName())
                .orElseThrow(() -> new UserException(
                        "the model " + wanted + " is not downloaded yet; get it with:" + " crm model pull " + wanted));
    }

    private Path modelFile(CrmCommand root) {
        ModelFiles files = new ModelFiles(root.modelsDir());
        String wanted = model != null ? model : root.environment().variables().get("CRM_MODEL");
        if (wanted != null && !wanted.isBlank()) {
            return files.find(wanted).orElseGet(() -> byHubName(files, wanted.strip()));
        }
        List<Path> models = files.list();
        if (models.size() == 1) {
            return models.get(0);
        }
        throw new UserException(
                models.isEmpty()
                        ? "no model in " + files.directory() + "; download one with: crm model pull "
                                + RecommendedModel.DEFAULT_NAME
                                + " (crm model list --available shows the others), or use a server with"
                                + " --base-url and --model-name"
                        : "several models in " + files.directory() + "; pick one with --model <name>");
    }
}
