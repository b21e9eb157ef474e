/* ec-conversion-page.h: apply to convert a member account, and the reply.
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "assistant/ec-assistant-page.h"

G_BEGIN_DECLS

#define EC_TYPE_CONVERSION_PAGE (ec_conversion_page_get_type ())

G_DECLARE_FINAL_TYPE (EcConversionPage, ec_conversion_page, EC, CONVERSION_PAGE, EcAssistantPage)

G_END_DECLS
