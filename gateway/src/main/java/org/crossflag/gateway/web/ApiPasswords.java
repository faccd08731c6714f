package org.crossflag.gateway.web;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.crossflag.gateway.node.InvalidConfigurationException;

/**
 * Which stored API passwords a node accepts. Every password must name its encoding ({@code {bcrypt}...},
 * {@code {argon2}...}); a {@code {noop}} plain-text password is refused unless the test-only setting
 * {@code crossflag.api.plain-text-passwords-for-tests} is on.
 */
final class ApiPasswords {

    static final String TEST_ONLY_KEY = "crossflag.api.plain-text-passwords-for-tests";
    private static final Pattern ENCODED = Pattern.compile("^\\{[A-Za-z0-9_-]+\\}.+");
    private static final String PLAIN_TEXT = "{noop}";

    private ApiPasswords() {}

    /** @throws InvalidConfigurationException naming {@code crossflag.api.users[n].password} of the first refused one */
    static void check(List<String> storedPasswords, boolean plainTextAllowedForTests) {
        for (int i = 0; i < storedPasswords.size(); i++) {
            Optional<String> problem = problem(storedPasswords.get(i), plainTextAllowedForTests);
            if (problem.isPresent()) {
                throw new InvalidConfigurationException("crossflag.api.users[" + i + "].password", problem.get());
            }
        }
    }

    /** Why a stored password is refused, if it is; the reason never holds the password. */
    static Optional<String> problem(String stored, boolean plainTextAllowedForTests) {
        if (stored == null || !ENCODED.matcher(stored).matches()) {
            return Optional.of("must be encoded and name its encoding, e.g. {bcrypt}...");
        }
        if (stored.startsWith(PLAIN_TEXT) && !plainTextAllowedForTests) {
            return Optional.of("a {noop} plain-text password is refused: store it encoded, e.g. {bcrypt}... ("
                    + TEST_ONLY_KEY + " allows it, for tests only)");
        }
        return Optional.empty();
    }
}
