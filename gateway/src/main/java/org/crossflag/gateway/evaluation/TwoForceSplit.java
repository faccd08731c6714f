package org.crossflag.gateway.evaluation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A clustered data set as two forces: the first record of each cluster, in file order, is held by the left force,
 * and every other record of the cluster is a query from the right. A singleton is on the left only. The true pairs
 * are every left-right pair within a cluster, so each right record has exactly one true partner on the left.
 * Each row's truth is its cluster.
 */
record TwoForceSplit(List<PeopleCsv.Row> left, List<PeopleCsv.Row> right) {

    TwoForceSplit {
        left = List.copyOf(left);
        right = List.copyOf(right);
    }

    static TwoForceSplit of(List<ClusteredRecord> records) {
        List<PeopleCsv.Row> left = new ArrayList<>();
        List<PeopleCsv.Row> right = new ArrayList<>();
        Set<String> clustersSeen = new HashSet<>();
        Set<String> idsSeen = new HashSet<>();
        for (ClusteredRecord record : records) {
            if (record.cluster() == null || record.cluster().isBlank()) {
                throw new IllegalArgumentException("record " + record.id() + " has no cluster");
            }
            if (!idsSeen.add(record.id())) {
                throw new IllegalArgumentException("id " + record.id() + " appears twice");
            }
            PeopleCsv.Row row = new PeopleCsv.Row(record.id(), record.person(), record.cluster());
            (clustersSeen.add(record.cluster()) ? left : right).add(row);
        }
        return new TwoForceSplit(left, right);
    }

    /** Every left-right pair within a cluster; one per right record, since each cluster has one left record. */
    long truePairs() {
        return right.size();
    }
}
