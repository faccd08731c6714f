package org.crossflag.it;

import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * The same exchange with every node on PostgreSQL, from the same Flyway migrations. Runs when
 * CROSSFLAG_TEST_POSTGRES_URL is set, as {@code .ci/run} does after starting a private PostgreSQL.
 */
@EnabledIfEnvironmentVariable(named = "CROSSFLAG_TEST_POSTGRES_URL", matches = "jdbc:postgresql:.+")
class FederationExchangePostgresTests extends FederationExchangeTests {

    @Override
    TestFederation.Database database() {
        return TestFederation.Database.POSTGRES;
    }
}
