package org.crossflag.gateway.federation.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.crossflag.gateway.federation.envelope.RejectionReason;
import org.junit.jupiter.api.Test;

class DirectoryUnavailableExceptionTests {

    @Test
    void everyReasonIsARefusalReasonAPeerKnows() {
        for (DirectoryUnavailableException.Reason reason : DirectoryUnavailableException.Reason.values()) {
            assertThat(Arrays.stream(RejectionReason.values()).map(Enum::name)).contains(reason.name());
        }
    }

    @Test
    void carriesItsReasonAsTheCode() {
        DirectoryUnavailableException expired =
                new DirectoryUnavailableException(DirectoryUnavailableException.Reason.DIRECTORY_EXPIRED, "expired");

        assertThat(expired.reasonCode()).isEqualTo("DIRECTORY_EXPIRED");
        assertThat(expired.reason()).isEqualTo(DirectoryUnavailableException.Reason.DIRECTORY_EXPIRED);
    }
}
