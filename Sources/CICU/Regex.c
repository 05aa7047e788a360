#include "CICU.h"

#include <stdlib.h>
#include <string.h>
#include <unicode/uregex.h>

struct PasseurRegex {
    URegularExpression *re;
    UChar *text;
};

PasseurRegex *passeur_regex_open(const uint16_t *pattern, int32_t length, uint32_t flags,
                                 int32_t *status, int32_t *errorLine, int32_t *errorOffset) {
    UErrorCode err = U_ZERO_ERROR;
    UParseError parse;
    memset(&parse, 0, sizeof parse);
    URegularExpression *re = uregex_open(pattern, length, flags, &parse, &err);
    *status = err;
    *errorLine = parse.line;
    *errorOffset = parse.offset;
    if (U_FAILURE(err)) return NULL;
    PasseurRegex *r = calloc(1, sizeof *r);
    r->re = re;
    return r;
}

int32_t passeur_regex_set_text(PasseurRegex *r, const uint16_t *text, int32_t length) {
    UChar *copy = malloc(((size_t)length + 1) * sizeof(UChar));
    if (copy == NULL) return U_MEMORY_ALLOCATION_ERROR;
    if (length > 0) memcpy(copy, text, (size_t)length * sizeof(UChar));
    copy[length] = 0;
    UErrorCode err = U_ZERO_ERROR;
    uregex_setText(r->re, copy, length, &err);
    free(r->text);
    r->text = copy;
    return err;
}

void passeur_regex_set_time_limit(PasseurRegex *r, int32_t steps) {
    UErrorCode err = U_ZERO_ERROR;
    uregex_setTimeLimit(r->re, steps, &err);
}

int32_t passeur_regex_find(PasseurRegex *r, int32_t start, int32_t *matchStart, int32_t *matchEnd) {
    UErrorCode err = U_ZERO_ERROR;
    UBool found = uregex_find(r->re, start, &err);
    if (err == U_REGEX_TIME_OUT || err == U_REGEX_STACK_OVERFLOW) return PASSEUR_REGEX_TOO_COMPLEX;
    if (U_FAILURE(err)) return PASSEUR_REGEX_FAILED;
    if (!found) return PASSEUR_REGEX_NOT_FOUND;
    *matchStart = uregex_start(r->re, 0, &err);
    *matchEnd = uregex_end(r->re, 0, &err);
    return U_FAILURE(err) ? PASSEUR_REGEX_FAILED : PASSEUR_REGEX_FOUND;
}

int32_t passeur_regex_matches(PasseurRegex *r, const uint16_t *text, int32_t length) {
    if (passeur_regex_set_text(r, text, length) > 0) return 0;
    UErrorCode err = U_ZERO_ERROR;
    UBool m = uregex_matches(r->re, 0, &err);
    return U_SUCCESS(err) && m;
}

void passeur_regex_close(PasseurRegex *r) {
    if (r == NULL) return;
    uregex_close(r->re);
    free(r->text);
    free(r);
}
