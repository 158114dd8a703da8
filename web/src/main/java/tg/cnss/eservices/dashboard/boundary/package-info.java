/**
 * The spaces' dashboards: what they show is drawn from several business contexts (declarations,
 * account, quitus, workers, requests), which is why they are here and not in any one of them.
 */
package tg.cnss.eservices.dashboard.boundary;
