package org.crossflag.it;

import org.crossflag.gateway.federation.envelope.MessageType;
import org.crossflag.gateway.federation.inbox.InboundMessage;
import org.crossflag.gateway.federation.inbox.InboundMessageHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A capability added to a test node (through {@code spring.main.sources}) so that ExchangeTest messages go
 * through inbound processing. It stores nothing, except for a message whose payload asks for a value too wide for
 * its column: that one fails in the database inside the handler, as a value that passed the schema but does not
 * fit would.
 */
@Configuration(proxyBeanMethods = false)
class PoisonTestCapability {

    static final String OVERFLOW = "overflowColumn";

    @Bean
    InboundMessageHandler circumstanceChangeForTests(JdbcTemplate jdbc) {
        return new InboundMessageHandler() {
            @Override
            public MessageType messageType() {
                return MessageType.EXCHANGE_TEST;
            }

            @Override
            public void handle(InboundMessage message) {
                if (message.envelope().payload().path(OVERFLOW).asBoolean(false)) {
                    // Wider than processing_outcome (80 characters) or any other text column of the inbox.
                    jdbc.update(
                            "update inbound_message set processing_outcome = ? where message_id = ?",
                            "X".repeat(500),
                            message.messageId());
                }
            }
        };
    }
}
