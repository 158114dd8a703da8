/**
 * Reference: dated reference data — contribution rates, SMIG, the geography of Togo (regions,
 * préfectures, towns), domestic staff categories, identity document types. Loaded by schema
 * migrations; rules read the row valid for the period they compute.
 */
package tg.cnss.eservices.reference.entity;
