package org.crossflag.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads RouteBuilder sources for the route-id rule. Route definitions exist only once a RouteBuilder runs in a
 * CamelContext, and each of ours needs its beans (a Spring context) to run, while ArchUnit sees the DSL calls but
 * not which route they belong to. The Java source is reliable instead, because our routes are written as
 * {@code from(..).routeId(..)}: with comments and string literals blanked, each {@code from(} (not a call such
 * as {@code email.from()}) must be followed by {@code .routeId(} as its first call, and, where a module has a shared
 * route configuration, by {@code .routeConfigurationId(..)} right after that. A RouteBuilder is a class that extends
 * one (directly, or through a base class named {@code ...Routes}) or creates one.
 */
public final class RouteSources {

    static final Pattern FROM = Pattern.compile("(?<![\\w.])from[A-Z]?\\s*\\(");
    static final Pattern ROUTE_BUILDER =
            Pattern.compile("\\b(extends\\s+\\w*(RouteBuilder|Routes)|new\\s+\\w*RouteBuilder)\\b");

    private RouteSources() {}

    public static List<Path> routeBuilders(Path sources) throws IOException {
        try (Stream<Path> files = Files.walk(sources)) {
            List<Path> found = new ArrayList<>();
            for (Path file :
                    files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                if (ROUTE_BUILDER.matcher(code(Files.readString(file))).find()) {
                    found.add(file);
                }
            }
            return found;
        }
    }

    public static List<String> routesWithoutRouteId(Path file) throws IOException {
        String code = code(Files.readString(file));
        List<String> missing = new ArrayList<>();
        Matcher from = FROM.matcher(code);
        while (from.find()) {
            int end = closingParenthesis(code, from.end() - 1);
            String rest = code.substring(end + 1).stripLeading();
            if (!rest.startsWith(".routeId(")) {
                missing.add(file + ":" + lineOf(code, from.start()));
            }
        }
        return missing;
    }

    /**
     * Routes whose {@code .routeId(..)} is not followed by {@code .routeConfigurationId(<argument>)}, where the
     * argument is written as in the source (a constant such as {@code RouteDefaults.ID}, not a literal).
     */
    public static List<String> routesWithoutRouteConfiguration(Path file, String argument) throws IOException {
        String code = code(Files.readString(file));
        String expected = ".routeConfigurationId(" + argument + ")";
        List<String> missing = new ArrayList<>();
        Matcher from = FROM.matcher(code);
        while (from.find()) {
            String rest =
                    code.substring(closingParenthesis(code, from.end() - 1) + 1).stripLeading();
            boolean optedIn = false;
            if (rest.startsWith(".routeId(")) {
                String afterId = rest.substring(closingParenthesis(rest, ".routeId".length()) + 1)
                        .stripLeading();
                optedIn = afterId.startsWith(expected);
            }
            if (!optedIn) {
                missing.add(file + ":" + lineOf(code, from.start()));
            }
        }
        return missing;
    }

    /** The source with comments and the contents of string and character literals replaced by spaces. */
    static String code(String source) {
        StringBuilder out = new StringBuilder(source.length());
        int i = 0;
        while (i < source.length()) {
            char c = source.charAt(i);
            if (source.startsWith("//", i)) {
                while (i < source.length() && source.charAt(i) != '\n') {
                    out.append(' ');
                    i++;
                }
            } else if (source.startsWith("/*", i)) {
                int close = source.indexOf("*/", i + 2);
                int stop = close < 0 ? source.length() : close + 2;
                for (; i < stop; i++) {
                    out.append(source.charAt(i) == '\n' ? '\n' : ' ');
                }
            } else if (c == '"' || c == '\'') {
                out.append(c);
                i++;
                while (i < source.length() && source.charAt(i) != c) {
                    char inside = source.charAt(i);
                    if (inside == '\\' && i + 1 < source.length()) {
                        out.append("  ");
                        i += 2;
                    } else {
                        out.append(inside == '\n' ? '\n' : ' ');
                        i++;
                    }
                }
                if (i < source.length()) {
                    out.append(c);
                    i++;
                }
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    static int closingParenthesis(String code, int open) {
        int depth = 0;
        for (int i = open; i < code.length(); i++) {
            if (code.charAt(i) == '(') {
                depth++;
            } else if (code.charAt(i) == ')' && --depth == 0) {
                return i;
            }
        }
        throw new IllegalStateException("unbalanced parentheses after offset " + open);
    }

    static int lineOf(String code, int offset) {
        return (int) code.substring(0, offset).chars().filter(ch -> ch == '\n').count() + 1;
    }
}
