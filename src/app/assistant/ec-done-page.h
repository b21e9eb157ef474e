/* ec-done-page.h: what happens next.
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "assistant/ec-assistant-page.h"

G_BEGIN_DECLS

#define EC_TYPE_DONE_PAGE (ec_done_page_get_type ())

G_DECLARE_FINAL_TYPE (EcDonePage, ec_done_page, EC, DONE_PAGE, EcAssistantPage)

G_END_DECLS
