package org.crossflag.gateway.quota;

import java.nio.file.Path;

import org.crossflag.gateway.NodeTestDatabase;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

@EnabledIfEnvironmentVariable(named = NodeTestDatabase.POSTGRES_URL_VARIABLE, matches = "jdbc:postgresql:.+")
class QuotaStorePostgresTests extends QuotaStoreTests {

    @Override
    NodeTestDatabase open(Path dir) {
        return NodeTestDatabase.postgres();
    }
}
