import type { ReportData, ReportIndicator, ReportOrganisation } from "./report-data.js";

/** Organisations in the bloc's order. */
export function sortedOrganisations(data: ReportData): ReportOrganisation[] {
  return [...data.organisations].sort((a, b) => a.sortOrder - b.sortOrder);
}

/** Indicators in the catalog's order. */
function sortedIndicators(data: ReportData): ReportIndicator[] {
  return [...data.indicators].sort((a, b) => a.sortOrder - b.sortOrder);
}

const reporters = new WeakMap<ReportIndicator, ReadonlySet<string>>();

/**
 * The codes of the organisations that report an indicator, as a set made once per indicator:
 * a briefing asks it for every organisation, and a list lookup there grows with the square of
 * the bloc.
 */
export function reportersOf(indicator: ReportIndicator): ReadonlySet<string> {
  let codes = reporters.get(indicator);
  if (!codes) {
    codes = new Set(indicator.organisationCodes);
    reporters.set(indicator, codes);
  }
  return codes;
}

/** The indicators an organisation reports, in order. */
export function indicatorsOf(data: ReportData, organisationCode: string): ReportIndicator[] {
  return sortedIndicators(data).filter((indicator) => reportersOf(indicator).has(organisationCode));
}

/** Indicators reported by two or more of the given organisations: the ones worth a total. */
export function sharedIndicators(data: ReportData, organisationCodes: readonly string[]): ReportIndicator[] {
  return sortedIndicators(data).filter((indicator) => {
    const codes = reportersOf(indicator);
    return organisationCodes.filter((code) => codes.has(code)).length >= 2;
  });
}

/** The organisation's short name for lists, its full name otherwise. */
export function shortNameOf(organisation: ReportOrganisation): string {
  return organisation.shortName ?? organisation.name;
}
