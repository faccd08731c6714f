package org.crossflag.adapter.rmssoap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class BodyLimitTests {

    final BodyLimit limit = new BodyLimit(100);

    @Test
    void aDeclaredLengthOverTheLimitIsRefusedUnread() {
        assertThatCode(() -> limit.checkDeclared(100)).doesNotThrowAnyException();
        assertThatCode(() -> limit.checkDeclared(-1)).doesNotThrowAnyException();
        assertThatThrownBy(() -> limit.checkDeclared(101))
                .isInstanceOfSatisfying(
                        EventRefusedException.class,
                        e -> assertThat(e.reasonCode()).isEqualTo("BODY_TOO_LARGE"));
    }

    @Test
    void aBodyUpToTheLimitIsReadWhole() {
        byte[] body = new byte[100];
        body[99] = 7;

        assertThat(limit.read(new ByteArrayInputStream(body))).isEqualTo(body);
    }

    @Test
    void aLongerBodyIsRefusedWithoutReadingItAll() {
        AtomicLong served = new AtomicLong();
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                served.incrementAndGet();
                return 'x';
            }
        };

        assertThatThrownBy(() -> limit.read(endless))
                .isInstanceOfSatisfying(
                        EventRefusedException.class,
                        e -> assertThat(e.reasonCode()).isEqualTo("BODY_TOO_LARGE"));
        assertThat(served.get()).isLessThan(100 + 8192 + 1);
    }

    @Test
    void theLimitMustBeSensible() {
        assertThatThrownBy(() -> new BodyLimit(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
