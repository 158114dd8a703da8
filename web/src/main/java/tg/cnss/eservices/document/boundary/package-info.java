/**
 * Document: the PDF documents the portal hands out — the user guide today; certificates, quitus,
 * receipts and printable request summaries with their verification codes later.
 */
package tg.cnss.eservices.document.boundary;
