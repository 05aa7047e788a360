#include "CICU.h"

#include <string.h>
#include <unicode/uloc.h>
#include <unicode/unorm2.h>
#include <unicode/ustring.h>
#include <unicode/utypes.h>

int32_t passeur_locale_from_tag(const char *tag, char *out, int32_t capacity, int32_t *errorIndex) {
    UErrorCode err = U_ZERO_ERROR;
    int32_t parsed = 0;
    int32_t length = uloc_forLanguageTag(tag, out, capacity, &parsed, &err);
    *errorIndex = parsed;
    if (U_FAILURE(err) || parsed != (int32_t)strlen(tag) || length == 0) return -1;
    return length;
}

int32_t passeur_language_is_known(const char *language) {
    const char *const *languages = uloc_getISOLanguages();
    for (; *languages != NULL; languages++) {
        if (strcmp(*languages, language) == 0) return 1;
    }
    /* Three-letter codes: ICU maps them through uloc_getISO3Language. */
    if (strlen(language) == 3) {
        for (languages = uloc_getISOLanguages(); *languages != NULL; languages++) {
            if (strcmp(uloc_getISO3Language(*languages), language) == 0) return 1;
        }
    }
    return 0;
}

const char *passeur_error_name(int32_t status) {
    return u_errorName((UErrorCode)status);
}

int32_t passeur_fold_case(const uint16_t *text, int32_t length, uint16_t *out, int32_t capacity, int32_t *need) {
    UErrorCode err = U_ZERO_ERROR;
    int32_t n = u_strFoldCase(out, capacity, text, length, U_FOLD_CASE_DEFAULT, &err);
    *need = n;
    if (err == U_BUFFER_OVERFLOW_ERROR || n > capacity) return -1;
    return U_FAILURE(err) ? -1 : n;
}

int32_t passeur_normalize_nfc(const uint16_t *text, int32_t length, uint16_t *out, int32_t capacity, int32_t *need) {
    UErrorCode err = U_ZERO_ERROR;
    const UNormalizer2 *nfc = unorm2_getNFCInstance(&err);
    if (U_FAILURE(err)) return -1;
    int32_t n = unorm2_normalize(nfc, text, length, out, capacity, &err);
    *need = n;
    if (err == U_BUFFER_OVERFLOW_ERROR || n > capacity) return -1;
    return U_FAILURE(err) ? -1 : n;
}
