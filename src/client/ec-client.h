/* ec-client.h: the client library (the API client, the offline cache, the
 * credential store, the learner's session, the admin endpoints the demo
 * uses).  Outside src/client, include this header only.
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ec-api-client-endpoints.h"
#include "ec-api-client-records.h"
#include "ec-api-client.h"
#include "ec-cache-open.h"
#include "ec-cache-query-async.h"
#include "ec-cache-query.h"
#include "ec-cache-sync.h"
#include "ec-cache.h"
#include "ec-client-error.h"
#include "ec-credential-store-logins.h"
#include "ec-credential-store.h"
#include "ec-demo-admin.h"
#include "ec-records-page.h"
#include "ec-session-login.h"
#include "ec-session-logout.h"
#include "ec-session-relogin.h"
#include "ec-session-sync.h"
#include "ec-session.h"
