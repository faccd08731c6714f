package org.crossflag.bench;

import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.http.HttpMethods;
import org.crossflag.adapter.ConsentState;
import org.crossflag.adapter.RequesterRole;
import org.crossflag.gateway.federation.envelope.DataCategory;
import org.crossflag.gateway.federation.envelope.Envelope;
import org.crossflag.gateway.federation.envelope.LegalBasis;
import org.crossflag.gateway.federation.envelope.MessageType;
import org.crossflag.gateway.federation.envelope.OutgoingMessage;
import org.crossflag.gateway.federation.envelope.Purpose;
import org.springframework.context.ApplicationContext;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The two measured calls, both made by the sending node through Camel's HTTP component with its
 * {@code federationClientTls} context: (a) an echo of a real signed envelope and (b) the full exchange of the
 * same message. Counts the exchanges the receiver ACCEPTED, which it must all have stored by the end.
 */
final class ExchangeCalls {

    private static final String ECHO_ROUTE = "direct:crossflag-bench-echo";
    private static final String ECHO_ENDPOINT_PROPERTY = "crossflagBenchEchoEndpoint";

    private final NodeSendApi client;
    private final ProducerTemplate producer;
    private final String echoEndpoint;
    private final OutgoingMessage message = realisticQuery();
    private final byte[] echoBody;
    private final AtomicLong accepted = new AtomicLong();

    private ExchangeCalls(NodeSendApi client, ProducerTemplate producer, String echoEndpoint) {
        this.client = client;
        this.producer = producer;
        this.echoEndpoint = echoEndpoint;
        // The echo carries a real signed envelope, so (a) and (b) send the same number of bytes.
        this.echoBody = client.signedBody(message);
    }

    /** Adds the echo route to the sending node and prepares the message. */
    static ExchangeCalls on(ApplicationContext sender, String echoEndpoint) throws Exception {
        NodeSendApi client = NodeSendApi.bind(sender);
        ProducerTemplate producer = sender.getBean(ProducerTemplate.class);
        addEchoRoute(sender.getBean(CamelContext.class));
        return new ExchangeCalls(client, producer, echoEndpoint);
    }

    NodeSendApi client() {
        return client;
    }

    OutgoingMessage message() {
        return message;
    }

    /** The signed envelope the echo carries, as long as the exchange's. */
    byte[] body() {
        return echoBody;
    }

    /** (a): right when the echo server answers HTTP 200 with the same bytes. */
    LoadRunner.Call echo() {
        return () -> {
            Exchange answer = producer.send(ECHO_ROUTE, exchange -> {
                exchange.setProperty(ECHO_ENDPOINT_PROPERTY, echoEndpoint);
                exchange.getMessage().setBody(echoBody);
            });
            if (answer.getException() != null) {
                return "echo failed: " + answer.getException();
            }
            int status = answer.getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE, 0, Integer.class);
            if (status != 200) {
                return "echo answered HTTP " + status;
            }
            return Arrays.equals(answer.getMessage().getBody(byte[].class), echoBody)
                    ? null
                    : "echo answered other bytes";
        };
    }

    /** (b): right when the receiver's signed receipt verifies. */
    LoadRunner.Call exchange() {
        return () -> {
            String problem = client.send(message);
            if (problem == null) {
                accepted.incrementAndGet();
            }
            return problem;
        };
    }

    /** Counts messages delivered through the outbox in (c), where every one must have been accepted. */
    void acceptedThroughOutbox(int messages) {
        accepted.addAndGet(messages);
    }

    long accepted() {
        return accepted.get();
    }

    /** The echo route mirrors the node's outbound route: same component, headers, TLS context and timeouts. */
    private static void addEchoRoute(CamelContext camel) throws Exception {
        if (camel.getRegistry().lookupByName("federationClientTls") == null) {
            throw new IllegalStateException("the sending node has no federationClientTls bean");
        }
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                errorHandler(noErrorHandler());
                from(ECHO_ROUTE)
                        .routeId("crossflag-bench-echo")
                        .setHeader(Exchange.HTTP_METHOD, constant(HttpMethods.POST))
                        .setHeader(Exchange.CONTENT_TYPE, constant("application/json"))
                        .toD("${exchangeProperty." + ECHO_ENDPOINT_PROPERTY + "}" + EchoServer.PATH
                                + "?sslContextParameters=#federationClientTls&throwExceptionOnFailure=false"
                                + "&connectTimeout=10000&responseTimeout=10000&connectionRequestTimeout=10000");
            }
        });
    }

    /** A prior-hearing query as a MARAC coordinator's node sends it: CLK encodings, never names. */
    private static OutgoingMessage realisticQuery() {
        Random random = new Random(20261122L);
        ObjectNode payload = JsonNodeFactory.instance.objectNode();
        payload.put("encoding", "CLK-1024/HMAC-SHA256/bigrams/k30/balanced");
        payload.put("keyId", "crossflag-clk-2026-11");
        payload.put("nameClk", base64(random, 128));
        payload.put("surnameClk", base64(random, 64));
        payload.put("dateOfBirthClk", base64(random, 64));
        payload.put("sexClk", base64(random, 16));
        payload.put("similarityThreshold", 0.82);
        payload.putArray("forums").add("MARAC").add("DAPP").add("MATAC");
        payload.put("lookbackMonths", 12);
        payload.put("referralReference", "MARAC-ESX-2026-004711");
        payload.put("contactPoint", "marac.coordinator@essex.police.example");
        return new OutgoingMessage(
                MessageType.EXCHANGE_TEST,
                BenchmarkPki.RECEIVER,
                null,
                Purpose.MARAC_SAFEGUARDING,
                LegalBasis.CRIME_AND_DISORDER_ACT_1998_S115,
                new Envelope.Requester("ESX-4471", RequesterRole.MARAC_COORDINATOR),
                new Envelope.Consent(ConsentState.NOT_SOUGHT_THRESHOLD_MET, null),
                List.of(DataCategory.HEARING_FLAG),
                payload);
    }

    private static String base64(Random random, int bytes) {
        byte[] value = new byte[bytes];
        random.nextBytes(value);
        return Base64.getEncoder().encodeToString(value);
    }
}
