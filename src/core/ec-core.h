/* ec-core.h: the domain core (no GTK), shared by the app, the reference
 * service and the tests.
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ec-calendar.h"
#include "ec-core-enums.h"
#include "ec-error.h"
#include "ec-id-number.h"
#include "ec-identity.h"
#include "ec-profile-rules.h"
#include "ec-roc-date.h"
#include "ec-route-advice.h"
#include "ec-time.h"
#include "ec-upload-rules.h"
#include "ec-validate.h"
