/* ec-error.h: the project's error domains.
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/**
 * EcValidationError:
 * @EC_VALIDATION_ERROR_EMPTY: the field is empty (or only white space).
 * @EC_VALIDATION_ERROR_TOO_SHORT: the value has too few characters.
 * @EC_VALIDATION_ERROR_TOO_LONG: the value has too many characters.
 * @EC_VALIDATION_ERROR_INVALID_CHARACTER: a character that the field never
 *   accepts (a control character, a symbol, a space inside an ID number).
 * @EC_VALIDATION_ERROR_LOWERCASE: letters must be capitals; offer to fix it.
 * @EC_VALIDATION_ERROR_INVALID_FORMAT: the characters are allowed but their
 *   arrangement is not (wrong length, letter where a digit belongs).
 * @EC_VALIDATION_ERROR_INVALID_CHECKSUM: well formed, but the check digit
 *   does not match: most often a mistyped digit.
 * @EC_VALIDATION_ERROR_INVALID_PREFIX: the value does not start the way the
 *   field requires (an OID outside the government arc).
 * @EC_VALIDATION_ERROR_INVALID_DATE: not a date that exists.
 * @EC_VALIDATION_ERROR_OUT_OF_RANGE: a date or number outside what the field
 *   accepts (a ROC year before year 1).
 * @EC_VALIDATION_ERROR_WEAK_PASSWORD: a password that breaks the platform's
 *   rules (letters and digits mixed, not the account name).
 *
 * What is wrong with a value a person typed.  Every validator is specific to
 * one field (its name says which, and the message names it), so the code
 * only has to say what to fix.
 */
typedef enum {
  EC_VALIDATION_ERROR_EMPTY,
  EC_VALIDATION_ERROR_TOO_SHORT,
  EC_VALIDATION_ERROR_TOO_LONG,
  EC_VALIDATION_ERROR_INVALID_CHARACTER,
  EC_VALIDATION_ERROR_LOWERCASE,
  EC_VALIDATION_ERROR_INVALID_FORMAT,
  EC_VALIDATION_ERROR_INVALID_CHECKSUM,
  EC_VALIDATION_ERROR_INVALID_PREFIX,
  EC_VALIDATION_ERROR_INVALID_DATE,
  EC_VALIDATION_ERROR_OUT_OF_RANGE,
  EC_VALIDATION_ERROR_WEAK_PASSWORD,
} EcValidationError;

/**
 * EcDataError:
 * @EC_DATA_ERROR_MALFORMED: a data file (shipped with the project or sent by
 *   a server) is not in the expected shape; the message gives the line.
 * @EC_DATA_ERROR_NOT_FOUND: a data file that should be bundled is missing.
 *
 * Errors in data the program reads, as opposed to data a person typed.
 */
typedef enum {
  EC_DATA_ERROR_MALFORMED,
  EC_DATA_ERROR_NOT_FOUND,
} EcDataError;

#define EC_VALIDATION_ERROR (ec_validation_error_quark ())
#define EC_DATA_ERROR (ec_data_error_quark ())

GQuark ec_validation_error_quark (void);
GQuark ec_data_error_quark (void);

const char *ec_validation_error_to_string (EcValidationError code);

G_END_DECLS
