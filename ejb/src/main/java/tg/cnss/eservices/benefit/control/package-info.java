/**
 * Benefit rules (domain-rules.md §4–6): pensions and the old-age allowance, as the simulator and
 * the benefit requests compute them — pure, every figure with the rule and the inputs it came from.
 */
package tg.cnss.eservices.benefit.control;
