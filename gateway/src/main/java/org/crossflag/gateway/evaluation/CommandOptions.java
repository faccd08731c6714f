package org.crossflag.gateway.evaluation;

import java.util.ArrayList;
import java.util.List;

/**
 * The options of a command run from the node's jar ({@code match-eval}, {@code match-split}, {@code match-estimate}):
 * every argument after the command's name is {@code --name value} or {@code --name=value}. Each command decides
 * what its names mean; this only splits them, with the same errors everywhere.
 */
final class CommandOptions {

    /** One option as given: its name with the dashes, and its value. */
    record Option(String name, String value) {}

    private CommandOptions() {}

    /**
     * The options of {@code args}, in order, skipping {@code args[0]} (the command).
     *
     * @throws IllegalArgumentException naming an option without a value, or an argument that is not an option
     */
    static List<Option> of(String[] args) {
        List<Option> options = new ArrayList<>();
        List<String> rest = new ArrayList<>(List.of(args).subList(1, args.length));
        while (!rest.isEmpty()) {
            String option = rest.remove(0);
            int equals = option.indexOf('=');
            if (option.startsWith("--") && equals > 0) {
                options.add(new Option(option.substring(0, equals), option.substring(equals + 1)));
            } else if (rest.isEmpty() || rest.get(0).startsWith("--")) {
                throw new IllegalArgumentException(
                        option.startsWith("--") ? option + " needs a value" : "unexpected argument " + option);
            } else {
                options.add(new Option(option, rest.remove(0)));
            }
        }
        return options;
    }
}
