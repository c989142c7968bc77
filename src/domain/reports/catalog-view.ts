import type { ReportData, ReportIndicator, ReportOrganisation } from "./report-data.js";

/** Organisations in the bloc's order. */
export function sortedOrganisations(data: ReportData): ReportOrganisation[] {
  return [...data.organisations].sort((a, b) => a.sortOrder - b.sortOrder);
}

/** Indicators in the catalog's order. */
function sortedIndicators(data: ReportData): ReportIndicator[] {
  return [...data.indicators].sort((a, b) => a.sortOrder - b.sortOrder);
}

/** The indicators an organisation reports, in order. */
export function indicatorsOf(data: ReportData, organisationCode: string): ReportIndicator[] {
  return sortedIndicators(data).filter((indicator) => indicator.organisationCodes.includes(organisationCode));
}

/** Indicators reported by two or more of the given organisations: the ones worth a total. */
export function sharedIndicators(data: ReportData, organisationCodes: readonly string[]): ReportIndicator[] {
  return sortedIndicators(data).filter(
    (indicator) => indicator.organisationCodes.filter((code) => organisationCodes.includes(code)).length >= 2,
  );
}

/** The organisation's short name for lists, its full name otherwise. */
export function shortNameOf(organisation: ReportOrganisation): string {
  return organisation.shortName ?? organisation.name;
}
