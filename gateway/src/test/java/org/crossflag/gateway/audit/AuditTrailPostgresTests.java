package org.crossflag.gateway.audit;

import java.nio.file.Path;

import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/** The same tests on PostgreSQL, each in a fresh schema. Runs when CROSSFLAG_TEST_POSTGRES_URL is set. */
@EnabledIfEnvironmentVariable(named = AuditTestDatabase.POSTGRES_URL_VARIABLE, matches = "jdbc:postgresql:.+")
class AuditTrailPostgresTests extends AuditTrailDatabaseTests {

    @Override
    AuditTestDatabase open(Path dir) {
        return AuditTestDatabase.postgres();
    }
}
