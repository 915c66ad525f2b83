#ifndef PTCE_CLIBXML2_SHIM_H
#define PTCE_CLIBXML2_SHIM_H
/* Debian builds libxml2 with ICU, and <libxml/encoding.h> then includes ICU headers that
   clash with Foundation's own copy of ICU (UErrorCode defined twice). Nothing here uses
   the ICU members of xmlCharEncodingHandler (only pointers to it), so hide them. */
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlschemas.h>
#include <libxml/xmlschemastypes.h>
#include <libxml/catalog.h>
#include <libxml/SAX2.h>

/* libxml2's generic error callback is variadic, which Swift cannot define.
   This header-only pair lets Swift install a callback that drops those messages:
   every error the project cares about is collected through structured handlers. */
static void ptce_silent_generic_error(void *ctx, const char *msg, ...) {
    (void)ctx;
    (void)msg;
}

static inline void ptce_silence_generic_errors(void) {
    xmlThrDefSetGenericErrorFunc(NULL, ptce_silent_generic_error);
    xmlSetGenericErrorFunc(NULL, ptce_silent_generic_error);
}
#endif
