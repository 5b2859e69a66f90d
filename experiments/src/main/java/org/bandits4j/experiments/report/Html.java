package org.bandits4j.experiments.report;

import java.util.Locale;

/** HTML helpers shared by the reports: the page head and stylesheet, escaping, numbers. */
public final class Html {

  private Html() {}

  /** The page head with its stylesheet, opening the body. */
  public static void head(StringBuilder h, String title) {
    h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>")
        .append(esc(title))
        .append("</title>\n<style>\n")
        .append(CSS)
        .append("</style>\n</head>\n<body>\n");
  }

  private static final String CSS =
      """
      :root { --ink: #1f2328; --muted: #57606a; --line: #d0d7de; --bg: #ffffff; --soft: #f6f8fa;
              --accent: #0a58ca; }
      * { box-sizing: border-box; }
      body { margin: 0 auto; max-width: 1320px; padding: 24px 32px 64px; color: var(--ink);
             background: var(--bg); font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto,
             "Liberation Sans", sans-serif; }
      header { border-bottom: 1px solid var(--line); margin-bottom: 8px; }
      h1 { font-size: 28px; margin: 8px 0 4px; }
      h2 { font-size: 22px; margin: 36px 0 8px; padding-bottom: 4px;
           border-bottom: 1px solid var(--line); }
      h2 small { font-weight: normal; color: var(--muted); font-size: 14px; }
      h3 { font-size: 17px; margin: 24px 0 8px; }
      .lead { font-size: 17px; margin: 4px 0; }
      .meta, .caption, figcaption { color: var(--muted); }
      .caption { font-size: 13px; margin: 4px 0 16px; }
      nav { margin: 10px 0 16px; font-size: 14px; }
      a { color: var(--accent); text-decoration: none; }
      a:hover { text-decoration: underline; }
      .figures { display: grid; grid-template-columns: repeat(auto-fit, minmax(480px, 1fr));
                 gap: 16px; }
      .figures.one { grid-template-columns: minmax(480px, 900px); }
      figure { margin: 0; background: var(--soft); border: 1px solid var(--line);
               border-radius: 6px; padding: 8px; }
      figure img { width: 100%; height: auto; display: block; background: #fff; }
      figcaption { text-align: center; font-size: 13px; padding-top: 4px; }
      table { border-collapse: collapse; margin: 8px 0; font-size: 14px; }
      caption { text-align: left; font-weight: 600; padding: 4px 0; }
      th, td { border: 1px solid var(--line); padding: 5px 10px; vertical-align: top; }
      thead th { background: var(--soft); text-align: left; }
      tbody tr:nth-child(even) { background: #fbfcfd; }
      table.numbers td { font-variant-numeric: tabular-nums; }
      table.numbers td:not(:first-child):not(:last-child) { text-align: right;
                                                           white-space: nowrap; }
      tr.best td:first-child, tr.best td:nth-child(2) { font-weight: 700; }
      table.kv th { text-align: left; background: var(--soft); white-space: nowrap; }
      code { font: 13px ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono",
             monospace; }
      pre { background: var(--soft); border: 1px solid var(--line); border-radius: 6px;
            padding: 12px; overflow: auto; font: 13px/1.45 ui-monospace, Menlo, Consolas,
            "Liberation Mono", monospace; max-height: 480px; }
      .pass { color: #1a7f37; font-weight: 700; }
      .fail { color: #cf222e; font-weight: 700; }
      """;

  /** HTML-escapes text. */
  public static String esc(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /** A number with about four significant digits. */
  public static String fmt(double x) {
    double a = Math.abs(x);
    if (a >= 1000) {
      return String.format(Locale.ROOT, "%.0f", x);
    }
    if (a >= 100) {
      return String.format(Locale.ROOT, "%.1f", x);
    }
    if (a >= 1 || a == 0) {
      return String.format(Locale.ROOT, "%.2f", x);
    }
    return String.format(Locale.ROOT, "%.3g", x);
  }
}
