import MDXComponents from '@theme-original/MDXComponents';
import ComplianceMap from '@site/src/components/compliance/ComplianceMap';
import PhaseObligationsList from '@site/src/components/compliance/PhaseObligationsList';
import PhaseStakeholdersTable from '@site/src/components/stakeholders/PhaseStakeholdersTable';
import RolesByPhaseTable from '@site/src/components/stakeholders/RolesByPhaseTable';
import PhasePositionNav from '@site/src/components/process/PhasePositionNav';
import ProcessCycleDiagram from '@site/src/components/process/ProcessCycleDiagram';
import ProcessStepsTable from '@site/src/components/process/ProcessStepsTable';
import MarkdownTable from '@site/src/components/page/MarkdownTable';
import CollaborationCircles from '@site/src/components/stakeholders/CollaborationCircles';

// The process components, available in every MDX page without an import.
export default {
  ...MDXComponents,
  ComplianceMap,
  PhaseObligationsList,
  PhaseStakeholdersTable,
  RolesByPhaseTable,
  PhasePositionNav,
  ProcessCycleDiagram,
  ProcessStepsTable,
  CollaborationCircles,
  // Markdown tables: a sideways-scrolling box only when a table is wider than the page.
  table: MarkdownTable,
};
