/**
 * Declaration rules: the contributions of a month's payroll with the rates in force in that month
 * ({@link tg.cnss.eservices.declaration.control.ContributionRules}), and the checks of a
 * declaration.
 */
package tg.cnss.eservices.declaration.control;
