package org.crossflag.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.crossflag.gateway.node.InvalidConfigurationException;
import org.junit.jupiter.api.Test;

class ApiPasswordsTests {

    static final String BCRYPT = "{bcrypt}$2a$10$uVfOfZ.e5TfUxMEfsVbmCOO.neUYlrHwr/qmm1FVsJPmPtvC6omH.";

    @Test
    void encodedPasswordsAreAccepted() {
        assertThatCode(() ->
                        ApiPasswords.check(List.of(BCRYPT, "{argon2}$argon2id$v=19$m=16384,t=2,p=1$abc$def"), false))
                .doesNotThrowAnyException();
    }

    @Test
    void aNoopPasswordIsRefusedNamingItsKeyAndNotItsValue() {
        assertThatThrownBy(() -> ApiPasswords.check(List.of(BCRYPT, "{noop}synthetic-secret-7"), false))
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessageStartingWith("crossflag.api.users[1].password: ")
                .hasMessageContaining("{noop}")
                .hasMessageContaining(ApiPasswords.TEST_ONLY_KEY)
                .hasMessageNotContaining("synthetic-secret-7");
    }

    @Test
    void aNoopPasswordIsAcceptedOnlyWithTheTestOnlySetting() {
        assertThatCode(() -> ApiPasswords.check(List.of("{noop}synthetic-secret-7"), true))
                .doesNotThrowAnyException();
    }

    @Test
    void aPasswordThatNamesNoEncodingIsRefusedEvenInTests() {
        assertThatThrownBy(() -> ApiPasswords.check(List.of("plain-secret"), true))
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessageStartingWith("crossflag.api.users[0].password: ")
                .hasMessageNotContaining("plain-secret");
        assertThat(ApiPasswords.problem("{bcrypt}", false)).isPresent();
    }
}
