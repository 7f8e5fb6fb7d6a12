import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Translate, {translate} from '@docusaurus/Translate';
import {INVOLVEMENTS, PHASES, STAKEHOLDERS} from '@site/src/data/process';
import {
  INVOLVEMENT_LABELS,
  numberedPhaseTitle,
  PHASE_ROLE_NOTES,
  STAKEHOLDER_TEXT,
} from '@site/src/data/processText';

/** For each phase, which groups lead, take part, are consulted or are kept informed. */
export default function RolesByPhaseTable(): ReactNode {
  return (
    <table className="site-table site-stacked-table">
      <caption>
        <Translate id="phaseRolesTable.caption" description="Caption of the roles-by-phase table">
          Vai trò của các bên liên quan trong từng giai đoạn
        </Translate>
      </caption>
      <thead>
        <tr>
          <th scope="col">
            <Translate id="phaseRolesTable.header.phase" description="Column header: the phase">
              Giai đoạn
            </Translate>
          </th>
          {INVOLVEMENTS.map((involvement) => (
            <th key={involvement} scope="col">
              {INVOLVEMENT_LABELS[involvement]}
            </th>
          ))}
          <th scope="col">
            <Translate id="phaseRolesTable.header.note" description="Column header: notes">
              Ghi chú
            </Translate>
          </th>
        </tr>
      </thead>
      <tbody>
        {PHASES.map((phase) => (
          <tr key={phase.id}>
            <th scope="row">
              <Link to={phase.path}>{numberedPhaseTitle(phase.id)}</Link>
            </th>
            {INVOLVEMENTS.map((involvement) => (
              <td key={involvement} data-label={INVOLVEMENT_LABELS[involvement]}>
                {STAKEHOLDERS.filter((group) => group.involvement[phase.id] === involvement)
                  .map((group) => STAKEHOLDER_TEXT[group.id].name)
                  .join(', ')}
              </td>
            ))}
            <td
              data-label={translate({
                id: 'phaseRolesTable.header.note',
                message: 'Ghi chú',
                description: 'Column header: notes',
              })}
            >
              {PHASE_ROLE_NOTES[phase.id]}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
