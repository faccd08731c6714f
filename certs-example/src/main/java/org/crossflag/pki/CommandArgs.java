package org.crossflag.pki;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Parses "--name value" and "--name=value" options; a MULTI option takes every value up to the next option. */
final class CommandArgs {

    enum Arity {
        SINGLE,
        MULTI
    }

    /** Relative paths resolve against this property (set to the repo root by the Maven exec configuration). */
    static final String ROOT_PROPERTY = "crossflag.root";

    private final String command;
    private final Map<String, List<String>> values;

    private CommandArgs(String command, Map<String, List<String>> values) {
        this.command = command;
        this.values = values;
    }

    static CommandArgs parse(String command, List<String> args, Map<String, Arity> allowed) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        String current = null;
        for (String arg : args) {
            if (arg.startsWith("--")) {
                String name = arg.substring(2);
                String inline = null;
                int equals = name.indexOf('=');
                if (equals >= 0) {
                    inline = name.substring(equals + 1);
                    name = name.substring(0, equals);
                }
                Arity arity = allowed.get(name);
                if (arity == null) {
                    throw new UsageException("unknown option --" + name + " for '" + command + "'");
                }
                if (arity == Arity.SINGLE && values.containsKey(name)) {
                    throw new UsageException("option --" + name + " given more than once");
                }
                values.computeIfAbsent(name, k -> new ArrayList<>());
                current = name;
                if (inline != null && !inline.isEmpty()) {
                    add(values, allowed, name, inline);
                }
            } else if (current == null) {
                throw new UsageException("unexpected argument '" + arg + "' for '" + command + "'");
            } else {
                add(values, allowed, current, arg);
            }
        }
        values.forEach((name, list) -> {
            if (list.isEmpty()) {
                throw new UsageException("option --" + name + " needs a value");
            }
        });
        return new CommandArgs(command, values);
    }

    private static void add(Map<String, List<String>> values, Map<String, Arity> allowed, String name, String value) {
        List<String> list = values.get(name);
        if (allowed.get(name) == Arity.SINGLE && !list.isEmpty()) {
            throw new UsageException("option --" + name + " takes one value, got also '" + value + "'");
        }
        list.add(value);
    }

    String required(String name) {
        List<String> list = values.get(name);
        if (list == null) {
            throw new UsageException("missing option --" + name + " for '" + command + "'");
        }
        return list.get(0);
    }

    String optional(String name, String fallback) {
        List<String> list = values.get(name);
        return list == null ? fallback : list.get(0);
    }

    List<String> all(String name) {
        List<String> list = values.get(name);
        if (list == null) {
            throw new UsageException("missing option --" + name + " for '" + command + "'");
        }
        return List.copyOf(list);
    }

    /** Every value of a repeatable option that may be left out. */
    List<String> allOrNone(String name) {
        List<String> list = values.get(name);
        return list == null ? List.of() : List.copyOf(list);
    }

    int positiveInt(String name, String fallback, int max) {
        String text = optional(name, fallback);
        try {
            int value = Integer.parseInt(text);
            if (value >= 1 && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below with the option name
        }
        throw new UsageException(
                "option --" + name + " must be a whole number from 1 to " + max + ", got '" + text + "'");
    }

    static Path resolve(String path) {
        Path given = Path.of(path);
        if (given.isAbsolute()) {
            return given.normalize();
        }
        String root = System.getProperty(ROOT_PROPERTY);
        Path base = root == null || root.isBlank() ? Path.of("").toAbsolutePath() : Path.of(root);
        return base.resolve(given).normalize();
    }
}
