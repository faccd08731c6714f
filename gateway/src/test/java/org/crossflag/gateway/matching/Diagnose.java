package org.crossflag.gateway.matching;

import java.nio.file.Path;
import java.util.*;

final class Diagnose {
    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        List<PeopleCsv.Row> left = PeopleCsv.read(dir.resolve("left.csv"), "person_id");
        List<PeopleCsv.Row> right = PeopleCsv.read(dir.resolve("right.csv"), "person_id");
        MatchingKeyring keyring = MatchingKeyring.single(1, MatchEvalCommand.demoSecret());
        IdentityEncoder enc = new IdentityEncoder(keyring);
        Map<String, PeopleCsv.Row> byTruth = new HashMap<>();
        left.forEach(r -> byTruth.put(r.truth(), r));
        int[][] hist = new int[5][21];
        int[][] nhist = new int[5][21];
        Random rnd = new Random(5);
        List<String> misses = new ArrayList<>();
        int blockMiss = 0;
        for (PeopleCsv.Row r : right) {
            PeopleCsv.Row l = byTruth.get(r.truth());
            if (l == null) l = left.get(rnd.nextInt(left.size())); boolean isTrue = l.truth().equals(r.truth()); IdentityEncoding a = enc.encode(l.person(), 1), b = enc.encode(r.person(), 1);
            PeopleCsv.Row o = left.get(rnd.nextInt(left.size()));
            IdentityEncoding c = enc.encode(o.person(), 1);
            if (isTrue) {
                add(hist, a, b);
                double w = MatchScorer.weight(b, a);
                boolean shared = Arrays.stream(a.blockingKeys()).anyMatch(k -> Arrays.stream(b.blockingKeys()).anyMatch(k2 -> k2 == k));
                if (!shared) blockMiss++;
                if (w < 6.64 && misses.size() < 60) misses.add(String.format("%6.1f clk=%.2f g=%.2f f=%.2f d=%.2f p=%.2f blk=%s | %s %s %s %s | %s %s %s %s", w,
                    BitVectors.dice(a.clk(), b.clk()), BitVectors.dice(a.names()[0],0,b.names()[0],0,8), BitVectors.dice(a.names()[0],8,b.names()[0],8,8),
                    BitVectors.dice(a.dateOfBirth(), b.dateOfBirth()), BitVectors.dice(a.postcode(), b.postcode()), shared,
                    l.person().givenNames(), l.person().familyNames(), l.person().aliases(), l.person().dateOfBirth(),
                    r.person().givenNames(), r.person().familyNames(), r.person().aliases(), r.person().dateOfBirth()));
            }
            add(nhist, c, b);
        }
        String[] names = {"clk", "given", "family", "dob", "postcode"};
        for (int f = 0; f < 5; f++) {
            System.out.println(names[f] + " true: " + Arrays.toString(hist[f]));
            System.out.println(names[f] + " rand: " + Arrays.toString(nhist[f]));
        }
        System.out.println("blocking misses " + blockMiss);
        misses.forEach(System.out::println);
    }
    static void add(int[][] h, IdentityEncoding a, IdentityEncoding b) {
        h[0][(int) (BitVectors.dice(a.clk(), b.clk()) * 20)]++;
        h[1][(int) (BitVectors.dice(a.names()[0],0,b.names()[0],0,8) * 20)]++;
        h[2][(int) (BitVectors.dice(a.names()[0],8,b.names()[0],8,8) * 20)]++;
        h[3][(int) (BitVectors.dice(a.dateOfBirth(), b.dateOfBirth()) * 20)]++;
        h[4][(int) (BitVectors.dice(a.postcode(), b.postcode()) * 20)]++;
    }
}
