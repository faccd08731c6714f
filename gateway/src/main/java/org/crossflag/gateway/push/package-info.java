/**
 * Deliveries to the force's own systems: the push queue ({@code PushQueue}, one row per delivery and channel, retried
 * with back-off), email, the signed webhook ({@code WebhookSignature}, Standard Webhooks style) and adapters'
 * {@code LocalDeliveryChannel}s. Capabilities queue deliveries and offer their content as a {@code PushSource}.
 */
package org.crossflag.gateway.push;
