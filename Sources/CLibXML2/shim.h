#ifndef FEEDMERGE_CLIBXML2_SHIM_H
#define FEEDMERGE_CLIBXML2_SHIM_H

// Debian's libxml2 is built with ICU while Foundation carries its own ICU; a module that sees
// both fails with "'UErrorCode' has different definitions". libxml2's public API never needs
// the ICU types, so hide them before any other libxml2 header is read.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/SAX2.h>
#include <libxml/xmlerror.h>
#include <libxml/tree.h>
#include <libxml/HTMLparser.h>
#include <libxml/encoding.h>

// Swift rejects C global variables under strict concurrency; reach them through functions.
static inline void fm_xml_free(void *p) { xmlFree(p); }

/// Frees a parser context together with the hidden document that SAX mode still builds when it
/// meets an <!ENTITY> declaration (xmlFreeParserCtxt leaves it behind).
static inline void fm_xml_free_push_context(xmlParserCtxtPtr ctxt) {
    if (ctxt == NULL) return;
    if (ctxt->myDoc != NULL) {
        xmlFreeDoc(ctxt->myDoc);
        ctxt->myDoc = NULL;
    }
    xmlFreeParserCtxt(ctxt);
}

/// The text of the general entity `name` that the document declared in its internal subset
/// (`<!ENTITY company "Acme">`), as libxml2 stored it (character references decoded), or NULL
/// when it declared none of that name or declared it external. SAX mode keeps such declarations
/// in the hidden document above.
static inline const xmlChar *fm_xml_internal_entity_text(xmlParserCtxtPtr ctxt, const xmlChar *name) {
    if (ctxt == NULL || ctxt->myDoc == NULL || ctxt->myDoc->intSubset == NULL) return NULL;
    xmlEntityPtr entity = xmlGetDocEntity(ctxt->myDoc, name);
    if (entity == NULL || entity->etype != XML_INTERNAL_GENERAL_ENTITY) return NULL;
    return entity->content;
}

/// Stops the parser from the inside of a callback, e.g. when a size or nesting limit is hit.
static inline void fm_xml_stop(xmlParserCtxtPtr ctxt) { xmlStopParser(ctxt); }

static inline int fm_xml_context_well_formed(xmlParserCtxtPtr ctxt) { return ctxt->wellFormed; }
static inline int fm_xml_context_line(xmlParserCtxtPtr ctxt) {
    return ctxt->input != NULL ? ctxt->input->line : 0;
}
static inline int fm_xml_context_column(xmlParserCtxtPtr ctxt) {
    return ctxt->input != NULL ? ctxt->input->col : 0;
}
static inline const char *fm_xml_context_encoding(xmlParserCtxtPtr ctxt) {
    return (const char *)ctxt->encoding;
}
static inline const char *fm_xml_context_input_encoding(xmlParserCtxtPtr ctxt) {
    return (ctxt->input != NULL) ? (const char *)ctxt->input->encoding : NULL;
}

#endif
