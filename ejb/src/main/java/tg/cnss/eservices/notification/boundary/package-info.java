/**
 * Notification entry points: queueing e-mails and SMS, their delivery by a message-driven bean,
 * and the demo mailbox.
 */
package tg.cnss.eservices.notification.boundary;
