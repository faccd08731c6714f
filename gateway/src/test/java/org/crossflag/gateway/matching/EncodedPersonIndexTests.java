package org.crossflag.gateway.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.crossflag.gateway.matching.MatchingFixtures.person;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class EncodedPersonIndexTests {

    private static final Instant DURING_CHANGEOVER = MatchingFixtures.V2_START.plusSeconds(3600);
    private static final Instant AFTER_CHANGEOVER =
            MatchingFixtures.V2_START.plus(MatchingFixtures.CHANGEOVER).plusSeconds(1);
    private final MatchingKeyring keyring = MatchingFixtures.twoVersions();
    private final IdentityEncoder encoder = new IdentityEncoder(keyring);
    private final PersonIdentity aisha = person("Aisha", "Okonkwo", "1988-02-17");

    @Test
    void aQueryFindsTheIndexedPersonBestFirst() {
        EncodedPersonIndex index = index(DURING_CHANGEOVER);
        index.add("esx-1", encoder.encode(aisha, 2));
        index.add("esx-2", encoder.encode(person("Ayesha", "Okonkwo", "1988-02-17"), 2));
        index.add("esx-3", encoder.encode(person("Peter", "Gill", "1970-10-10"), 2));

        List<MatchCandidate> candidates = index.query(encoder.encode(aisha, 2));

        assertThat(candidates)
                .extracting(MatchCandidate::localId)
                .startsWith("esx-1")
                .doesNotContain("esx-3");
        assertThat(candidates.get(0).band()).isEqualTo(MatchBand.MATCH);
        assertThat(candidates.get(0).score()).isGreaterThan(0.99);
    }

    @Test
    void removedAndReplacedPeopleAreNoLongerFound() {
        EncodedPersonIndex index = index(DURING_CHANGEOVER);
        index.add("esx-1", encoder.encode(aisha, 2));
        index.add("esx-1", encoder.encode(person("Peter", "Gill", "1970-10-10"), 2));
        assertThat(index.query(encoder.encode(aisha, 2))).isEmpty();
        assertThat(index.size(2)).isEqualTo(1);

        assertThat(index.remove("esx-1")).isTrue();
        assertThat(index.remove("esx-1")).isFalse();
        assertThat(index.query(encoder.encode(person("Peter", "Gill", "1970-10-10"), 2)))
                .isEmpty();
        assertThat(index.size(2)).isZero();
    }

    @Test
    void duringAChangeoverPeopleAreHeldAndFoundUnderBothVersions() {
        EncodedPersonIndex index = index(DURING_CHANGEOVER);
        encoder.encodeForIndex(aisha, DURING_CHANGEOVER).forEach(encoding -> index.add("esx-1", encoding));

        assertThat(index.size(1)).isEqualTo(1);
        assertThat(index.size(2)).isEqualTo(1);
        assertThat(index.query(encoder.encode(aisha, 1)))
                .extracting(MatchCandidate::localId)
                .containsExactly("esx-1");
        assertThat(index.query(encoder.encode(aisha, 2)))
                .extracting(MatchCandidate::localId)
                .containsExactly("esx-1");
        assertThat(index.remove("esx-1")).isTrue();
        assertThat(index.size(1) + index.size(2)).isZero();
    }

    @Test
    void aQueryUnderAVersionOutsideItsChangeoverIsRejected() {
        EncodedPersonIndex index = index(AFTER_CHANGEOVER);
        index.add("esx-1", encoder.encode(aisha, 2));

        assertThatThrownBy(() -> index.query(encoder.encode(aisha, 1)))
                .isInstanceOfSatisfying(MatchingException.class, e -> {
                    assertThat(e.reason()).isEqualTo(MatchingReason.MATCHING_KEY_VERSION_NOT_ACCEPTED);
                    assertThat(e.getMessage()).contains("version 1").contains("[2]");
                });
        assertThat(index.query(encoder.encode(aisha, 2))).hasSize(1);
    }

    @Test
    void encodingsUnderAnUnknownVersionAreNotIndexed() {
        EncodedPersonIndex index = index(DURING_CHANGEOVER);
        IdentityEncoding foreign =
                new IdentityEncoder(MatchingKeyring.single(9, MatchingFixtures.secret("other"))).encode(aisha, 9);
        assertThatThrownBy(() -> index.add("esx-1", foreign)).isInstanceOf(MatchingException.class);
    }

    @Test
    void concurrentChangesAndQueriesKeepTheIndexConsistent() throws Exception {
        EncodedPersonIndex index = index(DURING_CHANGEOVER);
        List<SyntheticPeople.Person> people =
                SyntheticPeople.generate(5, 2000, 0.0).left();
        List<IdentityEncoding> encodings = people.stream()
                .map(p -> encoder.encode(person(p.givenNames(), p.familyName(), dob(p)), 2))
                .toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        AtomicInteger found = new AtomicInteger();
        try {
            List<Future<?>> work = new java.util.ArrayList<>();
            for (int t = 0; t < 2; t++) {
                int start = t;
                work.add(pool.submit(() -> {
                    for (int i = start; i < people.size(); i += 2) {
                        index.add(people.get(i).id(), encodings.get(i));
                    }
                }));
                work.add(pool.submit(() -> {
                    for (int i = 0; i < 500; i++) {
                        found.addAndGet(index.query(encodings.get(i)).isEmpty() ? 0 : 1);
                    }
                }));
            }
            for (Future<?> future : work) {
                future.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(index.size(2)).isEqualTo(people.size());
        for (int i = 0; i < people.size(); i += 97) {
            assertThat(index.query(encodings.get(i)))
                    .extracting(MatchCandidate::localId)
                    .contains(people.get(i).id());
        }
    }

    private static String dob(SyntheticPeople.Person p) {
        return p.dob().toString();
    }

    private EncodedPersonIndex index(Instant now) {
        return new EncodedPersonIndex(keyring, Clock.fixed(now, ZoneOffset.UTC), MatchThresholds.DEFAULTS);
    }
}
