package org.crossflag.it;

/** The federation exchange with every node on its embedded H2 file database (the default). */
class FederationExchangeH2Tests extends FederationExchangeTests {

    @Override
    TestFederation.Database database() {
        return TestFederation.Database.H2;
    }
}
