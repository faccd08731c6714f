package org.crossflag.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExchangeBenchmarkSettingsTests {

    private static ExchangeBenchmarkSettings parse(String... args) {
        return ExchangeBenchmarkSettings.parse(args, Map.of());
    }

    @Test
    void withoutOptionsTheDefaultsOfTheReadmeApply() {
        ExchangeBenchmarkSettings settings = parse();

        assertThat(settings).isEqualTo(new ExchangeBenchmarkSettings(3, 60, 5000, 10, 8, 5000, false, null, List.of()));
    }

    @Test
    void readsEveryOptionTheScriptPassesOn() {
        ExchangeBenchmarkSettings settings = parse(
                "--rounds=1",
                "--warmup-seconds=5",
                "--latency-calls=200",
                "--throughput-seconds=3",
                "--concurrency=16",
                "--reliable-messages=1000",
                "--keep-data",
                "--postgres-url=jdbc:postgresql://127.0.0.1:5432/crossflag?user=crossflag");

        assertThat(settings)
                .isEqualTo(new ExchangeBenchmarkSettings(
                        1,
                        5,
                        200,
                        3,
                        16,
                        1000,
                        true,
                        "jdbc:postgresql://127.0.0.1:5432/crossflag?user=crossflag",
                        List.of()));
    }

    @Test
    void keepDataMayBeGivenAsTrueOrFalse() {
        assertThat(parse("--keep-data=true").keepData()).isTrue();
        assertThat(parse("--keep-data=false").keepData()).isFalse();
    }

    @Test
    void aLaterOptionReplacesAnEarlierOneOfTheSameName() {
        assertThat(parse("--rounds=3", "--rounds=5").rounds()).isEqualTo(5);
    }

    @Test
    void childJvmOptionsComeFromTheEnvironmentSplitAtWhitespace() {
        ExchangeBenchmarkSettings settings = ExchangeBenchmarkSettings.parse(
                new String[0], Map.of("CROSSFLAG_BENCH_CHILD_JVM_OPTS", "  -XX:+UseParallelGC \t -Xss512k "));

        assertThat(settings.childJvmOptions()).containsExactly("-XX:+UseParallelGC", "-Xss512k");
        assertThat(ExchangeBenchmarkSettings.parse(new String[0], Map.of("CROSSFLAG_BENCH_CHILD_JVM_OPTS", "  "))
                        .childJvmOptions())
                .isEmpty();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "--rounds=0                | --rounds must be a positive whole number, not \"0\"",
                "--warmup-seconds=-5       | --warmup-seconds must be a positive whole number, not \"-5\"",
                "--latency-calls=1.5       | --latency-calls must be a positive whole number, not \"1.5\"",
                "--throughput-seconds=ten  | --throughput-seconds must be a positive whole number, not \"ten\"",
                "--concurrency=            | --concurrency must be a positive whole number, not \"\"",
                "--reliable-messages=1e9   | --reliable-messages must be a positive whole number, not \"1e9\"",
                "--rounds=99999999999      | --rounds must be a positive whole number, not \"99999999999\"",
                "--rounds                  | --rounds needs a value, e.g. --rounds=3",
                "--keep-data=yes           | --keep-data takes no value (or true or false), not \"yes\"",
                "--postgres-url=jdbc:h2:mem:x | --postgres-url must be a jdbc:postgresql: URL, not \"jdbc:h2:mem:x\"",
                "--postgres-url            | --postgres-url needs a value, e.g."
                        + " --postgres-url=jdbc:postgresql://HOST:PORT/DB?user=U",
                "--round=3                 | unknown option(s): --round=3",
                "--quiet                   | unknown option(s): --quiet",
                "rounds=3                  | unexpected argument \"rounds=3\": options look like --name=value",
                "-r                        | unexpected argument \"-r\": options look like --name=value",
                "--=3                      | unexpected argument \"--=3\": options look like --name=value",
            })
    void aBadOptionIsRefusedWithItsNameAndValue(String arg, String message) {
        assertThatThrownBy(() -> parse(arg))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(message);
    }

    @Test
    void everyUnknownOptionIsNamedAtOnce() {
        assertThatThrownBy(() -> parse("--rounds=2", "--round=3", "--warmup=5"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown option(s): --round=3, --warmup=5");
    }

    @Test
    void aBadValueIsReportedEvenWhenAGoodOneOfTheSameOptionCameFirst() {
        assertThatThrownBy(() -> parse("--rounds=2", "--rounds=two"))
                .hasMessage("--rounds must be a positive whole number, not \"two\"");
    }
}
