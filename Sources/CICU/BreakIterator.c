#include "CICU.h"

#include <stdlib.h>
#include <string.h>
#include <unicode/ubrk.h>
#include <unicode/utypes.h>

struct PasseurBreakIterator {
    UBreakIterator *brk;
    UChar *text;
    int32_t capacity;
};

PasseurBreakIterator *passeur_brk_open(int32_t kind, const char *locale, int32_t *status) {
    UErrorCode err = U_ZERO_ERROR;
    UBreakIteratorType type = kind == PASSEUR_BREAK_WORD ? UBRK_WORD : kind == PASSEUR_BREAK_LINE ? UBRK_LINE : UBRK_SENTENCE;
    UBreakIterator *brk = ubrk_open(type, locale, NULL, 0, &err);
    if (U_FAILURE(err)) {
        *status = err;
        return NULL;
    }
    PasseurBreakIterator *it = calloc(1, sizeof *it);
    it->brk = brk;
    *status = err;
    return it;
}

static UErrorCode copy_text(PasseurBreakIterator *it, const uint16_t *text, int32_t length) {
    if (length + 1 > it->capacity) {
        int32_t capacity = length + 1 < 1024 ? 1024 : length + 1;
        UChar *grown = realloc(it->text, (size_t)capacity * sizeof(UChar));
        if (grown == NULL) return U_MEMORY_ALLOCATION_ERROR;
        it->text = grown;
        it->capacity = capacity;
    }
    if (length > 0) memcpy(it->text, text, (size_t)length * sizeof(UChar));
    it->text[length] = 0;
    UErrorCode err = U_ZERO_ERROR;
    ubrk_setText(it->brk, it->text, length, &err);
    return err;
}

int32_t passeur_brk_set_text(PasseurBreakIterator *it, const uint16_t *text, int32_t length) {
    return copy_text(it, text, length);
}

int32_t passeur_brk_next(PasseurBreakIterator *it) {
    int32_t b = ubrk_next(it->brk);
    return b == UBRK_DONE ? -1 : b;
}

int32_t passeur_brk_rule_status(PasseurBreakIterator *it) {
    return ubrk_getRuleStatus(it->brk);
}

void passeur_brk_close(PasseurBreakIterator *it) {
    if (it == NULL) return;
    ubrk_close(it->brk);
    free(it->text);
    free(it);
}

int32_t passeur_brk_boundaries(PasseurBreakIterator *it, const uint16_t *text, int32_t length,
                               int32_t *out, int32_t capacity) {
    UErrorCode err = copy_text(it, text, length);
    if (U_FAILURE(err)) return -(int32_t)err;
    int32_t count = 0;
    for (int32_t b = ubrk_next(it->brk); b != UBRK_DONE && count < capacity; b = ubrk_next(it->brk)) {
        out[count++] = b;
    }
    return count;
}
