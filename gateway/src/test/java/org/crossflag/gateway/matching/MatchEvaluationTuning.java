package org.crossflag.gateway.matching;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;

/** Scratch: generates and evaluates, printing the figures. */
final class MatchEvaluationTuning {

    public static void main(String[] args) throws Exception {
        int people = Integer.parseInt(args[0]);
        for (int i = 1; i < args.length; i++) {
            long seed = Long.parseLong(args[i]);
            Path dir = Path.of("target/match-eval/seed-" + seed);
            SyntheticPeopleFiles.write(dir, SyntheticPeople.generate(seed, people, 0.3));
            MatchEvalCommand.run(new String[] {"match-eval", "--left", dir.resolve("left.csv").toString(), "--right",
                    dir.resolve("right.csv").toString(), "--out", dir.resolve("pairs.csv").toString(), "--truth", "person_id"},
                    System.out, System.err);
        }
    }
}
