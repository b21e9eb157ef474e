/* ec-request-form-print.c
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ec-request-form-print"

#include "config.h"

#include <glib/gi18n.h>
#include <pango/pangocairo.h>

#include "print/ec-request-form-print.h"
#include "print/ec-print.h"
#include "ec-core.h"

/* The form 「我的E政府公務帳號申請書」 that a pending conversion leaves
 * the learner to print, sign, complete with a copy of the ID card and fax
 * to the service centre (DOMAIN.md, "Converting a member account").  It is
 * drawn as the platform's paper form is laid out, so that the service
 * centre gets the page it knows.
 *
 * The form's fixed wording (its title, field labels, the office-use
 * headings and the faxing instruction) is the platform's paper form text,
 * not the app's interface: it stays in Chinese whatever the locale, and is
 * deliberately not marked for translation. */


/* A4 portrait in points: the form is laid out in these units and scaled
 * into whatever it is drawn on. */
#define PAGE_WIDTH 595.276
#define PAGE_HEIGHT 841.890
#define MARGIN 56.0
#define LINE_WIDTH 0.8
#define CELL_PADDING 6.0

/* The paper form's text, kept out of translation (see above). */
#define FORM_TITLE "我的E政府公務帳號申請書"

/* Frees the copy a signal handler held of the form. */
static void
form_closure_notify (gpointer  data,
                     GClosure *closure)
{
  ec_request_form_free (data);
}

static void
show_text (cairo_t     *cr,
           PangoLayout *layout,
           double       x,
           double       y)
{
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
}

/* The height a cell needs for @text in @width, at least @minimum. */
static double
cell_height (PangoLayout *layout,
             const char  *text,
             double       width,
             double       minimum)
{
  ec_print_set_text (layout, text, 11, FALSE, width - 2 * CELL_PADDING, PANGO_ALIGN_LEFT);
  return MAX (minimum, ec_print_text_height (layout) + 2 * CELL_PADDING);
}

/* A bordered cell with @text, vertically centred. */
static void
draw_cell (cairo_t       *cr,
           PangoLayout   *layout,
           const char    *text,
           double         x,
           double         y,
           double         width,
           double         height,
           gboolean       bold,
           PangoAlignment alignment)
{
  cairo_rectangle (cr, x, y, width, height);
  cairo_stroke (cr);

  if (text == NULL)
    return;
  ec_print_set_text (layout, text, 11, bold, width - 2 * CELL_PADDING, alignment);
  show_text (cr, layout, x + CELL_PADDING, y + (height - ec_print_text_height (layout)) / 2);
}

/* A dashed box to paste one side of the ID card on, with its label in the
 * middle; an ID card is 85.6 × 54 mm, and the box is a little larger. */
static void
draw_paste_box (cairo_t     *cr,
                PangoLayout *layout,
                const char  *label,
                double       x,
                double       y,
                double       width,
                double       height)
{
  static const double dash[] = { 4.0, 3.0 };

  cairo_save (cr);
  cairo_set_dash (cr, dash, G_N_ELEMENTS (dash), 0);
  cairo_rectangle (cr, x, y, width, height);
  cairo_stroke (cr);
  cairo_restore (cr);

  ec_print_set_text (layout, label, 11, FALSE, width, PANGO_ALIGN_CENTER);
  cairo_save (cr);
  cairo_set_source_rgb (cr, 0.35, 0.35, 0.35);
  show_text (cr, layout, x, y + (height - ec_print_text_height (layout)) / 2);
  cairo_restore (cr);
}

/* The applicant's part: account and date, name, and the item with the
 * agency; returns the y below it. */
static double
draw_applicant_table (const EcRequestForm *form,
                      cairo_t             *cr,
                      PangoLayout         *layout,
                      double               y)
{
  const double     table_width = PAGE_WIDTH - 2 * MARGIN;
  const double     half = table_width / 2;
  const double     label_width = 90;
  const double     item_width = table_width - label_width;
  g_autofree char *account = g_strconcat ("會員帳號: ", form->member_account, NULL);
  g_autofree char *date = g_strconcat ("申請日期: ", form->application_date_roc, NULL);
  g_autofree char *name = g_strconcat ("姓名: ", form->name, NULL);
  /* An agency the directory does not know keeps its parentheses, empty,
   * as the platform prints it. */
  g_autofree char *agency = g_strdup_printf ("新機關名稱: (%s)", form->agency_name != NULL ? form->agency_name : "");
  g_autofree char *oid = g_strconcat ("新機關OUOID: ", form->agency_oid, NULL);
  double           height;
  double           item_heights[3];
  double           item_total = 0;
  const char      *items[] = { form->item_text, agency, oid };

  height = MAX (cell_height (layout, account, half, 30), cell_height (layout, date, half, 30));
  draw_cell (cr, layout, account, MARGIN, y, half, height, FALSE, PANGO_ALIGN_LEFT);
  draw_cell (cr, layout, date, MARGIN + half, y, half, height, FALSE, PANGO_ALIGN_LEFT);
  y += height;

  height = cell_height (layout, name, table_width, 30);
  draw_cell (cr, layout, name, MARGIN, y, table_width, height, FALSE, PANGO_ALIGN_LEFT);
  y += height;

  for (guint i = 0; i < G_N_ELEMENTS (items); i++)
    {
      item_heights[i] = cell_height (layout, items[i], item_width, 26);
      item_total += item_heights[i];
    }
  draw_cell (cr, layout, "申請項目", MARGIN, y, label_width, item_total, TRUE, PANGO_ALIGN_CENTER);
  for (guint i = 0; i < G_N_ELEMENTS (items); i++)
    {
      draw_cell (cr, layout, items[i], MARGIN + label_width, y, item_width, item_heights[i], FALSE, PANGO_ALIGN_LEFT);
      y += item_heights[i];
    }

  return y;
}

/* The service centre's part: four headings over empty cells it fills in
 * by hand; returns the y below it. */
static double
draw_office_table (cairo_t     *cr,
                   PangoLayout *layout,
                   double       y)
{
  static const char *const headings[] = { "收件", "承辦", "處理完畢時間", "備註" };
  /* The time and the remarks need more room than the two stamps. */
  static const double widths[] = { 0.2, 0.2, 0.3, 0.3 };
  const double        table_width = PAGE_WIDTH - 2 * MARGIN;
  double              x = MARGIN;

  ec_print_set_text (layout, "以下由客服中心填寫", 9, FALSE, table_width, PANGO_ALIGN_LEFT);
  show_text (cr, layout, MARGIN, y);
  y += ec_print_text_height (layout) + 4;

  for (guint i = 0; i < G_N_ELEMENTS (headings); i++)
    {
      double width = table_width * widths[i];

      draw_cell (cr, layout, headings[i], x, y, width, 28, TRUE, PANGO_ALIGN_CENTER);
      draw_cell (cr, layout, NULL, x, y + 28, width, 72, FALSE, PANGO_ALIGN_LEFT);
      x += width;
    }

  return y + 28 + 72;
}

/* Nothing is drawn but the page itself: the print operation sets up the
 * surface, and the caller's transformation is left as it was. */
static void
draw_page (const EcRequestForm *form,
           cairo_t             *cr)
{
  g_autoptr (PangoLayout) layout = NULL;
  cairo_font_options_t *options;
  const double          table_width = PAGE_WIDTH - 2 * MARGIN;
  const double          box_gap = 13;
  const double          box_width = (table_width - box_gap) / 2;
  const double          box_height = 160;
  g_autofree char      *contact = NULL;
  double                y = MARGIN;

  layout = pango_cairo_create_layout (cr);
  /* One point of text is one unit of the page, whatever the resolution of
   * the surface; unhinted metrics keep the layout the same on paper, in a
   * PDF and on screen. */
  pango_cairo_context_set_resolution (pango_layout_get_context (layout), 72);
  options = cairo_font_options_create ();
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (pango_layout_get_context (layout), options);
  cairo_font_options_destroy (options);
  pango_layout_context_changed (layout);

  cairo_set_source_rgb (cr, 0, 0, 0);
  cairo_set_line_width (cr, LINE_WIDTH);

  ec_print_set_text (layout, FORM_TITLE, 20, TRUE, table_width, PANGO_ALIGN_CENTER);
  show_text (cr, layout, MARGIN, y);
  y += ec_print_text_height (layout) + 24;

  y = draw_applicant_table (form, cr, layout, y);

  y += 28;
  draw_paste_box (cr, layout, "身分證影本黏貼處（正面）", MARGIN, y, box_width, box_height);
  draw_paste_box (cr, layout, "身分證影本黏貼處（反面）", MARGIN + box_width + box_gap, y, box_width, box_height);
  y += box_height + 28;

  ec_print_set_text (layout, "申請人簽章：", 11, FALSE, -1, PANGO_ALIGN_LEFT);
  show_text (cr, layout, MARGIN + table_width / 2, y);
  y += ec_print_text_height (layout);
  cairo_move_to (cr, MARGIN + table_width / 2 + 66, y);
  cairo_line_to (cr, MARGIN + table_width, y);
  cairo_stroke (cr);
  y += 32;

  y = draw_office_table (cr, layout, y);

  y += 28;
  /* The platform's own instruction; the numbers get a line of their own
   * so that neither breaks across lines. */
  ec_print_set_text (layout,
                     "請將此申請表單列印後，依表單所示黏貼身分證影本（正、反面），"
                     "並傳真至客服中心，以進行後續處理。",
                     11, FALSE, table_width, PANGO_ALIGN_LEFT);
  show_text (cr, layout, MARGIN, y);
  y += ec_print_text_height (layout) + 6;

  contact = g_strdup_printf ("客服中心傳真：%s　　客服電話：%s", form->fax, form->phone);
  ec_print_set_text (layout, contact, 11, FALSE, table_width, PANGO_ALIGN_LEFT);
  show_text (cr, layout, MARGIN, y);
}

static void
on_operation_draw_page_cb (GtkPrintOperation *operation,
                           GtkPrintContext   *context,
                           int                page_number,
                           gpointer           user_data)
{
  const EcRequestForm *form = user_data;

  ec_request_form_print_draw (form, gtk_print_context_get_cairo_context (context), gtk_print_context_get_width (context),
                              gtk_print_context_get_height (context));
}

/* One A4 page: the form keeps its own margins, so the page looks the same
 * on paper and in a PDF. */
static GtkPrintOperation *
create_operation (const EcRequestForm *form)
{
  GtkPrintOperation *operation = ec_print_operation_new_a4 (FORM_TITLE);

  gtk_print_operation_set_n_pages (operation, 1);
  g_signal_connect_data (operation, "draw-page", G_CALLBACK (on_operation_draw_page_cb),
                         ec_request_form_copy (form), form_closure_notify, 0);
  return operation;
}

/**
 * ec_request_form_print_draw:
 * @cr: where to draw, with its origin at the page's top left corner
 * @width: the room available, in @cr's units
 * @height: the room available, in @cr's units
 *
 * Draws the form's one A4 page, as large as fits in @width × @height and
 * centred there, on white.
 */
void
ec_request_form_print_draw (const EcRequestForm *form,
                            cairo_t             *cr,
                            double               width,
                            double               height)
{
  double scale;

  g_return_if_fail (form != NULL);
  g_return_if_fail (cr != NULL);

  if (width <= 0 || height <= 0)
    return;

  scale = MIN (width / PAGE_WIDTH, height / PAGE_HEIGHT);

  cairo_save (cr);
  cairo_translate (cr, (width - PAGE_WIDTH * scale) / 2, (height - PAGE_HEIGHT * scale) / 2);
  cairo_scale (cr, scale, scale);
  cairo_rectangle (cr, 0, 0, PAGE_WIDTH, PAGE_HEIGHT);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_fill (cr);
  draw_page (form, cr);
  cairo_restore (cr);
}

/**
 * ec_request_form_print_export_pdf:
 * @parent: (nullable): the window the operation belongs to
 * @path: the PDF file to write, replaced if it exists
 * @error: return location for a #GtkPrintError or an I/O error
 *
 * Writes the form as a one-page A4 PDF, without asking anything.
 *
 * Returns: %TRUE if the file was written.
 */
gboolean
ec_request_form_print_export_pdf (const EcRequestForm *form,
                                  GtkWindow           *parent,
                                  const char          *path,
                                  GError             **error)
{
  g_autoptr (GtkPrintOperation) operation = NULL;

  g_return_val_if_fail (form != NULL, FALSE);

  operation = create_operation (form);
  return ec_print_export_pdf (operation, parent, path, error);
}

/**
 * ec_request_form_print_run:
 * @parent: (nullable): the window the print dialog belongs to
 *
 * Opens the print dialog for the form and returns at once; a failure is
 * shown in a message dialog.
 */
void
ec_request_form_print_run (const EcRequestForm *form,
                           GtkWindow           *parent)
{
  g_autoptr (GtkPrintOperation) operation = NULL;

  g_return_if_fail (form != NULL);

  operation = create_operation (form);
  ec_print_run_dialog (operation, parent, _ ("The application form could not be printed"));
}

/**
 * ec_request_form_print_save_as_pdf:
 * @parent: (nullable): the window the file chooser belongs to
 *
 * Asks where to save the form and saves it there as PDF; returns at once.
 * A failure is shown in a message dialog.
 */
void
ec_request_form_print_save_as_pdf (const EcRequestForm *form,
                                   GtkWindow           *parent)
{
  g_autoptr (GtkPrintOperation) operation = NULL;
  g_autofree char *suggested = NULL;

  g_return_if_fail (form != NULL);

  operation = create_operation (form);
  /* Translators: the file name offered when saving the application form;
   * %s is the member account (a login such as lin.meihua). */
  suggested = g_strdup_printf (_ ("Application form-%s.pdf"), form->member_account);
  ec_print_save_as_pdf (operation, parent, _ ("Save the Application Form as PDF"), suggested,
                        _ ("The application form could not be saved"));
}
