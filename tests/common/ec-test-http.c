/* ec-test-http.c
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "ec-test-http.h"

#include <string.h>

/**
 * ec_test_http_session_new:
 *
 * A session as the tests need it: a timeout, so a hung service fails the
 * test instead of the suite's time limit, and no proxy from the
 * environment.
 */
SoupSession *
ec_test_http_session_new (void)
{
  return soup_session_new_with_options ("timeout", 20, "proxy-resolver", NULL, NULL);
}

/**
 * ec_test_http_request:
 * @session: a session
 * @base_url: the service's URL, ending in '/'
 * @method: "GET", "POST", …
 * @path: an absolute path, such as "/api/v1/me" (may carry a query)
 * @token: (nullable): a bearer token
 * @json_body: (nullable): a request body, sent as application/json
 * @expected_status: the status the test expects; anything else fails it
 * @out_headers: (out) (optional): the response headers
 *
 * Returns: (transfer full) (nullable): the reply's JSON, or %NULL for an
 *   empty body (204, 304).  A non-empty body must be JSON.
 */
JsonNode *
ec_test_http_request (SoupSession         *session,
                      const char          *base_url,
                      const char          *method,
                      const char          *path,
                      const char          *token,
                      const char          *json_body,
                      guint                expected_status,
                      SoupMessageHeaders **out_headers)
{
  g_autofree char *url = g_strconcat (base_url, path + 1, NULL);
  g_autoptr (SoupMessage) msg = soup_message_new (method, url);
  g_autoptr (GError) error = NULL;
  g_autoptr (GBytes) body = NULL;
  g_autoptr (JsonParser) parser = json_parser_new ();

  g_assert_nonnull (msg);
  if (token != NULL)
    {
      g_autofree char *value = g_strconcat ("Bearer ", token, NULL);

      soup_message_headers_replace (soup_message_get_request_headers (msg), "Authorization", value);
    }
  if (json_body != NULL)
    {
      g_autoptr (GBytes) bytes = g_bytes_new (json_body, strlen (json_body));

      soup_message_set_request_body_from_bytes (msg, "application/json", bytes);
    }

  body = soup_session_send_and_read (session, msg, NULL, &error);
  g_assert_no_error (error);
  if (soup_message_get_status (msg) != expected_status)
    g_error ("%s %s: expected status %u, got %u: %.*s", method, path, expected_status,
             soup_message_get_status (msg), (int) g_bytes_get_size (body),
             (const char *) g_bytes_get_data (body, NULL));

  if (out_headers != NULL)
    *out_headers = soup_message_headers_ref (soup_message_get_response_headers (msg));

  if (g_bytes_get_size (body) == 0)
    return NULL;

  g_assert_cmpstr (soup_message_headers_get_content_type (soup_message_get_response_headers (msg), NULL),
                   ==, "application/json");
  json_parser_load_from_data (parser, g_bytes_get_data (body, NULL), g_bytes_get_size (body), &error);
  g_assert_no_error (error);
  return json_node_copy (json_parser_get_root (parser));
}

/**
 * ec_test_http_assert_error:
 * @reply: an error reply
 * @code: the expected error code
 * @field: (nullable): the expected field, or %NULL for none
 *
 * Checks the API's one error shape.
 */
void
ec_test_http_assert_error (JsonNode   *reply,
                           const char *code,
                           const char *field)
{
  JsonObject *error;

  g_assert_nonnull (reply);
  error = json_object_get_object_member (json_node_get_object (reply), "error");
  g_assert_nonnull (error);
  g_assert_cmpstr (json_object_get_string_member (error, "code"), ==, code);
  g_assert_cmpstr (json_object_get_string_member (error, "message"), !=, NULL);
  g_assert_cmpstr (json_object_get_string_member_with_default (error, "field", NULL), ==, field);
}

/**
 * ec_test_http_join_strings:
 * @object: an object of a reply
 * @member: the name of an array of strings in @object, such as "missing"
 *
 * Joins the array with commas, so that one comparison checks its contents
 * and their order.  Fails the test if @object has no such array.
 *
 * Returns: (transfer full): the strings joined, "" for an empty array.
 */
char *
ec_test_http_join_strings (JsonObject *object,
                           const char *member)
{
  JsonArray *array = json_object_get_array_member (object, member);
  g_autoptr (GStrvBuilder) strings = g_strv_builder_new ();
  g_auto (GStrv) strv = NULL;

  g_assert_nonnull (array);
  for (guint i = 0; i < json_array_get_length (array); i++)
    g_strv_builder_add (strings, json_array_get_string_element (array, i));
  strv = g_strv_builder_end (strings);
  return g_strjoinv (",", strv);
}

/**
 * ec_test_http_retry_after:
 * @headers: the headers of a 429 or 403 reply
 *
 * Fails the test unless the reply says when to try again, in whole
 * seconds.
 *
 * Returns: the seconds of the Retry-After header, at least 1.
 */
gint64
ec_test_http_retry_after (SoupMessageHeaders *headers)
{
  const char *value = soup_message_headers_get_one (headers, "Retry-After");
  guint64     seconds = 0;

  g_assert_nonnull (value);
  g_assert_true (g_ascii_string_to_unsigned (value, 10, 1, G_MAXINT64, &seconds, NULL));
  return (gint64) seconds;
}

/**
 * ec_test_http_parse_time:
 * @text: (nullable): a time of a reply
 *
 * Fails the test unless @text is an ISO 8601 time with Taiwan's offset,
 * as the API writes every time.
 *
 * Returns: @text in Unix seconds.
 */
gint64
ec_test_http_parse_time (const char *text)
{
  g_autoptr (GDateTime) time = NULL;

  g_assert_nonnull (text);
  g_assert_true (g_str_has_suffix (text, "+08:00"));
  time = g_date_time_new_from_iso8601 (text, NULL);
  g_assert_nonnull (time);
  return g_date_time_to_unix (time);
}
