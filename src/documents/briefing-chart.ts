import { fileURLToPath } from "node:url";
import { Resvg } from "@resvg/resvg-js";
import { formatNumber } from "../domain/numbers/format-number.js";
import type { BriefingChart } from "../domain/reports/briefing-chart-data.js";

/**
 * The font the chart is drawn with, shipped in the project (DejaVu Sans, with Vietnamese
 * glyphs; licence beside it): resvg is told to use it and no system font, so the chart has its
 * text on a machine with no fonts installed.
 */
const FONT_FILE = fileURLToPath(new URL("../../assets/fonts/DejaVuSans.ttf", import.meta.url));
const FONT = "DejaVu Sans";
const WIDTH = 1200;
const HEIGHT = 900;
const COLOURS = ["#1f5fa8", "#d9822b", "#2e8b57", "#b03a48", "#6a4c93", "#8c8c8c"];

/**
 * Draws the chart as a PNG: grouped bars of the shared indicators by organisation, then a
 * line per indicator of the organisations' total quarter by quarter, each quarter saying how
 * many organisations it sums. Built as SVG and rendered by
 * resvg (a prebuilt binary from npm, no install script), figures in Vietnamese style.
 */
export function briefingChartPng(chart: BriefingChart): Buffer {
  const svg = chartSvg(chart);
  const resvg = new Resvg(svg, { font: { fontFiles: [FONT_FILE], loadSystemFonts: false, defaultFontFamily: FONT }, background: "white" });
  return Buffer.from(resvg.render().asPng());
}

/** The chart as SVG, for the PNG and for tests that read its labels. */
export function chartSvg(chart: BriefingChart): string {
  const parts: string[] = [];
  parts.push(text(WIDTH / 2, 40, chart.title, { size: 26, anchor: "middle", bold: true }));
  parts.push(...legend(chart.series, 70));
  parts.push(...bars(chart, { x: 90, y: 110, width: WIDTH - 130, height: 330 }));
  parts.push(text(WIDTH / 2, 520, chart.trendTitle, { size: 22, anchor: "middle", bold: true }));
  parts.push(...trend(chart, { x: 90, y: 550, width: WIDTH - 130, height: 280 }));
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}">${parts.join("")}</svg>`;
}

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

function bars(chart: BriefingChart, box: Box): string[] {
  const max = niceMax(chart.organisations.flatMap((organisation) => organisation.values.map((value) => value ?? 0)));
  const parts = axis(box, max);
  const group = box.width / Math.max(1, chart.organisations.length);
  const barWidth = (group * 0.8) / Math.max(1, chart.series.length);
  chart.organisations.forEach((organisation, position) => {
    const left = box.x + position * group + group * 0.1;
    organisation.values.forEach((value, series) => {
      if (value === null) return;
      const height = (value / max) * box.height;
      parts.push(
        `<rect x="${left + series * barWidth}" y="${box.y + box.height - height}" width="${barWidth - 2}" height="${height}" fill="${COLOURS[series % COLOURS.length]}"/>`,
      );
    });
    parts.push(text(left + group * 0.4, box.y + box.height + 26, organisation.name, { size: 16, anchor: "middle" }));
  });
  return parts;
}

function trend(chart: BriefingChart, box: Box): string[] {
  const max = niceMax(chart.trend.flatMap((point) => point.totals.map((value) => value ?? 0)));
  const parts = axis(box, max);
  const step = box.width / Math.max(1, chart.trend.length);
  chart.trend.forEach((point, position) => {
    parts.push(text(box.x + step * (position + 0.5), box.y + box.height + 26, point.quarter, { size: 16, anchor: "middle" }));
    parts.push(text(box.x + step * (position + 0.5), box.y + box.height + 48, point.coverage, { size: 14, anchor: "middle" }));
  });
  chart.series.forEach((_, series) => {
    const points = chart.trend.flatMap((point, position) => {
      const value = point.totals[series];
      return value === null || value === undefined
        ? []
        : [[box.x + step * (position + 0.5), box.y + box.height - (value / max) * box.height]];
    });
    const colour = COLOURS[series % COLOURS.length];
    if (points.length > 1)
      parts.push(`<polyline fill="none" stroke="${colour}" stroke-width="3" points="${points.map((p) => p.join(",")).join(" ")}"/>`);
    for (const [x, y] of points) parts.push(`<circle cx="${x}" cy="${y}" r="5" fill="${colour}"/>`);
  });
  return parts;
}

/** The value axis: five grid lines labelled in Vietnamese figures. */
function axis(box: Box, max: number): string[] {
  const parts: string[] = [];
  for (let line = 0; line <= 4; line++) {
    const y = box.y + box.height - (line / 4) * box.height;
    parts.push(`<line x1="${box.x}" y1="${y}" x2="${box.x + box.width}" y2="${y}" stroke="#dddddd"/>`);
    parts.push(text(box.x - 8, y + 5, formatNumber((max * line) / 4), { size: 14, anchor: "end" }));
  }
  parts.push(`<line x1="${box.x}" y1="${box.y + box.height}" x2="${box.x + box.width}" y2="${box.y + box.height}" stroke="#333333"/>`);
  return parts;
}

function legend(series: readonly string[], y: number): string[] {
  const width = WIDTH / Math.max(1, series.length);
  return series.flatMap((name, position) => [
    `<rect x="${position * width + 20}" y="${y - 12}" width="14" height="14" fill="${COLOURS[position % COLOURS.length]}"/>`,
    text(position * width + 40, y, name, { size: 14, anchor: "start" }),
  ]);
}

/** A round top for an axis: 1, 2 or 5 times a power of ten, at least the largest value. */
function niceMax(values: readonly number[]): number {
  const largest = Math.max(1, ...values);
  const power = 10 ** Math.floor(Math.log10(largest));
  return [1, 2, 5, 10].map((step) => step * power).find((top) => top >= largest) ?? largest;
}

function text(x: number, y: number, content: string, style: { size: number; anchor: "start" | "middle" | "end"; bold?: boolean }): string {
  const escaped = content.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");
  return `<text x="${x}" y="${y}" font-family="${FONT}" font-size="${style.size}" text-anchor="${style.anchor}"${style.bold ? ' font-weight="bold"' : ""}>${escaped}</text>`;
}
