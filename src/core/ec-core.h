/* ec-core.h: the domain core (no GTK, no network, no database), shared by
 * the app, the client library, the reference service and the tests.
 * Outside src/core, include this header only.
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ec-account-blockers.h"
#include "ec-account-request.h"
#include "ec-account-state.h"
#include "ec-account.h"
#include "ec-advice.h"
#include "ec-agency.h"
#include "ec-calendar.h"
#include "ec-core-enums.h"
#include "ec-error.h"
#include "ec-id-number.h"
#include "ec-identity.h"
#include "ec-learner-state.h"
#include "ec-masked-account.h"
#include "ec-phone.h"
#include "ec-profile-rules.h"
#include "ec-profile.h"
#include "ec-record.h"
#include "ec-records-csv.h"
#include "ec-request-form.h"
#include "ec-roc-date.h"
#include "ec-route-advice.h"
#include "ec-time.h"
#include "ec-upload-labels.h"
#include "ec-upload-rules.h"
#include "ec-validate.h"
#include "ec-year-summary.h"
