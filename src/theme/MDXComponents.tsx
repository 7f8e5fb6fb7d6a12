import MDXComponents from '@theme-original/MDXComponents';
import ComplianceMap from '@site/src/components/ComplianceMap';
import PhaseObligations from '@site/src/components/PhaseObligations';
import PhaseRoles from '@site/src/components/PhaseRoles';
import PhaseRolesTable from '@site/src/components/PhaseRolesTable';
import PhaseStepper from '@site/src/components/PhaseStepper';
import ProcessCycle from '@site/src/components/ProcessCycle';
import ProcessSteps from '@site/src/components/ProcessSteps';
import ScrollableTable from '@site/src/components/ScrollableTable';
import StakeholderCollaboration from '@site/src/components/StakeholderCollaboration';

// The process components, available in every MDX page without an import.
export default {
  ...MDXComponents,
  ComplianceMap,
  PhaseObligations,
  PhaseRoles,
  PhaseRolesTable,
  PhaseStepper,
  ProcessCycle,
  ProcessSteps,
  StakeholderCollaboration,
  // Markdown tables: a sideways-scrolling box only when a table is wider than the page.
  table: ScrollableTable,
};
