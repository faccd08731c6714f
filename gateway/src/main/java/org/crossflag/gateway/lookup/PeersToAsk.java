package org.crossflag.gateway.lookup;

import java.util.List;
import java.util.function.Predicate;

import org.crossflag.gateway.federation.directory.DirectoryMember;
import org.crossflag.gateway.federation.directory.MemberKind;
import org.crossflag.gateway.federation.envelope.MessageType;

/**
 * Which members of the directory a lookup asks: members of one kind, other than this node, that take part in the
 * lookup's message type, and that this node's policy lets it ask. Keeps the directory's order.
 */
public final class PeersToAsk {

    private final String nodeCode;
    private final MemberKind kind;
    private final MessageType messageType;

    public PeersToAsk(String nodeCode, MemberKind kind, MessageType messageType) {
        this.nodeCode = nodeCode;
        this.kind = kind;
        this.messageType = messageType;
    }

    /** The members the policy is asked about; the policy is never asked about any other. */
    public List<DirectoryMember> candidates(List<DirectoryMember> members) {
        return members.stream()
                .filter(member -> !member.code().equals(nodeCode))
                .filter(member -> member.kind() == kind)
                .filter(member -> member.takesPartIn(messageType))
                .toList();
    }

    /**
     * @param policyAllows the policy's answer for one candidate; asked once per candidate, in the directory's order
     */
    public List<DirectoryMember> choose(List<DirectoryMember> members, Predicate<DirectoryMember> policyAllows) {
        return candidates(members).stream().filter(policyAllows).toList();
    }
}
