package org.crossflag.adapter;

import java.util.List;

/**
 * A force's own records system that the node asks, when its DVDS officer answers a disclosure request, what it holds
 * about a person it sent: convictions, cautions, disposals, orders and markers. The node asks only about people
 * filed under this source's {@link #adapterId()}, with the records system's own person id.
 */
public interface LocalRecordsSource {

    /** The adapter id the records system's people are filed under, as its events are delivered. */
    String adapterId();

    /**
     * Everything the records system holds about its person, in no particular order; empty when it holds nothing.
     * Personal data: never log the records.
     *
     * @param localPersonId the records system's own id for the person
     * @throws LocalRecordsUnavailableException when the system cannot answer (unreachable, too slow, refused, or
     *                                          answered with something unusable)
     */
    List<LocalPersonRecord> recordsHeldAbout(String localPersonId);
}
