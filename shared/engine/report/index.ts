/**
 * The report stage (DESIGN.md, "The JSON report"): the variant table of each cluster, content-derived ids,
 * press clusters first, claims flagged.
 */
export { buildReport, normalizedAt } from './build-report';
export type { AnalysedCluster, ReportInput } from './build-report';
export { variantRows } from './variant-rows';
export type { PairDifference, RowInput, Rows } from './variant-rows';
export { classifyCluster, isPressAttribution, CLUSTER_KIND_RANK } from './cluster-kind';
export { contentHash, UniqueIds, ID_HEX_DIGITS } from './content-id';
