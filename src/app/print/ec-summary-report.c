/* ec-summary-report.c
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ec-summary-report"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>
#include <pango/pangocairo.h>

#include "print/ec-print.h"
#include "print/ec-summary-report.h"
#include "ec-core.h"

/* A year's learning hours on paper: what a learner hands to the personnel
 * office, or keeps, before the agency's cut-off.  Unlike the application
 * form, this is the app's own document, so its wording follows the
 * learner's language.
 *
 * The course list runs over as many pages as it needs.  The print
 * operation has to know how many before it draws the first one, so
 * begin-print lays out every row with the real fonts and splits the list
 * where a row would cross the bottom margin; draw-page then draws the rows
 * it was given, with the list's heading repeated on every page. */

struct _EcSummaryReport {
  GObject parent_instance;

  char         *learner;
  EcYearSummary summary;
  GPtrArray    *records; /* (element-type EcRecord): copies, no tombstones */
  GDate         generated;

  /* From begin-print: the index of each page's first record; a page ends
   * where the next one starts. */
  GArray *page_starts;
};

G_DEFINE_FINAL_TYPE (EcSummaryReport, ec_summary_report, G_TYPE_OBJECT)

/* A4 portrait in points: the report is laid out in these units and scaled
 * into whatever it is drawn on. */
#define PAGE_WIDTH 595.276
#define PAGE_HEIGHT 841.890
#define MARGIN 42.0
#define FOOTER_HEIGHT 24.0
#define LINE_WIDTH 0.5
#define CELL_PADDING 4.0
#define BODY_SIZE 9.0
#define CONTENT_WIDTH (PAGE_WIDTH - 2 * MARGIN)

/* The course list's columns: the course, its completion date, and one per
 * network; fractions of the content width. */
static const double course_columns[] = { 0.28, 0.14, 0.19, 0.19, 0.2 };
/* The summary table's: the network, then certified, uploaded, pending,
 * blocked and late hours. */
static const double summary_columns[] = { 0.22, 0.12, 0.12, 0.12, 0.12, 0.3 };

G_STATIC_ASSERT (G_N_ELEMENTS (course_columns) == 2 + EC_N_NETWORKS);

/* A layout that measures the same on paper, in a PDF and on screen: one
 * point of text is one unit of the page, with unhinted metrics. */
static PangoLayout *
create_layout (cairo_t *cr)
{
  PangoLayout          *layout = pango_cairo_create_layout (cr);
  cairo_font_options_t *options = cairo_font_options_create ();

  pango_cairo_context_set_resolution (pango_layout_get_context (layout), 72);
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (pango_layout_get_context (layout), options);
  cairo_font_options_destroy (options);
  pango_layout_context_changed (layout);
  return layout;
}

/* Draws a line of text across the content width (when @cr is not %NULL)
 * and returns its height. */
static double
text_block (cairo_t     *cr,
            PangoLayout *layout,
            const char  *text,
            double       size,
            gboolean     bold,
            double       y)
{
  ec_print_set_text (layout, text, size, bold, CONTENT_WIDTH, PANGO_ALIGN_LEFT);
  if (cr != NULL)
    {
      cairo_move_to (cr, MARGIN, y);
      pango_cairo_show_layout (cr, layout);
    }
  return ec_print_text_height (layout);
}

/* A row of bordered cells, as tall as its tallest text; draws it when @cr
 * is not %NULL, and returns its height either way. */
static double
table_row (cairo_t           *cr,
           PangoLayout       *layout,
           const double      *columns,
           const char *const *texts,
           guint              n_columns,
           gboolean           bold,
           double             y)
{
  double height = 0;
  double x = MARGIN;

  for (guint i = 0; i < n_columns; i++)
    {
      ec_print_set_text (layout, texts[i], BODY_SIZE, bold, CONTENT_WIDTH * columns[i] - 2 * CELL_PADDING, PANGO_ALIGN_LEFT);
      height = MAX (height, ec_print_text_height (layout) + 2 * CELL_PADDING);
    }
  if (cr == NULL)
    return height;

  for (guint i = 0; i < n_columns; i++)
    {
      double width = CONTENT_WIDTH * columns[i];

      cairo_rectangle (cr, x, y, width, height);
      cairo_stroke (cr);
      ec_print_set_text (layout, texts[i], BODY_SIZE, bold, width - 2 * CELL_PADDING, PANGO_ALIGN_LEFT);
      cairo_move_to (cr, x + CELL_PADDING, y + CELL_PADDING);
      pango_cairo_show_layout (cr, layout);
      x += width;
    }
  return height;
}

/* What became of a course's hours on one network, in a few words. */
static char *
network_cell_text (const EcRecord *record,
                   EcNetwork       network)
{
  const EcNetworkStatus *status = &record->networks[network];
  g_autofree char       *hours = NULL;
  g_autofree char       *date = NULL;
  g_autofree char       *state = NULL;

  if (record->minutes[network] == 0)
    return g_strdup ("—");

  hours = ec_minutes_format_hours (record->minutes[network]);
  /* The numeric form keeps a cell to two short lines. */
  date = g_date_valid (&status->date) ? ec_date_to_iso8601 (&status->date) : g_strdup ("");
  switch (status->status)
    {
    case EC_UPLOAD_STATUS_UPLOADED:
      /* Translators: in the printed course list; %s is a date. */
      state = g_strdup_printf (_ ("Uploaded %s"), date);
      break;
    case EC_UPLOAD_STATUS_PENDING:
      /* Translators: in the printed course list; %s is a date. */
      if (status->date_is_estimate)
        state = g_strdup_printf (_ ("Expected %s (estimate)"), date);
      else
        state = g_strdup_printf (_ ("Expected %s"), date);
      break;
    case EC_UPLOAD_STATUS_NOT_ELIGIBLE:
      state = g_strdup (ec_upload_reason_get_summary (status->reason));
      break;
    case EC_UPLOAD_STATUS_NEVER:
      state = g_strdup (ec_upload_status_get_label (status->status));
      break;
    default:
      g_assert_not_reached ();
    }

  /* Translators: a course's hours on one network and what became of
   * them: "1.5 h" above "Uploaded March 5, 2026". */
  return g_strdup_printf (_ ("%s h\n%s"), hours, state);
}

static double
course_row (cairo_t        *cr,
            PangoLayout    *layout,
            const EcRecord *record,
            double          y)
{
  g_autofree char *completed = NULL;
  char            *networks[EC_N_NETWORKS];
  const char      *texts[2 + EC_N_NETWORKS];
  double           height;

  if (record->completed_at == EC_TIME_NEVER)
    completed = g_strdup (_ ("Not completed yet"));
  else
    {
      GDate date;

      ec_time_to_taiwan_date (record->completed_at, &date);
      completed = ec_date_to_iso8601 (&date);
    }

  texts[0] = record->course != NULL ? record->course : "";
  texts[1] = completed;
  for (guint n = 0; n < EC_N_NETWORKS; n++)
    texts[2 + n] = networks[n] = network_cell_text (record, n);

  height = table_row (cr, layout, course_columns, texts, G_N_ELEMENTS (texts), FALSE, y);

  for (guint n = 0; n < EC_N_NETWORKS; n++)
    g_free (networks[n]);
  return height;
}

static double
course_heading_row (cairo_t     *cr,
                    PangoLayout *layout,
                    double       y)
{
  const char *texts[2 + EC_N_NETWORKS] = { _ ("Course"), _ ("Completed") };

  for (guint n = 0; n < EC_N_NETWORKS; n++)
    texts[2 + n] = ec_network_get_label (n);
  return table_row (cr, layout, course_columns, texts, G_N_ELEMENTS (texts), TRUE, y);
}

/* The first page's top: title, learner, the summary; returns the y below
 * it.  Draws only when @cr is not %NULL. */
static double
header_block (EcSummaryReport *self,
              cairo_t         *cr,
              PangoLayout     *layout)
{
  const EcYearSummary *summary = &self->summary;
  g_autofree char     *title = NULL;
  g_autofree char     *learner = NULL;
  g_autofree char     *generated_date = ec_date_format_long (&self->generated);
  g_autofree char     *generated = NULL;
  g_autofree char     *cutoff = ec_date_format_long (&summary->cutoff);
  g_autofree char     *late_heading = NULL;
  g_autofree char     *counted = ec_minutes_format_hours (summary->env_counted_minutes);
  g_autofree char     *minimum = ec_minutes_format_hours (EC_ENV_YEARLY_MINUTES);
  g_autofree char     *env = NULL;
  g_autofree char     *env_state = NULL;
  const char          *headings[6];
  double               y = MARGIN;

  /* Translators: the report's title; %u is the year, such as 2026. */
  title = g_strdup_printf (_ ("Learning hours %u"), summary->year);
  y += text_block (cr, layout, title, 18, TRUE, y) + 10;
  /* Translators: %s is the learner's name. */
  learner = g_strdup_printf (_ ("Learner: %s"), self->learner);
  y += text_block (cr, layout, learner, 10, FALSE, y) + 2;
  /* Translators: %s is a date. */
  generated = g_strdup_printf (_ ("Generated on %s"), generated_date);
  y += text_block (cr, layout, generated, 10, FALSE, y) + 14;

  late_heading = g_strdup_printf (_ ("Will miss the cut-off (%s)"), cutoff);
  headings[0] = _ ("Network");
  headings[1] = _ ("Certified");
  headings[2] = _ ("Uploaded");
  headings[3] = _ ("Pending");
  headings[4] = _ ("Blocked");
  headings[5] = late_heading;
  y += table_row (cr, layout, summary_columns, headings, G_N_ELEMENTS (headings), TRUE, y);

  for (guint n = 0; n < EC_N_NETWORKS; n++)
    {
      const EcNetworkSummary *network = &summary->networks[n];
      g_autofree char        *certified = ec_minutes_format_hours (network->certified_minutes);
      g_autofree char        *uploaded = ec_minutes_format_hours (network->uploaded_minutes);
      g_autofree char        *pending = ec_minutes_format_hours (network->pending_minutes);
      g_autofree char        *blocked = ec_minutes_format_hours (network->blocked_minutes);
      g_autofree char        *late = ec_minutes_format_hours (network->late_minutes);
      const char             *texts[] = { ec_network_get_label (n), certified, uploaded, pending, blocked, late };

      y += table_row (cr, layout, summary_columns, texts, G_N_ELEMENTS (texts), FALSE, y);
    }
  y += 10;

  if (summary->env_missing_minutes == 0)
    env_state = g_strdup (_ ("Reached"));
  else
    {
      g_autofree char *missing = ec_minutes_format_hours (summary->env_missing_minutes);

      env_state = g_strdup_printf (_ ("%s hours still missing"), missing);
    }
  /* Translators: the environmental-education minimum in the report:
   * "Environmental education: 1.5 of 4 hours (2.5 hours still missing)". */
  env = g_strdup_printf (_ ("Environmental education: %s of %s hours (%s)"), counted, minimum, env_state);
  y += text_block (cr, layout, env, BODY_SIZE + 1, FALSE, y) + 4;

  for (guint n = 0; n < EC_N_NETWORKS; n++)
    {
      g_autofree char *hours = NULL;
      g_autofree char *late = NULL;

      if (summary->networks[n].late_minutes == 0)
        continue;
      hours = ec_minutes_format_hours (summary->networks[n].late_minutes);
      late = g_strdup_printf (_ ("%s: %s hours will not be uploaded before the cut-off on %s"), ec_network_get_label (n),
                              hours, cutoff);
      y += text_block (cr, layout, late, BODY_SIZE + 1, TRUE, y) + 4;
    }

  y += 14;
  y += text_block (cr, layout, C_ ("report", "Courses"), 12, TRUE, y) + 6;
  return y;
}

/* Splits the course list into pages, measured with the fonts that will
 * draw it. */
static void
paginate (EcSummaryReport *self,
          cairo_t         *cr)
{
  g_autoptr (PangoLayout) layout = create_layout (cr);
  const double bottom = PAGE_HEIGHT - MARGIN - FOOTER_HEIGHT;
  double       y;
  guint        start = 0;

  g_array_set_size (self->page_starts, 0);
  g_array_append_val (self->page_starts, start);

  y = header_block (self, NULL, layout);
  y += course_heading_row (NULL, layout, y);
  for (guint i = 0; i < self->records->len; i++)
    {
      double height = course_row (NULL, layout, g_ptr_array_index (self->records, i), y);

      /* A row taller than a page still gets a page of its own rather than
       * an endless run of empty ones. */
      if (y + height > bottom && i > g_array_index (self->page_starts, guint, self->page_starts->len - 1))
        {
          g_array_append_val (self->page_starts, i);
          y = MARGIN + course_heading_row (NULL, layout, MARGIN);
        }
      y += height;
    }
}

static void
draw_page (EcSummaryReport *self,
           cairo_t         *cr,
           guint            page)
{
  g_autoptr (PangoLayout) layout = create_layout (cr);
  guint            start = g_array_index (self->page_starts, guint, page);
  guint            end = page + 1 < self->page_starts->len ? g_array_index (self->page_starts, guint, page + 1)
                                                           : self->records->len;
  g_autofree char *number = NULL;
  double           y;

  cairo_set_source_rgb (cr, 0, 0, 0);
  cairo_set_line_width (cr, LINE_WIDTH);

  y = page == 0 ? header_block (self, cr, layout) : MARGIN;
  y += course_heading_row (cr, layout, y);
  for (guint i = start; i < end; i++)
    y += course_row (cr, layout, g_ptr_array_index (self->records, i), y);

  /* Translators: the page number at the foot of each page of the report. */
  number = g_strdup_printf (_ ("Page %u of %u"), page + 1, self->page_starts->len);
  ec_print_set_text (layout, number, 8, FALSE, CONTENT_WIDTH, PANGO_ALIGN_CENTER);
  cairo_move_to (cr, MARGIN, PAGE_HEIGHT - MARGIN - ec_print_text_height (layout));
  pango_cairo_show_layout (cr, layout);
}

/* The print context's units are points (see create_operation); a printer
 * whose printable page is smaller than A4 gets the page scaled down. */
static void
setup_page_transform (GtkPrintContext *context,
                      cairo_t         *cr)
{
  double width = gtk_print_context_get_width (context);
  double height = gtk_print_context_get_height (context);
  double scale = MIN (1.0, MIN (width / PAGE_WIDTH, height / PAGE_HEIGHT));

  cairo_scale (cr, scale, scale);
}

static void
on_operation_begin_print_cb (GtkPrintOperation *operation,
                             GtkPrintContext   *context,
                             gpointer           user_data)
{
  EcSummaryReport *self = user_data;

  paginate (self, gtk_print_context_get_cairo_context (context));
  gtk_print_operation_set_n_pages (operation, self->page_starts->len);
}

static void
on_operation_draw_page_cb (GtkPrintOperation *operation,
                           GtkPrintContext   *context,
                           int                page_number,
                           gpointer           user_data)
{
  EcSummaryReport *self = user_data;
  cairo_t         *cr = gtk_print_context_get_cairo_context (context);

  g_return_if_fail (page_number >= 0 && (guint) page_number < self->page_starts->len);

  cairo_save (cr);
  setup_page_transform (context, cr);
  draw_page (self, cr, page_number);
  cairo_restore (cr);
}

static void
report_closure_notify (gpointer  data,
                       GClosure *closure)
{
  g_object_unref (data);
}

/* A4 pages: the report keeps its own margins, so the pages look the same
 * on paper and in a PDF. */
static GtkPrintOperation *
create_operation (EcSummaryReport *self)
{
  g_autofree char   *title = g_strdup_printf (_ ("Learning hours %u"), self->summary.year);
  GtkPrintOperation *operation = ec_print_operation_new_a4 (title);

  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  g_signal_connect_data (operation, "begin-print", G_CALLBACK (on_operation_begin_print_cb), g_object_ref (self),
                         report_closure_notify, 0);
  g_signal_connect_data (operation, "draw-page", G_CALLBACK (on_operation_draw_page_cb), g_object_ref (self),
                         report_closure_notify, 0);
  return operation;
}

static void
ec_summary_report_finalize (GObject *object)
{
  EcSummaryReport *self = EC_SUMMARY_REPORT (object);

  g_clear_pointer (&self->learner, g_free);
  g_clear_pointer (&self->records, g_ptr_array_unref);
  g_clear_pointer (&self->page_starts, g_array_unref);

  G_OBJECT_CLASS (ec_summary_report_parent_class)->finalize (object);
}

static void
ec_summary_report_class_init (EcSummaryReportClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ec_summary_report_finalize;
}

static void
ec_summary_report_init (EcSummaryReport *self)
{
  self->records = g_ptr_array_new_with_free_func ((GDestroyNotify) ec_record_free);
  self->page_starts = g_array_new (FALSE, FALSE, sizeof (guint));
}

/**
 * ec_summary_report_new:
 * @learner: the learner's name, as the report shows it
 * @summary: the year's summary, copied
 * @records: (element-type EcRecord): the year's courses, in the order to
 *   list them; copied, tombstones left out
 *
 * Returns: (transfer full): a report dated today, in Taiwan.
 */
EcSummaryReport *
ec_summary_report_new (const char          *learner,
                       const EcYearSummary *summary,
                       GPtrArray           *records)
{
  EcSummaryReport *self;

  g_return_val_if_fail (learner != NULL, NULL);
  g_return_val_if_fail (summary != NULL, NULL);
  g_return_val_if_fail (records != NULL, NULL);

  self = g_object_new (EC_TYPE_SUMMARY_REPORT, NULL);
  self->learner = g_strdup (learner);
  self->summary = *summary;
  for (guint i = 0; i < records->len; i++)
    {
      const EcRecord *record = g_ptr_array_index (records, i);

      if (!record->deleted)
        g_ptr_array_add (self->records, ec_record_copy (record));
    }
  ec_time_to_taiwan_date (g_get_real_time () / G_USEC_PER_SEC, &self->generated);

  return self;
}

/**
 * ec_summary_report_export_pdf:
 * @parent: (nullable): the window the operation belongs to
 * @path: the PDF file to write, replaced if it exists
 * @error: return location for a #GtkPrintError or an I/O error
 *
 * Writes the report as an A4 PDF, without asking anything.
 *
 * Returns: %TRUE if the file was written.
 */
gboolean
ec_summary_report_export_pdf (EcSummaryReport *self,
                              GtkWindow       *parent,
                              const char      *path,
                              GError         **error)
{
  g_autoptr (GtkPrintOperation) operation = NULL;

  g_return_val_if_fail (EC_IS_SUMMARY_REPORT (self), FALSE);

  operation = create_operation (self);
  return ec_print_export_pdf (operation, parent, path, error);
}

/**
 * ec_summary_report_print:
 * @parent: (nullable): the window the print dialog belongs to
 *
 * Opens the print dialog for the report and returns at once; a failure is
 * shown in a message dialog.
 */
void
ec_summary_report_print (EcSummaryReport *self,
                         GtkWindow       *parent)
{
  g_autoptr (GtkPrintOperation) operation = NULL;

  g_return_if_fail (EC_IS_SUMMARY_REPORT (self));

  operation = create_operation (self);
  ec_print_run_dialog (operation, parent, _ ("The report could not be printed"));
}

/**
 * ec_summary_report_save_as_pdf:
 * @parent: (nullable): the window the file chooser belongs to
 *
 * Asks where to save the report and saves it there as PDF; returns at
 * once.  A failure is shown in a message dialog.
 */
void
ec_summary_report_save_as_pdf (EcSummaryReport *self,
                               GtkWindow       *parent)
{
  g_autoptr (GtkPrintOperation) operation = NULL;
  g_autofree char *name = NULL;

  g_return_if_fail (EC_IS_SUMMARY_REPORT (self));

  operation = create_operation (self);
  /* Translators: a file name; %u is the year. */
  name = g_strdup_printf (_ ("learning-hours-%u.pdf"), self->summary.year);
  ec_print_save_as_pdf (operation, parent, _ ("Save Summary as PDF"), name, _ ("The summary could not be saved"));
}
