package org.crossflag.gateway.hearings.alerts;

import org.crossflag.adapter.Forum;
import org.crossflag.adapter.LocalDelivery;
import org.crossflag.gateway.push.PushItem;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The words and JSON of a pushed alert. They carry the alert's id and what a coordinator needs to act (forum,
 * force, date, reference, whom to call) and a link to the inbox, but no name, date of birth or address: email
 * and webhooks leave the node's protection. Every value in an email is put on its line through PushText, so a
 * peer's text (a contact name with line breaks, say) cannot write a header or body line.
 */
public final class AlertMessages {

    private final String nodeCode;
    private final String inboxUrl;

    public AlertMessages(String nodeCode, String publicUrl) {
        this.nodeCode = nodeCode;
        this.inboxUrl =
                (publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl) + "/inbox/";
    }

    String emailSubject(Alert alert) {
        if (alert.kind() == AlertKind.CIRCUMSTANCE_CHANGE) {
            return line("Crossflag " + nodeCode + ": Change of circumstance under a "
                    + alert.circumstance().orderType().wire() + " (alert "
                    + alert.alertId().substring(0, 8) + ")");
        }
        String what = alert.kind() == AlertKind.PRIOR_HEARING_ELSEWHERE
                ? (alert.status() == AlertStatus.REVIEW ? "Possible prior hearing in " : "Prior hearing in ")
                        + alert.otherForce()
                : "Person heard here referred in " + alert.otherForce();
        return line("Crossflag " + nodeCode + ": " + what + " (alert "
                + alert.alertId().substring(0, 8) + ")");
    }

    String emailBody(Alert alert) {
        StringBuilder body = new StringBuilder();
        if (alert.kind() == AlertKind.CIRCUMSTANCE_CHANGE) {
            body.append(CircumstanceWording.summary(alert.circumstance(), alert.otherForce()));
            return contactAndLink(alert, body);
        }
        String heard = line(alert.heardForum()) + " in " + line(alert.otherForce()) + " on " + line(alert.heardOn());
        if (alert.kind() == AlertKind.PRIOR_HEARING_ELSEWHERE) {
            body.append("A person referred to your ")
                    .append(line(alert.referralForum()))
                    .append(" (ref ")
                    .append(line(alert.referralReference()))
                    .append(", ")
                    .append(line(alert.referredOn()))
                    .append(") ")
                    .append(alert.status() == AlertStatus.REVIEW ? "may have been" : "was")
                    .append(" heard at ")
                    .append(heard)
                    .append(", their ref ")
                    .append(line(alert.heardReference()))
                    .append(".\n");
            AlertPatterns patterns = alert.patterns();
            if (patterns.holdLine() != null) {
                body.append("Held for review: ")
                        .append(line(patterns.holdLine()))
                        .append(".\n");
            } else if (alert.status() == AlertStatus.REVIEW) {
                body.append("This is a possible match: review it in the inbox before anyone else is told.\n");
            }
            for (String said : new String[] {patterns.serialLine(), patterns.mappaPromptLine(), patterns.ageLine()}) {
                if (said != null) {
                    body.append(line(said)).append("\n");
                }
            }
        } else {
            body.append("A person your ")
                    .append(line(alert.heardForum()))
                    .append(" heard on ")
                    .append(line(alert.heardOn()))
                    .append(" (ref ")
                    .append(line(alert.heardReference()))
                    .append(") has been referred to ")
                    .append(line(alert.referralForum()))
                    .append(" in ")
                    .append(line(alert.otherForce()))
                    .append(" on ")
                    .append(line(alert.referredOn()))
                    .append(", their ref ")
                    .append(line(alert.referralReference()))
                    .append(".\n");
        }
        if (alert.repeat()) {
            body.append("This is a repeat within the repeat window.\n");
        }
        if (alert.escalation()) {
            body.append("This meets the escalation rule.\n");
        }
        return contactAndLink(alert, body);
    }

    private String contactAndLink(Alert alert, StringBuilder body) {
        body.append("Contact: ").append(line(alert.contact().name()));
        if (alert.contact().phone() != null) {
            body.append(", ").append(line(alert.contact().phone()));
        }
        if (alert.contact().email() != null) {
            body.append(", ").append(line(alert.contact().email()));
        }
        body.append("\nOpen the alert: ")
                .append(inboxUrl)
                .append("#")
                .append(line(alert.alertId()))
                .append("\n");
        return body.toString();
    }

    private static String line(Object value) {
        return PushText.line(value);
    }

    /**
     * The alert as the push queue delivers it: the adapter-api AlertDelivery (ids and codes; the forum is this force's
     * panel), the references, dates and flags the webhook has always carried, a link to the inbox, and the email.
     */
    public PushItem pushItem(Alert alert, String deliveryId) {
        // A change-of-circumstance alert concerns no panel of this force.
        Forum ourPanel = switch (alert.kind()) {
            case PRIOR_HEARING_ELSEWHERE -> alert.referralForum();
            case CIRCUMSTANCE_CHANGE -> null;
            default -> alert.heardForum();
        };
        LocalDelivery.AlertDelivery delivery = new LocalDelivery.AlertDelivery(
                deliveryId,
                alert.alertId(),
                alert.kind().name(),
                alert.status().name(),
                alert.band(),
                ourPanel,
                alert.otherForce(),
                alert.createdAt());
        if (alert.kind() == AlertKind.CIRCUMSTANCE_CHANGE) {
            CircumstanceNotice notice = alert.circumstance();
            ObjectNode details = JsonNodeFactory.instance
                    .objectNode()
                    .put("changeKind", notice.changeKind().wire())
                    .put("orderType", notice.orderType().wire())
                    .put("orderReference", notice.orderReference())
                    .put("orderHeldBy", notice.orderHeldBy())
                    .put("changedOn", notice.changedOn().toString())
                    .put("notifiedOn", notice.notifiedOn().toString())
                    .put("newDistrict", notice.newDistrict())
                    .put("knownToPanels", notice.knownToPanels().name())
                    .put("possibleNonCompliance", notice.possibleNonCompliance())
                    .put("url", inboxUrl + "#" + alert.alertId());
            return new PushItem(
                    delivery, details, new PushItem.Email(emailSubject(alert), emailBody(alert)), alert.queryId());
        }
        ObjectNode details = JsonNodeFactory.instance
                .objectNode()
                .put("heardForum", alert.heardForum().name())
                .put("heardOn", alert.heardOn().toString())
                .put("heardReference", alert.heardReference())
                .put("referralForum", alert.referralForum().name())
                .put("referredOn", alert.referredOn().toString())
                .put("referralReference", alert.referralReference())
                .put("repeat", alert.repeat())
                .put("escalation", alert.escalation())
                .put("url", inboxUrl + "#" + alert.alertId());
        return new PushItem(
                delivery, details, new PushItem.Email(emailSubject(alert), emailBody(alert)), alert.queryId());
    }
}
