// hs_phrases: Hyperscan on narrascan's own phrase list, for the ../shared/bench harness.
//
//   hs_phrases PHRASES CORPUS [DATABASE]
//
// The harness's hs_count takes a wildcard only at the end of a phrase. The list that
// `narrascan lexicon export --phrases` prints has them on any word ("polsk* granic*"; 1,818 of
// the bundled lexicons' phrases have one on their first word), so this program compiles that
// list as it is, one expression per phrase: each word escaped, words joined by one space, an е
// also matching ё (narrascan folds ё to е), flags CASELESS | UTF8 | SOM_LEFTMOST. A wildcard
// inside a phrase becomes a run of any characters but ASCII separators (a Unicode \w there makes
// Hyperscan refuse the list as too large); a wildcard at the end becomes nothing, and such a
// match is not word-tested at its end. A match counts when the character before its start (and,
// but after a final wildcard, the one after its end) is not a word character (letters and digits
// of any script, and '_'): a whole-word, case-insensitive count of every occurrence of every
// phrase, overlapping ones included, which is what narrascan-peer counts, except that narrascan
// also lets words be separated by more than one space, a hyphen or soft punctuation.
//
// CORPUS has one document per line and is scanned a line per `hs_scan` call, from a mapping,
// as hs_count does. With DATABASE the compiled database is read from that file when it is newer
// than PHRASES, and written there otherwise: the compile (about 8 s for the bundled list) is
// then not part of a timed run, as for the harness's Hyperscan peers.
//
// Prints `matches=N docs=D scan_s=S compile_s=C`.
//
// Build: gcc -O2 -o hs_phrases hs_phrases.c -lhs   (Debian: apt-get install libhyperscan-dev)

#define _GNU_SOURCE
#include <fcntl.h>
#include <hs/hs.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>
#include <wctype.h>

static double seconds(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

static void fail(const char *message, const char *detail) {
    fprintf(stderr, "hs_phrases: %s%s%s\n", message, detail ? ": " : "", detail ? detail : "");
    exit(2);
}

// The whole file, NUL-terminated.
static char *read_file(const char *path, size_t *length) {
    FILE *f = fopen(path, "rb");
    if (!f) fail("cannot open", path);
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *bytes = malloc((size_t)n + 1);
    if (!bytes || fread(bytes, 1, (size_t)n, f) != (size_t)n) fail("cannot read", path);
    fclose(f);
    bytes[n] = 0;
    *length = (size_t)n;
    return bytes;
}

// One phrase line as a Hyperscan expression (caller frees).
static char *expression(const char *line, size_t n, int *open_ended) {
    char *out = malloc(48 * n + 8), *o = out;  // a wildcard class is 41 bytes
    size_t i = 0;
    int words = 0;
    while (i < n) {
        while (i < n && (line[i] == ' ' || line[i] == '\t')) i++;
        if (i == n) break;
        size_t end = i;
        while (end < n && line[end] != ' ' && line[end] != '\t') end++;
        int prefix = line[end - 1] == '*';
        if (words++ > 0) *o++ = ' ';
        for (size_t k = i; k < end - (size_t)prefix; k++) {
            // narrascan folds ё to е: an е of the list is either (Hyperscan's caseless mode
            // covers Ё and Е).
            if ((unsigned char)line[k] == 0xD0 && k + 1 < end && (unsigned char)line[k + 1] == 0xB5) {
                o += sprintf(o, "[\xD0\xB5\xD1\x91]");
                k++;
                continue;
            }
            if (strchr("\\^$.|?*+()[]{}/-#&~\"'", line[k])) *o++ = '\\';
            *o++ = line[k];
        }
        i = end;
        // A wildcard inside the phrase: any run of characters that are not ASCII separators (a
        // Unicode \w there makes the database "too large" for Hyperscan). At the end: nothing,
        // and no word test after the match (`open_ended`).
        if (prefix && i < n) o += sprintf(o, "[^\\x00-\\x2f\\x3a-\\x40\\x5b-\\x5e\\x60\\x7b-\\x7f]*");
        *open_ended = prefix;
    }
    *o = 0;
    return out;
}

// The phrase list as expressions, with whether each one ends in a wildcard.
struct phrases {
    char **expressions;
    unsigned char *open_ended;
    size_t count;
};

static struct phrases read_phrases(const char *path) {
    size_t length;
    char *text = read_file(path, &length);
    struct phrases list = {NULL, NULL, 0};
    size_t capacity = 0;
    for (char *line = text; *line;) {
        char *end = strchr(line, '\n');
        size_t n = end ? (size_t)(end - line) : strlen(line);
        if (n > 0 && line[n - 1] == '\r') n--;
        int open_ended = 0;
        char *e = expression(line, n, &open_ended);
        if (*e) {
            if (list.count == capacity) {
                capacity = capacity ? 2 * capacity : 1024;
                list.expressions = realloc(list.expressions, capacity * sizeof *list.expressions);
                list.open_ended = realloc(list.open_ended, capacity);
            }
            list.open_ended[list.count] = (unsigned char)open_ended;
            list.expressions[list.count++] = e;
        } else {
            free(e);
        }
        line = end ? end + 1 : line + n;
    }
    free(text);
    return list;
}

static hs_database_t *compile(struct phrases list, double *compile_seconds) {
    unsigned *flags = malloc(list.count * sizeof *flags), *ids = malloc(list.count * sizeof *ids);
    for (size_t k = 0; k < list.count; k++) {
        flags[k] = HS_FLAG_CASELESS | HS_FLAG_UTF8 | HS_FLAG_SOM_LEFTMOST;
        ids[k] = (unsigned)k;
    }
    hs_database_t *database;
    hs_compile_error_t *error;
    double start = seconds();
    if (hs_compile_multi((const char *const *)list.expressions, flags, ids, (unsigned)list.count, HS_MODE_BLOCK, NULL,
                         &database, &error) != HS_SUCCESS) {
        fprintf(stderr, "hs_phrases: expression %d: %s\n", error->expression,
                error->expression >= 0 ? list.expressions[error->expression] : "");
        fail("compile failed", error->message);
    }
    *compile_seconds = seconds() - start;
    free(flags);
    free(ids);
    return database;
}

static hs_database_t *load_or_compile(struct phrases list, const char *phrases, const char *cache, double *compile_seconds) {
    *compile_seconds = 0;
    struct stat source, cached;
    if (cache && stat(phrases, &source) == 0 && stat(cache, &cached) == 0 && cached.st_mtime >= source.st_mtime) {
        size_t length;
        char *bytes = read_file(cache, &length);
        hs_database_t *database;
        if (hs_deserialize_database(bytes, length, &database) == HS_SUCCESS) {
            free(bytes);
            return database;
        }
        free(bytes);
    }
    hs_database_t *database = compile(list, compile_seconds);
    if (cache) {
        char *bytes;
        size_t length;
        if (hs_serialize_database(database, &bytes, &length) != HS_SUCCESS) fail("cannot serialize", cache);
        FILE *f = fopen(cache, "wb");
        if (!f || fwrite(bytes, 1, length, f) != length) fail("cannot write", cache);
        fclose(f);
        free(bytes);
    }
    return database;
}

// The code point that ends just before `p` (decoded back to `start` at most); a malformed one as
// its last byte.
static unsigned before(const unsigned char *start, const unsigned char *p) {
    const unsigned char *q = p - 1;
    while (q > start && (*q & 0xC0) == 0x80 && p - q < 4) q--;
    unsigned c = *q;
    if (c < 0x80) return c;
    int extra = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : 1;
    if (q + extra + 1 != p) return c;
    c &= 0x3F >> extra;
    for (const unsigned char *r = q + 1; r < p; r++) c = (c << 6) | (*r & 0x3F);
    return c;
}

// The code point that starts at `p` (before `end`); a malformed one as its first byte.
static unsigned at(const unsigned char *p, const unsigned char *end) {
    unsigned c = *p;
    if (c < 0x80) return c;
    int extra = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : c >= 0xC0 ? 1 : 0;
    if (extra == 0 || p + extra >= end + 1) return c;
    unsigned value = c & (0x3F >> extra);
    for (int k = 1; k <= extra; k++) {
        if (p + k >= end || (p[k] & 0xC0) != 0x80) return c;
        value = (value << 6) | (p[k] & 0x3F);
    }
    return value;
}

static int word_character(unsigned c) {
    if (c < 0x80) return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') || c == '_';
    return iswalnum((wint_t)c) != 0;
}

struct document {
    const unsigned char *start, *end;
    const unsigned char *open_ended;
    unsigned long long matches;
};

static int on_match(unsigned id, unsigned long long from, unsigned long long to, unsigned flags, void *context) {
    (void)flags;
    struct document *d = context;
    if (from > 0 && word_character(before(d->start, d->start + from))) return 0;
    if (!d->open_ended[id] && d->start + to < d->end && word_character(at(d->start + to, d->end))) return 0;
    d->matches++;
    return 0;
}

int main(int argc, char **argv) {
    if (argc < 3 || argc > 4) {
        fprintf(stderr, "usage: hs_phrases PHRASES CORPUS [DATABASE]\n");
        return 2;
    }
    setlocale(LC_ALL, "C.UTF-8");
    double compile_seconds;
    struct phrases list = read_phrases(argv[1]);
    hs_database_t *database = load_or_compile(list, argv[1], argc == 4 ? argv[3] : NULL, &compile_seconds);
    hs_scratch_t *scratch = NULL;
    if (hs_alloc_scratch(database, &scratch) != HS_SUCCESS) fail("cannot allocate scratch", NULL);

    int fd = open(argv[2], O_RDONLY);
    struct stat s;
    if (fd < 0 || fstat(fd, &s) != 0) fail("cannot open", argv[2]);
    const unsigned char *corpus = s.st_size ? mmap(NULL, (size_t)s.st_size, PROT_READ, MAP_PRIVATE, fd, 0) : NULL;
    if (s.st_size && corpus == MAP_FAILED) fail("cannot map", argv[2]);
    const unsigned char *end = corpus + s.st_size;

    double start = seconds();
    unsigned long long matches = 0, documents = 0;
    for (const unsigned char *line = corpus; line < end;) {
        const unsigned char *stop = memchr(line, '\n', (size_t)(end - line));
        if (!stop) stop = end;
        struct document d = {line, stop, list.open_ended, 0};
        if (stop > line && hs_scan(database, (const char *)line, (unsigned)(stop - line), 0, scratch, on_match, &d) != HS_SUCCESS)
            fail("scan failed", NULL);
        matches += d.matches;
        documents++;
        line = stop + 1;
    }
    printf("matches=%llu docs=%llu scan_s=%.3f compile_s=%.1f\n", matches, documents, seconds() - start, compile_seconds);
    return 0;
}
