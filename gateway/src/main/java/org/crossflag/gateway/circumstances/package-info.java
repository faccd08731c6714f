/**
 * Changes of circumstance notified under Domestic Abuse Protection Orders and Stalking Protection Orders: the postcode
 * district table ({@code ForceAreas}), routing to the forces a change concerns ({@code CircumstanceRouting}), the
 * notification deadline ({@code NotificationDeadline}), intake ({@code CircumstanceChanges}) and the receiving
 * node's handler ({@code CircumstanceChangeHandler}).
 */
package org.crossflag.gateway.circumstances;
