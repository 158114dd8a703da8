/**
 * Document: the layout of the portal's PDF documents, usable from EJBs (an approval can issue a
 * certificate), and the user guide. It knows no business context; each builds its own documents.
 */
package tg.cnss.eservices.document.control;
