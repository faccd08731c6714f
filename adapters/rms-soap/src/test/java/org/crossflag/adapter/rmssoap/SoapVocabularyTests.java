package org.crossflag.adapter.rmssoap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.crossflag.adapter.AbuseType;
import org.crossflag.adapter.CircumstanceChangeKind;
import org.crossflag.adapter.ConsentState;
import org.crossflag.adapter.DvdsRoute;
import org.crossflag.adapter.Forum;
import org.crossflag.adapter.LocalRecordType;
import org.crossflag.adapter.PersonRole;
import org.crossflag.adapter.ProtectionOrderType;
import org.crossflag.adapter.RecordKind;
import org.crossflag.adapter.VictimRelationship;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Each code list of the SOAP contracts equals the adapter API's vocabulary, both ways. */
class SoapVocabularyTests {

    static final String XS = XMLConstants.W3C_XML_SCHEMA_NS_URI;

    @ParameterizedTest
    @CsvSource({
        "records-system-events.xsd, Forum",
        "records-system-events.xsd, RecordKind",
        "records-system-events.xsd, DvdsRoute",
        "records-system-events.xsd, ConsentState",
        "records-system-events.xsd, CircumstanceChangeKind",
        "records-system-events.xsd, ProtectionOrderType",
        "records-system-events.xsd, RecordType",
        "records-system-events.xsd, PersonRole",
        "records-system-events.xsd, SubjectRole",
        "records-system-events.xsd, VictimRole",
        "records-system-events.xsd, VictimRelationship",
        "records-system-events.xsd, AbuseType",
        "records-system-query.xsd, RecordKind"
    })
    void theSchemasCodesAreTheVocabularysCodes(String schema, String simpleType) throws Exception {
        assertThat(enumeration(schema, simpleType)).containsExactlyElementsOf(codes(simpleType));
    }

    static List<String> codes(String simpleType) {
        switch (simpleType) {
            case "SubjectRole" -> {
                // A subject is the perpetrator, or both: the roles that are not only a victim's.
                return Arrays.stream(PersonRole.values())
                        .filter(role -> role != PersonRole.VICTIM)
                        .map(PersonRole::wire)
                        .toList();
            }
            case "VictimRole" -> {
                return Arrays.stream(PersonRole.values())
                        .filter(PersonRole::recordedAsVictim)
                        .map(PersonRole::wire)
                        .toList();
            }
            default -> {
                // every other list is a whole vocabulary
            }
        }
        Enum<?>[] values = switch (simpleType) {
            case "Forum" -> Forum.values();
            case "RecordKind" -> RecordKind.values();
            case "DvdsRoute" -> DvdsRoute.values();
            case "ConsentState" -> ConsentState.values();
            case "CircumstanceChangeKind" -> CircumstanceChangeKind.values();
            case "ProtectionOrderType" -> ProtectionOrderType.values();
            case "RecordType" -> LocalRecordType.values();
            case "PersonRole" -> PersonRole.values();
            case "VictimRelationship" -> VictimRelationship.values();
            case "AbuseType" -> AbuseType.values();
            default -> throw new AssertionError(simpleType);
        };
        return Arrays.stream(values).map(Enum::name).toList();
    }

    static List<String> enumeration(String schema, String simpleType) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document document;
        try (InputStream in = SoapVocabularyTests.class.getResourceAsStream("/org/crossflag/schemas/soap/" + schema)) {
            document = factory.newDocumentBuilder().parse(in);
        }
        NodeList types = document.getElementsByTagNameNS(XS, "simpleType");
        for (int i = 0; i < types.getLength(); i++) {
            Element type = (Element) types.item(i);
            if (type.getAttribute("name").equals(simpleType)) {
                List<String> codes = new ArrayList<>();
                NodeList values = type.getElementsByTagNameNS(XS, "enumeration");
                for (int j = 0; j < values.getLength(); j++) {
                    codes.add(((Element) values.item(j)).getAttribute("value"));
                }
                return codes;
            }
        }
        throw new AssertionError(simpleType + " is not in " + schema);
    }
}
