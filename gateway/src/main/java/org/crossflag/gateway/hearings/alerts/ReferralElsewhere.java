package org.crossflag.gateway.hearings.alerts;

import java.time.LocalDate;

import org.crossflag.adapter.Contact;
import org.crossflag.adapter.Forum;

/** What a CrossAreaAlert says about the referral in the other area. */
record ReferralElsewhere(
        String hitId, String band, Forum forum, LocalDate referredOn, String reference, Contact contact) {}
