package org.crossflag.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crossflag.adapter.rest.TestNode.asClient;
import static org.crossflag.adapter.rest.TestNode.asTrustedClient;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;

import org.crossflag.adapter.LocalEventType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.fasterxml.jackson.databind.node.ObjectNode;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;

/**
 * Sends events about invented people down every path that logs (stored, duplicate, each kind of refusal, a node that
 * refuses with a message that wrongly holds a name, a node that fails with one), and checks that no log line holds
 * any of their values, while the lines do carry the events, clients, ids and reason codes.
 */
@TestNode.WithRestAdapter
class LogPrivacyTests {

    /** Everything about the invented people that the requests below carry, word by word where it is a name. */
    static final List<String> VALUES = List.of(
            "Oswin",
            "Perceval",
            "Tarrant",
            "Bleek",
            "Ozzy",
            "1982-06-14",
            "CO4 3ZP",
            "Quillon",
            "84/220917R",
            "07700 900561",
            "oswin.tb@mail.example",
            "Marisol",
            "Quenby",
            "Thaddeus",
            "Wolvercote",
            "Ingrid",
            "Solveig",
            "Marchetti",
            "Assault by beating",
            "Risk of serious harm",
            "1982-13-01",
            "Caspian",
            "Drewett",
            "Honoria",
            "Pellinore",
            "1987-02-19",
            "CO4 9XQ",
            "Gwendolyn",
            "Achterberg",
            "Gwen");

    @Autowired
    MockMvc mvc;

    @Autowired
    RecordingSink sink;

    final ListAppender<ILoggingEvent> appender = new ListAppender<>();
    final Logger root = (Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME);
    final Logger adapterLogger = (Logger) LoggerFactory.getLogger("org.crossflag");
    Level rootLevel;

    @BeforeEach
    void captureLogs() {
        sink.reset();
        rootLevel = root.getLevel();
        root.setLevel(Level.DEBUG); // stricter than a node runs (INFO): Spring MVC's debug lines are checked too
        adapterLogger.setLevel(Level.TRACE);
        appender.start();
        root.addAppender(appender);
    }

    @AfterEach
    void restore() {
        root.detachAppender(appender);
        root.setLevel(rootLevel);
        adapterLogger.setLevel(null);
    }

    @Test
    void logsHoldEventsClientsIdsAndReasonCodesButNoValues() throws Exception {
        send("hearings", Bodies.hearing(), status().isCreated());
        send("hearings", Bodies.hearing(), status().isOk());
        send("person-records", Bodies.personRecord(), status().isCreated());
        send("dvds-applications", Bodies.dvdsApplication(), status().isCreated());
        send("circumstance-changes", Bodies.circumstanceChange(), status().isCreated());
        send("referrals", Bodies.withHarm(Bodies.referral()), status().isCreated());
        send(
                "hearings",
                Bodies.with(Bodies.withHarm(Bodies.hearing()), "victims[0].person.dateOfBirth", "1987-02-30"),
                status().isBadRequest());
        send(
                "hearings",
                Bodies.with(Bodies.withHarm(Bodies.hearing()), "victims[1].aliases", List.of("Gwen Achterberg")),
                status().isBadRequest());
        send(
                "hearings",
                Bodies.with(Bodies.withHarm(Bodies.hearing()), "victims[1].person.aliases", null),
                status().isUnprocessableEntity());
        send("referrals", Bodies.with(Bodies.referral(), "subject.dateOfBirth", "1982-13-01"), status().isBadRequest());
        send("referrals", Bodies.with(Bodies.referral(), "forum", "Quenby panel"), status().isBadRequest());
        send("referrals", Bodies.with(Bodies.referral(), "Marisol Quenby", "victim"), status().isBadRequest());
        send("referrals", Bodies.with(Bodies.referral(), "subject.givenNames[0]", 417), status().isBadRequest());
        raw("referrals", "{\"subject\": {\"givenNames\": [\"Caspian\", Drewett]}}", status().isBadRequest());
        raw("referrals", "{\"Caspian Drewett\": ", status().isBadRequest());
        sink.refuse("MARAC-QRB-2026-1187", "NO_MATCH_FOR Oswin Tarrant-Bleek", "Oswin Tarrant-Bleek, 1982-06-14");
        send("referrals", Bodies.referral(), status().isUnprocessableEntity());
        sink.refuse("SPO-QRB-2026-0031-N2", "POSTCODE_DISTRICT_UNKNOWN", "CO4 3ZP is in no force's area");
        send("circumstance-changes", Bodies.circumstanceChange(), status().isUnprocessableEntity());
        sink.failWith(new IllegalStateException("could not store Oswin Tarrant-Bleek, CO4 3ZP"));
        send("withdrawals", Bodies.withdrawal(), status().isServiceUnavailable());
        send(
                "hearings",
                Bodies.hearing(),
                asClient("marac-spreadsheet", LocalEventType.REFERRAL_RECEIVED),
                status().isForbidden());
        send("hearings", Bodies.hearing(), request -> request, status().isUnauthorized());

        List<String> logged =
                loggedSoFar().stream().map(LogPrivacyTests::everythingIn).toList();
        String all = String.join("\n", logged);
        assertThat(all)
                .contains(
                        "HEARING_RECORDED from case-system: stored as 00000000-0000-4000-8000-000000000001",
                        "(already delivered)",
                        "refused INVALID_DATE at subject.dateOfBirth",
                        "refused UNKNOWN_CODE at forum",
                        "refused UNKNOWN_FIELD",
                        "REFERRAL_RECEIVED from case-system: stored as",
                        "refused INVALID_DATE at victims[0].person.dateOfBirth",
                        "refused UNKNOWN_FIELD at victims[1]",
                        "refused VICTIM_UNIDENTIFIABLE at victims[1].person",
                        "refused WRONG_JSON_TYPE at subject.givenNames[0]",
                        "refused MALFORMED_JSON at subject.givenNames[1]",
                        "REJECTED_BY_NODE",
                        "POSTCODE_DISTRICT_UNKNOWN",
                        "the node did not take it (java.lang.IllegalStateException)",
                        "HEARING_RECORDED from marac-spreadsheet: refused EVENT_NOT_ALLOWED",
                        "NOT_AUTHENTICATED");
        for (String value : VALUES) {
            assertThat(logged).as("log lines holding \"%s\"", value).noneMatch(line -> line.contains(value));
        }
    }

    void send(String path, ObjectNode body, ResultMatcher expected) throws Exception {
        send(path, body, asTrustedClient(), expected);
    }

    void send(String path, ObjectNode body, RequestPostProcessor client, ResultMatcher expected) throws Exception {
        mvc.perform(post(LocalEventsController.BASE_PATH + "/" + path)
                        .with(client)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(Bodies.text(body)))
                .andExpect(expected);
    }

    void raw(String path, String text, ResultMatcher expected) throws Exception {
        mvc.perform(post(LocalEventsController.BASE_PATH + "/" + path)
                        .with(asTrustedClient())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(text))
                .andExpect(expected);
    }

    /** A log event's message, MDC and every throwable's class and message in its chain. */
    static String everythingIn(ILoggingEvent event) {
        StringBuilder text =
                new StringBuilder(event.getFormattedMessage()).append(' ').append(event.getMDCPropertyMap());
        for (IThrowableProxy t = event.getThrowableProxy(); t != null; t = t.getCause()) {
            text.append(' ').append(t.getClassName()).append(": ").append(t.getMessage());
            for (IThrowableProxy suppressed : t.getSuppressed()) {
                text.append(' ').append(suppressed.getMessage());
            }
        }
        return text.toString();
    }

    private List<ILoggingEvent> loggedSoFar() {
        synchronized (appender) {
            return new ArrayList<>(appender.list);
        }
    }
}
