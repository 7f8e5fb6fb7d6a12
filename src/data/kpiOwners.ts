import {KPIS, type Kpi, type KpiId} from './kpis';
import {STAKEHOLDER_TEXT} from './processText';

/**
 * Who answers for a KPI: its owner group, and the group that shares it where there is one,
 * joined by `and` in the page's language (each language's kpisText passes its own word).
 */
export function kpiOwnerNames(kpi: KpiId, and: string): string {
  const {owner, coOwner}: Kpi = KPIS[kpi];
  if (!coOwner) return STAKEHOLDER_TEXT[owner].name;
  return `${STAKEHOLDER_TEXT[owner].name} ${and} ${STAKEHOLDER_TEXT[coOwner].name.toLowerCase()}`;
}
