package org.crossflag.gateway.matching;

/**
 * A query prepared for scoring against one store: presence bits of every name variant and field, and the
 * term-frequency shares of its names among the store's people, all worked out once per query rather than once per
 * candidate.
 */
final class ScoringQuery {

    final IdentityEncoding encoding;
    final int presence;
    final int[] namePresence;
    final double[] givenShare;
    final double[] familyShare;
    final double prior;
    final MatchParameters parameters;

    ScoringQuery(IdentityEncoding encoding, RecordStore store, MatchParameters parameters) {
        this.encoding = encoding;
        this.parameters = parameters;
        this.presence = FieldPresence.of(encoding);
        int variants = encoding.names().length;
        this.namePresence = new int[variants];
        this.givenShare = new double[variants];
        this.familyShare = new double[variants];
        boolean frequencies = store.live() >= parameters.tfMinPeople();
        for (int v = 0; v < variants; v++) {
            long[] row = encoding.names()[v];
            namePresence[v] = FieldPresence.ofNames(row, 0);
            if (frequencies) {
                givenShare[v] = Math.max(
                        parameters.tfFloor(), store.givenShare(RecordStore.fingerprint(row, 0, FieldPresence.G)));
                familyShare[v] = Math.max(
                        parameters.tfFloor(),
                        store.familyShare(RecordStore.fingerprint(row, FieldPresence.G, FieldPresence.G)));
            }
        }
        this.prior = parameters.prior(store.live());
    }
}
