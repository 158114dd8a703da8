/**
 * Demo seeding: in demo mode, the demo accounts and registry entries the README lists. It depends
 * on the contexts it seeds; nothing depends on it (the architecture test holds it so).
 */
package tg.cnss.eservices.demo.boundary;
