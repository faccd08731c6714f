package org.crossflag.gateway.federation.envelope;

import com.networknt.schema.regex.JoniRegularExpressionFactory;
import com.networknt.schema.regex.RegularExpression;
import com.networknt.schema.regex.RegularExpressionFactory;

/**
 * Runs schema patterns as JSON Schema says they run: ECMA-262 regular expressions, searched for anywhere in the
 * value, on joni's ECMAScript engine. joni alone reads "$" as Ruby does, "the end, or just before a final newline";
 * in ECMA-262 (without the m flag) it is the end of the input only. So each "$" outside a character class becomes
 * the ECMA-262 lookahead that says exactly that, before joni compiles it. The schema files keep their patterns.
 */
final class EcmaRegularExpressions implements RegularExpressionFactory {

    static final EcmaRegularExpressions INSTANCE = new EcmaRegularExpressions();

    /** ECMA-262 for "no character follows": the end of the input, whatever the last character is. */
    static final String END_OF_INPUT = "(?![\\s\\S])";

    private EcmaRegularExpressions() {}

    @Override
    public RegularExpression getRegularExpression(String regex) {
        return JoniRegularExpressionFactory.getInstance().getRegularExpression(withEndOfInput(regex));
    }

    /** The pattern with each "$" anchor (not escaped, not in a character class) made the end of the input. */
    static String withEndOfInput(String regex) {
        StringBuilder out = new StringBuilder(regex.length() + 16);
        boolean inClass = false;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\' && i + 1 < regex.length()) {
                out.append(c).append(regex.charAt(++i));
            } else if (c == '[' && !inClass) {
                inClass = true;
                out.append(c);
            } else if (c == ']' && inClass) {
                inClass = false;
                out.append(c);
            } else if (c == '$' && !inClass) {
                out.append(END_OF_INPUT);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
