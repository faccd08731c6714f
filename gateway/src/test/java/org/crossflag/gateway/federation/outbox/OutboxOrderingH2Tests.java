package org.crossflag.gateway.federation.outbox;

import java.nio.file.Path;

import org.crossflag.gateway.NodeTestDatabase;

class OutboxOrderingH2Tests extends OutboxOrderingDatabaseTests {

    @Override
    NodeTestDatabase open(Path dir) {
        return NodeTestDatabase.h2(dir);
    }
}
