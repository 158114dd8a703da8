/** The insured person's benefits: the pension simulator now; benefit requests next. */
package tg.cnss.eservices.benefit.boundary;
