package org.crossflag.gateway.federation.inbox;

import java.nio.file.Path;

import org.crossflag.gateway.NodeTestDatabase;

class InboxClaimH2Tests extends InboxClaimDatabaseTests {

    @Override
    NodeTestDatabase open(Path dir) {
        return NodeTestDatabase.h2(dir);
    }
}
