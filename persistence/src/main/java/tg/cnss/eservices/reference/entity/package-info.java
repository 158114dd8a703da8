/**
 * Reference: dated reference data — contribution rates, SMIG, the geography of Togo (regions,
 * préfectures, towns), domestic staff categories, identity document types — loaded by schema
 * migrations, rules reading the row valid for the period they compute; and the texts of the
 * public pages that administrators edit ({@link tg.cnss.eservices.reference.entity.EditorialText}).
 */
package tg.cnss.eservices.reference.entity;
