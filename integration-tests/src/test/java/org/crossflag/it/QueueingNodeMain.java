package org.crossflag.it;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.crossflag.adapter.ConsentState;
import org.crossflag.adapter.RequesterRole;
import org.crossflag.gateway.CrossflagApplication;
import org.crossflag.gateway.federation.envelope.DataCategory;
import org.crossflag.gateway.federation.envelope.Envelope;
import org.crossflag.gateway.federation.envelope.LegalBasis;
import org.crossflag.gateway.federation.envelope.MessageType;
import org.crossflag.gateway.federation.envelope.OutgoingMessage;
import org.crossflag.gateway.federation.envelope.Purpose;
import org.crossflag.gateway.federation.outbox.Outbox;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Starts a real node (a separate JVM, see {@link NodeProcess}) and, if asked, queues a burst of messages as
 * soon as it is up. Its own arguments use the {@code crossflag-test.} prefix and are taken out before the rest
 * reach Spring (which refuses unknown {@code crossflag.*} keys):
 * <ul>
 *   <li>{@code --crossflag-test.queue=N}: queue N messages, all in one transaction, so either all or none are queued;</li>
 *   <li>{@code --crossflag-test.recipient=CODE}: to whom (required with queue);</li>
 *   <li>{@code --crossflag-test.correlations=C}: spread over C correlation ids, N/C messages each (default 100);</li>
 *   <li>{@code --crossflag-test.ids-file=PATH}: after the commit, write the queued message ids there, one a line.</li>
 * </ul>
 * Without {@code queue}, the node just runs, and its dispatcher carries on with whatever its outbox holds.
 */
public final class QueueingNodeMain {

    static final String PREFIX = "--crossflag-test.";

    private QueueingNodeMain() {}

    public static void main(String[] args) throws IOException {
        List<String> spring = new ArrayList<>();
        int queue = 0;
        int correlations = 100;
        String recipient = null;
        Path idsFile = null;
        for (String arg : args) {
            if (!arg.startsWith(PREFIX)) {
                spring.add(arg);
                continue;
            }
            String setting = arg.substring(PREFIX.length());
            String key = setting.substring(0, setting.indexOf('='));
            String value = setting.substring(setting.indexOf('=') + 1);
            switch (key) {
                case "queue" -> queue = Integer.parseInt(value);
                case "correlations" -> correlations = Integer.parseInt(value);
                case "recipient" -> recipient = value;
                case "ids-file" -> idsFile = Path.of(value);
                default -> throw new IllegalArgumentException("unknown test argument " + arg);
            }
        }
        ConfigurableApplicationContext context =
                new SpringApplicationBuilder(CrossflagApplication.class).run(spring.toArray(String[]::new));
        if (queue > 0) {
            if (recipient == null) {
                throw new IllegalArgumentException(
                        "--crossflag-test.recipient is required with --crossflag-test.queue");
            }
            List<String> ids = queueInOneTransaction(context, recipient, queue, correlations);
            if (idsFile != null) {
                Path partial = idsFile.resolveSibling(idsFile.getFileName() + ".partial");
                Files.write(partial, ids, StandardCharsets.UTF_8);
                Files.move(partial, idsFile, StandardCopyOption.ATOMIC_MOVE);
            }
            System.out.println("crossflag-test: queued " + ids.size() + " messages to " + recipient);
        }
    }

    /**
     * Queues {@code count} messages in one transaction: {@code Outbox.queue} joins it, so the outbox gains all
     * of them at the commit or none. Messages are queued round by round (the first of every correlation, then
     * the second...), so each correlation's messages are spread through the queue rather than bunched.
     */
    static List<String> queueInOneTransaction(
            ConfigurableApplicationContext context, String recipient, int count, int correlations) {
        Outbox outbox = context.getBean(Outbox.class);
        TransactionTemplate transactions = context.getBean(TransactionTemplate.class);
        List<String> correlationIds = new ArrayList<>();
        for (int c = 0; c < correlations; c++) {
            correlationIds.add(UUID.randomUUID().toString());
        }
        return transactions.execute(status -> {
            List<String> ids = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                int correlation = i % correlations;
                int step = i / correlations;
                ids.add(outbox.queue(query(recipient, correlationIds.get(correlation), correlation, step)));
            }
            return ids;
        });
    }

    /** The same shape as the exchange tests' query; the payload is a synthetic referral reference. */
    static OutgoingMessage query(String recipient, String correlationId, int correlation, int step) {
        return new OutgoingMessage(
                MessageType.EXCHANGE_TEST,
                recipient,
                correlationId,
                Purpose.MARAC_SAFEGUARDING,
                LegalBasis.CRIME_AND_DISORDER_ACT_1998_S115,
                new Envelope.Requester("ESX-4471", RequesterRole.MARAC_COORDINATOR),
                new Envelope.Consent(ConsentState.NOT_SOUGHT_THRESHOLD_MET, null),
                List.of(DataCategory.HEARING_FLAG),
                FederationTestClient.JSON
                        .createObjectNode()
                        .put("referralReference", String.format("ESX-MARAC-2026-%04d", correlation))
                        .put("step", step));
    }
}
