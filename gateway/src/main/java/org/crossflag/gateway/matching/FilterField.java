package org.crossflag.gateway.matching;

/**
 * The Bloom filters of an encoding, with their length in bits and the taps of their diffusion layer (how many
 * input bits each output bit is the XOR of). Lengths are powers of two.
 * <p>
 * The record-level CLK holds every token. The field-level filters beside it exist because Fellegi-Sunter scoring
 * needs separate evidence per field: in one CLK a date-of-birth disagreement is drowned by agreeing names, which
 * is exactly the "same common name, different date of birth" false match the federation must not make.
 */
enum FilterField {
    CLK("clk", 1024, 3),
    GIVEN("given", 256, 2),
    FAMILY("family", 256, 2),
    DATE_OF_BIRTH("dob", 256, 2),
    POSTCODE("postcode", 256, 2);

    private final String label;
    private final int bits;
    private final int taps;

    FilterField(String label, int bits, int taps) {
        this.label = label;
        this.bits = bits;
        this.taps = taps;
    }

    String label() {
        return label;
    }

    int bits() {
        return bits;
    }

    int words() {
        return bits / 64;
    }

    int taps() {
        return taps;
    }
}
