/**
 * Notification: the e-mails, SMS and in-app notices the portal sends, one sender per channel
 * behind a single entry point, delivered through the notification queue.
 */
package tg.cnss.eservices.notification.entity;
