/* ec-error.c
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ec-error"

#include "config.h"

#include "ec-error.h"

/* The quark names are strings, not expressions: keep the formatter out. */
/* clang-format off */
G_DEFINE_QUARK (ec-validation-error-quark, ec_validation_error)
G_DEFINE_QUARK (ec-data-error-quark, ec_data_error)
/* clang-format on */

/**
 * ec_validation_error_to_string:
 * @code: an #EcValidationError
 *
 * Returns: the stable, untranslated name of @code, as the service's JSON
 *   errors and the tests use it (for example "invalid_checksum").
 */
const char *
ec_validation_error_to_string (EcValidationError code)
{
  switch (code)
    {
    case EC_VALIDATION_ERROR_EMPTY:
      return "empty";
    case EC_VALIDATION_ERROR_TOO_SHORT:
      return "too_short";
    case EC_VALIDATION_ERROR_TOO_LONG:
      return "too_long";
    case EC_VALIDATION_ERROR_INVALID_CHARACTER:
      return "invalid_character";
    case EC_VALIDATION_ERROR_LOWERCASE:
      return "lowercase";
    case EC_VALIDATION_ERROR_INVALID_FORMAT:
      return "invalid_format";
    case EC_VALIDATION_ERROR_INVALID_CHECKSUM:
      return "invalid_checksum";
    case EC_VALIDATION_ERROR_INVALID_PREFIX:
      return "invalid_prefix";
    case EC_VALIDATION_ERROR_INVALID_DATE:
      return "invalid_date";
    case EC_VALIDATION_ERROR_OUT_OF_RANGE:
      return "out_of_range";
    case EC_VALIDATION_ERROR_WEAK_PASSWORD:
      return "weak_password";
    default:
      g_return_val_if_reached ("unknown");
    }
}
