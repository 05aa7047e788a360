#ifndef PASSEUR_CICU_H
#define PASSEUR_CICU_H

/*
 * A thin C shim over the system ICU (libicu-dev).
 *
 * Only plain C types cross this header: Foundation on Linux carries its own
 * ICU module, and ICU's own headers clash with it when imported into Swift.
 * Text is UTF-16 (uint16_t); every function copies the text it is given, so
 * the caller's buffer may go away after the call.
 */

#include <stdint.h>
#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/* ---- Break iteration ---------------------------------------------------- */

typedef struct PasseurBreakIterator PasseurBreakIterator;

enum {
    PASSEUR_BREAK_SENTENCE = 0,
    PASSEUR_BREAK_WORD = 1,
    PASSEUR_BREAK_LINE = 2
};

/* Opens a sentence, word or line break iterator for an ICU locale id such as
 * "fr" or "fr@ss=standard". Returns NULL and sets *status (an ICU error
 * code, > 0) on failure. */
PasseurBreakIterator *passeur_brk_open(int32_t kind, const char *locale, int32_t *status);

/* Gives the iterator a copy of `text`. Returns an ICU status (<= 0 is success). */
int32_t passeur_brk_set_text(PasseurBreakIterator *it, const uint16_t *text, int32_t length);

/* Moves to the next boundary and returns it, or -1 at the end. */
int32_t passeur_brk_next(PasseurBreakIterator *it);

/* The rule status of the boundary just returned (word iterators: 0 for
 * spaces and punctuation, 100..499 for numbers, letters, kana, ideographs). */
int32_t passeur_brk_rule_status(PasseurBreakIterator *it);

void passeur_brk_close(PasseurBreakIterator *it);

/* Writes the boundaries of `text` into `out` (at most `capacity`), without
 * the initial 0. Returns the number written, or -(ICU status) on failure.
 * One call instead of one per boundary: used on hot paths. */
int32_t passeur_brk_boundaries(PasseurBreakIterator *it, const uint16_t *text, int32_t length,
                               int32_t *out, int32_t capacity);

/* ---- Regular expressions (uregex: the Java syntax that SRX uses) -------- */

typedef struct PasseurRegex PasseurRegex;

enum {
    PASSEUR_REGEX_CASE_INSENSITIVE = 2,
    PASSEUR_REGEX_COMMENTS = 4,
    PASSEUR_REGEX_DOTALL = 32,
    PASSEUR_REGEX_MULTILINE = 8,
    PASSEUR_REGEX_UWORD = 256
};

/* Compiles `pattern`. On failure returns NULL, sets *status, and the 1-based
 * line and offset of the error in the pattern. */
PasseurRegex *passeur_regex_open(const uint16_t *pattern, int32_t length, uint32_t flags,
                                 int32_t *status, int32_t *errorLine, int32_t *errorOffset);

int32_t passeur_regex_set_text(PasseurRegex *re, const uint16_t *text, int32_t length);

enum {
    PASSEUR_REGEX_FOUND = 1,
    PASSEUR_REGEX_NOT_FOUND = 0,
    /* The match gave up: over the time limit, or out of backtracking stack. */
    PASSEUR_REGEX_TOO_COMPLEX = -1,
    PASSEUR_REGEX_FAILED = -2
};

/* Bounds the work of one match (find or matches) to `steps` of ICU's match
 * engine (uregex_setTimeLimit: about a millisecond each); 0 means no limit. */
void passeur_regex_set_time_limit(PasseurRegex *re, int32_t steps);

/* Finds the first match starting at or after `start`; returns
 * PASSEUR_REGEX_FOUND and its bounds in *matchStart / *matchEnd,
 * PASSEUR_REGEX_NOT_FOUND when there is none, PASSEUR_REGEX_TOO_COMPLEX when
 * the time or stack limit stopped the search, PASSEUR_REGEX_FAILED on any
 * other error. */
int32_t passeur_regex_find(PasseurRegex *re, int32_t start, int32_t *matchStart, int32_t *matchEnd);

/* Whether the pattern matches the whole of `text`. */
int32_t passeur_regex_matches(PasseurRegex *re, const uint16_t *text, int32_t length);

void passeur_regex_close(PasseurRegex *re);

/* ---- Locales, names, normalisation ------------------------------------- */

/* Converts a BCP 47 tag to an ICU locale id. Returns the length written,
 * or -1 when the tag is not well formed (then *errorIndex is the 0-based
 * offset where parsing stopped). */
int32_t passeur_locale_from_tag(const char *tag, char *out, int32_t capacity, int32_t *errorIndex);

/* 1 when `language` (ISO 639, 2 or 3 letters) is a language ICU knows. */
int32_t passeur_language_is_known(const char *language);

/* The English name of an ICU error code, e.g. "U_REGEX_RULE_SYNTAX". */
const char *passeur_error_name(int32_t status);

/* Case-folds (full folding) `text` into `out`; returns the length, or -1 if
 * `capacity` is too small (then call again with the returned need in *need). */
int32_t passeur_fold_case(const uint16_t *text, int32_t length, uint16_t *out, int32_t capacity, int32_t *need);

/* NFC-normalises `text` into `out`; same contract as passeur_fold_case. */
int32_t passeur_normalize_nfc(const uint16_t *text, int32_t length, uint16_t *out, int32_t capacity, int32_t *need);

#ifdef __cplusplus
}
#endif

#endif
