package org.crossflag.adapter;

/**
 * A professional to call about a hearing or referral, usually the panel coordinator. This is the only contact
 * detail that travels to another force with a hit.
 *
 * @param name  e.g. "MARAC coordinator, Chelmsford"
 * @param phone a work phone number, or null
 * @param email a work email address, or null
 */
public record Contact(String name, String phone, String email) {}
