/* ec-upload-rules.h: whether, when and why not a course's hours reach each
 * certification network.
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "ec-calendar.h"
#include "ec-account-state.h"
#include "ec-identity.h"

G_BEGIN_DECLS

/* The scheduled batch uploads hours about three working days after every
 * condition holds (DOMAIN.md, "When hours upload to a network"). */
#define EC_UPLOAD_WORKING_DAYS 3

/**
 * EcNetwork:
 * @EC_NETWORK_LIFELONG: lifelong learning (終身學習).
 * @EC_NETWORK_TEACHER: the teachers' in-service network (教師進修網).
 * @EC_NETWORK_ENV: the environmental-education network (環教網).
 */
typedef enum {
  EC_NETWORK_LIFELONG,
  EC_NETWORK_TEACHER,
  EC_NETWORK_ENV,
} EcNetwork;

#define EC_N_NETWORKS 3


/**
 * EcUploadStatus:
 * @EC_UPLOAD_STATUS_UPLOADED: the hours reached the network (on a date).
 * @EC_UPLOAD_STATUS_PENDING: every condition holds; the batch will upload
 *   them, expected on a date.
 * @EC_UPLOAD_STATUS_NOT_ELIGIBLE: a condition does not hold (a reason and a
 *   remedy say which and what to do).
 * @EC_UPLOAD_STATUS_NEVER: studied with a social account: the hours can
 *   never be uploaded or transferred; the course must be studied again.
 */
typedef enum {
  EC_UPLOAD_STATUS_UPLOADED,
  EC_UPLOAD_STATUS_PENDING,
  EC_UPLOAD_STATUS_NOT_ELIGIBLE,
  EC_UPLOAD_STATUS_NEVER,
} EcUploadStatus;

/**
 * EcUploadReason:
 * @EC_UPLOAD_REASON_NONE: no obstacle (uploaded or pending).
 * @EC_UPLOAD_REASON_NO_CERTIFIED_HOURS: the course carries no certified hours
 *   for this network.
 * @EC_UPLOAD_REASON_NOT_COMPLETED: the course is not completed yet.
 * @EC_UPLOAD_REASON_SOCIAL_LOGIN: studied with a social account.
 * @EC_UPLOAD_REASON_UNBOUND_CERTIFICATE: studied with a certificate that was
 *   not bound: its records belong to a separate account and never merge.
 * @EC_UPLOAD_REASON_NOT_OFFICIAL_ACCOUNT: studied with a natural-person
 *   account that is still not official.
 * @EC_UPLOAD_REASON_RELOGIN_NEEDED: the account was converted, but the
 *   learner has not logged in to the platform since, so it has not updated.
 * @EC_UPLOAD_REASON_NOT_EDUCATOR_CATEGORY: teachers' network: the personnel
 *   category is not 10 (教育人員).
 * @EC_UPLOAD_REASON_NO_ENV_ACCOUNT: environmental-education network: the
 *   learner has no personal account there.
 * @EC_UPLOAD_REASON_ENV_SERVICE_UNIT: environmental-education network: the
 *   service unit (服務單位) there is missing or wrong.
 * @EC_UPLOAD_REASON_NOT_CIVIL_SERVICE: lifelong-learning and teachers'
 *   networks: the learner is a member of the general public, whose hours
 *   these networks do not credit.  Nothing to fix: the remedy is none.
 */
typedef enum {
  EC_UPLOAD_REASON_NONE,
  EC_UPLOAD_REASON_NO_CERTIFIED_HOURS,
  EC_UPLOAD_REASON_NOT_COMPLETED,
  EC_UPLOAD_REASON_SOCIAL_LOGIN,
  EC_UPLOAD_REASON_UNBOUND_CERTIFICATE,
  EC_UPLOAD_REASON_NOT_OFFICIAL_ACCOUNT,
  EC_UPLOAD_REASON_RELOGIN_NEEDED,
  EC_UPLOAD_REASON_NOT_EDUCATOR_CATEGORY,
  EC_UPLOAD_REASON_NO_ENV_ACCOUNT,
  EC_UPLOAD_REASON_ENV_SERVICE_UNIT,
  EC_UPLOAD_REASON_NOT_CIVIL_SERVICE,
} EcUploadReason;

/**
 * EcRemedy:
 * @EC_REMEDY_NONE: nothing to do (or nothing that can be done).
 * @EC_REMEDY_WAIT: wait for the scheduled upload.
 * @EC_REMEDY_COMPLETE_COURSE: finish the course.
 * @EC_REMEDY_RESTUDY: study the course again with an official account.
 * @EC_REMEDY_BIND_CERTIFICATE: bind the certificate, then study the course
 *   again logged in that way.
 * @EC_REMEDY_CONVERT_ACCOUNT: apply to convert the account (自然人轉公務員);
 *   earlier hours upload after the conversion and a new login.
 * @EC_REMEDY_LOG_IN_AGAIN: log in to the platform again so it updates.
 * @EC_REMEDY_FIX_PERSONNEL_CATEGORY: ask the personnel office to set the
 *   personnel category to 10 教育人員.
 * @EC_REMEDY_CREATE_ENV_ACCOUNT: create a personal account on the
 *   environmental-education network.
 * @EC_REMEDY_FIX_SERVICE_UNIT: fill in the service unit correctly there.
 */
typedef enum {
  EC_REMEDY_NONE,
  EC_REMEDY_WAIT,
  EC_REMEDY_COMPLETE_COURSE,
  EC_REMEDY_RESTUDY,
  EC_REMEDY_BIND_CERTIFICATE,
  EC_REMEDY_CONVERT_ACCOUNT,
  EC_REMEDY_LOG_IN_AGAIN,
  EC_REMEDY_FIX_PERSONNEL_CATEGORY,
  EC_REMEDY_CREATE_ENV_ACCOUNT,
  EC_REMEDY_FIX_SERVICE_UNIT,
} EcRemedy;


/**
 * EcCourseFacts:
 * @route: how the learner was logged in while studying the course.
 * @certified_minutes: certified hours per #EcNetwork, in minutes (0 = none).
 * @completed_at: when the course was completed, or %EC_TIME_NEVER.
 * @uploaded_at: per #EcNetwork, when the batch uploaded it, or
 *   %EC_TIME_NEVER.
 */
typedef struct {
  EcLoginRoute route;
  guint        certified_minutes[EC_N_NETWORKS];
  gint64       completed_at;
  gint64       uploaded_at[EC_N_NETWORKS];
} EcCourseFacts;

/**
 * EcUploadVerdict:
 * @network: the network the verdict is about.
 * @status: uploaded, pending, not eligible or never.
 * @reason: why not, when @status is not eligible or never.
 * @remedy: what the learner can do.
 * @ready_at: when the last condition was met (pending and uploaded), in Unix
 *   seconds, or %EC_TIME_NEVER.
 * @date: the upload date (uploaded) or the expected one (pending), in
 *   Taiwan's time zone; invalid otherwise.
 * @date_is_estimate: the expected date counts days of a year the office
 *   calendar has no data for (weekends only), so it may be early.
 */
typedef struct {
  EcNetwork      network;
  EcUploadStatus status;
  EcUploadReason reason;
  EcRemedy       remedy;
  gint64         ready_at;
  GDate          date;
  gboolean       date_is_estimate;
} EcUploadVerdict;

void ec_upload_rules_evaluate (EcCalendar           *calendar,
                               const EcAccountState *account,
                               const EcCourseFacts  *course,
                               EcNetwork             network,
                               EcUploadVerdict      *out_verdict);

G_END_DECLS
