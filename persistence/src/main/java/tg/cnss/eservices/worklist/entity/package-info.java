/**
 * Worklist: the CNSS departments, the routing of each kind of request to a department's queue,
 * the work items agents take and decide, their deadlines and their assignment.
 */
package tg.cnss.eservices.worklist.entity;
