package org.crossflag.gateway.audit;

import java.nio.file.Path;

import org.crossflag.gateway.NodeTestDatabase;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/** The same tests on PostgreSQL, each in a fresh schema. Runs when CROSSFLAG_TEST_POSTGRES_URL is set. */
@EnabledIfEnvironmentVariable(named = NodeTestDatabase.POSTGRES_URL_VARIABLE, matches = "jdbc:postgresql:.+")
class AuditTrailPostgresTests extends AuditTrailDatabaseTests {

    @Override
    NodeTestDatabase open(Path dir) {
        return NodeTestDatabase.postgres();
    }
}
