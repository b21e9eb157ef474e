/* ec-advice.h: what to tell the learner, and what they can do, for their
 * whole state and for one course on one network.
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "ec-learner-state.h"
#include "ec-record.h"
#include "ec-upload-rules.h"

G_BEGIN_DECLS

/**
 * EcAdviceId:
 * @EC_ADVICE_ID_STATE_UNKNOWN: nothing decisive is known yet (before the
 *   login).
 * @EC_ADVICE_ID_ALL_SET: the learner logs in the right way; the hours
 *   they can earn upload.
 * @EC_ADVICE_ID_UPLOADED: the course's hours reached the network.
 * @EC_ADVICE_ID_PENDING: every condition holds; the batch uploads them.
 * @EC_ADVICE_ID_PENDING_AFTER_CUTOFF: pending, but expected after the
 *   agency's cut-off.
 * @EC_ADVICE_ID_NO_CERTIFIED_HOURS: the course carries no hours for the
 *   network.
 * @EC_ADVICE_ID_NOT_COMPLETED: the course is not completed.
 * @EC_ADVICE_ID_NOT_CIVIL_SERVICE: the general public's lifelong and
 *   teachers' hours: not theirs to credit, nothing to do.
 * @EC_ADVICE_ID_TEACHERS_ONLY: a civil servant's teachers' hours: the
 *   teachers' network credits teachers only.
 * @EC_ADVICE_ID_SOCIAL_LOGIN: studied (or logged in) with a social
 *   account: those hours never count.
 * @EC_ADVICE_ID_UNBOUND_CERTIFICATE: studied (or logged in) with a
 *   certificate that is not bound.
 * @EC_ADVICE_ID_NOT_OFFICIAL_ACCOUNT: a natural-person account of civil-
 *   service staff, with no application made.
 * @EC_ADVICE_ID_USE_ECPA_ACCOUNT: a natural-person session of someone who
 *   holds an eCPA account: log in with that one.
 * @EC_ADVICE_ID_REQUEST_PENDING: the application waits for the service
 *   centre.
 * @EC_ADVICE_ID_REQUEST_REJECTED: the service centre rejected it.
 * @EC_ADVICE_ID_RELOGIN_NEEDED: converted, but not logged in to the
 *   platform since.
 * @EC_ADVICE_ID_NOT_EDUCATOR_CATEGORY: a teacher whose personnel category
 *   is not 10.
 * @EC_ADVICE_ID_NO_ENV_ACCOUNT: no environmental-education account.
 * @EC_ADVICE_ID_ENV_SERVICE_UNIT: its service unit is wrong.
 *
 * What the advice is about.  Each has a stable id
 * (ec_advice_id_to_string()) for tests, logs and notification ids.
 */
typedef enum {
  EC_ADVICE_ID_STATE_UNKNOWN,
  EC_ADVICE_ID_ALL_SET,
  EC_ADVICE_ID_UPLOADED,
  EC_ADVICE_ID_PENDING,
  EC_ADVICE_ID_PENDING_AFTER_CUTOFF,
  EC_ADVICE_ID_NO_CERTIFIED_HOURS,
  EC_ADVICE_ID_NOT_COMPLETED,
  EC_ADVICE_ID_NOT_CIVIL_SERVICE,
  EC_ADVICE_ID_TEACHERS_ONLY,
  EC_ADVICE_ID_SOCIAL_LOGIN,
  EC_ADVICE_ID_UNBOUND_CERTIFICATE,
  EC_ADVICE_ID_NOT_OFFICIAL_ACCOUNT,
  EC_ADVICE_ID_USE_ECPA_ACCOUNT,
  EC_ADVICE_ID_REQUEST_PENDING,
  EC_ADVICE_ID_REQUEST_REJECTED,
  EC_ADVICE_ID_RELOGIN_NEEDED,
  EC_ADVICE_ID_NOT_EDUCATOR_CATEGORY,
  EC_ADVICE_ID_NO_ENV_ACCOUNT,
  EC_ADVICE_ID_ENV_SERVICE_UNIT,
} EcAdviceId;

#define EC_N_ADVICE_IDS (EC_ADVICE_ID_ENV_SERVICE_UNIT + 1)

/**
 * EcAdviceAction:
 * @EC_ADVICE_ACTION_NONE: nothing to do, or nothing that can be done.
 * @EC_ADVICE_ACTION_APPLY: apply to convert the 我的e政府 account into an
 *   official account (申請公務帳號, 自然人轉公務員).
 * @EC_ADVICE_ACTION_SHOW_REQUEST: show the pending application: its
 *   status, its form to print and fax, 查詢審核狀態.
 * @EC_ADVICE_ACTION_LOG_IN_AGAIN: log in to the platform again.
 * @EC_ADVICE_ACTION_BIND_CERTIFICATE_ECPA: bind the certificate on
 *   人事服務網 eCPA (「綁定自然人憑證作業」).
 * @EC_ADVICE_ACTION_BIND_CERTIFICATE_GOV_TW: bind it on 我的e政府.
 * @EC_ADVICE_ACTION_BIND_CERTIFICATE: bind it where the learner's account
 *   is, which is not known: the explanation names both places.
 * @EC_ADVICE_ACTION_GET_ECPA_PASSWORD: get the eCPA account's password
 *   (「忘記密碼」 on 人事服務網 eCPA, or the personnel office).
 * @EC_ADVICE_ACTION_CREATE_ENV_ACCOUNT: create a personal account on the
 *   environmental-education network.
 * @EC_ADVICE_ACTION_FIX_SERVICE_UNIT: correct the service unit there.
 * @EC_ADVICE_ACTION_ASK_PERSONNEL_OFFICE: ask the personnel office for
 *   personnel category 10 教育人員.
 * @EC_ADVICE_ACTION_COMPLETE_COURSE: complete the course.
 * @EC_ADVICE_ACTION_RESTUDY: study again logged in with an official
 *   account (the general public: with 我的e政府).
 * @EC_ADVICE_ACTION_CALL_SERVICE_CENTRE: call the service centre about a
 *   rejected application.
 * @EC_ADVICE_ACTION_WAIT: wait for the scheduled upload.
 *
 * The one thing the learner can do about an advice.
 */
typedef enum {
  EC_ADVICE_ACTION_NONE,
  EC_ADVICE_ACTION_APPLY,
  EC_ADVICE_ACTION_SHOW_REQUEST,
  EC_ADVICE_ACTION_LOG_IN_AGAIN,
  EC_ADVICE_ACTION_BIND_CERTIFICATE_ECPA,
  EC_ADVICE_ACTION_BIND_CERTIFICATE_GOV_TW,
  EC_ADVICE_ACTION_BIND_CERTIFICATE,
  EC_ADVICE_ACTION_GET_ECPA_PASSWORD,
  EC_ADVICE_ACTION_CREATE_ENV_ACCOUNT,
  EC_ADVICE_ACTION_FIX_SERVICE_UNIT,
  EC_ADVICE_ACTION_ASK_PERSONNEL_OFFICE,
  EC_ADVICE_ACTION_COMPLETE_COURSE,
  EC_ADVICE_ACTION_RESTUDY,
  EC_ADVICE_ACTION_CALL_SERVICE_CENTRE,
  EC_ADVICE_ACTION_WAIT,
} EcAdviceAction;

/**
 * EcAdviceSeverity:
 * @EC_ADVICE_SEVERITY_NONE: nothing wrong: shown plainly, if at all.
 * @EC_ADVICE_SEVERITY_INFO: worth knowing; no fault (waiting, or advice
 *   that depends on what is not known yet).
 * @EC_ADVICE_SEVERITY_WARNING: hours wait for something the learner must
 *   do.
 * @EC_ADVICE_SEVERITY_ERROR: hours are lost unless the course is studied
 *   again.
 */
typedef enum {
  EC_ADVICE_SEVERITY_NONE,
  EC_ADVICE_SEVERITY_INFO,
  EC_ADVICE_SEVERITY_WARNING,
  EC_ADVICE_SEVERITY_ERROR,
} EcAdviceSeverity;

/**
 * EcAdvice:
 * @id: what the advice is about
 * @severity: how it is shown
 * @action: the one thing to do
 * @headline: a translated phrase, short enough for a list cell or a
 *   banner's title
 * @explanation: translated sentences: what holds, why, and what to do
 *   (and where, and how)
 * @date: when the hours uploaded, or are expected to; invalid when there
 *   is no such date
 * @date_is_estimate: @date counts days of a year the office calendar has
 *   no data for
 *
 * The advice every surface shows (banners, list cells, the course detail,
 * the Done page, the route page, the year summary, notifications and
 * reports), so that they never disagree.
 */
typedef struct {
  EcAdviceId       id;
  EcAdviceSeverity severity;
  EcAdviceAction   action;
  char            *headline;
  char            *explanation;
  GDate            date;
  gboolean         date_is_estimate;
} EcAdvice;

#define EC_TYPE_ADVICE (ec_advice_get_type ())

GType ec_advice_get_type (void) G_GNUC_CONST;

EcAdvice *ec_advice_copy (const EcAdvice *advice);
void      ec_advice_free (EcAdvice *advice);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (EcAdvice, ec_advice_free)

EcAdvice  *ec_advice_for_course (const EcLearnerState  *state,
                                 const EcUploadVerdict *verdict,
                                 const GDate           *cutoff);
EcAdvice  *ec_advice_for_record (const EcLearnerState *state,
                                 const EcRecord       *record,
                                 EcNetwork             network,
                                 const GDate          *cutoff);
EcAdvice  *ec_advice_for_learner (const EcLearnerState *state);
GPtrArray *ec_advice_list_for_learner (const EcLearnerState *state);

const char *ec_advice_id_to_string (EcAdviceId id);
gboolean    ec_advice_id_from_string (const char *text,
                                      EcAdviceId *out_id);
const char *ec_advice_action_to_string (EcAdviceAction action);
const char *ec_advice_severity_to_string (EcAdviceSeverity severity);

G_END_DECLS
