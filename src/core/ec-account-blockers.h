/* ec-account-blockers.h: what in the account's state keeps hours from
 * uploading, whatever the course.
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ec-account.h"
#include "ec-upload-rules.h"

G_BEGIN_DECLS

/**
 * EcAccountBlocker:
 * @EC_ACCOUNT_BLOCKER_NONE: nothing blocks uploads
 * @EC_ACCOUNT_BLOCKER_GENERAL_PUBLIC: a general-public member account:
 *   only environmental-education hours upload
 * @EC_ACCOUNT_BLOCKER_NOT_OFFICIAL: a civil servant or educator on a
 *   natural-person account: convert it
 * @EC_ACCOUNT_BLOCKER_RELOGIN_NEEDED: converted, but not logged in to the
 *   platform since
 * @EC_ACCOUNT_BLOCKER_UNBOUND_CERTIFICATE: the session is on an unbound
 *   certificate's own account
 * @EC_ACCOUNT_BLOCKER_SOCIAL: the session is on a social account
 * @EC_ACCOUNT_BLOCKER_NOT_EDUCATOR_CATEGORY: an educator whose personnel
 *   category is not 10: no teachers' network hours
 * @EC_ACCOUNT_BLOCKER_NO_ENV_ACCOUNT: no environmental-education account
 * @EC_ACCOUNT_BLOCKER_ENV_SERVICE_UNIT: the service unit there is wrong
 *
 * Account-wide obstacles, read from the account state of the records
 * (docs/api.md) and the session's account; the main window shows each as a
 * banner with its remedy.
 */
typedef enum {
  EC_ACCOUNT_BLOCKER_NONE = 0,
  EC_ACCOUNT_BLOCKER_GENERAL_PUBLIC = 1 << 0,
  EC_ACCOUNT_BLOCKER_NOT_OFFICIAL = 1 << 1,
  EC_ACCOUNT_BLOCKER_RELOGIN_NEEDED = 1 << 2,
  EC_ACCOUNT_BLOCKER_UNBOUND_CERTIFICATE = 1 << 3,
  EC_ACCOUNT_BLOCKER_SOCIAL = 1 << 4,
  EC_ACCOUNT_BLOCKER_NOT_EDUCATOR_CATEGORY = 1 << 5,
  EC_ACCOUNT_BLOCKER_NO_ENV_ACCOUNT = 1 << 6,
  EC_ACCOUNT_BLOCKER_ENV_SERVICE_UNIT = 1 << 7,
} EcAccountBlocker;

EcAccountBlocker ec_account_blockers_compute (const EcAccountState *account_state,
                                              const EcAccount      *session_account);

const char *ec_account_blocker_get_message (EcAccountBlocker blocker);

EcRemedy ec_account_blocker_get_remedy (EcAccountBlocker blocker);

G_END_DECLS
