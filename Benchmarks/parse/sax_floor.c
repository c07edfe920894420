/* The floor for parsing: libxml2's SAX2 push parser in recover mode with empty callbacks, over
 * the same bytes and in the same 256 KB chunks as feedmerge. Files are read first; only the
 * parse is timed (process CPU time). Prints one JSON line. */
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static void on_start(void *ctx, const xmlChar *localname, const xmlChar *prefix, const xmlChar *uri,
                     int namespace_count, const xmlChar **namespaces, int attribute_count, int defaulted,
                     const xmlChar **attributes) {}
static void on_end(void *ctx, const xmlChar *localname, const xmlChar *prefix, const xmlChar *uri) {}
static void on_characters(void *ctx, const xmlChar *text, int length) {}
static void on_error(void *ctx, xmlErrorPtr error) {}

static double cpu_seconds(void) {
    struct timespec now;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return now.tv_sec + now.tv_nsec / 1e9;
}

int main(int argc, char **argv) {
    int count = argc - 1;
    char **data = calloc(count, sizeof(char *));
    size_t *sizes = calloc(count, sizeof(size_t));
    size_t total = 0;
    for (int i = 0; i < count; i++) {
        FILE *file = fopen(argv[i + 1], "rb");
        if (!file) { perror(argv[i + 1]); return 1; }
        fseek(file, 0, SEEK_END);
        sizes[i] = ftell(file);
        fseek(file, 0, SEEK_SET);
        data[i] = malloc(sizes[i] + 1);
        if (fread(data[i], 1, sizes[i], file) != sizes[i]) { perror("read"); return 1; }
        fclose(file);
        total += sizes[i];
    }
    xmlInitParser();
    xmlSAXHandler sax;
    memset(&sax, 0, sizeof sax);
    sax.initialized = XML_SAX2_MAGIC;
    sax.startElementNs = on_start;
    sax.endElementNs = on_end;
    sax.characters = on_characters;
    sax.cdataBlock = on_characters;
    sax.serror = on_error;
    const size_t chunk = 256 * 1024;
    double started = cpu_seconds();
    for (int i = 0; i < count; i++) {
        xmlParserCtxtPtr context = xmlCreatePushParserCtxt(&sax, NULL, NULL, 0, NULL);
        xmlCtxtUseOptions(context, XML_PARSE_RECOVER | XML_PARSE_NONET);
        size_t offset = 0;
        /* Skip white space before the declaration, as feedmerge does. */
        while (offset < sizes[i] && (data[i][offset] == ' ' || data[i][offset] == '\n' || data[i][offset] == '\r' || data[i][offset] == '\t')) offset++;
        while (offset < sizes[i]) {
            size_t length = sizes[i] - offset < chunk ? sizes[i] - offset : chunk;
            xmlParseChunk(context, data[i] + offset, (int)length, 0);
            offset += length;
        }
        xmlParseChunk(context, NULL, 0, 1);
        if (context->myDoc) xmlFreeDoc(context->myDoc);
        xmlFreeParserCtxt(context);
    }
    double elapsed = cpu_seconds() - started;
    printf("{\"files\": %d, \"bytes\": %zu, \"cpu_seconds\": %.4f}\n", count, total, elapsed);
    return 0;
}
