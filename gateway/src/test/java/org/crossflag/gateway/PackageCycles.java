package org.crossflag.gateway;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.AbstractClassesTransformer;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/**
 * Every elementary cycle among the packages under a root package, each as the chain of packages, starting at its
 * alphabetically first package. The chain does not change with edits inside the packages, so a frozen record of
 * it stays valid until the cycle is broken or a new one appears. The package graph is small (a few dozen
 * packages), so a plain depth-first search is enough.
 */
final class PackageCycles extends AbstractClassesTransformer<PackageCycles.Cycle> {

    static final ArchCondition<Cycle> NOT_EXIST = new ArchCondition<>("not exist") {
        @Override
        public void check(Cycle cycle, ConditionEvents events) {
            events.add(SimpleConditionEvent.violated(cycle, "Package cycle: " + cycle));
        }
    };

    private final String root;

    PackageCycles(String root) {
        super("package cycles under " + root);
        this.root = root;
    }

    @Override
    public Iterable<Cycle> doTransform(JavaClasses classes) {
        Map<String, Set<String>> imports = new TreeMap<>();
        for (JavaClass origin : classes) {
            String from = origin.getPackageName();
            if (!inside(from)) {
                continue;
            }
            imports.computeIfAbsent(from, p -> new TreeSet<>());
            for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                String to = dependency.getTargetClass().getPackageName();
                if (inside(to) && !to.equals(from)) {
                    imports.get(from).add(to);
                    imports.computeIfAbsent(to, p -> new TreeSet<>());
                }
            }
        }
        List<Cycle> cycles = new ArrayList<>();
        for (String start : imports.keySet()) {
            Deque<String> path = new ArrayDeque<>();
            path.addLast(start);
            search(start, start, imports, path, cycles);
        }
        return cycles;
    }

    private boolean inside(String packageName) {
        return packageName.equals(root) || packageName.startsWith(root + ".");
    }

    /** Extends the path through packages after {@code start} only, so each cycle is found once, from its first. */
    private static void search(
            String start, String at, Map<String, Set<String>> imports, Deque<String> path, List<Cycle> cycles) {
        for (String next : imports.get(at)) {
            if (next.equals(start)) {
                cycles.add(new Cycle(List.copyOf(path)));
            } else if (next.compareTo(start) > 0 && !path.contains(next)) {
                path.addLast(next);
                search(start, next, imports, path, cycles);
                path.removeLast();
            }
        }
    }

    record Cycle(List<String> packages) {

        @Override
        public String toString() {
            return String.join(" -> ", packages) + " -> " + packages.get(0);
        }
    }
}
