package dev.crmkit.core.testing;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.spi.ToolProvider;

/**
 * Which package of a class directory uses which, as the JDK's {@code jdeps} reads it from the compiled
 * classes (so imports that only javadoc mentions do not count, and every use in code does), and the
 * cycles in that graph. Shared by every module's {@code PackageCyclesTest} (crm-core's test-jar).
 * The same graph on a command line:
 * {@code jdeps -verbose:package -e 'dev\.crmkit\.core.*' crm-core/target/classes}.
 */
public final class PackageGraph {

    private PackageGraph() {}

    /**
     * The package graph of a class directory (or jar).
     *
     * @param classes the compiled classes, e.g. {@code target/classes}
     * @param prefix the packages to keep, e.g. {@code dev.crmkit.core}
     * @return every package under {@code prefix} that uses or is used by another → the ones it uses */
    public static Map<String, Set<String>> of(Path classes, String prefix) {
        ToolProvider jdeps = ToolProvider.findFirst("jdeps")
                .orElseThrow(() -> new IllegalStateException("this JDK has no jdeps; the check needs a full JDK"));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = jdeps.run(
                new PrintWriter(out),
                new PrintWriter(err),
                "-verbose:package",
                "-e",
                prefix.replace(".", "\\.") + ".*",
                classes.toString());
        if (status != 0) {
            throw new IllegalStateException("jdeps failed (" + status + "): " + err);
        }
        Map<String, Set<String>> graph = new TreeMap<>();
        for (String line : out.toString().split("\\R")) {
            String[] words = line.trim().split("\\s+");
            if (words.length >= 3
                    && words[1].equals("->")
                    && words[0].startsWith(prefix)
                    && words[2].startsWith(prefix)) {
                graph.computeIfAbsent(words[0], p -> new TreeSet<>());
                graph.computeIfAbsent(words[2], p -> new TreeSet<>());
                if (!words[0].equals(words[2])) {
                    graph.get(words[0]).add(words[2]);
                }
            }
        }
        return graph;
    }

    /**
     * The cycles of a package graph.
     *
     * @param graph each package → the packages it uses
     * @return one cycle per strongly connected group of two or more packages, each as a path a → b → … → a */
    public static List<List<String>> cycles(Map<String, Set<String>> graph) {
        List<List<String>> cycles = new ArrayList<>();
        Map<String, Integer> state = new HashMap<>(); // absent: unvisited, 1: on the path, 2: done
        for (String start : graph.keySet()) {
            visit(start, graph, state, new ArrayDeque<>(), cycles);
        }
        return cycles;
    }

    private static void visit(
            String node,
            Map<String, Set<String>> graph,
            Map<String, Integer> state,
            Deque<String> path,
            List<List<String>> cycles) {
        Integer seen = state.get(node);
        if (seen != null) {
            if (seen == 1) {
                List<String> onPath = new ArrayList<>(path);
                List<String> cycle = new ArrayList<>(onPath.subList(onPath.indexOf(node), onPath.size()));
                cycle.add(node);
                cycles.add(cycle);
            }
            return;
        }
        state.put(node, 1);
        path.addLast(node);
        for (String next : graph.getOrDefault(node, Set.of())) {
            visit(next, graph, state, path, cycles);
        }
        path.removeLast();
        state.put(node, 2);
    }
}
