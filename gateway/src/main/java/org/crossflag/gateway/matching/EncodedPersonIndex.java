package org.crossflag.gateway.matching;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * The node's in-memory index of its own force's people (those heard at its MARACs and panels), held only as
 * encodings. One partition per key version, so that during a key changeover each person is held under both
 * accepted versions and queries under either are answered.
 * <p>
 * A query collects the people who share a blocking key with it, drops those whose record-level CLK is far from the
 * query's (unless they share its PNC), and scores the rest with {@link MatchScorer}. Thread-safe: queries run in
 * parallel, changes one at a time.
 */
public final class EncodedPersonIndex {

    /**
     * Candidates whose CLK Dice with the query is below this are not scored. Unrelated diffused CLKs sit near 0.3;
     * the lowest true match in the synthetic evaluations was well above this floor (docs/matching.md).
     */
    static final double CLK_FLOOR = 0.35;

    private final MatchingKeyring keyring;
    private final Clock clock;
    private final MatchThresholds thresholds;
    private final int initialCapacity;
    private final MatchParameters parameters;
    private final Map<Integer, Partition> partitions = new HashMap<>();
    private final ReadWriteLock lock = new ReentrantReadWriteLock();

    public EncodedPersonIndex(MatchingKeyring keyring, Clock clock, MatchThresholds thresholds) {
        this(keyring, clock, thresholds, 1024);
    }

    /** With room for {@code initialCapacity} people per key version before the arrays grow. */
    public EncodedPersonIndex(MatchingKeyring keyring, Clock clock, MatchThresholds thresholds, int initialCapacity) {
        this(keyring, clock, thresholds, MatchParameters.defaults(), initialCapacity);
    }

    /** Scoring with {@code parameters}, as read from a force's parameter file. */
    public EncodedPersonIndex(
            MatchingKeyring keyring,
            Clock clock,
            MatchThresholds thresholds,
            MatchParameters parameters,
            int initialCapacity) {
        this.keyring = keyring;
        this.clock = clock;
        this.thresholds = thresholds;
        this.parameters = parameters;
        this.initialCapacity = initialCapacity;
    }

    public MatchParameters parameters() {
        return parameters;
    }

    /** Adds or replaces the encoding of {@code localId} under the encoding's key version. */
    public void add(String localId, IdentityEncoding encoding) {
        if (localId == null) {
            throw new IllegalArgumentException("a person in the index needs a local id");
        }
        if (!keyring.knows(encoding.keyVersion())) {
            throw new MatchingException(
                    MatchingReason.MATCHING_KEY_VERSION_NOT_ACCEPTED,
                    "matching key version " + encoding.keyVersion() + " is unknown to this node");
        }
        lock.writeLock().lock();
        try {
            partitions
                    .computeIfAbsent(encoding.keyVersion(), v -> new Partition(initialCapacity))
                    .add(localId, encoding);
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Removes {@code localId} under every key version; true when it was there. */
    public boolean remove(String localId) {
        lock.writeLock().lock();
        try {
            boolean removed = false;
            for (Partition partition : partitions.values()) {
                removed |= partition.remove(localId);
            }
            return removed;
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Drops every encoding under {@code keyVersion}, once its changeover has ended. */
    public void dropVersion(int keyVersion) {
        lock.writeLock().lock();
        try {
            partitions.remove(keyVersion);
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Drops every encoding: the node is stopping, and its arrays (megabytes per key version) go with it. */
    public void clear() {
        lock.writeLock().lock();
        try {
            partitions.clear();
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** How many people are held under {@code keyVersion}. */
    public int size(int keyVersion) {
        lock.readLock().lock();
        try {
            Partition partition = partitions.get(keyVersion);
            return partition == null ? 0 : partition.size();
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Candidates at POSSIBLE_MATCH or better under this index's thresholds, best first. */
    public List<MatchCandidate> query(IdentityEncoding query) {
        return query(query, thresholds);
    }

    /**
     * Candidates at POSSIBLE_MATCH or better under {@code queryThresholds}, best first.
     *
     * @throws MatchingException {@link MatchingReason#MATCHING_KEY_VERSION_NOT_ACCEPTED} when the query's key
     *                           version is not accepted now
     */
    public List<MatchCandidate> query(IdentityEncoding query, MatchThresholds queryThresholds) {
        keyring.requireAccepted(query.keyVersion(), clock.instant());
        lock.readLock().lock();
        try {
            Partition partition = partitions.get(query.keyVersion());
            return partition == null ? List.of() : partition.query(query, queryThresholds, parameters);
        } finally {
            lock.readLock().unlock();
        }
    }

    /** What {@link #forEachCandidate} and {@link #visit} hand over: a prepared query, the store and a slot in it. */
    interface CandidateVisitor {
        void visit(ScoringQuery query, RecordStore store, int slot);
    }

    /**
     * Visits every person a query under this index's parameters would score: those sharing a blocking key with
     * {@code query} whose CLK passes the screen. Unlike {@link #query} it does not check that the key version is
     * accepted now, so that parameters can be estimated on encodings made under any version the index holds.
     */
    void forEachCandidate(IdentityEncoding query, CandidateVisitor visitor) {
        lock.readLock().lock();
        try {
            Partition partition = partitions.get(query.keyVersion());
            if (partition != null) {
                partition.forEachCandidate(query, parameters, visitor);
            }
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Visits the pair of {@code query} and the person held as {@code localId}, whether or not they share a key. */
    void visit(IdentityEncoding query, String localId, CandidateVisitor visitor) {
        lock.readLock().lock();
        try {
            Partition partition = partitions.get(query.keyVersion());
            if (partition != null) {
                partition.visit(query, localId, parameters, visitor);
            }
        } finally {
            lock.readLock().unlock();
        }
    }

    /** One key version's people: the column store, the blocking postings and the id-to-slot map. */
    private static final class Partition {

        private final RecordStore store;
        private final Postings postings = new Postings();
        private final Map<String, Integer> slots = new HashMap<>();
        private int[] free = new int[16];
        private int freeCount;
        private int nextSlot;

        Partition(int capacity) {
            store = new RecordStore(capacity);
        }

        int size() {
            return slots.size();
        }

        void add(String localId, IdentityEncoding encoding) {
            remove(localId);
            int slot = freeCount > 0 ? free[--freeCount] : nextSlot++;
            store.put(slot, localId, encoding);
            for (int key : encoding.blockingKeys()) {
                postings.add(key, slot);
            }
            slots.put(localId, slot);
        }

        boolean remove(String localId) {
            Integer slot = slots.remove(localId);
            if (slot == null) {
                return false;
            }
            for (int key : store.blocking[slot]) {
                postings.remove(key, slot);
            }
            store.clear(slot);
            if (freeCount == free.length) {
                free = Arrays.copyOf(free, free.length * 2);
            }
            free[freeCount++] = slot;
            return true;
        }

        List<MatchCandidate> query(IdentityEncoding query, MatchThresholds thresholds, MatchParameters parameters) {
            int[] candidates = candidates(query);
            int[][] strongId = strongIdSlots(query);
            int queryCardinality = BitVectors.cardinality(query.clk(), 0, RecordStore.CLK_WORDS);
            ScoringQuery scoring = new ScoringQuery(query, store, parameters);
            List<MatchCandidate> found = new ArrayList<>();
            for (int slot : candidates) {
                if (!passesScreen(query, queryCardinality, slot, strongId)) {
                    continue;
                }
                double weight = MatchScorer.weight(scoring, store, slot);
                double score = MatchScorer.probability(weight);
                MatchBand band = thresholds.band(score);
                if (band != MatchBand.NO_MATCH) {
                    found.add(new MatchCandidate(store.localIds[slot], score, weight, band));
                }
            }
            found.sort(Comparator.comparingDouble(MatchCandidate::weight).reversed());
            return found;
        }

        /**
         * The slot lists of the query's strong-identifier keys (PNC, phone, email), each length first. The CLK
         * screen cannot judge those slots: a record with little besides a PNC id has a sparse or empty CLK, far
         * from any fuller record of the same person. They are few, so all of them are scored.
         */
        private int[][] strongIdSlots(IdentityEncoding query) {
            List<int[]> lists = new ArrayList<>(3);
            for (int key : query.blockingKeys()) {
                if (BlockingKey.STRONG_ID.isKindOf(key)) {
                    int[] list = postings.slots(key);
                    if (list != null) {
                        lists.add(list);
                    }
                }
            }
            return lists.toArray(new int[0][]);
        }

        private static boolean contains(int[][] lists, int slot) {
            for (int[] list : lists) {
                for (int i = 1; i <= list[0]; i++) {
                    if (list[i] == slot) {
                        return true;
                    }
                }
            }
            return false;
        }

        void forEachCandidate(IdentityEncoding query, MatchParameters parameters, CandidateVisitor visitor) {
            int[] candidates = candidates(query);
            int count = screen(query, candidates, strongIdSlots(query));
            ScoringQuery scoring = new ScoringQuery(query, store, parameters);
            for (int i = 0; i < count; i++) {
                visitor.visit(scoring, store, candidates[i]);
            }
        }

        void visit(IdentityEncoding query, String localId, MatchParameters parameters, CandidateVisitor visitor) {
            Integer slot = slots.get(localId);
            if (slot != null) {
                visitor.visit(new ScoringQuery(query, store, parameters), store, slot);
            }
        }

        /**
         * Moves the candidates whose CLK passes the screen to the front of {@code candidates}, in order, and returns
         * how many there are.
         */
        private int screen(IdentityEncoding query, int[] candidates, int[][] strongId) {
            int queryCardinality = BitVectors.cardinality(query.clk(), 0, RecordStore.CLK_WORDS);
            int kept = 0;
            for (int slot : candidates) {
                if (passesScreen(query, queryCardinality, slot, strongId)) {
                    candidates[kept++] = slot;
                }
            }
            return kept;
        }

        /**
         * True when the CLK Dice of the query and {@code slot} reaches {@link #CLK_FLOOR}, or the slot shares a
         * strong identifier with the query.
         */
        private boolean passesScreen(IdentityEncoding query, int queryCardinality, int slot, int[][] strongId) {
            double clkDice = BitVectors.dice(
                    query.clk(),
                    0,
                    queryCardinality,
                    store.clk,
                    slot * RecordStore.CLK_WORDS,
                    store.clkCardinality[slot],
                    RecordStore.CLK_WORDS);
            return clkDice >= CLK_FLOOR || contains(strongId, slot);
        }

        /** Distinct slots sharing at least one blocking key with the query. */
        private int[] candidates(IdentityEncoding query) {
            int total = 0;
            int[][] lists = new int[query.blockingKeys().length][];
            for (int i = 0; i < lists.length; i++) {
                lists[i] = postings.slots(query.blockingKeys()[i]);
                total += lists[i] == null ? 0 : lists[i][0];
            }
            int[] all = new int[total];
            int n = 0;
            for (int[] list : lists) {
                if (list != null) {
                    System.arraycopy(list, 1, all, n, list[0]);
                    n += list[0];
                }
            }
            Arrays.sort(all);
            int distinct = 0;
            for (int i = 0; i < n; i++) {
                if (distinct == 0 || all[distinct - 1] != all[i]) {
                    all[distinct++] = all[i];
                }
            }
            return Arrays.copyOf(all, distinct);
        }
    }
}
