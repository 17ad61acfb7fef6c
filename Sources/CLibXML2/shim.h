#ifndef RENJA_CLIBXML2_SHIM_H
#define RENJA_CLIBXML2_SHIM_H

/* Debian's libxml2 is built with ICU: <libxml/encoding.h> includes <unicode/ucnv.h>, whose
   UErrorCode then clashes with Foundation's copy ("has different definitions in different
   modules"). Claim ucnv.h's include guard and declare the two types encoding.h needs. */
#define UCNV_H
#include <stdint.h>
typedef struct UConverter UConverter;
typedef uint16_t UChar;

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlsave.h>
#include <libxml/relaxng.h>
#include <libxml/xmlstring.h>
#include <libxml/catalog.h>

/* xmlFree is a mutable global function pointer, which Swift 6 rejects as not concurrency-safe. */
static inline void renja_xmlFree(void *pointer) { xmlFree(pointer); }

#endif
