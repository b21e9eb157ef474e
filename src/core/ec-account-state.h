/* ec-account-state.h: what the platform knows about a learner's account,
 * as the upload rules read it.
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "ec-identity.h"

G_BEGIN_DECLS

/**
 * EcAccountKind:
 * @EC_ACCOUNT_KIND_NATURAL_PERSON: a plain member account (自然人).
 * @EC_ACCOUNT_KIND_OFFICIAL: an official account (公務帳號).
 */
typedef enum {
  EC_ACCOUNT_KIND_NATURAL_PERSON,
  EC_ACCOUNT_KIND_OFFICIAL,
} EcAccountKind;

/**
 * EcAccountState:
 * @identity: the identity the learner chose (it words the remedies).
 * @kind: whether the learning account is official now.
 * @official_since: when it became official by conversion, or
 *   %EC_TIME_NEVER if it was always official (or never converted).
 * @relogin_at: the first login to the platform after @official_since, or
 *   %EC_TIME_NEVER if there has been none.
 * @personnel_category: 人員區分 (10 = 教育人員); 0 when unknown.
 * @personnel_category_since: when the category last changed, or
 *   %EC_TIME_NEVER if it has been so since before any course.
 * @env_account_since: when the learner's personal environmental-education
 *   account was created, or %EC_TIME_NEVER if there is none.
 * @env_service_unit_ok: whether the service unit there is filled in right.
 * @env_service_unit_since: when it was last corrected, or %EC_TIME_NEVER if
 *   it has been right since the account was created.
 *
 * What the platform knows about the learner's account.  Times are Unix
 * seconds.
 */
typedef struct {
  EcIdentity    identity;
  EcAccountKind kind;
  gint64        official_since;
  gint64        relogin_at;
  guint         personnel_category;
  gint64        personnel_category_since;
  gint64        env_account_since;
  gboolean      env_service_unit_ok;
  gint64        env_service_unit_since;
} EcAccountState;

#define EC_TYPE_ACCOUNT_STATE (ec_account_state_get_type ())

GType ec_account_state_get_type (void) G_GNUC_CONST;

EcAccountState *ec_account_state_copy (const EcAccountState *state);
void            ec_account_state_free (EcAccountState *state);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (EcAccountState, ec_account_state_free)

gboolean ec_account_relogin_needed (gint64 official_since,
                                    gint64 relogin_at);
gboolean ec_account_state_get_relogin_needed (const EcAccountState *state);

const char *ec_account_kind_to_string (EcAccountKind kind);
gboolean    ec_account_kind_from_string (const char    *text,
                                         EcAccountKind *out_kind);

G_END_DECLS
