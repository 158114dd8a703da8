/**
 * Document (web side): how every file is handed out ({@link tg.cnss.eservices.document.boundary.Downloads})
 * and the user guide. The PDF layout itself is in the EJB module ({@code document.control.PdfLayout}),
 * so that the contexts build their documents — request summaries, receipts, certificates — there.
 */
package tg.cnss.eservices.document.boundary;
