package org.crossflag.gateway.disclosures.records;

import org.crossflag.adapter.Forum;
import org.crossflag.adapter.RecordKind;
import org.crossflag.adapter.UnknownCodeException;
import org.crossflag.gateway.federation.envelope.DataCategory;

/**
 * What a held record is, as a DVDS answer's item names it: a person record's {@link RecordKind}, or a hearing of
 * this force's MARAC or another of its panels. Each kind falls in one {@link DataCategory}, which decides whether a
 * request that names its categories may have it.
 */
public enum HeldRecordKind {
    CONVICTION(DataCategory.CONVICTIONS),
    CAUTION(DataCategory.CAUTIONS_AND_DISPOSALS),
    OUT_OF_COURT_DISPOSAL(DataCategory.CAUTIONS_AND_DISPOSALS),
    ORDER(DataCategory.ORDERS),
    MARKER(DataCategory.INTELLIGENCE),
    MARAC_HEARING(DataCategory.MARAC_AND_PANEL_HISTORY),
    PANEL_HEARING(DataCategory.MARAC_AND_PANEL_HISTORY);

    private final DataCategory category;

    HeldRecordKind(DataCategory category) {
        this.category = category;
    }

    public DataCategory category() {
        return category;
    }

    public static HeldRecordKind of(RecordKind kind) {
        return switch (kind) {
            case CONVICTION -> CONVICTION;
            case CAUTION -> CAUTION;
            case OUT_OF_COURT_DISPOSAL -> OUT_OF_COURT_DISPOSAL;
            case ORDER -> ORDER;
            case MARKER -> MARKER;
        };
    }

    /** A MARAC hearing is named as such; DAPP, MATAC, MASIP, Drive and MAPPA panels are panel hearings. */
    public static HeldRecordKind of(Forum forum) {
        return forum == Forum.MARAC ? MARAC_HEARING : PANEL_HEARING;
    }

    /** The code a DVDS answer carries: the constant's name. */
    public String wire() {
        return name();
    }

    /** @throws UnknownCodeException naming the value */
    public static HeldRecordKind fromWire(String code) {
        for (HeldRecordKind kind : values()) {
            if (kind.name().equals(code)) {
                return kind;
            }
        }
        throw new UnknownCodeException("held record kind", code);
    }
}
