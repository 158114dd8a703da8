/**
 * Declaration: what employers declare — the monthly contribution declaration (payroll and the
 * contributions computed from it, kept line by line as computed) and, next, the quarterly
 * nominative wage declaration (DNR). A period declared again gets a new revision; earlier
 * revisions stay as history.
 */
package tg.cnss.eservices.declaration.entity;
